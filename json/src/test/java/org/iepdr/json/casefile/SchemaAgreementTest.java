package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.TollingReason;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema under docs/ and the reader agree: on the bundled cases, on bad files, on every name. */
class SchemaAgreementTest {

  static final Path SCHEMA_FILE = Path.of("../docs/case-file.schema.json");
  static final ObjectMapper JSON = new ObjectMapper();
  static final Schema SCHEMA = schema();

  static Schema schema() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(SCHEMA_FILE));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Path> validFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(CaseFileReaderTest.ALL_FIELDS);
    files.add(ClockFactsCaseFileTest.MOVING_CLOCKS);
    try (Stream<Path> s = Files.list(Path.of("../examples/cases"))) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void bundledCasesPassTheSchemaAndTheReader(Path file) throws IOException {
    String text = Files.readString(file);
    assertThat(SCHEMA.validate(text, InputFormat.JSON)).as(file.toString()).isEmpty();
    assertThat(CaseFileReader.forRuleBook(RuleBook.load()).read(file.toString(), text, 1).aCase()).isNotNull();
  }

  static Stream<String> invalidFiles() {
    String ok = CaseFileReaderTest.minimal(
        "{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-02T10:00Z\",\"by\":\"lea\"}");
    return Stream.of(
        ok.replace("\"by\":\"lea\"", "\"by\":\"lea\",\"extra\":1"),
        ok.replace("\"district\":\"D\",", ""),
        ok.replace("\"PARENT\"", "\"MOTHER\""),
        ok.replace("placementChange", "teleport"),
        ok.replace("2026-03-02T10:00Z", "March 2"),
        ok.replace("\"student\":{\"id\":\"s\"}", "\"student\":{\"id\":\"s\",\"grade\":3}"),
        ok.replace("\"by\":\"lea\"", "\"by\":7"),
        ok.replace("{\"id\":\"c\",", "{\"id\":\"c\",\"asOf\":\"soon\","),
        ok.replace("\"parties\":[", "\"parties\":[{\"id\":\"x\"},"),
        ClockFactsCaseFileTest.AMENDMENT.replace("WRITTEN_CONSENT", "VERBAL_NOD"),
        ClockFactsCaseFileTest.AMENDMENT.replace("\"by\":\"parent\",", ""),
        ClockFactsCaseFileTest.AMENDMENT.replace("\"grantedBy\":\"lea\"", "\"grantedBy\":[\"lea\"]"),
        ClockFactsCaseFileTest.ISSUES.replace(",\"summary\":\"minutes\"", ""),
        ClockFactsCaseFileTest.ISSUES.replace("\"kind\":\"PLACEMENT\"", "\"kind\":\"PLACEMENT\",\"weight\":2"),
        ClockFactsCaseFileTest.ISSUES.replace("\"decides\":[\"b\"]", "\"decides\":\"b\""),
        ClockFactsCaseFileTest.ISSUES.replace("\"denied\":false", "\"denied\":\"no\""),
        ClockFactsCaseFileTest.ISSUES.replace("\"nonParticipation\":\"AGENCY\"", "\"nonParticipation\":\"LEA\""),
        ClockFactsCaseFileTest.ISSUES.replace("\"requestedBy\":\"lea\"", "\"requestedBy\":\"\""));
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void badFilesFailBothTheSchemaAndTheReader(String text) {
    assertThat(SCHEMA.validate(text, InputFormat.JSON)).isNotEmpty();
    assertThat(CaseFileReaderTest.problems(text)).isNotEmpty();
  }

  @Test
  void everyEnumOfTheSchemaMatchesTheModel() throws IOException {
    Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("PartyRole", PartyRole.class);
    enums.put("ParticipantRole", ParticipantRole.class);
    enums.put("Side", Side.class);
    enums.put("RequestKind", RequestKind.class);
    enums.put("Recipient", Recipient.class);
    enums.put("RequestForm", RequestForm.class);
    enums.put("RequestContent", RequestContent.class);
    enums.put("IssueKind", IssueKind.class);
    enums.put("TollingReason", TollingReason.class);
    enums.put("ReceiptVia", Receipt.Via.class);
    enums.put("ReplyAnswer", Reply.Answer.class);
    enums.put("MeetingKind", MeetingKind.class);
    enums.put("MeetingStatus", Meeting.Status.class);
    enums.put("DocumentKind", DocumentKind.class);
    enums.put("AttemptMethod", ParticipationAttempt.Method.class);
    enums.put("ConsentScope", ConsentScope.class);
    enums.put("AgreementKind", AgreementKind.class);
    enums.put("DecisionKind", DecisionKind.class);
    enums.put("ExtensionReason", Extension.Reason.class);
    enums.put("WithdrawalFrom", Withdrawal.From.class);
    enums.put("DemandKind", Demand.Kind.class);
    enums.put("AmendmentBasis", Amendment.Basis.class);
    JsonNode defs = JSON.readTree(SCHEMA_FILE.toFile()).get("$defs");
    for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
      List<String> inSchema = new ArrayList<>();
      defs.get(e.getKey()).get("enum").forEach(n -> inSchema.add(n.asString()));
      assertThat(inSchema).as(e.getKey())
          .containsExactly(Arrays.stream(e.getValue().getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }
  }

  @Test
  void everyEventTypeHasTheSameFieldsInTheSchemaAndTheReader() throws IOException {
    JsonNode defs = JSON.readTree(SCHEMA_FILE.toFile()).get("$defs");
    List<String> schemaTypes = new ArrayList<>();
    defs.get("event").get("properties").get("type").get("enum").forEach(n -> schemaTypes.add(n.asString()));
    assertThat(schemaTypes).containsExactlyElementsOf(CaseFileReader.EVENT_TYPES);
    for (String type : CaseFileReader.EVENT_TYPES) {
      List<String> schemaFields = new ArrayList<>();
      for (Iterator<String> it = defs.get("event_" + type).get("properties").propertyNames().iterator(); it.hasNext(); ) {
        schemaFields.add(it.next());
      }
      String json = CaseFileReaderTest.minimal("{\"type\":\"" + type + "\",\"id\":\"e\",\"at\":\"2026-03-02T10:00Z\","
          + "\"zzz\":1}");
      String message = CaseFileReaderTest.problems(json).stream()
          .filter(p -> p.path().equals("$.events[0].zzz")).findFirst().orElseThrow().message();
      List<String> readerFields = List.of(message.substring(message.indexOf("allowed here: ") + 14).split(", "));
      assertThat(readerFields).as(type).containsExactlyInAnyOrderElementsOf(schemaFields);
    }
  }
}
