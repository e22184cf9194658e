package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deadline window's open end is an absent field in {@code check --format json}, never a sentinel date
 * such as {@code -999999999-01-01} that other languages' date parsers reject.
 */
class OpenWindowJsonTest {

  @Test
  void aDeadlineCountedBackFromAHearingHasNoEarliestField() throws Exception {
    Cli.Result r = Cli.run("check", "cases/mo-due-process-resolution-hearing.json", "--format", "json");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    JsonNode deadlines = new ObjectMapper().readTree(r.out()).get("deadlines");
    assertThat(deadlines).isNotEmpty();
    List<JsonNode> disclosures = new ArrayList<>();
    for (JsonNode d : deadlines) {
      assertThat(LocalDate.parse(d.get("latest").asText()).getYear()).isBetween(2000, 2100);
      if (d.has("earliest")) {
        assertThat(LocalDate.parse(d.get("earliest").asText()).getYear()).isBetween(2000, 2100);
      }
      if (d.get("ruleId").asText().equals("IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS")) {
        disclosures.add(d);
      }
    }
    assertThat(disclosures).isNotEmpty().allSatisfy(d -> {
      assertThat(d.has("earliest")).isFalse();
      assertThat(d.get("latest").asText()).isEqualTo("2026-02-23");
    });
    assertThat(r.out()).doesNotContain("999999999");
  }
}
