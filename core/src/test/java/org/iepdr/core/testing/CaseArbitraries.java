package org.iepdr.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.EvidenceOffered;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.Student;
import org.iepdr.core.model.Withdrawal;

/**
 * jqwik generators of valid cases: a parent, an LEA, neutrals and advocates on both sides, and a
 * random timeline of up to 24 events of every kind, each referring only to what exists.
 */
public final class CaseArbitraries {

  private static final String[] PEOPLE = {"parent", "lea", "fam-atty", "lea-atty", "advocate", "facilitator",
      "mediator", "officer", "rep"};

  private CaseArbitraries() {}

  /** One drawn event: what kind, when (days and minutes after the start), a flag and a pick. */
  record Spec(int kind, int day, int minute, boolean flag, int pick) {}

  /**
   * Valid cases in a state, with a student whose name and birth date come from the given arbitraries.
   *
   * @param state the state code
   * @param zone the zone instants are placed in
   * @param names student names
   * @param birthDates birth dates
   * @return the arbitrary
   */
  public static Arbitrary<Case> cases(String state, ZoneId zone, Arbitrary<String> names,
      Arbitrary<LocalDate> birthDates) {
    Arbitrary<Spec> spec = Combinators.combine(
        Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 150),
        Arbitraries.integers().between(0, 24 * 60 - 1),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 50)).as(Spec::new);
    Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 3 * 365)
        .map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    return Combinators.combine(names, birthDates, starts, spec.list().ofMaxSize(24), Arbitraries.of(true, false))
        .as((name, birth, start, specs, trained) -> build(state, zone, name, birth, start, specs, trained));
  }

  /**
   * Valid cases in a state with a neutral student and a timeline of a chosen length, spread over up to
   * {@code days} days (for huge timelines).
   *
   * @param state the state code
   * @param zone the zone instants are placed in
   * @param minEvents the fewest events
   * @param maxEvents the most events
   * @param days the days the timeline spans at most
   * @return the arbitrary
   */
  public static Arbitrary<Case> cases(String state, ZoneId zone, int minEvents, int maxEvents, int days) {
    return cases(state, zone, minEvents, maxEvents, days, 20);
  }

  /**
   * Like {@link #cases(String, ZoneId, int, int, int)}, with also the events the rules of issues 16 and
   * 17 read and the usual generator draws rarely or never: court proceedings on a request, held IEP and
   * resolution meetings without the family and with 0 to 3 attempts to involve it, state complaints whose
   * issues were raised in an earlier request, hearing and state-complaint decisions deciding one issue,
   * timeline orders, and records requests, settlement offers, dismissal requests and safeguards requests
   * naming an earlier request.
   *
   * @param state the state code
   * @param zone the zone instants are placed in
   * @param minEvents the fewest events
   * @param maxEvents the most events
   * @param days the days the timeline spans at most
   * @return the arbitrary
   */
  public static Arbitrary<Case> casesForEveryRule(String state, ZoneId zone, int minEvents, int maxEvents, int days) {
    return cases(state, zone, minEvents, maxEvents, days, 27);
  }

  private static Arbitrary<Case> cases(String state, ZoneId zone, int minEvents, int maxEvents, int days, int kinds) {
    // the events for every rule (kinds 21 and up) are drawn two times in three
    Arbitrary<Integer> kind = kinds <= 20 ? Arbitraries.integers().between(0, kinds)
        : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(0, 20)),
            Tuple.of(2, Arbitraries.integers().between(21, kinds)));
    Arbitrary<Spec> spec = Combinators.combine(
        kind,
        Arbitraries.integers().between(0, days),
        Arbitraries.integers().between(0, 24 * 60 - 1),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 50)).as(Spec::new);
    Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 3 * 365)
        .map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    return Combinators.combine(starts, spec.list().ofMinSize(minEvents).ofMaxSize(maxEvents), Arbitraries.of(true, false))
        .as((start, specs, trained) -> build(state, zone, "Student Name", LocalDate.of(2015, 1, 1), start, specs,
            trained, kinds));
  }

  /**
   * Valid federal ("US") cases with neutral student names.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Case> federalCases() {
    return cases("US", Fixtures.ZONE, Arbitraries.just("Student Name"), Arbitraries.just(LocalDate.of(2015, 1, 1)));
  }

  static Case build(String state, ZoneId zone, String name, LocalDate birth, LocalDate start, List<Spec> specs,
      boolean trained) {
    return build(state, zone, name, birth, start, specs, trained, 20);
  }

  static Case build(String state, ZoneId zone, String name, LocalDate birth, LocalDate start, List<Spec> specs,
      boolean trained, int kinds) {
    List<CaseEvent> events = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    List<String> meetings = new ArrayList<>();
    List<String> complaints = new ArrayList<>();
    List<String> stateComplaints = new ArrayList<>();
    List<String> withIssues = new ArrayList<>();
    int n = 0;
    for (Spec s : specs) {
      String id = "e" + (n++);
      Instant at = start.atStartOfDay(zone).toInstant().plus(Duration.ofDays(s.day())).plus(Duration.ofMinutes(s.minute()));
      String who = s.flag() ? "parent" : "lea";
      String req = requests.isEmpty() ? null : requests.get(s.pick() % requests.size());
      String meet = meetings.isEmpty() ? null : meetings.get(s.pick() % meetings.size());
      String dp = complaints.isEmpty() ? null : complaints.get(s.pick() % complaints.size());
      String sc = stateComplaints.isEmpty() ? null : stateComplaints.get(s.pick() % stateComplaints.size());
      if (n == 1 && kinds > 20) {
        // the cases for every rule begin with a due process complaint, which most of those rules concern
        s = new Spec(27, s.day(), s.minute(), s.flag(), s.pick());
      }
      CaseEvent e = s.kind() > 20 ? eventForEveryRule(id, at, s, who, dp, sc, withIssues.contains(sc))
          : event(id, at, s, who, req, meet);
      if (e instanceof Request r) {
        requests.add(id);
        if (r.kind() == RequestKind.STATE_COMPLAINT) {
          stateComplaints.add(id);
        }
        if (r.complaintIssues().size() == 2) {
          withIssues.add(id);
        }
        if (r.kind() == RequestKind.DUE_PROCESS_COMPLAINT || r.kind() == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT) {
          complaints.add(id);
        }
      } else if (e instanceof Meeting) {
        meetings.add(id);
      }
      events.add(e);
    }
    return Case.builder()
        .id("gen")
        .student(Student.builder().id("s").name(name).birthDate(birth).build())
        .district("District")
        .state(state)
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("lea", PartyRole.LEA))
        .addParticipants(
            Participant.builder().id("fam-atty").role(ParticipantRole.ATTORNEY).actsFor(Side.FAMILY).build(),
            Participant.builder().id("lea-atty").role(ParticipantRole.ATTORNEY).actsFor(Side.AGENCY).build(),
            Participant.builder().id("advocate").role(ParticipantRole.ADVOCATE).actsFor(Side.FAMILY).build(),
            Participant.builder().id("facilitator").role(ParticipantRole.FACILITATOR).trainingDays(trained ? 3 : 1)
                .onStateList(true).build(),
            Participant.builder().id("mediator").role(ParticipantRole.MEDIATOR).onStateList(trained).build(),
            Participant.builder().id("officer").role(ParticipantRole.HEARING_OFFICER).build(),
            Participant.builder().id("rep").role(ParticipantRole.AGENCY_REPRESENTATIVE).hasDecisionAuthority(trained)
                .build())
        .events(events)
        .build();
  }

  private static CaseEvent event(String id, Instant at, Spec s, String who, String req, String meet) {
    RequestKind[] kinds = RequestKind.values();
    MeetingKind[] mkinds = MeetingKind.values();
    switch (s.kind()) {
      case 0, 1, 2: {
        Request.Builder b = Request.builder().id(id).at(at).kind(kinds[s.pick() % kinds.length]).filedBy(who)
            .filedWith(s.flag() ? Recipient.STATE_AGENCY : Recipient.LEA)
            .allegedViolationDate(at.atZone(Fixtures.ZONE).toLocalDate().minusDays(s.pick() * 10L))
            .knewOrShouldHaveKnown(at.atZone(Fixtures.ZONE).toLocalDate().minusDays(s.pick() * 20L));
        if (s.flag()) {
          b.addSignedBy("parent", "lea").addContents(RequestContent.values())
              .addComplaintIssues(ComplaintIssue.builder().id("i1").summary("an issue").kind(IssueKind.SERVICES).build());
        }
        if (req != null && s.pick() % 3 == 0) {
          b.relatesTo(req);
        }
        if (meet != null && s.pick() % 2 == 0) {
          b.forMeeting(meet);
        }
        return b.build();
      }
      case 3, 4: {
        Meeting.Builder b = Meeting.builder().id(id).at(at).kind(mkinds[s.pick() % mkinds.length])
            .status(s.pick() % 7 == 0 ? Meeting.Status.SCHEDULED : Meeting.Status.HELD);
        if (req != null) {
          b.request(req);
        }
        if (s.pick() % 11 == 0) {
          b.nonParticipation(s.flag() ? Side.FAMILY : Side.AGENCY);
        }
        for (int i = 0; i <= s.pick() % PEOPLE.length; i++) {
          b.addAttendees(PEOPLE[(s.pick() + i * 3) % PEOPLE.length]);
        }
        b.addDocuments(DocumentSent.by(DocumentKind.values()[s.pick() % DocumentKind.values().length],
            at.minus(Duration.ofDays(s.pick() % 15)), who));
        if (s.flag()) {
          b.addRecordingNotices(new RecordingNotice(who, at.minus(Duration.ofHours(s.pick()))));
          b.addRecordedBy(who);
        }
        return b.build();
      }
      case 5:
        return req == null ? consent(id, at, s, who)
            : Receipt.builder().id(id).at(at).request(req).recipient(Recipient.values()[s.pick() % Recipient.values().length])
                .via(Receipt.Via.values()[s.pick() % 3]).build();
      case 6:
        return req == null ? consent(id, at, s, who)
            : Reply.builder().id(id).at(at).request(req).by(s.flag() ? "lea" : "parent")
                .answer(Reply.Answer.values()[s.pick() % Reply.Answer.values().length]).inWriting(s.pick() % 2 == 0).build();
      case 7:
        return consent(id, at, s, who);
      case 8, 9: {
        Agreement.Builder b = Agreement.builder().id(id).at(at)
            .kind(AgreementKind.values()[s.pick() % AgreementKind.values().length])
            .addSignatories("parent").inWriting(s.pick() % 5 != 0).statesConfidentiality(s.flag());
        if (s.pick() % 4 != 0) {
          b.addSignatories("lea").agencyRepresentative("rep");
        }
        if (req != null) {
          b.request(req);
        }
        return b.build();
      }
      case 10: {
        Appointment.Builder b = Appointment.builder().id(id).at(at)
            .participant(s.flag() ? "mediator" : (s.pick() % 2 == 0 ? "facilitator" : "officer"));
        if (req != null) {
          b.request(req);
        }
        if (s.pick() % 3 != 0) {
          b.addSelectedBy("parent", "lea");
        }
        return b.build();
      }
      case 11:
        return req == null ? consent(id, at, s, who)
            : Decision.builder().id(id).at(at).request(req)
                .kind(DecisionKind.values()[s.pick() % DecisionKind.values().length]).denied(s.pick() % 5 == 0).build();
      case 12:
        return req == null ? consent(id, at, s, who)
            : Extension.builder().id(id).at(at).request(req)
                .reason(Extension.Reason.values()[s.pick() % Extension.Reason.values().length])
                .requestedBy(s.flag() ? Optional.of(who) : Optional.empty())
                .newDueDate(at.atZone(Fixtures.ZONE).toLocalDate().plusDays(s.pick())).build();
      case 13:
        return req == null ? consent(id, at, s, who)
            : Withdrawal.builder().id(id).at(at).request(req).by(who)
                .from(Withdrawal.From.values()[s.pick() % Withdrawal.From.values().length]).build();
      case 14:
        return RecordsShared.builder().id(id).at(at).sharedBy("lea").sharedWith(s.flag() ? "facilitator" : "mediator")
            .build();
      case 15:
        if (s.flag()) {
          Notice.Builder n = Notice.builder().id(id).at(at).by(who)
              .kind(Notice.Kind.values()[s.pick() % Notice.Kind.values().length]).inWriting(s.pick() % 4 != 0);
          if (req != null && s.flag()) {
            n.request(req);
          }
          if (s.pick() % 2 == 0) {
            n.waivedBy("parent").carriedOutAt(at.plus(Duration.ofDays(s.pick() % 20)));
          }
          return n.build();
        }
        return PlacementChange.builder().id(id).at(at).by("lea")
            .kind(PlacementChange.Kind.values()[s.pick() % PlacementChange.Kind.values().length]).build();
      case 16:
        return meet == null ? consent(id, at, s, who)
            : EvidenceOffered.builder().id(id).at(at).by(who).hearing(meet).fromMediation(s.flag()).build();
      default: {
        if (s.kind() == 20 && req != null) {
          return Amendment.builder().id(id).at(at).request(req).by(who)
              .basis(Amendment.Basis.values()[s.pick() % Amendment.Basis.values().length]).build();
        }
        Demand.Kind k = Demand.Kind.values()[s.pick() % Demand.Kind.values().length];
        Demand.Builder b = Demand.builder().id(id).at(at).kind(k).by(s.flag() ? "lea" : "parent");
        if (k == Demand.Kind.RECORDING_NOTICE || s.pick() % 2 == 0) {
          b.hours(s.pick());
        }
        if (meet != null) {
          b.meeting(meet);
        }
        return b.build();
      }
    }
  }

  /**
   * The events of {@link #casesForEveryRule}: kinds 21 to 27; {@code dp} is an earlier due process complaint,
   * {@code sc} an earlier state complaint, with the issues i1 and i2 when {@code scIssues} (either may be null).
   */
  private static CaseEvent eventForEveryRule(String id, Instant at, Spec s, String who, String dp, String sc,
      boolean scIssues) {
    switch (s.kind()) {
      case 21:
        return dp == null ? consent(id, at, s, who)
            : CourtProceeding.builder().id(id).at(at).request(dp).by(who).build();
      case 22, 23: {
        MeetingKind[] quiet = {MeetingKind.IEP, MeetingKind.FACILITATED_IEP, MeetingKind.RESOLUTION};
        MeetingKind k = quiet[s.pick() % quiet.length];
        Meeting.Builder b = Meeting.builder().id(id).at(at).kind(k)
            .status(s.pick() % 7 == 0 ? Meeting.Status.SCHEDULED : Meeting.Status.HELD).addAttendees("lea", "rep");
        if (dp != null && k == MeetingKind.RESOLUTION) {
          b.request(dp);
        }
        if (s.flag()) {
          b.nonParticipation(s.pick() % 2 == 0 ? Side.FAMILY : Side.AGENCY);
        }
        for (int i = 0; i < s.pick() % 4; i++) {
          b.addParticipationAttempts(new ParticipationAttempt(ParticipationAttempt.Method.values()[i % 3],
              at.minus(Duration.ofDays(1L + (s.pick() + i * 5) % 20))));
        }
        return b.build();
      }
      case 24: {
        Request.Builder b = Request.builder().id(id).at(at).kind(RequestKind.STATE_COMPLAINT).filedBy("parent")
            .filedWith(Recipient.STATE_AGENCY).allegedViolationDate(at.atZone(Fixtures.ZONE).toLocalDate().minusDays(30))
            .addSignedBy("parent").addContents(RequestContent.values());
        if (dp != null && s.flag()) {
          b.relatesTo(dp);
        } else {
          b.addComplaintIssues(ComplaintIssue.builder().id("i1").summary("an issue").kind(IssueKind.SERVICES).build());
          ComplaintIssue.Builder two = ComplaintIssue.builder().id("i2").summary("another").kind(IssueKind.SERVICES);
          if (dp != null) {
            two.raisedIn(dp);
          }
          b.addComplaintIssues(two.build());
        }
        return b.build();
      }
      case 25: {
        if (sc != null && s.flag()) {
          Decision.Builder b = Decision.builder().id(id).at(at).request(sc).kind(DecisionKind.STATE_COMPLAINT_DECISION);
          if (scIssues && s.pick() % 3 != 0) {
            b.addDecides(s.pick() % 2 == 0 ? "i1" : "i2");
          }
          return b.build();
        }
        if (dp == null) {
          return consent(id, at, s, who);
        }
        DecisionKind[] dkinds = {DecisionKind.HEARING_DECISION, DecisionKind.HEARING_DECISION,
            DecisionKind.EXPEDITED_HEARING_DECISION, DecisionKind.HEARING_TIMELINE_ORDER};
        return Decision.builder().id(id).at(at).request(dp).kind(dkinds[s.pick() % dkinds.length])
            .denied(s.pick() % 9 == 0).build();
      }
      case 26: {
        if (s.flag()) {
          Notice.Kind[] nkinds = {Notice.Kind.NOTICE_OF_ACTION, Notice.Kind.PROCEDURAL_SAFEGUARDS,
              Notice.Kind.PRIVATE_PLACEMENT};
          Notice.Kind k = nkinds[s.pick() % nkinds.length];
          Notice.Builder n = Notice.builder().id(id).at(at).by(k == Notice.Kind.PRIVATE_PLACEMENT ? "parent" : "lea")
              .kind(k).inWriting(s.pick() % 5 != 0);
          if (k == Notice.Kind.NOTICE_OF_ACTION) {
            n.carriedOutAt(at.plus(Duration.ofDays(s.pick() % 20)));
            if (s.pick() % 4 == 0) {
              n.waivedBy("parent");
            }
          }
          return n.build();
        }
        boolean privateSchool = s.pick() % 2 == 0;
        return PlacementChange.builder().id(id).at(at).by(privateSchool ? "parent" : "lea")
            .kind(privateSchool ? PlacementChange.Kind.PRIVATE_SCHOOL_ENROLLMENT : PlacementChange.Kind.DISCIPLINARY_REMOVAL)
            .build();
      }
      default: {
        RequestKind[] asks = {RequestKind.RECORDS_REQUEST, RequestKind.SETTLEMENT_OFFER, RequestKind.DISMISSAL_REQUEST,
            RequestKind.SAFEGUARDS_REQUEST, RequestKind.HEARING_TIMELINE_REQUEST, RequestKind.DUE_PROCESS_COMPLAINT};
        RequestKind k = dp == null ? RequestKind.DUE_PROCESS_COMPLAINT : asks[s.pick() % asks.length];
        Request.Builder b = Request.builder().id(id).at(at).kind(k)
            .filedBy(k == RequestKind.SETTLEMENT_OFFER ? "lea" : k == RequestKind.RECORDS_REQUEST || dp == null ? "parent"
                : who)
            .filedWith(Recipient.LEA);
        if (dp != null) {
          b.relatesTo(dp);
        }
        return b.build();
      }
    }
  }

  private static Consent consent(String id, Instant at, Spec s, String who) {
    Consent.Builder b = Consent.builder().id(id).at(at)
        .scope(ConsentScope.values()[s.pick() % ConsentScope.values().length])
        .givenBy(who).inWriting(s.pick() % 4 != 0);
    if (s.pick() % 3 == 0) {
      b.revokedAt(at.plus(Duration.ofDays(s.pick() % 20)));
    }
    return b.build();
  }
}
