package org.iepdr.json.workflow;

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
import java.util.stream.Stream;
import org.iepdr.core.conformance.Conformance;
import org.iepdr.core.conformance.ConformanceRun;
import org.iepdr.core.conformance.InvalidWorkflowException;
import org.iepdr.core.conformance.Offset;
import org.iepdr.core.conformance.Step;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class WorkflowReaderTest {

  static final RuleBook BOOK = RuleBook.load();
  static final WorkflowReader READER = WorkflowReader.forRuleBook(BOOK);
  static final Path WORKFLOWS = Path.of("../examples/workflows");
  static final ObjectMapper JSON = JsonMapper.builder().build();
  static final ObjectMapper YAML = YAMLMapper.builder().build();

  static final String GOOD = """
      name: small
      state: MO
      district: D
      student: {id: s}
      parties:
        - {id: parent, role: PARENT}
        - {id: district, role: LEA}
      steps:
        - id: request
          event: {type: request, kind: DUE_PROCESS_COMPLAINT, filedBy: parent, filedWith: LEA}
        - id: meeting
          event: {type: meeting, kind: RESOLUTION, request: request, attendees: [parent, district]}
          from: request
          offset: {amount: 10, unit: CALENDAR_DAYS}
          adjust: [{type: PREVIOUS_BUSINESS_DAY}, {type: TIME_OF_DAY, time: "13:00"}]
          plan: {act: RESOLUTION_MEETING, from: request}
        - id: agenda
          document: {meeting: meeting, kind: AGENDA, sentBy: district}
          from: meeting
          offset: {amount: -3, unit: BUSINESS_DAYS}
      """;

  static Stream<Path> templates() throws IOException {
    try (Stream<Path> s = Files.list(WORKFLOWS)) {
      return s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList().stream();
    }
  }

  @Test
  void readsStepsEventsDocumentsAndPlans() {
    WorkflowTemplate t = READER.read("small.yaml", GOOD);
    assertThat(t.state()).contains("MO");
    assertThat(t.workflow().steps()).extracting(Step::id).containsExactly("request", "meeting", "agenda");
    Step agenda = t.workflow().steps().get(2);
    assertThat(agenda.part()).isEqualTo(Step.Part.DOCUMENT);
    assertThat(agenda.event()).isEqualTo("meeting");
    assertThat(agenda.offset()).isEqualTo(new Offset(-3, Offset.Unit.BUSINESS_DAYS));
    assertThat(t.workflow().steps().get(1).plan()).isPresent();
    assertThat(t.workflow().prototype().events()).hasSize(2);
  }

  @Test
  void yamlAndJsonRoundTripToTheSameWorkflow() {
    WorkflowTemplate fromYaml = READER.read("small.yaml", GOOD);
    String json = JSON.writeValueAsString(YAML.readTree(GOOD));
    WorkflowTemplate fromJson = READER.read("small.json", json);
    assertThat(fromJson.workflow().steps()).isEqualTo(fromYaml.workflow().steps());
    assertThat(fromJson.workflow().prototype()).isEqualTo(fromYaml.workflow().prototype());
    // and back: the JSON written from the JSON read gives the same workflow again
    String again = JSON.writeValueAsString(JSON.readTree(json));
    assertThat(READER.read("again.json", again).workflow().steps()).isEqualTo(fromYaml.workflow().steps());
  }

  @Test
  void reportsEveryProblemAtOnceWithLineAndPath() {
    String bad = """
        name: bad
        state: MO
        district: D
        student: {id: s}
        parties:
          - {id: parent, role: MOTHER}
          - {id: district, role: LEA}
        colour: blue
        steps:
          - id: request
            event: {type: request, kind: DUE_PROCESS_COMPLAINT, filedBy: parent, at: "2027-01-01T10:00"}
            from: decision
          - id: decision
            event: {type: decision, kind: HEARING_DECISION, request: request}
            from: request
            offset: {amount: 45, unit: WEEKS}
          - id: late
            event: {type: reply, request: request, by: district, answer: RESPONSE}
            from: filing
          - id: agenda
            document: {meeting: late, kind: AGENDA}
        """;
    assertThatThrownBy(() -> READER.read("bad.yaml", bad)).isInstanceOfSatisfying(WorkflowFileException.class, e -> {
      List<String> lines = e.problems().stream().map(CaseFileProblem::toString).toList();
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("bad.yaml:6:").contains("$.parties[0].role")
          .contains("'MOTHER'"));
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("bad.yaml:8:1: $.colour: unknown field"));
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("bad.yaml:11:").contains("$.steps[0].event.at"));
      assertThat(lines).anySatisfy(l -> assertThat(l).contains("$.steps[1].offset.unit").contains("'WEEKS'"));
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("bad.yaml:19:").contains("$.steps[2].from")
          .contains("unknown step 'filing'"));
      assertThat(lines).anySatisfy(l -> assertThat(l).contains("$.steps[").contains("a cycle of relative offsets"));
      assertThat(lines).anySatisfy(l -> assertThat(l).contains("$.steps[3].document.meeting")
          .contains("not the id of a step whose event is a meeting"));
      assertThat(e.problems()).extracting(CaseFileProblem::line).isSorted();
    });
  }

  @Test
  void reportsAnEventProblemAtTheStepsPath() {
    String bad = GOOD.replace("kind: RESOLUTION,", "kind: LUNCH,");
    assertThatThrownBy(() -> READER.read("bad.yaml", bad)).isInstanceOfSatisfying(WorkflowFileException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.steps[1].event.kind");
          assertThat(p.line()).isEqualTo(12);
        }));
  }

  @Test
  void locatesAStepOutsideTheCalendarsYears() {
    WorkflowTemplate t = READER.read("far.yaml", GOOD.replace("amount: 10,", "amount: 36500,"));
    assertThatThrownBy(() -> Conformance.run(BOOK.jurisdiction("MO"), t.workflow(),
        ConformanceRun.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))))
        .isInstanceOfSatisfying(InvalidWorkflowException.class, e -> assertThat(t.locate(e))
            .extracting(CaseFileProblem::path).contains("$.steps[1].offset"));
  }

  @Test
  void refusesMalformedYaml() {
    assertThatThrownBy(() -> READER.read("x.yaml", "name: [unclosed\n")).isInstanceOf(WorkflowFileException.class)
        .hasMessageContaining("not well-formed YAML");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyBundledTemplatePassesTheSchemaAndReads(Path template) throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("../docs/schemas/workflow.schema.json")));
    JsonNode tree = (template.toString().endsWith(".json") ? JSON : YAML).readTree(Files.readString(template));
    assertThat(schema.validate(JSON.writeValueAsString(tree), InputFormat.JSON)).isEmpty();
    assertThat(READER.read(template).workflow().steps()).isNotEmpty();
  }
}
