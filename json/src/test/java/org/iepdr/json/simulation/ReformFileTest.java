package org.iepdr.json.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.simulation.ReformDefinition;
import org.iepdr.core.simulation.Reforms;
import org.iepdr.core.time.DayPeriod;
import org.junit.jupiter.api.Test;

class ReformFileTest {

  @Test
  void theBundledReformsNameTheirRulesLadderChangesAndParameters() {
    ReformDefinition lead = ReformFile.bundled("fiep-lead-time-5");
    assertThat(lead.ruleChanges()).containsExactly(
        new ReformDefinition.RuleChange("MO", RuleId.of("MO.FIEP.LEAD_TIME"), Optional.of(DayPeriod.calendarDays(5))),
        new ReformDefinition.RuleChange("MS", RuleId.of("MS.FACILITATION.LEAD_TIME"),
            Optional.of(DayPeriod.calendarDays(5))));
    ReformDefinition attorneys = ReformFile.bundled("mediation-attorneys");
    assertThat(attorneys.ruleChanges()).containsExactly(
        new ReformDefinition.RuleChange("MO", RuleId.of("MO.MEDIATION.NO_ATTORNEYS"), Optional.empty()));
    assertThat(attorneys.parameterChanges()).isEqualTo(Map.of("processes.MEDIATION.resolved", Reforms.ATTORNEYS_RESOLVED));
    assertThat(attorneys.description()).isEqualTo(Reforms.byName("mediation-attorneys").description());
    ReformDefinition none = ReformFile.bundled("no-facilitation");
    assertThat(none.removedProcesses()).containsExactly(DisputeProcess.FACILITATED_IEP);
    assertThat(ReformFile.bundledNames()).containsExactlyElementsOf(Reforms.names());
  }

  @Test
  void malformedReformsAreRefusedNamingTheFileAndTheMember() {
    assertThatThrownBy(() -> read("\"rules\": [{\"state\": \"MO\", \"remove\": \"MO.X\", \"replace\": \"MO.Y\"}]"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'r.json: rules[0]'");
    assertThatThrownBy(() -> read("\"rules\": [{\"state\": \"MO\", \"replace\": \"MO.X\", \"with\": {\"rule\":"
        + " \"maximum-lead-time\", \"act\": \"FACILITATED_IEP_MEETING\", \"amount\": 5, \"unit\": \"CALENDAR\"}}]"))
        .hasMessageContaining("'r.json: rules[0].with.rule' was 'maximum-lead-time'");
    assertThatThrownBy(() -> read("\"removeProcesses\": [\"FIEP\"]"))
        .hasMessageContaining("'r.json: removeProcesses[0]' was \"FIEP\"");
    assertThatThrownBy(() -> read("\"parameters\": {\"processes.MEDIATION.resolved\": 1.4}"))
        .hasMessageContaining("field 'r.json: parameters.processes.MEDIATION.resolved' was 1.4; allowed: a probability");
    assertThatThrownBy(() -> read("\"parameters\": {\"processes.MEDIATION.colour\": 1}"))
        .hasMessageContaining("'r.json: parameters.processes.MEDIATION.colour' was an unknown parameter");
    assertThatThrownBy(() -> read("\"extra\": 1")).hasMessageContaining("'r.json: extra' was an unknown member");
    assertThatThrownBy(() -> ReformFile.bundled("nope")).hasMessageContaining("'nope'");
  }

  private static ReformDefinition read(String members) {
    String json = "{\"format\": \"iepdr-reform/1\", \"name\": \"r\", \"description\": \"d\", " + members + "}";
    ReformDefinition d = ReformFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json");
    // parameter values are checked when the reform is applied to the parameters
    d.toReform().parameters(ParameterFile.bundled("MO").parameters());
    return d;
  }
}
