package org.iepdr.json.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.simulation.ReformDefinition;
import org.iepdr.core.time.DayPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every member of a reform file: read with its value, or refused naming the file, the member and what is allowed. */
class ReformFileRefusalsTest {

  static final String HEAD = "{\"format\": \"iepdr-reform/1\", \"name\": \"r\", \"description\": \"d\"";

  static ReformDefinition read(String json) {
    return ReformFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json");
  }

  static ReformDefinition with(String members) {
    return read(HEAD + ", " + members + "}");
  }

  static void refused(String members, String message) {
    assertThatThrownBy(() -> with(members)).isInstanceOf(InvalidInputException.class).hasMessage(message);
  }

  static String replace(String with) {
    return "\"rules\": [{\"state\": \"mo\", \"replace\": \"MO.FIEP.LEAD_TIME\", \"with\": " + with + "}]";
  }

  static String lead(String amount, String unit) {
    return replace("{\"rule\": \"minimum-lead-time\", \"act\": \"FACILITATED_IEP_MEETING\", \"amount\": " + amount
        + ", \"unit\": " + unit + "}");
  }

  @Test
  void aCompleteReformIsReadWithEveryPart() {
    ReformDefinition d = with("\"rules\": [{\"state\": \"ms\", \"remove\": \"MS.FACILITATION.LEAD_TIME\", \"note\":"
        + " \"n\"}, {\"state\": \"MO\", \"replace\": \"MO.FIEP.LEAD_TIME\", \"with\": {\"rule\": \"minimum-lead-time\","
        + " \"act\": \"FACILITATED_IEP_MEETING\", \"amount\": 0, \"unit\": \"CALENDAR\"}}], \"removeProcesses\":"
        + " [\"MEDIATION\", \"FACILITATED_IEP\"], \"parameters\": {\"processes.MEDIATION.resolved\": {\"value\": 0.5,"
        + " \"evidence\": \"assumption\", \"note\": \"first\"}, \"horizonDays\": 200, \"processes.MEDIATION.held\":"
        + " {\"value\": 0.4, \"evidence\": \"stated\", \"note\": \"second\"}, \"processes.IEP_MEETING.held\": {\"value\":"
        + " 1}}");
    assertThat(d.name()).isEqualTo("r");
    assertThat(d.description()).isEqualTo("d");
    assertThat(d.ruleChanges()).containsExactly(
        new ReformDefinition.RuleChange("MS", RuleId.of("MS.FACILITATION.LEAD_TIME"), Optional.empty()),
        new ReformDefinition.RuleChange("MO", RuleId.of("MO.FIEP.LEAD_TIME"), Optional.of(DayPeriod.calendarDays(0))));
    assertThat(d.removedProcesses()).containsExactly(DisputeProcess.MEDIATION, DisputeProcess.FACILITATED_IEP);
    assertThat(d.parameterChanges()).containsExactly(Map.entry("processes.MEDIATION.resolved", 0.5),
        Map.entry("horizonDays", 200.0), Map.entry("processes.MEDIATION.held", 0.4),
        Map.entry("processes.IEP_MEETING.held", 1.0));
    assertThat(d.parameterNote()).isEqualTo("first; second");
    ReformDefinition bare = read(HEAD + "}");
    assertThat(bare.ruleChanges()).isEmpty();
    assertThat(bare.removedProcesses()).isEmpty();
    assertThat(bare.parameterChanges()).isEmpty();
    assertThat(bare.parameterNote()).isEmpty();
  }

  @Test
  void theWholeYearOfLeadTimeAndEveryUnitAreAllowed() {
    assertThat(with(lead("365", "\"SCHOOL\"")).ruleChanges().get(0).leadTime())
        .contains(DayPeriod.of(365, org.iepdr.core.time.DayCount.SCHOOL));
    refused(lead("366", "\"CALENDAR\""), "field 'r.json: rules[0].with.amount' was 366; allowed: whole days from 0"
        + " to 365");
    refused(lead("-1", "\"CALENDAR\""), "field 'r.json: rules[0].with.amount' was -1; allowed: whole days from 0 to"
        + " 365");
    refused(lead("5.5", "\"CALENDAR\""), "field 'r.json: rules[0].with.amount' was 5.5; allowed: whole days from 0 to"
        + " 365");
    refused(lead("10000000000", "\"CALENDAR\""), "field 'r.json: rules[0].with.amount' was 10000000000; allowed: whole"
        + " days from 0 to 365");
    refused(replace("{\"rule\": \"minimum-lead-time\", \"act\": \"FACILITATED_IEP_MEETING\", \"unit\": \"CALENDAR\"}"),
        "field 'r.json: rules[0].with.amount' was null; allowed: whole days from 0 to 365");
    refused(lead("5", "\"LUNAR\""), "field 'r.json: rules[0].with.unit' was 'LUNAR'; allowed: one of "
        + List.of(org.iepdr.core.time.DayCount.values()));
    refused(lead("5", "5"), "field 'r.json: rules[0].with.unit' was not a string; allowed: a string");
  }

  @Test
  void theTopLevelIsChecked() {
    assertThatThrownBy(() -> read("[]")).hasMessage("field 'r.json: (root)' was not an object; allowed: a JSON object");
    assertThatThrownBy(() -> read("{\"format\": \n 1,}")).hasMessageStartingWith("field 'r.json' was not valid JSON at"
        + " line 2, column ");
    assertThatThrownBy(() -> read("{\"format\": \"iepdr-reform/2\"}")).hasMessage("field 'r.json: format' was"
        + " 'iepdr-reform/2'; allowed: 'iepdr-reform/1'");
    assertThatThrownBy(() -> read("{\"format\": \"iepdr-reform/1\", \"description\": \"d\"}"))
        .hasMessage("field 'r.json: name' was missing; allowed: a string");
    assertThatThrownBy(() -> read("{\"format\": \"iepdr-reform/1\", \"name\": \"r\", \"description\": 2}"))
        .hasMessage("field 'r.json: description' was not a string; allowed: a string");
    refused("\"rules\": {}", "field 'r.json: rules' was not an array; allowed: an array of rule changes");
    refused("\"removeProcesses\": \"MEDIATION\"", "field 'r.json: removeProcesses' was not an array; allowed: an array"
        + " of process names");
    refused("\"removeProcesses\": [3]", "field 'r.json: removeProcesses[0]' was 3; allowed: one of "
        + List.of(DisputeProcess.values()));
    refused("\"parameters\": []", "field 'r.json: parameters' was not an object; allowed: an object of new values by"
        + " parameter path");
  }

  @Test
  void parametersAreChecked() {
    refused("\"parameters\": {\"processes.MEDIATION.resolved\": {\"value\": 0.5, \"source\": \"x\"}}",
        "field 'r.json: parameters.processes.MEDIATION.resolved.source' was an unknown member; allowed: one of"
            + " [evidence, note, value]");
    refused("\"parameters\": {\"processes.MEDIATION.resolved\": {\"value\": 0.5, \"note\": 1}}",
        "field 'r.json: parameters.processes.MEDIATION.resolved.note' was not a string; allowed: a string");
    refused("\"parameters\": {\"processes.MEDIATION.resolved\": {\"value\": 0.5, \"evidence\": \"count\"}}",
        "field 'r.json: parameters.processes.MEDIATION.resolved.evidence' was 'count'; allowed: assumption or stated");
    refused("\"parameters\": {\"processes.MEDIATION.resolved\": {\"evidence\": \"stated\"}}",
        "field 'r.json: parameters.processes.MEDIATION.resolved' was missing; allowed: a probability from 0 to 1");
    refused("\"parameters\": {\"processes.MEDIATION.resolved\": \"high\"}",
        "field 'r.json: parameters.processes.MEDIATION.resolved' was \"high\"; allowed: a probability from 0 to 1");
    refused("\"parameters\": {\"horizonDays\": 0}", "field 'r.json: parameters.horizonDays' was 0; allowed: whole days"
        + " from 1 to 3660");
  }

  @Test
  void ruleChangesAreChecked() {
    refused("\"rules\": [3]", "field 'r.json: rules[0]' was not an object; allowed: an object with state and remove, or"
        + " replace and with");
    refused("\"rules\": [{\"state\": \"MO\", \"remove\": \"MO.X\", \"why\": 1}]", "field 'r.json: rules[0].why' was an"
        + " unknown member; allowed: one of [note, remove, replace, state, with]");
    refused("\"rules\": [{\"remove\": \"MO.X\"}]", "field 'r.json: rules[0].state' was missing; allowed: a string");
    refused("\"rules\": [{\"state\": \"MO\"}]", "field 'r.json: rules[0]' was both or neither of remove and replace;"
        + " allowed: exactly one of remove or replace");
    refused("\"rules\": [{\"state\": \"MO\", \"remove\": 5}]", "field 'r.json: rules[0].remove' was not a string;"
        + " allowed: a string");
    refused("\"rules\": [{\"state\": \"MO\", \"replace\": 5}]", "field 'r.json: rules[0].replace' was not a string;"
        + " allowed: a string");
    assertThatThrownBy(() -> with("\"rules\": [{\"state\": \"MO\", \"remove\": \"not a rule\"}]"))
        .hasMessageStartingWith("field 'r.json: rules[0]' was 'not a rule'; allowed: ");
    refused("\"rules\": [{\"state\": \"MO\", \"remove\": \"MO.X\", \"with\": {}}]", "field 'r.json: rules[0].with' was"
        + " given with remove; allowed: with only for replace");
    refused("\"rules\": [{\"state\": \"MO\", \"replace\": \"MO.X\"}]", "field 'r.json: rules[0].with' was missing;"
        + " allowed: the replacing rule: {\"rule\": \"minimum-lead-time\", \"act\": \"FACILITATED_IEP_MEETING\","
        + " \"amount\": N, \"unit\": \"CALENDAR\"}");
    refused(replace("5"), "field 'r.json: rules[0].with' was missing; allowed: the replacing rule: {\"rule\":"
        + " \"minimum-lead-time\", \"act\": \"FACILITATED_IEP_MEETING\", \"amount\": N, \"unit\": \"CALENDAR\"}");
    refused(replace("{\"rule\": \"minimum-lead-time\", \"days\": 5}"), "field 'r.json: rules[0].with.days' was an"
        + " unknown member; allowed: one of [act, amount, rule, unit]");
    refused(replace("{\"rule\": \"minimum-lead-time\", \"act\": \"MEDIATION_SESSION\", \"amount\": 5, \"unit\":"
        + " \"CALENDAR\"}"), "field 'r.json: rules[0].with.act' was 'MEDIATION_SESSION'; allowed:"
        + " FACILITATED_IEP_MEETING");
  }

  @Test
  void aReformIsReadFromAFileNamedInItsMessages(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("mine.json");
    Files.writeString(p, HEAD + ", \"removeProcesses\": [\"MEDIATION\"]}");
    assertThat(ReformFile.read(p).removedProcesses()).containsExactly(DisputeProcess.MEDIATION);
    Files.writeString(p, HEAD + ", \"removeProcesses\": [\"MEDIATOR\"]}");
    assertThatThrownBy(() -> ReformFile.read(p)).hasMessageStartingWith("field 'mine.json: removeProcesses[0]' was"
        + " \"MEDIATOR\"");
  }
}
