package org.iepdr.reliability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.model.Withdrawal;

/**
 * Cases built to test clocks at their edges: a state complaint, a due process complaint, a mediation
 * request and a facilitation request filed at any hour of any day (weekends and holidays included);
 * the receipts that start their clocks recorded from two days before the filing (an impossible order
 * the rules must still describe truly) to ten days after; and every act that answers them (decision,
 * forwarding, response, sufficiency challenge and its ruling, resolution meeting, resolution agreement
 * and its voiding, commissioner, hearing decision, agreement to mediate, mediator, session, mediation
 * agreement, facilitated meeting) dated from three days before the filing to 75 days after it. The
 * sufficiency challenge reaches the hearing officer by a receipt of its own. Such cases are where a
 * rule counts from the wrong day or calls an early act late. (Expedited complaints are left out: their
 * school-day clocks need a school calendar the jurisdictions do not carry.)
 */
final class ActsAroundTheirClocks {

  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

  private ActsAroundTheirClocks() {}

  /** A day offset and a time of day. */
  private record When(int day, int minute) {
    Instant from(LocalDate base, String state) {
      return base.plusDays(day).atTime(LocalTime.ofSecondOfDay(minute * 60L)).atZone(ThreeStates.zone(state))
          .toInstant();
    }
  }

  private static Arbitrary<When> when(int fromDay, int toDay) {
    return Combinators.combine(Arbitraries.integers().between(fromDay, toDay),
        Arbitraries.integers().between(0, 24 * 60 - 1)).as(When::new);
  }

  /**
   * The cases: one of the three jurisdictions, a state complaint and a due process complaint.
   *
   * @return the arbitrary
   */
  static Arbitrary<Case> cases() {
    Arbitrary<String> state = Arbitraries.of("US", "MO", "MS");
    Arbitrary<Integer> start = Arbitraries.integers().between(0, 2 * 365);
    Arbitrary<Recipient> filedWith = Arbitraries.of(Recipient.STATE_AGENCY, Recipient.LEA);
    Arbitrary<List<When>> receipts = when(-2, 10).list().ofSize(5);
    Arbitrary<List<When>> acts = when(-3, 75).optional(0.85).list().ofSize(16)
        .map(l -> l.stream().map(o -> o.orElse(null)).toList());
    return Combinators.combine(state, start, filedWith, filedWith, receipts, acts)
        .as((st, day, scWith, dpWith, rs, as) -> build(st, FIRST.plusDays(day), scWith, dpWith, rs, as));
  }

  private static Case build(String state, LocalDate base, Recipient scWith, Recipient dpWith, List<When> receipts,
      List<When> acts) {
    List<CaseEvent> events = new ArrayList<>();
    When filed = new When(0, receipts.get(4).minute());
    events.add(Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy("parent").filedWith(scWith)
        .addSignedBy("parent").at(filed.from(base, state)).build());
    events.add(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy("parent")
        .filedWith(dpWith).at(filed.from(base, state)).build());
    if (scWith != Recipient.STATE_AGENCY) {
      events.add(receipt("sc-sea", "sc", Recipient.STATE_AGENCY, Receipt.Via.DELIVERED, receipts.get(0), base, state));
    }
    events.add(receipt("dp-lea", "dp", dpWith == Recipient.LEA ? Recipient.STATE_AGENCY : Recipient.LEA,
        Receipt.Via.FORWARDED, receipts.get(1), base, state));
    events.add(receipt("dp-ahc", "dp", Recipient.HEARING_BODY, Receipt.Via.FORWARDED, receipts.get(2), base, state));
    add(events, acts.get(0), w -> Decision.builder().id("sc-decision").kind(DecisionKind.STATE_COMPLAINT_DECISION)
        .request("sc").at(w.from(base, state)).build());
    add(events, acts.get(1), w -> receipt("sc-forwarded", "sc", Recipient.LEA, Receipt.Via.FORWARDED, w, base, state));
    add(events, acts.get(2), w -> Reply.builder().id("dp-response").request("dp").by("lea")
        .answer(Reply.Answer.RESPONSE).inWriting(true).at(w.from(base, state)).build());
    add(events, acts.get(3), w -> Meeting.builder().id("dp-meeting").kind(MeetingKind.RESOLUTION).request("dp")
        .addAttendees("parent", "lea").at(w.from(base, state)).build());
    add(events, acts.get(4), w -> Request.builder().id("challenge").kind(RequestKind.SUFFICIENCY_CHALLENGE)
        .filedBy("lea").relatesTo("dp").filedWith(Recipient.FAMILY).at(w.from(base, state)).build());
    if (acts.get(4) != null) {
      When heard = new When(acts.get(4).day() + receipts.get(3).day(), receipts.get(3).minute());
      events.add(receipt("challenge-heard", "challenge", Recipient.HEARING_OFFICER, Receipt.Via.DELIVERED, heard, base,
          state));
      add(events, acts.get(5), w -> Decision.builder().id("ruling").kind(DecisionKind.SUFFICIENCY_RULING)
          .request("challenge").at(w.from(base, state)).build());
    }
    add(events, acts.get(6), w -> Appointment.builder().id("commissioner").participant("officer").request("dp")
        .at(w.from(base, state)).build());
    add(events, acts.get(7), w -> Decision.builder().id("hearing-decision").kind(DecisionKind.HEARING_DECISION)
        .request("dp").at(w.from(base, state)).build());
    add(events, acts.get(8), w -> signed("resolution-agreement", AgreementKind.RESOLUTION_AGREEMENT, "dp", w, base,
        state));
    add(events, acts.get(9), w -> Withdrawal.builder().id("voided").request("dp").by("lea")
        .from(Withdrawal.From.AGREEMENT).at(w.from(base, state)).build());
    events.add(Request.builder().id("med").kind(RequestKind.MEDIATION).filedBy("parent").addSignedBy("parent", "lea")
        .at(filed.from(base, state)).build());
    add(events, acts.get(10), w -> signed("to-mediate", AgreementKind.TO_MEDIATE, "med", w, base, state));
    add(events, acts.get(11), w -> Appointment.builder().id("mediator-chosen").participant("mediator").request("med")
        .addSelectedBy("parent", "lea").at(w.from(base, state)).build());
    add(events, acts.get(12), w -> Meeting.builder().id("session").kind(MeetingKind.MEDIATION_SESSION).request("med")
        .addAttendees("parent", "lea", "mediator").at(w.from(base, state)).build());
    add(events, acts.get(13), w -> signed("mediation-agreement", AgreementKind.MEDIATION_AGREEMENT, "med", w, base,
        state));
    if (acts.get(14) != null) {
      When meeting = acts.get(14);
      events.add(Request.builder().id("fiep").kind(RequestKind.FACILITATED_IEP).filedBy("lea").requestedBy("parent")
          .addSignedBy("parent", "lea").forMeeting("fiep-meeting").at(filed.from(base, state)).build());
      add(events, acts.get(15), w -> receipt("fiep-sea", "fiep", Recipient.STATE_AGENCY, Receipt.Via.DELIVERED, w, base,
          state));
      events.add(Meeting.builder().id("fiep-meeting").kind(MeetingKind.FACILITATED_IEP).request("fiep")
          .addAttendees("parent", "lea").at(meeting.from(base, state)).build());
    }
    return Case.builder().id("edges").student(Student.builder().id("s").build()).district("District").state(state)
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("lea", PartyRole.LEA),
            Party.of("sea", PartyRole.STATE_AGENCY))
        .addParticipants(Participant.builder().id("officer").role(ParticipantRole.HEARING_OFFICER).build(),
            Participant.builder().id("mediator").role(ParticipantRole.MEDIATOR).build())
        .addAllEvents(events).build();
  }

  private static Receipt receipt(String id, String request, Recipient to, Receipt.Via via, When w, LocalDate base,
      String state) {
    return Receipt.builder().id(id).request(request).recipient(to).via(via).at(w.from(base, state)).build();
  }

  private static Agreement signed(String id, AgreementKind kind, String request, When w, LocalDate base,
      String state) {
    return Agreement.builder().id(id).kind(kind).request(request).addSignatories("parent", "lea").inWriting(true)
        .at(w.from(base, state)).build();
  }

  private static void add(List<CaseEvent> events, When w, java.util.function.Function<When, CaseEvent> make) {
    if (w != null) {
      events.add(make.apply(w));
    }
  }
}
