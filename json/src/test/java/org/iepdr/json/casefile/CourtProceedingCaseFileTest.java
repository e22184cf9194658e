package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.json.casefile.CaseFileReaderTest.READER;
import static org.iepdr.json.casefile.CaseFileReaderTest.minimal;
import static org.iepdr.json.casefile.CaseFileReaderTest.problems;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CourtProceeding;
import org.junit.jupiter.api.Test;

/** The {@code courtProceeding} event: read, written back, and refused when it ends before it began. */
class CourtProceedingCaseFileTest {

  private static final String COMPLAINT = "{\"type\":\"request\",\"id\":\"dp\",\"at\":\"2026-03-02T10:00Z\","
      + "\"kind\":\"DUE_PROCESS_COMPLAINT\",\"filedBy\":\"parent\"}";

  @Test
  void aCourtProceedingIsReadAndWrittenBack() {
    String json = minimal(COMPLAINT + ",{\"type\":\"courtProceeding\",\"id\":\"civil\",\"at\":\"2026-05-01T10:00Z\","
        + "\"request\":\"dp\",\"by\":\"parent\",\"endedAt\":\"2026-09-30T10:00Z\"}");
    Case c = READER.read("t.json", json, 1).aCase();
    CourtProceeding p = (CourtProceeding) c.events().stream().filter(e -> e.id().equals("civil")).findFirst()
        .orElseThrow();
    assertThat(p.request()).isEqualTo("dp");
    assertThat(p.by()).isEqualTo("parent");
    assertThat(p.endedAt()).contains(Instant.parse("2026-09-30T10:00:00Z"));
    assertThat(CaseFileWriter.typeOf(p)).isEqualTo("courtProceeding");
    String written = new CaseFileWriter(ZoneId.of("America/New_York")).write(c, Optional.empty());
    assertThat(written).contains("\"courtProceeding\"").contains("\"endedAt\"");
    assertThat(READER.read("w.json", written, 1).aCase()).isEqualTo(c);
    assertThat(CaseFileReader.EVENT_TYPES).contains("courtProceeding");
  }

  @Test
  void aPendingProceedingHasNoEnd() {
    Case c = READER.read("t.json", minimal(COMPLAINT + ",{\"type\":\"courtProceeding\",\"id\":\"civil\","
        + "\"at\":\"2026-05-01T10:00Z\",\"request\":\"dp\",\"by\":\"parent\"}"), 1).aCase();
    assertThat(((CourtProceeding) c.events().get(1)).endedAt()).isEmpty();
  }

  @Test
  void aProceedingEndingBeforeItBeganOrNamingNoComplaintIsRefused() {
    assertThat(problems(minimal(COMPLAINT + ",{\"type\":\"courtProceeding\",\"id\":\"civil\","
        + "\"at\":\"2026-05-01T10:00Z\",\"request\":\"dp\",\"by\":\"parent\",\"endedAt\":\"2026-04-01T10:00Z\"}")))
        .anySatisfy(p -> assertThat(p.toString()).contains("endedAt"));
    assertThat(problems(minimal("{\"type\":\"courtProceeding\",\"id\":\"civil\",\"at\":\"2026-05-01T10:00Z\","
        + "\"by\":\"parent\"}"))).anySatisfy(p -> assertThat(p.toString()).contains("request"));
  }
}
