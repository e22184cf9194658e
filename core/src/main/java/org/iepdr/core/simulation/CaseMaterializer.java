package org.iepdr.core.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.IssueKind;
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
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.Student;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.process.DisputeProcess;

/**
 * Turns a {@link SimulatedDispute} into the {@link Case} its walk implies, so that the evaluator can
 * check that a simulated timeline breaks no rule.
 *
 * <p>Facts assumed (a well-run process; the simulation draws only dates and outcomes): a parent and a
 * district (and the state agency); requests are written, carry every content item, are signed by the
 * parent and, where the process is joint (facilitation, mediation), by the district too, and reach
 * the state agency (and for a due process complaint the district) the day they are made; the copy of
 * a state complaint reaches the district the same day and the agency forwards it on the drawn day on
 * the way; a facilitated meeting has both sides' written, informed consent; a voluntary process the other side
 * declines gets a written refusal; mediation starts with a
 * written agreement to mediate and a mediator both sides choose from the state's list; facilitators and
 * mediators are trained, on the state list and without ties to either side; only the parties, the
 * neutral and the district's representative with authority attend; mediation and resolution agreements
 * are written, signed by both sides (the district through its representative) and state that the
 * discussions are confidential; the district responds to a due process complaint and both sides
 * disclose their evaluations the day it is filed; a process that does not take place ends by a
 * withdrawal on its drawn last day; a state complaint's report finds noncompliance when the complaint
 * resolved the dispute (the model's reading of a report with findings); a due process complaint whose
 * resolution meeting took place without settling it, and which the family takes no further, is withdrawn
 * on the meeting's day (the model's families who stop). Events fall at fixed times of the working day in the jurisdiction's
 * zone, in the order they happen.
 */
final class CaseMaterializer {

  static final String PARENT = "parent";
  static final String LEA = "district";
  static final String SEA = "state-agency";
  static final String FACILITATOR = "facilitator";
  static final String MEDIATOR = "mediator";
  static final String REPRESENTATIVE = "district-representative";
  static final String HEARING_OFFICER = "hearing-officer";

  private CaseMaterializer() {}

  static Case toCase(SimulationModel model, SimulatedDispute d) {
    ZoneId zone = model.jurisdiction().zone();
    Case.Builder b = Case.builder()
        .id("sim-" + d.index())
        .student(Student.builder().id("sim-student-" + d.index()).build())
        .district("Simulated district")
        .state(model.jurisdiction().code())
        .addParties(Party.of(PARENT, PartyRole.PARENT), Party.of(LEA, PartyRole.LEA),
            Party.of(SEA, PartyRole.STATE_AGENCY))
        .addParticipants(neutral(FACILITATOR, ParticipantRole.FACILITATOR),
            neutral(MEDIATOR, ParticipantRole.MEDIATOR),
            neutral(HEARING_OFFICER, ParticipantRole.HEARING_OFFICER),
            Participant.builder().id(REPRESENTATIVE).role(ParticipantRole.AGENCY_REPRESENTATIVE)
                .actsFor(Side.AGENCY).hasDecisionAuthority(true).build());
    LocalDate past = d.start().minusWeeks(3);
    String complaint = null;
    int k = 0;
    int last = d.visits().size();
    for (SimulatedDispute.Visit v : d.visits()) {
      k++;
      String id = "r" + k;
      DisputeProcess p = v.process();
      Instant entered = at(v.entered(), 9, 0, zone);
      Instant ended = at(v.ended(), 13, 0, zone);
      switch (p) {
        case FACILITATED_IEP -> {
          b.addEvents(request(id, RequestKind.FACILITATED_IEP, entered, LEA, Set.of(PARENT, LEA),
              IssueKind.COMMUNICATION_BREAKDOWN, past).requestedBy(PARENT).build());
          b.addEvents(receipt(id, Recipient.STATE_AGENCY, at(v.entered(), 9, 30, zone)));
          if (v.held()) {
            for (String by : new String[] {PARENT, LEA}) {
              b.addEvents(Consent.builder().id(id + "-consent-" + by).at(at(v.entered(), 10, 0, zone))
                  .scope(ConsentScope.FACILITATION).givenBy(by).inWriting(true).informed(true).build());
            }
            b.addEvents(Appointment.builder().id(id + "-facilitator").at(at(v.entered(), 10, 30, zone))
                .participant(FACILITATOR).request(id).addSelectedBy(SEA).build());
            b.addEvents(meeting(id + "-meeting", MeetingKind.FACILITATED_IEP, ended, id, FACILITATOR));
          } else {
            b.addEvents(Reply.builder().id(id + "-declined").at(at(v.ended(), 15, 0, zone)).request(id).by(LEA)
                .answer(Reply.Answer.DECLINED).inWriting(true).build());
          }
        }
        case MEDIATION -> {
          b.addEvents(request(id, RequestKind.MEDIATION, entered, PARENT, Set.of(PARENT, LEA), IssueKind.SERVICES,
              past).build());
          b.addEvents(receipt(id, Recipient.STATE_AGENCY, at(v.entered(), 9, 30, zone)));
          if (v.held()) {
            b.addEvents(Agreement.builder().id(id + "-to-mediate").at(at(v.entered(), 10, 0, zone))
                .kind(AgreementKind.TO_MEDIATE).addSignatories(PARENT, LEA).request(id).build());
            b.addEvents(Appointment.builder().id(id + "-mediator").at(at(v.entered(), 10, 30, zone))
                .participant(MEDIATOR).request(id).addSelectedBy(PARENT, LEA).build());
            b.addEvents(meeting(id + "-session", MeetingKind.MEDIATION_SESSION, ended, id, MEDIATOR));
            if (v.outcome() != Outcome.NOT_RESOLVED) {
              b.addEvents(signed(id + "-agreement", AgreementKind.MEDIATION_AGREEMENT, at(v.ended(), 15, 0, zone),
                  id));
            }
          } else {
            b.addEvents(Reply.builder().id(id + "-declined").at(at(v.ended(), 15, 0, zone)).request(id).by(LEA)
                .answer(Reply.Answer.DECLINED).inWriting(true).build());
          }
        }
        case STATE_COMPLAINT -> {
          b.addEvents(request(id, RequestKind.STATE_COMPLAINT, entered, PARENT, Set.of(PARENT),
              IssueKind.NON_COMPLIANCE, past).build());
          b.addEvents(receipt(id, Recipient.STATE_AGENCY, at(v.entered(), 9, 30, zone)));
          b.addEvents(Receipt.builder().id(id + "-copy").at(at(v.entered(), 9, 30, zone)).request(id)
              .recipient(Recipient.LEA).sentBy(PARENT).build());
          if (v.held()) {
            b.addEvents(Receipt.builder().id(id + "-forwarded").at(at(v.onTheWay(), 11, 0, zone)).request(id)
                .recipient(Recipient.LEA).via(Receipt.Via.FORWARDED).sentBy(SEA).build());
            b.addEvents(Decision.builder().id(id + "-decision").at(at(v.ended(), 16, 0, zone))
                .kind(DecisionKind.STATE_COMPLAINT_DECISION).request(id)
                .findsNoncompliance(v.outcome() != Outcome.NOT_RESOLVED).build());
          } else {
            b.addEvents(withdrawal(id + "-withdrawn", id, v.ended(), zone));
          }
        }
        case RESOLUTION_MEETING -> {
          complaint = id;
          b.addEvents(request(id, RequestKind.DUE_PROCESS_COMPLAINT, entered, PARENT, Set.of(PARENT),
              IssueKind.PLACEMENT, past).build());
          Instant received = at(v.entered(), 9, 30, zone);
          b.addEvents(receipt(id, Recipient.STATE_AGENCY, received));
          b.addEvents(Receipt.builder().id(id + "-lea").at(received).request(id).recipient(Recipient.LEA)
              .sentBy(PARENT).build());
          b.addEvents(Receipt.builder().id(id + "-hearing-body").at(at(v.entered(), 10, 0, zone)).request(id)
              .recipient(Recipient.HEARING_BODY).via(Receipt.Via.FORWARDED).sentBy(SEA).build());
          b.addEvents(Appointment.builder().id(id + "-hearing-officer").at(at(v.entered(), 10, 30, zone))
              .participant(HEARING_OFFICER).request(id).addSelectedBy(SEA).build());
          b.addEvents(Reply.builder().id(id + "-response").at(at(v.entered(), 11, 0, zone)).request(id).by(LEA)
              .answer(Reply.Answer.RESPONSE).inWriting(true).build());
          if (v.held()) {
            b.addEvents(Meeting.builder().id(id + "-meeting").kind(MeetingKind.RESOLUTION).at(ended).request(id)
                .addAttendees(PARENT, LEA, REPRESENTATIVE).build());
            if (v.outcome() != Outcome.NOT_RESOLVED) {
              b.addEvents(signed(id + "-agreement", AgreementKind.RESOLUTION_AGREEMENT, at(v.ended(), 15, 0, zone),
                  id));
            } else if (k == last) {
              b.addEvents(withdrawal(id + "-withdrawn", id, v.ended(), zone));
            }
          } else {
            b.addEvents(withdrawal(id + "-withdrawn", id, v.ended(), zone));
          }
        }
        case DUE_PROCESS_HEARING -> {
          String c = complaint == null ? id : complaint;
          if (v.held()) {
            b.addEvents(Meeting.builder().id(id + "-hearing").kind(MeetingKind.HEARING)
                .at(at(v.onTheWay(), 9, 0, zone)).request(c)
                .addAttendees(PARENT, LEA, HEARING_OFFICER)
                .addDocuments(disclosure(v.entered(), zone, PARENT), disclosure(v.entered(), zone, LEA))
                .build());
            b.addEvents(Decision.builder().id(id + "-decision").at(at(v.ended(), 16, 0, zone))
                .kind(DecisionKind.HEARING_DECISION).request(c).build());
          } else {
            b.addEvents(withdrawal(id + "-withdrawn", c, v.ended(), zone));
          }
        }
        default -> throw new IllegalStateException("not simulated: " + p);
      }
    }
    return b.build();
  }

  /** Evaluations and recommendations disclosed the day the hearing process starts. */
  private static DocumentSent disclosure(LocalDate day, ZoneId zone, String by) {
    return new DocumentSent(DocumentKind.EVALUATIONS_AND_RECOMMENDATIONS, at(day, 12, 0, zone), Optional.of(by), false);
  }

  private static Participant neutral(String id, ParticipantRole role) {
    return Participant.builder().id(id).role(role).trainingDays(5).onStateList(true).onIepTeam(false)
        .hasDecisionAuthority(role == ParticipantRole.HEARING_OFFICER).build();
  }

  private static org.iepdr.core.model.Request.Builder request(String id, RequestKind kind, Instant at,
      String filedBy, Set<String> signedBy, IssueKind issue, LocalDate past) {
    return Request.builder().id(id).at(at).kind(kind).filedBy(filedBy).addAllSignedBy(signedBy)
        .contents(EnumSet.allOf(RequestContent.class)).addIssues(issue)
        .allegedViolationDate(past).knewOrShouldHaveKnown(past);
  }

  private static Receipt receipt(String request, Recipient to, Instant at) {
    return Receipt.builder().id(request + "-received").at(at).request(request).recipient(to).build();
  }

  private static Meeting meeting(String id, MeetingKind kind, Instant at, String request, String neutral) {
    return Meeting.builder().id(id).kind(kind).at(at).request(request)
        .addAttendees(PARENT, LEA, REPRESENTATIVE, neutral).build();
  }

  private static Agreement signed(String id, AgreementKind kind, Instant at, String request) {
    return Agreement.builder().id(id).kind(kind).at(at).addSignatories(PARENT, LEA)
        .agencyRepresentative(REPRESENTATIVE).inWriting(true).statesConfidentiality(true).request(request).build();
  }

  private static Withdrawal withdrawal(String id, String request, LocalDate day, ZoneId zone) {
    return Withdrawal.builder().id(id).at(at(day, 16, 30, zone))
        .request(request).by(PARENT).from(Withdrawal.From.REQUEST).build();
  }

  private static Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
  }
}
