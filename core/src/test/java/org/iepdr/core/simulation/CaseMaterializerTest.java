package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.process.DisputeProcess.DUE_PROCESS_HEARING;
import static org.iepdr.core.process.DisputeProcess.FACILITATED_IEP;
import static org.iepdr.core.process.DisputeProcess.MEDIATION;
import static org.iepdr.core.process.DisputeProcess.RESOLUTION_MEETING;
import static org.iepdr.core.process.DisputeProcess.STATE_COMPLAINT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Pins the case {@link CaseMaterializer} writes for a simulated dispute: for each process that takes
 * place or not, the requests, receipts, consents, appointments, meetings, agreements, decisions,
 * refusals and withdrawals on the drawn days at the documented times, numbered in walk order; and that
 * a lawful federal timeline materialises into a case the federal rules find no violation in.
 */
class CaseMaterializerTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate D0 = SimulationParameters.DEFAULT_REFERENCE_START;

  /** The federal model (its jurisdiction gives the zone and the code). */
  private static SimulationModel federal() {
    return SimulationModel.compile("baseline", SimulationTest.US.baseline(),
        SimulationParameters.builder().from(SimulationParameters.defaults("US")).horizonDays(1).build());
  }

  private static SimulatedDispute.Visit v(DisputeProcess p, int entered, int ended, int way, boolean held,
      Outcome o) {
    return new SimulatedDispute.Visit(p, D0.plusDays(entered), D0.plusDays(ended), D0.plusDays(way), held, o);
  }

  private static Case materialise(long index, SimulatedDispute.Visit... visits) {
    Outcome last = visits.length == 0 ? Outcome.NOT_RESOLVED : visits[visits.length - 1].outcome();
    int days = visits.length == 0 ? 0 : (int) java.time.temporal.ChronoUnit.DAYS.between(D0,
        visits[visits.length - 1].ended());
    return CaseMaterializer.toCase(federal(), new SimulatedDispute(index, D0, List.of(visits), last, days, 0));
  }

  private static Instant at(int day, int hour, int minute) {
    return D0.plusDays(day).atTime(LocalTime.of(hour, minute)).atZone(NEW_YORK).toInstant();
  }

  @SuppressWarnings("unchecked")
  private static <T extends CaseEvent> T event(Case c, String id, Class<T> type) {
    Optional<CaseEvent> e = c.events().stream().filter(x -> x.id().equals(id)).findFirst();
    assertThat(e).as(id).isPresent();
    assertThat(e.get()).as(id).isInstanceOf(type);
    return (T) e.get();
  }

  private static List<String> ids(Case c) {
    return c.events().stream().map(CaseEvent::id).toList();
  }

  /** Mediation (partly), a state complaint, a due process complaint and its hearing, all held and lawful. */
  private static final SimulatedDispute.Visit[] LADDER = {
      v(MEDIATION, 0, 20, 20, true, Outcome.PARTLY),
      v(STATE_COMPLAINT, 20, 70, 23, true, Outcome.NOT_RESOLVED),
      v(RESOLUTION_MEETING, 70, 80, 80, true, Outcome.NOT_RESOLVED),
      v(DUE_PROCESS_HEARING, 80, 140, 105, true, Outcome.RESOLVED)};

  @Test
  void aLawfulFederalTimelineBreaksNoFederalRule() {
    Case c = materialise(7, LADDER);
    Evaluation e = SimulationTest.US.baseline().evaluate(c);
    assertThat(e.findings()).filteredOn(f -> f.kind() == FindingKind.VIOLATION).isEmpty();
  }

  @Test
  void theCaseHasTheSimulatedPartiesAndNeutrals() {
    Case c = materialise(7, LADDER);
    assertThat(c.id()).isEqualTo("sim-7");
    assertThat(c.student().id()).isEqualTo("sim-student-7");
    assertThat(c.state()).isEqualTo("US");
    assertThat(c.parties()).extracting(p -> p.id()).containsExactly("parent", "district", "state-agency");
    Participant facilitator = participant(c, "facilitator");
    assertThat(facilitator.role()).isEqualTo(ParticipantRole.FACILITATOR);
    assertThat(facilitator.hasDecisionAuthority()).isFalse();
    assertThat(facilitator.trainingDays()).isEqualTo(5);
    assertThat(facilitator.onStateList()).isTrue();
    assertThat(facilitator.onIepTeam()).isFalse();
    assertThat(participant(c, "mediator").hasDecisionAuthority()).isFalse();
    assertThat(participant(c, "hearing-officer").hasDecisionAuthority()).isTrue();
    assertThat(participant(c, "district-representative").hasDecisionAuthority()).isTrue();
  }

  private static Participant participant(Case c, String id) {
    return c.participants().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void requestsAreNumberedInWalkOrder() {
    Case c = materialise(7, LADDER);
    assertThat(event(c, "r1", Request.class).kind()).isEqualTo(RequestKind.MEDIATION);
    assertThat(event(c, "r2", Request.class).kind()).isEqualTo(RequestKind.STATE_COMPLAINT);
    assertThat(event(c, "r3", Request.class).kind()).isEqualTo(RequestKind.DUE_PROCESS_COMPLAINT);
    assertThat(ids(c)).noneMatch(id -> id.startsWith("r4") && !id.startsWith("r4-"));
  }

  @Test
  void aMediationThatTakesPlaceHasAnAgreementToMediateAMediatorASessionAndAWrittenAgreement() {
    Case c = materialise(1, LADDER[0]);
    Request r = event(c, "r1", Request.class);
    assertThat(r.at()).isEqualTo(at(0, 9, 0));
    assertThat(r.filedBy()).isEqualTo("parent");
    assertThat(r.signedBy()).containsExactlyInAnyOrder("parent", "district");
    assertThat(event(c, "r1-received", Receipt.class).recipient()).isEqualTo(Recipient.STATE_AGENCY);
    assertThat(event(c, "r1-to-mediate", Agreement.class).kind()).isEqualTo(AgreementKind.TO_MEDIATE);
    assertThat(event(c, "r1-mediator", Appointment.class).selectedBy()).containsExactlyInAnyOrder("parent", "district");
    Meeting session = event(c, "r1-session", Meeting.class);
    assertThat(session.kind()).isEqualTo(MeetingKind.MEDIATION_SESSION);
    assertThat(session.at()).isEqualTo(at(20, 13, 0));
    assertThat(session.attendees()).containsExactlyInAnyOrder("parent", "district", "district-representative",
        "mediator");
    Agreement signed = event(c, "r1-agreement", Agreement.class);
    assertThat(signed.kind()).isEqualTo(AgreementKind.MEDIATION_AGREEMENT);
    assertThat(signed.at()).isEqualTo(at(20, 15, 0));
    assertThat(signed.inWriting()).isTrue();
    assertThat(signed.statesConfidentiality()).isTrue();
    assertThat(signed.agencyRepresentative()).contains("district-representative");
    assertThat(ids(c)).doesNotContain("r1-declined");
  }

  @Test
  void aMediationThatResolvesNothingHasNoAgreement() {
    Case c = materialise(1, v(MEDIATION, 0, 20, 20, true, Outcome.NOT_RESOLVED));
    assertThat(ids(c)).contains("r1-session").doesNotContain("r1-agreement");
  }

  @Test
  void aDeclinedMediationHasAWrittenRefusalOnItsLastDayAndNoSession() {
    Case c = materialise(1, v(MEDIATION, 0, 4, 4, false, Outcome.NOT_RESOLVED));
    Reply declined = event(c, "r1-declined", Reply.class);
    assertThat(declined.answer()).isEqualTo(Reply.Answer.DECLINED);
    assertThat(declined.by()).isEqualTo("district");
    assertThat(declined.inWriting()).isTrue();
    assertThat(declined.at()).isEqualTo(at(4, 15, 0));
    assertThat(ids(c)).doesNotContain("r1-session", "r1-to-mediate", "r1-mediator");
  }

  @Test
  void aFacilitationThatTakesPlaceHasBothConsentsAFacilitatorAndTheMeeting() {
    Case c = materialise(2, v(FACILITATED_IEP, 0, 12, 12, true, Outcome.RESOLVED));
    Request r = event(c, "r1", Request.class);
    assertThat(r.kind()).isEqualTo(RequestKind.FACILITATED_IEP);
    assertThat(r.filedBy()).isEqualTo("district");
    assertThat(r.requestedBy()).contains("parent");
    for (String by : List.of("parent", "district")) {
      Consent consent = event(c, "r1-consent-" + by, Consent.class);
      assertThat(consent.scope()).isEqualTo(ConsentScope.FACILITATION);
      assertThat(consent.inWriting()).isTrue();
      assertThat(consent.informed()).isTrue();
    }
    assertThat(event(c, "r1-facilitator", Appointment.class).participant()).isEqualTo("facilitator");
    Meeting m = event(c, "r1-meeting", Meeting.class);
    assertThat(m.kind()).isEqualTo(MeetingKind.FACILITATED_IEP);
    assertThat(m.at()).isEqualTo(at(12, 13, 0));
    assertThat(ids(c)).doesNotContain("r1-declined");
  }

  @Test
  void aDeclinedFacilitationHasAWrittenRefusalAndNoMeeting() {
    Case c = materialise(2, v(FACILITATED_IEP, 0, 6, 6, false, Outcome.NOT_RESOLVED));
    assertThat(event(c, "r1-declined", Reply.class).at()).isEqualTo(at(6, 15, 0));
    assertThat(ids(c)).doesNotContain("r1-meeting", "r1-consent-parent", "r1-facilitator");
  }

  @Test
  void aStateComplaintThatIsDecidedIsForwardedOnItsDayOnTheWay() {
    Case c = materialise(3, v(STATE_COMPLAINT, 0, 50, 3, true, Outcome.RESOLVED));
    Receipt copy = event(c, "r1-copy", Receipt.class);
    assertThat(copy.recipient()).isEqualTo(Recipient.LEA);
    assertThat(copy.sentBy()).contains("parent");
    Receipt forwarded = event(c, "r1-forwarded", Receipt.class);
    assertThat(forwarded.at()).isEqualTo(at(3, 11, 0));
    assertThat(forwarded.via()).isEqualTo(Receipt.Via.FORWARDED);
    Decision decision = event(c, "r1-decision", Decision.class);
    assertThat(decision.kind()).isEqualTo(DecisionKind.STATE_COMPLAINT_DECISION);
    assertThat(decision.at()).isEqualTo(at(50, 16, 0));
    assertThat(ids(c)).doesNotContain("r1-withdrawn");
  }

  @Test
  void aStateComplaintThatDoesNotTakePlaceIsWithdrawn() {
    Case c = materialise(3, v(STATE_COMPLAINT, 0, 9, 9, false, Outcome.NOT_RESOLVED));
    Withdrawal w = event(c, "r1-withdrawn", Withdrawal.class);
    assertThat(w.request()).isEqualTo("r1");
    assertThat(w.by()).isEqualTo("parent");
    assertThat(w.from()).isEqualTo(Withdrawal.From.REQUEST);
    assertThat(w.at()).isEqualTo(at(9, 16, 30));
    assertThat(ids(c)).doesNotContain("r1-forwarded", "r1-decision");
  }

  @Test
  void aDueProcessComplaintIsAnsweredAndItsResolutionMeetingHeld() {
    Case c = materialise(4, v(RESOLUTION_MEETING, 0, 10, 10, true, Outcome.RESOLVED));
    assertThat(event(c, "r1-lea", Receipt.class).recipient()).isEqualTo(Recipient.LEA);
    assertThat(event(c, "r1-hearing-body", Receipt.class).recipient()).isEqualTo(Recipient.HEARING_BODY);
    assertThat(event(c, "r1-hearing-officer", Appointment.class).participant()).isEqualTo("hearing-officer");
    assertThat(event(c, "r1-response", Reply.class).answer()).isEqualTo(Reply.Answer.RESPONSE);
    Meeting m = event(c, "r1-meeting", Meeting.class);
    assertThat(m.kind()).isEqualTo(MeetingKind.RESOLUTION);
    assertThat(m.at()).isEqualTo(at(10, 13, 0));
    assertThat(event(c, "r1-agreement", Agreement.class).kind()).isEqualTo(AgreementKind.RESOLUTION_AGREEMENT);
    Case unsettled = materialise(4, v(RESOLUTION_MEETING, 0, 10, 10, true, Outcome.NOT_RESOLVED));
    assertThat(ids(unsettled)).contains("r1-meeting").doesNotContain("r1-agreement");
  }

  @Test
  void aDueProcessComplaintWithoutItsResolutionMeetingIsWithdrawn() {
    Case c = materialise(4, v(RESOLUTION_MEETING, 0, 5, 5, false, Outcome.NOT_RESOLVED));
    assertThat(event(c, "r1-withdrawn", Withdrawal.class).at()).isEqualTo(at(5, 16, 30));
    assertThat(ids(c)).doesNotContain("r1-meeting");
  }

  @Test
  void theHearingIsHeldForTheComplaintOnItsDayOnTheWayWithBothSidesDisclosures() {
    Case c = materialise(5, LADDER);
    Meeting hearing = event(c, "r4-hearing", Meeting.class);
    assertThat(hearing.kind()).isEqualTo(MeetingKind.HEARING);
    assertThat(hearing.request()).contains("r3");
    assertThat(hearing.at()).isEqualTo(at(105, 9, 0));
    assertThat(hearing.attendees()).containsExactlyInAnyOrder("parent", "district", "hearing-officer");
    assertThat(hearing.documents()).containsExactly(
        new DocumentSent(DocumentKind.EVALUATIONS_AND_RECOMMENDATIONS, at(80, 12, 0), Optional.of("parent"), false),
        new DocumentSent(DocumentKind.EVALUATIONS_AND_RECOMMENDATIONS, at(80, 12, 0), Optional.of("district"), false));
    Decision decision = event(c, "r4-decision", Decision.class);
    assertThat(decision.kind()).isEqualTo(DecisionKind.HEARING_DECISION);
    assertThat(decision.request()).isEqualTo("r3");
    assertThat(decision.at()).isEqualTo(at(140, 16, 0));
  }

  @Test
  void aHearingThatDoesNotTakePlaceWithdrawsTheComplaint() {
    Case c = materialise(6, LADDER[2], v(DUE_PROCESS_HEARING, 80, 90, 90, false, Outcome.NOT_RESOLVED));
    Withdrawal w = event(c, "r2-withdrawn", Withdrawal.class);
    assertThat(w.request()).isEqualTo("r1");
    assertThat(w.at()).isEqualTo(at(90, 16, 30));
    assertThat(ids(c)).doesNotContain("r2-hearing", "r2-decision");
  }

  @Test
  void aModelMaterialisesItsOwnDisputes() {
    SimulationModel m = federal();
    SimulatedDispute d = m.dispute(99, 3);
    Case c = m.toCase(99, 3);
    assertThat(c.id()).isEqualTo("sim-3");
    assertThat(c.events().stream().filter(e -> e instanceof Request).count()).isEqualTo(
        d.visits().stream().filter(x -> x.process() != DUE_PROCESS_HEARING).count());
  }
}
