package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.json.casefile.CaseFileReaderTest.READER;
import static org.iepdr.json.casefile.CaseFileReaderTest.minimal;
import static org.iepdr.json.casefile.CaseFileReaderTest.problems;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.junit.jupiter.api.Test;

/**
 * The facts of issue #17's timelines: a notice given on its own (safeguards, notice of action, the parents'
 * private-placement notice), the kinds of placement change, the new request kinds, a fulfilled reply and a
 * manifestation determination: read, written back, and refused when wrong.
 */
class TimelineFactsCaseFileTest {

  private static final String EVENTS = "{\"type\":\"request\",\"id\":\"rr\",\"at\":\"2026-03-02T10:00Z\","
      + "\"kind\":\"RECORDS_REQUEST\",\"filedBy\":\"parent\",\"filedWith\":\"LEA\"},"
      + "{\"type\":\"reply\",\"id\":\"access\",\"at\":\"2026-03-20T10:00Z\",\"request\":\"rr\",\"by\":\"lea\","
      + "\"answer\":\"FULFILLED\"},"
      + "{\"type\":\"notice\",\"id\":\"noa\",\"at\":\"2026-03-03T10:00Z\",\"kind\":\"NOTICE_OF_ACTION\",\"by\":\"lea\","
      + "\"waivedBy\":\"parent\",\"carriedOutAt\":\"2026-03-05T10:00Z\"},"
      + "{\"type\":\"notice\",\"id\":\"ps\",\"at\":\"2026-03-04T10:00Z\",\"kind\":\"PROCEDURAL_SAFEGUARDS\","
      + "\"by\":\"lea\",\"request\":\"rr\",\"inWriting\":false},"
      + "{\"type\":\"placementChange\",\"id\":\"removal\",\"at\":\"2026-03-06T10:00Z\",\"by\":\"lea\","
      + "\"kind\":\"DISCIPLINARY_REMOVAL\"},"
      + "{\"type\":\"meeting\",\"id\":\"mdr\",\"at\":\"2026-03-10T10:00Z\",\"kind\":\"MANIFESTATION_DETERMINATION\","
      + "\"attendees\":[\"parent\",\"lea\"]}";

  private static <T extends CaseEvent> T event(Case c, String id, Class<T> type) {
    return type.cast(c.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
  }

  @Test
  void theNewFactsAreReadAndWrittenBack() {
    Case c = READER.read("t.json", minimal(EVENTS), 1).aCase();
    assertThat(event(c, "rr", Request.class).kind()).isEqualTo(RequestKind.RECORDS_REQUEST);
    assertThat(event(c, "access", Reply.class).answer()).isEqualTo(Reply.Answer.FULFILLED);
    Notice noa = event(c, "noa", Notice.class);
    assertThat(noa.kind()).isEqualTo(Notice.Kind.NOTICE_OF_ACTION);
    assertThat(noa.waivedBy()).contains("parent");
    assertThat(noa.carriedOutAt()).contains(Instant.parse("2026-03-05T10:00:00Z"));
    assertThat(noa.inWriting()).isTrue();
    Notice ps = event(c, "ps", Notice.class);
    assertThat(ps.request()).contains("rr");
    assertThat(ps.inWriting()).isFalse();
    assertThat(event(c, "removal", PlacementChange.class).kind()).isEqualTo(PlacementChange.Kind.DISCIPLINARY_REMOVAL);
    assertThat(event(c, "mdr", Meeting.class).kind()).isEqualTo(MeetingKind.MANIFESTATION_DETERMINATION);
    assertThat(CaseFileWriter.typeOf(noa)).isEqualTo("notice");
    assertThat(CaseFileReader.EVENT_TYPES).contains("notice");
    String written = new CaseFileWriter(ZoneId.of("America/New_York")).write(c, Optional.empty());
    assertThat(written).contains("\"notice\"").contains("\"carriedOutAt\"").contains("\"DISCIPLINARY_REMOVAL\"");
    assertThat(READER.read("w.json", written, 1).aCase()).isEqualTo(c);
  }

  @Test
  void aPlacementChangeWithoutAKindIsAChangeAndIsWrittenWithoutOne() {
    Case c = READER.read("t.json", minimal("{\"type\":\"placementChange\",\"id\":\"p\",\"at\":\"2026-03-06T10:00Z\","
        + "\"by\":\"lea\"}"), 1).aCase();
    assertThat(event(c, "p", PlacementChange.class).kind()).isEqualTo(PlacementChange.Kind.CHANGE);
    assertThat(new CaseFileWriter(ZoneId.of("America/New_York")).write(c, Optional.empty()))
        .doesNotContain("\"kind\"");
  }

  @Test
  void aNoticeOfAnUnknownKindOrNamingAnUnknownPartyIsRefused() {
    assertThat(problems(minimal("{\"type\":\"notice\",\"id\":\"n\",\"at\":\"2026-03-03T10:00Z\",\"kind\":\"LETTER\","
        + "\"by\":\"lea\"}"))).anySatisfy(p -> assertThat(p.toString()).contains("kind"));
    assertThat(problems(minimal("{\"type\":\"notice\",\"id\":\"n\",\"at\":\"2026-03-03T10:00Z\","
        + "\"kind\":\"PRIVATE_PLACEMENT\",\"by\":\"parent\",\"waivedBy\":\"nobody\"}")))
        .anySatisfy(p -> assertThat(p.toString()).contains("nobody"));
  }
}
