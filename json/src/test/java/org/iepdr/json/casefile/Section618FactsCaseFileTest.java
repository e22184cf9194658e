package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.json.casefile.CaseFileReaderTest.READER;
import static org.iepdr.json.casefile.CaseFileReaderTest.minimal;
import static org.iepdr.json.casefile.CaseFileReaderTest.problems;

import java.time.ZoneId;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Decision;
import org.junit.jupiter.api.Test;

/** The decision facts the Section 618 report counts: read, written back, and refused when not booleans. */
class Section618FactsCaseFileTest {

  static final String EVENTS = "{\"type\":\"request\",\"id\":\"sc\",\"at\":\"2026-03-02T10:00\",\"kind\":\"STATE_COMPLAINT\","
      + "\"filedBy\":\"parent\"},"
      + "{\"type\":\"decision\",\"id\":\"r\",\"at\":\"2026-04-01T10:00\",\"kind\":\"STATE_COMPLAINT_DECISION\","
      + "\"request\":\"sc\",\"findsNoncompliance\":true},"
      + "{\"type\":\"request\",\"id\":\"ex\",\"at\":\"2026-03-02T10:00\",\"kind\":\"EXPEDITED_DUE_PROCESS_COMPLAINT\","
      + "\"filedBy\":\"parent\",\"filedWith\":\"LEA\"},"
      + "{\"type\":\"decision\",\"id\":\"hd\",\"at\":\"2026-04-15T10:00\",\"kind\":\"EXPEDITED_HEARING_DECISION\","
      + "\"request\":\"ex\",\"ordersPlacementChange\":true},"
      + "{\"type\":\"decision\",\"id\":\"plain\",\"at\":\"2026-04-16T10:00\",\"kind\":\"HEARING_DECISION\","
      + "\"request\":\"ex\"}";

  static Decision decision(Case c, String id) {
    return (Decision) c.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theFactsAreReadDefaultToFalseAndSurviveTheWriter() {
    Case c = READER.read("t.json", minimal(EVENTS), 1).aCase();
    assertThat(decision(c, "r").findsNoncompliance()).isTrue();
    assertThat(decision(c, "r").ordersPlacementChange()).isFalse();
    assertThat(decision(c, "hd").ordersPlacementChange()).isTrue();
    assertThat(decision(c, "plain").findsNoncompliance()).isFalse();
    assertThat(decision(c, "plain").ordersPlacementChange()).isFalse();
    String written = new CaseFileWriter(ZoneId.of("America/New_York")).write(c, Optional.empty());
    assertThat(written).contains("\"findsNoncompliance\"", "\"ordersPlacementChange\"");
    assertThat(READER.read("w.json", written, 1).aCase()).isEqualTo(c);
  }

  @Test
  void aFactThatIsNotABooleanIsRefusedWithItsPath() {
    assertThat(problems(minimal(EVENTS.replace("\"findsNoncompliance\":true", "\"findsNoncompliance\":\"yes\""))))
        .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.events[1].findsNoncompliance"));
  }
}
