package org.iepdr.json.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.simulation.ParameterDistribution;
import org.iepdr.core.simulation.ParameterPaths;
import org.iepdr.core.simulation.SimulationParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParameterFileTest {

  private static final ParameterFile MS = ParameterFile.bundled("MS");

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS", "US"})
  void theBundledFilesHoldExactlyTheCalibratedValues(String state) {
    ParameterFile f = ParameterFile.bundled(state);
    SimulationParameters java = SimulationParameters.defaults(state);
    SimulationParameters file = f.parameters();
    assertThat(file.name()).isEqualTo(java.name());
    assertThat(file.referenceStart()).isEqualTo(java.referenceStart());
    assertThat(ParameterPaths.paths(file)).containsExactlyElementsOf(ParameterPaths.paths(java));
    for (String path : ParameterPaths.paths(java)) {
      assertThat(ParameterPaths.value(file, path)).as(state + " " + path).isEqualTo(ParameterPaths.value(java, path));
    }
    assertThat(ParameterPaths.hash(file)).isEqualTo(ParameterPaths.hash(java));
    assertThat(f.state()).isEqualTo(state);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS", "US"})
  void everyValueCitesItsSourceOrGivesItsReason(String state) {
    ParameterFile f = ParameterFile.bundled(state);
    assertThat(f.entries()).hasSize(2 + ParameterPaths.paths(f.parameters()).size() - 1);
    for (ParameterEntry e : f.entries().values()) {
      switch (e.evidence()) {
        case COUNT:
        case STATED:
          assertThat(f.sources()).as(e.path()).containsKey(e.source());
          assertThat(e.note()).as(e.path()).isNotBlank();
          break;
        default:
          assertThat(e.note()).as(e.path()).isNotBlank();
      }
    }
  }

  /** Every source a bundled file declares is cited by a value, and says where its figures are. */
  @ParameterizedTest
  @ValueSource(strings = {"MO", "MS", "US"})
  void everyDeclaredSourceIsCitedAndSaysWhereItsFiguresAre(String state) {
    ParameterFile f = ParameterFile.bundled(state);
    java.util.Set<String> cited = new java.util.HashSet<>();
    for (ParameterEntry e : f.entries().values()) {
      if (e.evidence() == ParameterEntry.Evidence.COUNT || e.evidence() == ParameterEntry.Evidence.STATED) {
        cited.add(e.source());
      }
    }
    assertThat(f.sources().keySet()).as(state).isSubsetOf(cited);
    for (var s : f.sources().entrySet()) {
      assertThat(s.getValue().title()).as(s.getKey()).isNotBlank();
      assertThat(s.getValue().where()).as(s.getKey()).isNotBlank();
    }
    assertThat(f.sources().get("mde-2015-16").where()).contains("https://mdek12.org/");
  }

  @Test
  void countsGiveBetaDistributionsAndStatedFiguresTheirRange() {
    ParameterFile mo = ParameterFile.bundled("MO");
    ParameterDistribution fiep = mo.uncertainty().distributions().get("processes.FACILITATED_IEP.resolved");
    assertThat(fiep).isEqualTo(new ParameterDistribution(ParameterDistribution.Kind.BETA, 84, 4, 0.5, "fiep-consensus"));
    assertThat(MS.uncertainty().distributions().get("processes.STATE_COMPLAINT.held"))
        .isEqualTo(ParameterDistribution.beta(37, 61, 1.0, ""));
    assertThat(MS.uncertainty().distributions().get("processes.MEDIATION.resolved"))
        .isEqualTo(ParameterDistribution.uniform(0.84, 0.95));
    assertThat(MS.uncertainty().distributions().get("processes.IEP_MEETING.next.STATE_COMPLAINT"))
        .isEqualTo(ParameterDistribution.weight(61, 61.0 * 80.0 / 88.0));
    assertThat(MS.uncertainty().distributions()).doesNotContainKey("horizonDays");
  }

  @Test
  void anOverrideChangesOnlyWhatItNamesAndAcceptsABareNumber() {
    ParameterFile f = MS.override(json("{\"format\": \"iepdr-simulation-parameters/1\", \"processes\": {\"MEDIATION\":"
        + " {\"resolved\": 0.9, \"held\": {\"value\": 0.5, \"evidence\": \"assumption\", \"range\": [0.4, 0.6],"
        + " \"note\": \"a what-if\"}}}}"), "mine.json");
    assertThat(f.parameters().process(DisputeProcess.MEDIATION).resolved()).isEqualTo(0.9);
    assertThat(f.parameters().process(DisputeProcess.MEDIATION).held()).isEqualTo(0.5);
    assertThat(f.entries().get("processes.MEDIATION.resolved").evidence()).isEqualTo(ParameterEntry.Evidence.OVERRIDE);
    assertThat(f.uncertainty().distributions()).doesNotContainKey("processes.MEDIATION.resolved")
        .containsEntry("processes.MEDIATION.held", ParameterDistribution.uniform(0.4, 0.6));
    assertThat(f.parameters().process(DisputeProcess.STATE_COMPLAINT)).isEqualTo(MS.parameters()
        .process(DisputeProcess.STATE_COMPLAINT));
    assertThat(f.name()).isEqualTo("Mississippi defaults with mine.json");
    assertThat(f.describe()).contains("processes.MEDIATION.resolved = 0.9\n    evidence: override; uncertainty: none");
  }

  @Test
  void unknownOrOutOfRangeValuesAreRefusedWithTheirPathAndRange() {
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATION\": {\"resolved\": 1.5}}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("field 'x.json: processes.MEDIATION.resolved' was 1.5; allowed: a probability from 0 to 1");
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATION\": {\"resolvd\": 0.5}}}"))
        .hasMessageContaining("'x.json: processes.MEDIATION.resolvd' was an unknown parameter; allowed: one of [held,");
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATON\": {\"resolved\": 0.5}}}"))
        .hasMessageContaining("'x.json: processes.MEDIATON' was an unknown process");
    assertThatThrownBy(() -> override("{\"processes\": {\"EXPEDITED_HEARING\": {\"held\": 0.5}}}"))
        .hasMessageContaining("a process the state's model does not have");
    assertThatThrownBy(() -> override("{\"horizonDays\": 0}"))
        .hasMessage("field 'x.json: horizonDays' was 0; allowed: whole days from 1 to 3660");
    assertThatThrownBy(() -> override("{\"processes\": {\"DUE_PROCESS_HEARING\": {\"districtCost\": -1}}}"))
        .hasMessage("field 'x.json: processes.DUE_PROCESS_HEARING.districtCost' was -1; allowed: whole dollars from 0"
            + " to 1000000000");
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATION\": {\"next\": {\"STATE_COMPLAINT\": -2}}}}"))
        .hasMessageContaining("'x.json: processes.MEDIATION.next.STATE_COMPLAINT' was -2; allowed: a finite weight");
    assertThatThrownBy(() -> override("{\"state\": \"MO\"}")).hasMessageContaining("'x.json: state' was 'MO'");
    assertThatThrownBy(() -> override("{\"colour\": 1}")).hasMessageContaining("'x.json: colour' was an unknown member");
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATION\": {\"held\": {\"value\": 0.5, \"evidence\":"
        + " \"count\", \"successes\": 10, \"trials\": 15, \"source\": \"mde-2015-16\"}}}}"))
        .hasMessageContaining("'x.json: processes.MEDIATION.held.value' was 0.5; allowed: factor x successes / trials");
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATION\": {\"held\": {\"value\": 0.5, \"evidence\":"
        + " \"assumption\", \"range\": [0.6, 0.9], \"note\": \"n\"}}}}"))
        .hasMessageContaining("'x.json: processes.MEDIATION.held.range' was [0.6, 0.9]");
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATION\": {\"held\": {\"value\": 0.5, \"evidence\":"
        + " \"stated\", \"range\": [0.4, 0.9], \"source\": \"nowhere\"}}}}"))
        .hasMessageContaining("'x.json: processes.MEDIATION.held.source' was 'nowhere'");
    assertThatThrownBy(() -> override("{\"processes\": {\"MEDIATION\": {\"held\": 0.5, \"held\": 0.6}}}"))
        .hasMessageContaining("not valid JSON at line 1");
    assertThatThrownBy(() -> MS.override(json("{\"processes\": {}}"), "x.json"))
        .hasMessageContaining("'x.json: format' was missing");
  }

  @Test
  void aCompleteFileMustGiveEveryParameterOfEveryProcess() {
    assertThatThrownBy(() -> ParameterFile.read(json("{\"format\": \"iepdr-simulation-parameters/1\", \"state\": \"ZZ\","
        + " \"name\": \"n\", \"sources\": {}, \"referenceStart\": {\"value\": \"2026-09-01\", \"evidence\": \"definition\","
        + " \"note\": \"d\"}, \"horizonDays\": {\"value\": 366, \"evidence\": \"definition\", \"note\": \"d\"},"
        + " \"processes\": {\"IEP_MEETING\": {\"held\": {\"value\": 1, \"evidence\": \"definition\", \"note\": \"d\"}}}}"),
        "z.json")).hasMessageContaining("'z.json: processes.IEP_MEETING.resolved' was missing");
    assertThatThrownBy(() -> ParameterFile.bundled("TX")).hasMessageContaining("'TX'").hasMessageContaining("MO");
  }

  private static ParameterFile override(String body) {
    return MS.override(json("{\"format\": \"iepdr-simulation-parameters/1\", " + body.substring(1)), "x.json");
  }

  private static ByteArrayInputStream json(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
