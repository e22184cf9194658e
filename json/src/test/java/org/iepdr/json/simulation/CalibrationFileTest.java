package org.iepdr.json.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.simulation.Section618Calibration;
import org.junit.jupiter.api.Test;

class CalibrationFileTest {

  @Test
  void mississippisTableIsCompleteAndConsistentAndItsChecksAreItsShares() {
    Section618Calibration ms = CalibrationFile.bundled("MS");
    assertThat(ms.name()).isEqualTo("Mississippi 2015-16");
    assertThat(ms.source()).contains("https://mdek12.org/");
    Map<Section618Element, Long> t = ms.table();
    for (Section618Element e : Section618Element.values()) {
      assertThat(t.containsKey(e)).as(e.code()).isEqualTo(!e.residual());
    }
    long c = t.get(Section618Element.COMPLAINTS);
    assertThat(c).isEqualTo(61);
    assertThat(t.get(Section618Element.COMPLAINTS_WITH_REPORTS) + t.get(Section618Element.COMPLAINTS_PENDING)
        + t.get(Section618Element.COMPLAINTS_WITHDRAWN)).isEqualTo(c);
    assertThat(t.get(Section618Element.MEDIATIONS_HELD) + t.get(Section618Element.MEDIATIONS_PENDING)
        + t.get(Section618Element.MEDIATIONS_WITHDRAWN)).isEqualTo(t.get(Section618Element.MEDIATION_REQUESTS));
    assertThat(t.get(Section618Element.HEARINGS_ADJUDICATED) + t.get(Section618Element.DUE_PROCESS_PENDING)
        + t.get(Section618Element.DUE_PROCESS_WITHDRAWN)).isEqualTo(t.get(Section618Element.DUE_PROCESS_COMPLAINTS));
    Section618Calibration.Check b15 = ms.checks().stream().filter(k -> k.id().equals("B15")).findFirst().orElseThrow();
    assertThat(b15.count()).hasValue(3);
    assertThat(b15.total()).hasValue(7);
    assertThat(b15.published()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(ms.checks()).hasSize(14);
  }

  @Test
  void theNationalFiguresHaveNoDenominatorAndSayTheyAreRestatements() {
    Section618Calibration us = CalibrationFile.bundled("MO");
    assertThat(us.table()).isEmpty();
    assertThat(us.checks()).extracting(Section618Calibration.Check::id).containsExactly("B16", "B15", "3.4/3", "3.2/3");
    for (Section618Calibration.Check k : us.checks()) {
      assertThat(k.total()).isEmpty();
      assertThat(k.publishedInterval()).isEmpty();
      assertThat(k.note()).startsWith("restatement (");
    }
    assertThat(us.checks().get(0).published()).isEqualTo(0.69);
    assertThat(CalibrationFile.bundled("US")).isEqualTo(us);
  }

  @Test
  void badFilesAreRefusedNamingTheMember() {
    assertThatThrownBy(() -> read("{\"format\": \"x\"}")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("f.json: format");
    String head = "{\"format\": \"iepdr-section-618-calibration/1\", \"name\": \"n\", \"state\": \"MS\", \"source\": \"s\", ";
    assertThatThrownBy(() -> read(head + "\"checks\": [{\"id\": \"a\", \"label\": \"l\", \"note\": \"n\","
        + " \"numerator\": [\"2.1\"], \"denominator\": [\"2\"]}]}"))
        .hasMessageContaining("f.json: checks[0].published").hasMessageContaining("or a table to compute it from");
    assertThatThrownBy(() -> read(head + "\"checks\": [{\"id\": \"a\", \"label\": \"l\", \"note\": \"n\","
        + " \"numerator\": [\"2.9\"], \"denominator\": [\"2\"], \"published\": 0.5}]}"))
        .hasMessageContaining("f.json: checks[0].numerator[0]' was '2.9'; allowed: an element code");
    assertThatThrownBy(() -> read(head + "\"checks\": [{\"id\": \"a\", \"label\": \"l\", \"note\": \"n\","
        + " \"numerator\": [\"2.1\"], \"denominator\": [\"2\"], \"published\": 1.5}]}"))
        .hasMessageContaining("checks[0].published' was 1.5; allowed: a share from 0 to 1");
    assertThatThrownBy(() -> read(head + "\"extra\": 1, \"checks\": []}")).hasMessageContaining("f.json: extra");
    assertThatThrownBy(() -> read(head + "\"table\": {\"2\": 0, \"2.1\": 0}, \"checks\": [{\"id\": \"a\","
        + " \"label\": \"l\", \"note\": \"n\", \"numerator\": [\"2.1\"], \"denominator\": [\"2\"]}]}"))
        .hasMessageContaining("a published denominator of 1 or more");
  }

  private static Section618Calibration read(String json) throws java.io.IOException {
    return CalibrationFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json");
  }
}
