package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

class ParentParticipationTest {

  private static final String ID = "IDEA.MEETING.PARENT_PARTICIPATION";

  private static Meeting.Builder iep() {
    return Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at("2026-03-20", "14:00")).addAttendees(LEA);
  }

  private static DocumentSent notice(String date) {
    return DocumentSent.by(DocumentKind.MEETING_NOTICE, at(date), LEA);
  }

  private static Evaluation eval(Meeting m) {
    Case c = caseBuilder().addEvents(m).build();
    return US.evaluate(c);
  }

  @Test
  void aMeetingTheParentAttendedRaisesNothingEvenWithoutNotice() {
    assertThat(eval(iep().addAttendees(PARENT).build()).findings(ID)).isEmpty();
  }

  @Test
  void heldWithoutTheParentAndNoAttemptsIsAViolationNamingTheKindsOfRecord() {
    Evaluation e = eval(iep().addDocuments(notice("2026-03-02")).build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(f.key()).isEqualTo("IDEA.MEETING.PARENT_PARTICIPATION.no_attempts");
      assertThat(f.facts().date("held")).contains(LocalDate.parse("2026-03-20"));
      assertThat(f.message()).contains("300.322(d)").contains("telephone calls")
          .contains("letters").contains("visits");
      assertThat(f.events()).containsExactly("iep");
    });
  }

  @Test
  void oneDocumentedAttemptBeforeTheMeetingIsEnough() {
    Evaluation e = eval(iep().addDocuments(notice("2026-03-02"))
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.CALL, at("2026-03-19"))).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void anAttemptAtTheMeetingsStartStillCounts() {
    Evaluation e = eval(iep().addDocuments(notice("2026-03-02"))
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.CALL, at("2026-03-20", "14:00")))
        .build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void anAttemptRecordedOnlyAfterTheMeetingDoesNotCount() {
    Evaluation e = eval(iep().addDocuments(notice("2026-03-02"))
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.LETTER, at("2026-03-21"))).build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION));
  }

  @Test
  void noNoticeAtAllAndTheParentAbsentIsOnlyAWarningWhenAttemptsWereMade() {
    Evaluation e = eval(iep()
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.VISIT, at("2026-03-18"))).build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("IDEA.MEETING.PARENT_PARTICIPATION.no_notice");
      assertThat(f.facts().date("held")).contains(LocalDate.parse("2026-03-20"));
      // a warning about an act the case does not record says so, rather than that it did not happen
      assertThat(f.message()).startsWith("No meeting notice to the parent is recorded before the meeting on 2026-03-20");
    });
  }

  @Test
  void aNoticeSentOnlyAfterTheStartIsNoNotice() {
    Evaluation e = eval(iep().addDocuments(notice("2026-03-21"))
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.CALL, at("2026-03-18"))).build());
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.WARNING));
  }

  @Test
  void federalLawSetsNoNumberSoANoticeTheDayBeforeRaisesNothing() {
    Evaluation e = eval(iep().addDocuments(notice("2026-03-19"))
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.CALL, at("2026-03-19"))).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void aWaivedNoticeRaisesNoWarning() {
    Evaluation e = eval(iep().noticeWaivedBy(PARENT)
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.CALL, at("2026-03-18"))).build());
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void aFacilitatedIepMeetingIsCheckedToo() {
    Evaluation e = eval(iep().kind(MeetingKind.FACILITATED_IEP).addDocuments(notice("2026-03-02")).build());
    assertThat(e.findings(ID)).hasSize(1);
  }

  @Test
  void aCancelledMeetingOrAnotherKindRaisesNothing() {
    assertThat(eval(iep().status(Meeting.Status.CANCELLED).build()).findings(ID)).isEmpty();
    assertThat(eval(iep().kind(MeetingKind.MEDIATION_SESSION).build()).findings(ID)).isEmpty();
  }
  @Test
  void theDocumentedAttemptsAreCountedInTheTrace() {
    Evaluation e = eval(iep().addDocuments(notice("2026-03-02"))
        .addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.CALL, at("2026-03-16")),
            new ParticipationAttempt(ParticipationAttempt.Method.LETTER, at("2026-03-17")),
            new ParticipationAttempt(ParticipationAttempt.Method.VISIT, at("2026-03-21")))
        .build());
    assertThat(e.findings(ID)).isEmpty();
    // the visit after the meeting could not have convinced the parent to attend: two attempts count
    assertThat(notes(e, ID))
        .containsExactly("meeting iep: held without the parent after 2 documented attempt(s) (300.322(d))");
  }
}
