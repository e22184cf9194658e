package org.iepdr.json.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.caseload.DueList;
import org.iepdr.core.caseload.DueWindow;
import org.iepdr.core.message.Language;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.json.casefile.CaseFileProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The caseload's outputs without the tool: {@link DueJson} passes {@code docs/schemas/due.schema.json},
 * and {@link IcsOutput} writes one event per item; neither names the student.
 */
class DueOutputTest {

  static final RuleBook BOOK = Fixtures.BOOK;

  static DueList list() {
    DueWindow w = DueWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
    DueList list = new DueList(w);
    for (String id : List.of("b", "a")) {
      Case c = Fixtures.caseBuilder().id(id).addEvents(Request.builder().id("dp")
          .kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(Fixtures.PARENT).at(Fixtures.at("2026-03-02")).build())
          .build();
      list.add(c, Fixtures.US);
    }
    return list;
  }

  static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("../docs/schemas/due.schema.json")));
  }

  @Test
  void theJsonPassesItsSchemaWithTheHeaderAndTheItemsInOrder() throws IOException {
    DueList list = list();
    ObjectNode tree = DueJson.toTree(list, BOOK, Language.ENGLISH, 1,
        List.of(new CaseFileProblem("c.jsonl", 3, 1, "$", "not JSON")));
    String json = JsonOutput.pretty(tree);
    assertThat(schema().validate(json, InputFormat.JSON)).as(json).isEmpty();
    assertThat(tree.get("schemaVersion").asString()).isEqualTo(JsonOutput.SCHEMA_VERSION);
    assertThat(tree.get("libraryVersion").asString()).isEqualTo(RuleSetFingerprint.libraryVersion());
    assertThat(tree.get("jurisdictions").get(0).get("ruleSetFingerprint").asString())
        .isEqualTo(RuleSetFingerprint.of(Fixtures.US));
    assertThat(tree.get("items").size()).isEqualTo(list.items().size()).isGreaterThan(2);
    assertThat(tree.get("items").get(0).get("caseId").asString()).isEqualTo("a");
    assertThat(tree.get("problems").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(json).doesNotContain("Alex Example", "2014-05-03");
    assertThat(DueJson.write(list, BOOK, Language.SPANISH)).contains("\"language\" : \"es\"");
    assertThat(schema().validate(DueJson.write(list, BOOK, Language.SPANISH), InputFormat.JSON)).isEmpty();
    assertThatThrownBy(() -> DueJson.toTree(list, BOOK, Language.ENGLISH, -1, List.of()))
        .hasMessageContaining("invalid");
  }

  @Test
  void theCalendarHasOneEventPerItemAndNamesNoStudent() {
    DueList list = list();
    String ics = IcsOutput.of(list, Language.ENGLISH);
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(list.items().size() + 1);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTAMP:20260302T000000Z", "UID:a-")
        .doesNotContain("Alex").doesNotContain("2014");
    assertThat(IcsOutput.of(list, Language.ENGLISH)).as("deterministic").isEqualTo(ics);
    assertThat(IcsOutput.of(Fixtures.US.evaluate(Fixtures.caseBuilder().build(), LocalDate.of(2026, 3, 2))))
        .doesNotContain("BEGIN:VEVENT").contains("BEGIN:VCALENDAR");
  }
}
