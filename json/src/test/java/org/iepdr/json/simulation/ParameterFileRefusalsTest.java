package org.iepdr.json.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.simulation.ParameterDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A complete parameter file changed in one place at a time: each change is refused with the file, the
 * path and what is allowed, or read with exactly the value, evidence and uncertainty it gives.
 */
class ParameterFileRefusalsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static ObjectNode ms() {
    try (InputStream in = ParameterFile.class.getResourceAsStream("parameters-MS.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static ParameterFile read(Consumer<ObjectNode> change) {
    ObjectNode root = ms();
    change.accept(root);
    return ParameterFile.read(new ByteArrayInputStream(root.toString().getBytes(StandardCharsets.UTF_8)), "p.json");
  }

  static ObjectNode mediation(ObjectNode root) {
    return (ObjectNode) root.get("processes").get("MEDIATION");
  }

  static ObjectNode held(ObjectNode root) {
    return (ObjectNode) mediation(root).get("held");
  }

  static void refused(Consumer<ObjectNode> change, String message) {
    assertThatThrownBy(() -> read(change)).isInstanceOf(InvalidInputException.class).hasMessage(message);
  }

  @Test
  void theUnchangedFileIsRead() {
    ParameterFile f = read(r -> { });
    assertThat(f.parameters()).isEqualTo(ParameterFile.bundled("MS").parameters());
    assertThat(f.state()).isEqualTo("MS");
    assertThat(f.description()).isNotEmpty();
    assertThat(f.sources()).containsKey("mde-2015-16");
  }

  @Test
  void theTopLevelIsChecked() {
    assertThatThrownBy(() -> ParameterFile.read(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8)),
        "p.json")).hasMessageStartingWith("field 'p.json: (root)' was an object");
    assertThatThrownBy(() -> ParameterFile.read(new ByteArrayInputStream("{\"a\":\n  }".getBytes(StandardCharsets.UTF_8)),
        "p.json")).hasMessage("field 'p.json' was not valid JSON at line 2, column 3; allowed: a JSON parameter file"
            + " (iepdr-simulation-parameters/1)");
    refused(r -> r.put("format", "iepdr-simulation-parameters/2"),
        "field 'p.json: format' was 'iepdr-simulation-parameters/2'; allowed: 'iepdr-simulation-parameters/1'");
    refused(r -> r.put("state", 5), "field 'p.json: state' was not a string; allowed: a string");
    refused(r -> r.remove("name"), "field 'p.json: name' was missing; allowed: a string");
    refused(r -> r.remove("referenceStart"),
        "field 'p.json: referenceStart' was missing; allowed: an entry with the date as value");
    refused(r -> r.remove("horizonDays"), "field 'p.json: horizonDays' was missing; allowed: an entry");
    refused(r -> r.put("processes", 1), "field 'p.json: processes' was missing or not an object; allowed: an object"
        + " with one member per process");
    refused(r -> r.put("sources", "none"), "field 'p.json: sources' was missing or not an object; allowed: an object"
        + " of sources by id, each with title and where");
    refused(r -> ((ObjectNode) r.get("sources")).put("x", 1),
        "field 'p.json: sources.x' was not an object; allowed: an object with title and where");
    refused(r -> ((ObjectNode) r.get("sources")).putObject("x").put("title", "t").put("page", 1),
        "field 'p.json: sources.x.page' was an unknown member; allowed: one of [title, where]");
    refused(r -> ((ObjectNode) r.get("sources")).putObject("x").put("title", "t"),
        "field 'p.json: sources.x.where' was missing; allowed: a string");
  }

  @Test
  void aFileWithoutADescriptionHasAnEmptyOne() {
    ParameterFile f = read(r -> r.remove("description"));
    assertThat(f.description()).isEmpty();
    assertThat(f.describe()).startsWith("MS simulation parameters: " + f.name() + " (hash ")
        .contains(")\nuncertainty: count = Beta");
    assertThat(read(r -> { }).describe()).contains(")\n" + read(r -> { }).description() + "\nuncertainty: ");
  }

  @Test
  void processesAreChecked() {
    refused(r -> ((ObjectNode) r.get("processes")).put("MEDIATION", 1),
        "field 'p.json: processes.MEDIATION' was not an object; allowed: an object of the process's parameters");
    refused(r -> mediation(r).remove("partly"), "field 'p.json: processes.MEDIATION.partly' was missing; allowed: every"
        + " parameter of the process, with its evidence");
    refused(r -> mediation(r).remove("next"), "field 'p.json: processes.MEDIATION.next' was missing or not an object;"
        + " allowed: an object of weights by process (may be empty)");
    refused(r -> mediation(r).put("next", 3), "field 'p.json: processes.MEDIATION.next' was missing or not an object;"
        + " allowed: an object of weights by process (may be empty)");
    refused(r -> ((ObjectNode) mediation(r).get("next")).set("NOPE", mediation(r).get("next").get("STATE_COMPLAINT")),
        "field 'p.json: processes.NOPE' was an unknown process; allowed: one of " + java.util.List.of(DisputeProcess.values()));
    refused(r -> ((ObjectNode) r.get("processes")).remove("IEP_MEETING"), "field 'p.json: processes.IEP_MEETING' was"
        + " missing; allowed: the parameters of IEP_MEETING, the start of every dispute");
  }

  @Test
  void unknownMembersAndProcessesAreRefusedEverywhere() {
    refused(r -> r.put("colour", 1), "field 'p.json: colour' was an unknown member; allowed: one of [description,"
        + " format, horizonDays, name, processes, referenceStart, sources, state]");
    refused(r -> mediation(r).put("colour", 1), "field 'p.json: processes.MEDIATION.colour' was an unknown member;"
        + " allowed: one of [districtCost, escalateAfterNot, escalateAfterPartly, held, next, openEndedDays, partly,"
        + " resolved]");
    refused(r -> held(r).put("colour", 1), "field 'p.json: processes.MEDIATION.held.colour' was an unknown member;"
        + " allowed: one of [count, evidence, factor, note, range, shared, source, successes, trials, value]");
    refused(r -> ((ObjectNode) r.get("processes")).set("NOPE", mediation(r).deepCopy()),
        "field 'p.json: processes.NOPE' was an unknown process; allowed: one of "
            + java.util.List.of(DisputeProcess.values()));
    ParameterFile ms = ParameterFile.bundled("MS");
    java.util.List<String> have = new java.util.ArrayList<>();
    for (String p : ms.entries().keySet()) {
      if (p.endsWith(".held")) {
        have.add(p.substring("processes.".length(), p.length() - ".held".length()));
      }
    }
    assertThat(have).contains("IEP_MEETING", "MEDIATION").doesNotContain("EXPEDITED_HEARING");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"processes\":"
        + " {\"EXPEDITED_HEARING\": {\"held\": 0.5}}}")).hasMessage("field 'o.json: processes.EXPEDITED_HEARING' was a"
            + " process the state's model does not have; allowed: one of " + have);
  }

  @Test
  void theSmallestCountsAreAllowed() {
    ParameterFile f = read(r -> held(r).put("successes", 0).put("trials", 1).put("value", 0.0));
    assertThat(f.uncertainty().distributions().get("processes.MEDIATION.held"))
        .isEqualTo(ParameterDistribution.beta(0, 1, 1.0, ""));
    ParameterFile w = read(r -> ((ObjectNode) mediation(r).get("next").get("STATE_COMPLAINT")).put("count", 0)
        .put("value", 0.0));
    assertThat(w.entries().get("processes.MEDIATION.next.STATE_COMPLAINT").describeEvidence()).isEqualTo("count 0");
  }

  @Test
  void entriesAreChecked() {
    refused(r -> mediation(r).put("held", 0.5), "field 'p.json: processes.MEDIATION.held' was not an entry; allowed:"
        + " an object with value, evidence and, as the evidence requires, successes and trials, count, range, source,"
        + " note");
    refused(r -> held(r).remove("value"), "field 'p.json: processes.MEDIATION.held.value' was missing; allowed: the"
        + " parameter's value");
    refused(r -> held(r).put("value", "half"), "field 'p.json: processes.MEDIATION.held' was a string; allowed: a"
        + " probability from 0 to 1");
    refused(r -> held(r).putArray("value"), "field 'p.json: processes.MEDIATION.held' was ARRAY; allowed: a"
        + " probability from 0 to 1");
    refused(r -> held(r).remove("evidence"), "field 'p.json: processes.MEDIATION.held.evidence' was missing; allowed:"
        + " one of count, stated, assumption, definition");
    refused(r -> held(r).put("evidence", 1), "field 'p.json: processes.MEDIATION.held.evidence' was missing; allowed:"
        + " one of count, stated, assumption, definition");
    refused(r -> held(r).put("evidence", "hearsay"), "field 'p.json: processes.MEDIATION.held.evidence' was 'hearsay';"
        + " allowed: one of count, stated, assumption, definition");
    refused(r -> held(r).put("source", 3), "field 'p.json: processes.MEDIATION.held.source' was not a string; allowed:"
        + " a string");
    refused(r -> held(r).put("note", 3), "field 'p.json: processes.MEDIATION.held.note' was not a string; allowed:"
        + " a string");
    refused(r -> held(r).put("shared", 3), "field 'p.json: processes.MEDIATION.held.shared' was not a string; allowed:"
        + " a string");
  }

  @Test
  void countsAreChecked() {
    refused(r -> held(r).remove("source"), "field 'p.json: processes.MEDIATION.held.source' was missing; allowed: the"
        + " id of the source of the counts");
    refused(r -> held(r).remove("trials"), "field 'p.json: processes.MEDIATION.held.trials' was missing; allowed: a"
        + " whole number of 1 or more");
    refused(r -> held(r).put("trials", 0), "field 'p.json: processes.MEDIATION.held.trials' was 0; allowed: a"
        + " whole number of 1 or more");
    refused(r -> held(r).put("trials", 1.5), "field 'p.json: processes.MEDIATION.held.trials' was 1.5; allowed: a"
        + " whole number of 1 or more");
    refused(r -> held(r).put("successes", -1), "field 'p.json: processes.MEDIATION.held.successes' was -1; allowed: a"
        + " whole number of 0 or more");
    refused(r -> held(r).put("successes", 16), "field 'p.json: processes.MEDIATION.held.successes' was 16; allowed: 0"
        + " to trials (15)");
    // successes == trials is allowed, with the value 1
    ParameterFile all = read(r -> held(r).put("successes", 15).put("value", 1.0));
    assertThat(all.uncertainty().distributions().get("processes.MEDIATION.held"))
        .isEqualTo(ParameterDistribution.beta(15, 15, 1.0, ""));
    refused(r -> held(r).put("value", 0.67), "field 'p.json: processes.MEDIATION.held.value' was 0.67; allowed: factor"
        + " x successes / trials = 0.6666666666666666");
    refused(r -> held(r).put("factor", 0), "field 'p.json: processes.MEDIATION.held.factor' was 0; allowed: a share of"
        + " the counted proportion, more than 0 and at most 1");
    refused(r -> held(r).put("factor", 1.5), "field 'p.json: processes.MEDIATION.held.factor' was 1.5; allowed: a share"
        + " of the counted proportion, more than 0 and at most 1");
    refused(r -> held(r).put("factor", "x"), "field 'p.json: processes.MEDIATION.held.factor' was a string; allowed: a"
        + " number");
    ParameterFile half = read(r -> held(r).put("factor", 0.5).put("value", 1.0 / 3).put("shared", "both"));
    assertThat(half.uncertainty().distributions().get("processes.MEDIATION.held"))
        .isEqualTo(ParameterDistribution.beta(10, 15, 0.5, "both"));
    assertThat(half.entries().get("processes.MEDIATION.held").describeEvidence()).isEqualTo("count 10 of 15 x 0.5");
    assertThat(read(r -> held(r).put("factor", 1.0)).entries().get("processes.MEDIATION.held").describeEvidence())
        .isEqualTo("count 10 of 15");
    // a value within 1e-9 of the counted proportion is accepted
    assertThat(read(r -> held(r).put("value", 2.0 / 3 + 5e-10)).parameters().process(DisputeProcess.MEDIATION).held())
        .isEqualTo(2.0 / 3 + 5e-10);
    refused(r -> held(r).put("value", 2.0 / 3 + 2e-9), "field 'p.json: processes.MEDIATION.held.value' was 0.666667;"
        + " allowed: factor x successes / trials = 0.6666666666666666");
    refused(r -> ((ObjectNode) mediation(r).get("openEndedDays")).put("evidence", "count").put("source", "mde-2015-16"),
        "field 'p.json: processes.MEDIATION.openEndedDays.evidence' was 'count'; allowed: count only for a probability"
        + " or a next step's weight; stated or assumption with a range for other values");
    refused(r -> ((ObjectNode) mediation(r).get("next").get("STATE_COMPLAINT")).put("count", -1),
        "field 'p.json: processes.MEDIATION.next.STATE_COMPLAINT.count' was -1; allowed: a whole number of 0 or more");
  }

  @Test
  void statedFiguresAndAssumptionsAreChecked() {
    ObjectNode[] resolved = new ObjectNode[1];
    Consumer<ObjectNode> r0 = r -> resolved[0] = (ObjectNode) mediation(r).get("resolved");
    refused(r0.andThen(r -> resolved[0].remove("source")), "field 'p.json: processes.MEDIATION.resolved.source' was"
        + " missing; allowed: the id of the source of the stated figure");
    refused(r0.andThen(r -> resolved[0].put("source", "elsewhere")), "field 'p.json:"
        + " processes.MEDIATION.resolved.source' was 'elsewhere'; allowed: the id of one of the file's sources "
        + read(x -> { }).sources().keySet());
    refused(r0.andThen(r -> resolved[0].remove("range")), "field 'p.json: processes.MEDIATION.resolved.range' was"
        + " missing or malformed; allowed: [lower, upper], the stated range the value may lie in");
    refused(r0.andThen(r -> resolved[0].putArray("range").add(0.8)), "field 'p.json:"
        + " processes.MEDIATION.resolved.range' was missing or malformed; allowed: [lower, upper], the stated range the"
        + " value may lie in");
    refused(r0.andThen(r -> resolved[0].putArray("range").add(0.8).add("high")), "field 'p.json:"
        + " processes.MEDIATION.resolved.range' was missing or malformed; allowed: [lower, upper], the stated range the"
        + " value may lie in");
    refused(r0.andThen(r -> resolved[0].putArray("range").add("low").add(0.9)), "field 'p.json:"
        + " processes.MEDIATION.resolved.range' was missing or malformed; allowed: [lower, upper], the stated range the"
        + " value may lie in");
    refused(r0.andThen(r -> resolved[0].put("range", 0.8)), "field 'p.json:"
        + " processes.MEDIATION.resolved.range' was missing or malformed; allowed: [lower, upper], the stated range the"
        + " value may lie in");
    refused(r0.andThen(r -> resolved[0].putArray("range").add(0.85).add(0.95)), "field 'p.json:"
        + " processes.MEDIATION.resolved.range' was [0.85, 0.95]; allowed: a range containing the value 0.84");
    refused(r0.andThen(r -> resolved[0].putArray("range").add(0.5).add(0.83)), "field 'p.json:"
        + " processes.MEDIATION.resolved.range' was [0.5, 0.83]; allowed: a range containing the value 0.84");
    // the value may be either end
    assertThat(read(r0.andThen(r -> resolved[0].putArray("range").add(0.5).add(0.84))).uncertainty().distributions()
        .get("processes.MEDIATION.resolved")).isEqualTo(ParameterDistribution.uniform(0.5, 0.84));
    // a range of one point is a fixed value
    ParameterFile fixed = read(r0.andThen(r -> resolved[0].putArray("range").add(0.84).add(0.84)));
    assertThat(fixed.uncertainty().distributions().get("processes.MEDIATION.resolved"))
        .isEqualTo(ParameterDistribution.fixed(0.84));
    assertThat(fixed.entries().get("processes.MEDIATION.resolved").describeEvidence())
        .isEqualTo("stated, range 0.84 to 0.84");
    ObjectNode[] esc = new ObjectNode[1];
    Consumer<ObjectNode> e0 = r -> esc[0] = (ObjectNode) mediation(r).get("escalateAfterNot");
    refused(e0.andThen(r -> esc[0].remove("note")), "field 'p.json: processes.MEDIATION.escalateAfterNot.note' was"
        + " missing; allowed: the reason for the assumption");
    refused(e0.andThen(r -> esc[0].put("note", "")), "field 'p.json: processes.MEDIATION.escalateAfterNot.note' was"
        + " missing; allowed: the reason for the assumption");
    // an assumption needs no source; a stated figure needs no note
    assertThat(read(r0.andThen(r -> resolved[0].remove("note"))).entries().get("processes.MEDIATION.resolved").note())
        .isEmpty();
    assertThat(read(e0).entries().get("processes.MEDIATION.escalateAfterNot").describeEvidence())
        .isEqualTo("assumption, range 0 to 0.3");
  }

  @Test
  void definitionsNeedTheirNote() {
    refused(r -> ((ObjectNode) mediation(r).get("partly")).remove("note"), "field 'p.json:"
        + " processes.MEDIATION.partly.note' was missing; allowed: what the definition is");
    assertThat(read(r -> { }).entries().get("processes.MEDIATION.partly").distribution()).isEmpty();
    assertThat(read(r -> { }).entries().get("processes.MEDIATION.partly").describeEvidence()).isEqualTo("definition");
  }

  @Test
  void theReferenceStartIsADate() {
    refused(r -> ((ObjectNode) r.get("referenceStart")).put("value", 20260901), "field 'p.json: referenceStart' was"
        + " not a date; allowed: a date yyyy-mm-dd");
    refused(r -> ((ObjectNode) r.get("referenceStart")).put("value", "2026-09-31"), "field 'p.json: referenceStart' was"
        + " '2026-09-31'; allowed: a date yyyy-mm-dd");
    ParameterFile f = read(r -> ((ObjectNode) r.get("referenceStart")).put("value", "2027-01-04"));
    assertThat(f.parameters().referenceStart()).isEqualTo(java.time.LocalDate.of(2027, 1, 4));
    assertThat(f.describe()).contains("referenceStart = 2027-01-04\n    evidence: definition; uncertainty: none\n");
  }

  @Test
  void theDescriptionListsValuesEvidenceSourcesAndNotes() {
    ParameterFile f = ParameterFile.bundled("MS");
    String d = f.describe();
    assertThat(d).contains("processes.MEDIATION.held = 0.666667\n    evidence: count 10 of 15; uncertainty: "
        + f.uncertainty().distributions().get("processes.MEDIATION.held").describe() + "\n    source: mde-2015-16\n"
        + "    10 mediations held of 15 requests (Mississippi 2015-16)\n");
    assertThat(d).contains("horizonDays = 366\n    evidence: definition; uncertainty: none\n    the length of the"
        + " reference period in days\n");
    assertThat(d).contains("\nsources:\n  mde-2015-16: " + f.sources().get("mde-2015-16").title() + "\n    "
        + f.sources().get("mde-2015-16").where() + "\n");
    assertThat(f.parameters().process(DisputeProcess.MEDIATION).source()).startsWith("held = 0.666667: count 10 of 15"
        + " (mde-2015-16); resolved = 0.84: stated, range 0.84 to 0.95 (mo-dese-mediation); partly = 0: definition;");
  }

  @Test
  void numbersAreWrittenShort() {
    assertThat(ParameterEntry.num(3.0)).isEqualTo("3");
    assertThat(ParameterEntry.num(-2.0)).isEqualTo("-2");
    assertThat(ParameterEntry.num(0.5)).isEqualTo("0.5");
    assertThat(ParameterEntry.num(1.0 / 3)).isEqualTo("0.333333");
    assertThat(ParameterEntry.num(1e15)).isEqualTo("1.00000e+15");
    assertThat(ParameterEntry.num(999_999_999_999_999.0)).isEqualTo("999999999999999");
    assertThat(ParameterEntry.num(-1e15)).isEqualTo("-1.00000e+15");
    assertThat(ParameterEntry.Evidence.OVERRIDE.fileName()).isEqualTo("override");
  }

  @Test
  void anOverrideIsChecked() {
    ParameterFile ms = ParameterFile.bundled("MS");
    assertThatThrownBy(() -> override(ms, "[]")).hasMessage("field 'o.json: (root)' was an object; allowed: a JSON"
        + " object");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"state\": \"ms\","
        + " \"processes\": 2}")).hasMessage("field 'o.json: processes' was not an object; allowed: an object with one"
            + " member per process");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"processes\":"
        + " {\"MEDIATION\": 2}}")).hasMessage("field 'o.json: processes.MEDIATION' was not an object; allowed: an"
            + " object of parameters");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"processes\":"
        + " {\"MEDIATION\": {\"next\": 2}}}")).hasMessage("field 'o.json: processes.MEDIATION.next' was not an object;"
            + " allowed: an object of weights by process");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"processes\":"
        + " {\"MEDIATION\": {\"next\": {\"NOPE\": 1}}}}")).hasMessageContaining("'o.json: processes.NOPE' was an"
            + " unknown process");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"processes\":"
        + " {\"MEDIATION\": {\"held\": \"high\"}}}")).hasMessage("field 'o.json: processes.MEDIATION.held' was not an"
            + " entry; allowed: a number or an object with value and evidence");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"referenceStart\": 5}"))
        .hasMessage("field 'o.json: referenceStart' was not a date; allowed: a date yyyy-mm-dd");
    assertThatThrownBy(() -> override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"horizonDays\": \"long\"}"))
        .hasMessage("field 'o.json: horizonDays' was not an entry; allowed: a number or an object with value and"
            + " evidence");
    // a process the state has, a state given in another case, new weights, name, sources and dates
    ParameterFile f = override(ms, "{\"format\": \"iepdr-simulation-parameters/1\", \"state\": \"ms\", \"name\":"
        + " \"mine\", \"sources\": {\"me\": {\"title\": \"My survey\", \"where\": \"p. 1\"}}, \"referenceStart\":"
        + " \"2027-09-01\", \"horizonDays\": 200, \"processes\": {\"MEDIATION\": {\"next\": {\"STATE_COMPLAINT\": 5},"
        + " \"escalateAfterNot\": {\"value\": 0.2, \"evidence\": \"stated\", \"range\": [0.1, 0.3], \"source\":"
        + " \"me\"}}}}");
    assertThat(f.name()).isEqualTo("mine");
    assertThat(f.sources()).containsKeys("me", "mde-2015-16");
    assertThat(f.parameters().referenceStart()).isEqualTo(java.time.LocalDate.of(2027, 9, 1));
    assertThat(f.parameters().horizonDays()).isEqualTo(200);
    assertThat(f.parameters().process(DisputeProcess.MEDIATION).escalateAfterNot()).isEqualTo(0.2);
    assertThat(f.entries().get("processes.MEDIATION.next.STATE_COMPLAINT").evidence())
        .isEqualTo(ParameterEntry.Evidence.OVERRIDE);
    assertThat(f.entries().get("processes.MEDIATION.next.STATE_COMPLAINT").note()).isEqualTo("set by o.json");
    assertThat(f.entries().get("referenceStart").describeEvidence()).isEqualTo("override");
    assertThat(f.state()).isEqualTo("MS");
    assertThat(f.description()).isEqualTo(ms.description());
    assertThat(ms.parameters().horizonDays()).isEqualTo(366);
  }

  @Test
  void anOverrideIsReadFromAFile(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("what-if.json");
    Files.writeString(p, "{\"format\": \"iepdr-simulation-parameters/1\", \"horizonDays\": 100}");
    ParameterFile f = ParameterFile.bundled("MS").override(p);
    assertThat(f.parameters().horizonDays()).isEqualTo(100);
    assertThat(f.name()).endsWith(" with what-if.json");
  }

  static ParameterFile override(ParameterFile base, String json) {
    return base.override(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "o.json");
  }
}
