package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.decision;
import static org.iepdr.core.idea.DueProcessEvents.meeting;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.util.List;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.time.SchoolCalendar;
import org.junit.jupiter.api.Test;

/**
 * Acts done before the event that starts their clock. The clocks counted from a receipt run "within N
 * days of receipt" (300.508(d), 300.510(a)(1), 300.532(c)(3)(i)): an outer limit. An act after the
 * complaint was filed but before the receipt the case records (the district had the parent's copy
 * before the state agency's forwarded one arrived) is early, never late; an act dated before the
 * complaint itself cannot answer it and is reported as such, not as "after the last day".
 *
 * <p>The complaint "dp" is filed with the state agency on 2026-03-02; the district's recorded receipt is
 * the agency's forwarded copy on 03-05.
 */
class EarlyActsTest {

  private static final String RESOLUTION = "IDEA.RESOLUTION.MEETING_15_DAYS";
  private static final String SUFFICIENCY = "IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE";
  private static final String RESPONSE = "IDEA.DUE_PROCESS.RESPONSE";
  private static final String EXPEDITED = "IDEA.EXPEDITED.TIMELINES";

  private static Request complaint(RequestKind kind) {
    return Request.builder().id("dp").kind(kind).filedBy(PARENT).filedWith(Recipient.STATE_AGENCY)
        .at(at("2026-03-02")).build();
  }

  private static Receipt forwardedToTheDistrict() {
    return Receipt.builder().id("copy").request("dp").recipient(Recipient.LEA).via(Receipt.Via.FORWARDED)
        .at(at("2026-03-05")).build();
  }

  private static Evaluation evaluate(CaseEvent... acts) {
    return US.evaluate(caseBuilder().addEvents(complaint(RequestKind.DUE_PROCESS_COMPLAINT), forwardedToTheDistrict())
        .addEvents(acts).build(), d("2026-06-30"));
  }

  private static Deadline only(Evaluation e, String rule, String description) {
    List<Deadline> all = e.deadlines(rule).stream().filter(x -> x.description().equals(description)).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  // ------------------------------------------------------------ resolution meeting, 300.510(a)(1)

  @Test
  void aResolutionMeetingBetweenTheFilingAndTheRecordedReceiptIsOnTime() {
    Evaluation e = evaluate(meeting("rm", MeetingKind.RESOLUTION, "2026-03-04"));
    assertThat(e.findings(RESOLUTION)).isEmpty();
    Deadline d = only(e, RESOLUTION, "convene the resolution meeting");
    assertThat(d.triggerDate()).isEqualTo(d("2026-03-05"));
    assertThat(d.window().earliest()).contains(d("2026-03-02"));
    assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(d.doneBeforeWindow()).isFalse();
    assertThat(evaluate(meeting("rm", MeetingKind.RESOLUTION, "2026-03-02")).findings(RESOLUTION)).isEmpty();
  }

  @Test
  void aResolutionMeetingDatedBeforeTheComplaintIsReportedAsSuch() {
    Evaluation e = evaluate(meeting("rm", MeetingKind.RESOLUTION, "2026-03-01"));
    assertThat(e.findings(RESOLUTION)).singleElement().satisfies(f -> {
      assertThat(f.message())
          .isEqualTo("The resolution meeting is dated 2026-03-01, before the complaint it answers was filed on 2026-03-02.");
      assertThat(f.events()).containsExactly("dp", "rm");
    });
    assertThat(only(e, RESOLUTION, "convene the resolution meeting").doneBeforeWindow()).isTrue();
  }

  // ------------------------------------------------------------ sufficiency, 300.508(d)(1) and (2)

  private static Request challenge(String date) {
    return Request.builder().id("ch").kind(RequestKind.SUFFICIENCY_CHALLENGE).filedBy(LEA).relatesTo("dp")
        .at(at(date)).build();
  }

  private static Receipt heard(String date) {
    return Receipt.builder().id("ho").request("ch").recipient(Recipient.HEARING_OFFICER).at(at(date)).build();
  }

  @Test
  void aChallengeBeforeTheRecordedReceiptIsOnTimeAndOneBeforeTheComplaintIsReported() {
    assertThat(evaluate(challenge("2026-03-04"), decision("ruling", DecisionKind.SUFFICIENCY_RULING, "ch", "2026-03-06"))
        .findings(SUFFICIENCY)).isEmpty();
    assertThat(evaluate(challenge("2026-03-01"), decision("ruling", DecisionKind.SUFFICIENCY_RULING, "ch", "2026-03-03"))
        .findings(SUFFICIENCY)).singleElement().satisfies(f -> {
      assertThat(f.message())
          .isEqualTo("The sufficiency challenge is dated 2026-03-01, before the complaint it challenges was filed on"
              + " 2026-03-02.");
      assertThat(f.events()).containsExactly("dp", "ch");
    });
  }

  @Test
  void aRulingBeforeTheHearingOfficersRecordedReceiptIsOnTimeAndOneBeforeTheChallengeIsReported() {
    Evaluation onTime = evaluate(challenge("2026-03-10"), heard("2026-03-12"),
        decision("ruling", DecisionKind.SUFFICIENCY_RULING, "ch", "2026-03-11"));
    assertThat(onTime.findings(SUFFICIENCY)).isEmpty();
    assertThat(only(onTime, SUFFICIENCY, "rule on the sufficiency challenge").window().earliest())
        .contains(d("2026-03-10"));
    Evaluation early = evaluate(challenge("2026-03-10"), heard("2026-03-12"),
        decision("ruling", DecisionKind.SUFFICIENCY_RULING, "ch", "2026-03-09"));
    assertThat(early.findings(SUFFICIENCY)).singleElement().satisfies(f -> {
      assertThat(f.message())
          .isEqualTo("The ruling on the sufficiency challenge is dated 2026-03-09, before the challenge was made on"
              + " 2026-03-10.");
      assertThat(f.events()).containsExactly("ch", "ruling");
    });
  }

  // ------------------------------------------------------------ response, 300.508(e)-(f)

  private static Reply response(String date) {
    return Reply.builder().id("resp").request("dp").by(LEA).answer(Reply.Answer.RESPONSE).inWriting(true)
        .at(at(date)).build();
  }

  @Test
  void aResponseBeforeTheRecordedReceiptIsOnTimeAndOneBeforeTheComplaintIsReported() {
    assertThat(evaluate(response("2026-03-04")).findings(RESPONSE)).isEmpty();
    assertThat(evaluate(response("2026-03-01")).findings(RESPONSE)).singleElement().satisfies(f -> {
      assertThat(f.message())
          .isEqualTo("The response to the due process complaint is dated 2026-03-01, before the complaint was filed"
              + " on 2026-03-02.");
      assertThat(f.events()).containsExactly("dp", "resp");
    });
  }

  // ------------------------------------------------------------ expedited, 300.532(c)

  private static final SchoolCalendar SCHOOL = SchoolCalendar.weekdaysExcept("district", d("2026-01-05"),
      d("2026-06-30"), List.of());

  private static Meeting expeditedMeeting(String id, MeetingKind kind, String date) {
    return Meeting.builder().id(id).kind(kind).request("dp").at(at(date)).addAttendees(PARENT, LEA).build();
  }

  private static List<Finding> expedited(CaseEvent... acts) {
    return US.evaluate(caseBuilder().addEvents(complaint(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT),
            forwardedToTheDistrict()).addEvents(acts).build(),
        EvaluationOptions.builder().asOf(d("2026-03-03")).schoolCalendar(SCHOOL).build()).findings(EXPEDITED);
  }

  @Test
  void anExpeditedResolutionMeetingBeforeTheRecordedReceiptIsOnTime() {
    assertThat(expedited(expeditedMeeting("rm", MeetingKind.RESOLUTION, "2026-03-03"))).isEmpty();
  }

  @Test
  void anExpeditedMeetingOrHearingBeforeTheComplaintAndADecisionBeforeTheHearingAreReportedAsSuch() {
    assertThat(expedited(expeditedMeeting("rm", MeetingKind.RESOLUTION, "2026-03-01"))).extracting(Finding::message)
        .containsExactly("The resolution meeting for the expedited complaint is dated 2026-03-01, before the"
            + " complaint was filed on 2026-03-02.");
    assertThat(expedited(expeditedMeeting("h", MeetingKind.EXPEDITED_HEARING, "2026-02-27")))
        .extracting(Finding::message)
        .contains("The expedited hearing is dated 2026-02-27, before the complaint was filed on 2026-03-02.");
    assertThat(expedited(expeditedMeeting("rm", MeetingKind.RESOLUTION, "2026-03-03"),
        expeditedMeeting("h", MeetingKind.EXPEDITED_HEARING, "2026-03-03"),
        decision("dec", DecisionKind.EXPEDITED_HEARING_DECISION, "dp", "2026-03-02")))
        .extracting(Finding::message)
        .contains("The expedited hearing decision is dated 2026-03-02, before the hearing on 2026-03-03.");
  }
}
