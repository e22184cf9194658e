package org.iepdr.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Demand;
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
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.Student;

/**
 * Typical cases of about 20 events for the evaluation benchmarks: one Missouri and one Mississippi
 * dispute walking the whole ladder (facilitated IEP meeting, mediation, due process with its
 * resolution meeting and hearing, a state complaint), each with a few realistic mistakes so that
 * rules find something.
 *
 * <p>{@link #missouri(int)} and {@link #mississippi(int)} shift every date of the case by a number of
 * weeks, so the batch check can generate many distinct cases with the same shape and the same
 * findings.
 */
public final class Cases {

  /** The zone both states count in. */
  public static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

  /** The as-of date of the unshifted cases. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

  private static final String MOM = "mom";
  private static final String DISTRICT = "district";

  private Cases() {}

  /**
   * The typical Missouri case, as of {@link #AS_OF}.
   *
   * @return the case
   */
  public static Case missouri() {
    return missouri(0);
  }

  /**
   * The typical Mississippi case, as of {@link #AS_OF}.
   *
   * @return the case
   */
  public static Case mississippi() {
    return mississippi(0);
  }

  /**
   * The as-of date of a shifted case.
   *
   * @param weeks the shift in weeks
   * @return {@link #AS_OF} plus the weeks
   */
  public static LocalDate asOf(int weeks) {
    return AS_OF.plusWeeks(weeks);
  }

  /** Parsed instants by weeks, date and time: the batch check builds millions of cases from a few. */
  private static final Map<String, Instant> INSTANTS = new ConcurrentHashMap<>();

  private static Instant at(int weeks, String date, String time) {
    return INSTANTS.computeIfAbsent(weeks + "|" + date + "|" + time,
        k -> LocalDateTime.parse(date + "T" + time).plusWeeks(weeks).atZone(CENTRAL).toInstant());
  }

  private static org.iepdr.core.model.Participant.Builder person(String id, ParticipantRole role) {
    return Participant.builder().id(id).role(role);
  }

  /**
   * A Missouri dispute: a facilitated IEP meeting, a mediation with an attorney at the table, a due
   * process complaint with a late resolution meeting, and a child complaint received after hours.
   *
   * @param weeks the number of weeks every date is shifted by (dates stay on the same weekdays)
   * @return the case
   */
  public static Case missouri(int weeks) {
    return missouri(weeks, weeks);
  }

  /**
   * The Missouri dispute of {@link #missouri(int)} under its own case and student ids.
   *
   * @param serial the number in the case and student ids
   * @param weeks the number of weeks every date is shifted by
   * @return the case
   */
  public static Case missouri(long serial, int weeks) {
    return missouri(serial, weeks, 1);
  }

  /**
   * The dispute of {@link #missouri(long, int)} repeated: {@code copies} disputes with the same dates, each
   * with its own event ids (the first copy's ids are those of the single case), so that a case with ten
   * copies has ten times the events, findings and deadlines.
   *
   * @param serial the number in the case and student ids
   * @param weeks the number of weeks every date is shifted by
   * @param copies how many disputes the case holds (at least 1)
   * @return the case
   */
  public static Case missouri(long serial, int weeks, int copies) {
    Case.Builder b = Case.builder()
        .id("mo-" + serial).district("Example R-1").state("MO")
        .student(Student.of("stu-" + serial))
        .addParties(Party.of(MOM, PartyRole.PARENT), Party.of(DISTRICT, PartyRole.LEA))
        .addParticipants(
            person("fac", ParticipantRole.FACILITATOR).trainingDays(3).build(),
            person("med", ParticipantRole.MEDIATOR).onStateList(true).build(),
            person("adv", ParticipantRole.ADVOCATE).actsFor(Side.FAMILY).build(),
            person("sped", ParticipantRole.AGENCY_REPRESENTATIVE).actsFor(Side.AGENCY).hasDecisionAuthority(true)
                .build(),
            person("atty", ParticipantRole.ATTORNEY).actsFor(Side.AGENCY).build(),
            person("ahc", ParticipantRole.HEARING_OFFICER).build());
    for (int k = 0; k < copies; k++) {
      b.addEvents(missouriEvents(k == 0 ? "" : "x" + k + "-", weeks));
    }
    return b.build();
  }

  private static CaseEvent[] missouriEvents(String p, int w) {
    return new CaseEvent[] {
        // the facilitated IEP meeting
        Request.builder().id(p + "fiep").kind(RequestKind.FACILITATED_IEP).at(at(w, "2026-01-12", "09:00"))
            .filedBy(DISTRICT).requestedBy(MOM).addSignedBy(MOM, DISTRICT)
            .forMeeting(p + "m-fiep").addIssues(IssueKind.COMMUNICATION_BREAKDOWN).build(),
        Consent.builder().id(p + "c-records").scope(ConsentScope.SHARE_RECORDS_WITH_FACILITATOR).givenBy(MOM)
            .at(at(w, "2026-01-13", "10:00")).build(),
        Appointment.builder().id(p + "a-fac").participant("fac").request(p + "fiep").at(at(w, "2026-01-14", "11:00"))
            .build(),
        Demand.builder().id(p + "d-rec").kind(Demand.Kind.RECORDING_NOTICE).hours(48).by(DISTRICT)
            .meeting("m-fiep").at(at(w, "2026-01-15", "08:30")).build(),
        Meeting.builder().id(p + "m-fiep").kind(MeetingKind.FACILITATED_IEP).at(at(w, "2026-01-29", "15:00"))
            .request(p + "fiep").addAttendees(MOM, DISTRICT, "fac", "adv", "sped")
            .addDocuments(DocumentSent.by(DocumentKind.MEETING_NOTICE, at(w, "2026-01-16", "12:00"), DISTRICT))
            .addDocuments(DocumentSent.by(DocumentKind.DRAFT_IEP, at(w, "2026-01-26", "12:00"), DISTRICT))
            .build(),
        // mediation
        Request.builder().id(p + "med-req").kind(RequestKind.MEDIATION).at(at(w, "2026-02-02", "10:00"))
            .filedBy(MOM).addContents(RequestContent.STUDENT_NAME, RequestContent.DISTRICT,
                RequestContent.NATURE_OF_DISPUTE)
            .addIssues(IssueKind.SERVICES).build(),
        Agreement.builder().id(p + "to-mediate").kind(AgreementKind.TO_MEDIATE).addSignatories(MOM, DISTRICT)
            .request(p + "med-req").at(at(w, "2026-02-04", "10:00")).build(),
        Appointment.builder().id(p + "a-med").participant("med").request(p + "med-req").addSelectedBy(MOM, DISTRICT)
            .at(at(w, "2026-02-05", "10:00")).build(),
        Meeting.builder().id(p + "m-med").kind(MeetingKind.MEDIATION_SESSION).at(at(w, "2026-02-16", "13:00"))
            .request(p + "med-req").addAttendees(MOM, "adv", DISTRICT, "sped", "atty", "med").build(),
        Agreement.builder().id(p + "impasse").kind(AgreementKind.NO_AGREEMENT_POSSIBLE).addSignatories(MOM, DISTRICT)
            .request(p + "med-req").at(at(w, "2026-02-16", "17:00")).build(),
        // due process
        Request.builder().id(p + "dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).at(at(w, "2026-02-23", "10:00"))
            .filedBy(MOM).filedWith(Recipient.STATE_AGENCY).addContents(RequestContent.STUDENT_NAME,
                RequestContent.STUDENT_ADDRESS, RequestContent.SCHOOL, RequestContent.DESCRIPTION_OF_PROBLEM,
                RequestContent.FACTS, RequestContent.PROPOSED_RESOLUTION)
            .addIssues(IssueKind.SERVICES).allegedViolationDate(LocalDate.of(2025, 9, 1).plusWeeks(w)).build(),
        Receipt.builder().id(p + "dp-lea").request(p + "dp").recipient(Recipient.LEA).via(Receipt.Via.FORWARDED)
            .at(at(w, "2026-02-24", "09:00")).build(),
        Receipt.builder().id(p + "dp-ahc").request(p + "dp").recipient(Recipient.HEARING_BODY)
            .via(Receipt.Via.FORWARDED).at(at(w, "2026-02-24", "14:00")).build(),
        Reply.builder().id(p + "dp-response").request(p + "dp").by(DISTRICT).answer(Reply.Answer.RESPONSE)
            .at(at(w, "2026-03-04", "16:00")).build(),
        Appointment.builder().id(p + "a-ahc").participant("ahc").request(p + "dp").at(at(w, "2026-03-13", "10:00"))
            .build(),
        Meeting.builder().id(p + "m-res").kind(MeetingKind.RESOLUTION).at(at(w, "2026-03-12", "14:00"))
            .request(p + "dp").addAttendees(MOM, DISTRICT, "sped").build(),
        Meeting.builder().id(p + "m-hearing").kind(MeetingKind.HEARING).at(at(w, "2026-04-20", "09:00"))
            .request(p + "dp").addAttendees(MOM, DISTRICT, "ahc", "atty").build(),
        Decision.builder().id(p + "dp-decision").kind(DecisionKind.HEARING_DECISION).request(p + "dp")
            .at(at(w, "2026-05-01", "12:00")).build(),
        // child complaint, received after business hours
        Request.builder().id(p + "cc").kind(RequestKind.STATE_COMPLAINT).at(at(w, "2026-04-03", "17:15"))
            .filedBy(MOM).addContents(RequestContent.STATEMENT_OF_VIOLATION, RequestContent.FACTS,
                RequestContent.STUDENT_NAME, RequestContent.SCHOOL, RequestContent.DESCRIPTION_OF_PROBLEM,
                RequestContent.PROPOSED_RESOLUTION, RequestContent.CONTACT_INFORMATION)
            .addSignedBy(MOM)
            .addIssues(IssueKind.NON_COMPLIANCE).allegedViolationDate(LocalDate.of(2026, 1, 5).plusWeeks(w))
            .build(),
        Decision.builder().id(p + "cc-decision").kind(DecisionKind.STATE_COMPLAINT_DECISION).request(p + "cc")
            .at(at(w, "2026-06-05", "12:00")).build()
    };
  }

  /**
   * A Mississippi dispute: a facilitated IEP meeting asked for late, with one side's consent only
   * oral; a jointly signed mediation request; a confidentiality pledge demanded; a recording without
   * notice; a due process complaint with its resolution session; a state complaint forwarded late.
   *
   * @param weeks the number of weeks every date is shifted by (dates stay on the same weekdays)
   * @return the case
   */
  public static Case mississippi(int weeks) {
    return mississippi(weeks, weeks);
  }

  /**
   * The Mississippi dispute of {@link #mississippi(int)} under its own case and student ids.
   *
   * @param serial the number in the case and student ids
   * @param weeks the number of weeks every date is shifted by
   * @return the case
   */
  public static Case mississippi(long serial, int weeks) {
    return mississippi(serial, weeks, 1);
  }

  /**
   * The dispute of {@link #mississippi(long, int)} repeated: {@code copies} disputes with the same dates, each
   * with its own event ids (the first copy's ids are those of the single case), so that a case with ten
   * copies has ten times the events, findings and deadlines.
   *
   * @param serial the number in the case and student ids
   * @param weeks the number of weeks every date is shifted by
   * @param copies how many disputes the case holds (at least 1)
   * @return the case
   */
  public static Case mississippi(long serial, int weeks, int copies) {
    Case.Builder b = Case.builder()
        .id("ms-" + serial).district("Example School District").state("MS")
        .student(Student.of("stu-" + serial))
        .addParties(Party.of(MOM, PartyRole.PARENT), Party.of(DISTRICT, PartyRole.LEA))
        .addParticipants(
            person("fac", ParticipantRole.FACILITATOR).trainingDays(3).build(),
            person("med", ParticipantRole.MEDIATOR).onStateList(true).build(),
            person("adv", ParticipantRole.ADVOCATE).actsFor(Side.FAMILY).build(),
            person("sped", ParticipantRole.AGENCY_REPRESENTATIVE).actsFor(Side.AGENCY).hasDecisionAuthority(true)
                .build(),
            person("atty", ParticipantRole.ATTORNEY).actsFor(Side.AGENCY).build(),
            person("ho", ParticipantRole.HEARING_OFFICER).build());
    for (int k = 0; k < copies; k++) {
      b.addEvents(mississippiEvents(k == 0 ? "" : "x" + k + "-", weeks));
    }
    return b.build();
  }

  private static CaseEvent[] mississippiEvents(String p, int w) {
    return new CaseEvent[] {
        Request.builder().id(p + "fiep").kind(RequestKind.FACILITATED_IEP).at(at(w, "2026-01-22", "09:00"))
            .filedBy(MOM).form(RequestForm.EMAIL).forMeeting(p + "m-fiep")
            .addContents(RequestContent.STUDENT_NAME, RequestContent.SCHOOL, RequestContent.DISTRICT,
                RequestContent.CONTACT_INFORMATION, RequestContent.ISSUE)
            .addIssues(IssueKind.COMMUNICATION_BREAKDOWN).build(),
        Consent.builder().id(p + "c-fam").scope(ConsentScope.FACILITATION).givenBy(MOM)
            .at(at(w, "2026-01-22", "09:30")).build(),
        Consent.builder().id(p + "c-lea").scope(ConsentScope.FACILITATION).givenBy(DISTRICT).inWriting(false)
            .at(at(w, "2026-01-23", "11:00")).build(),
        Meeting.builder().id(p + "m-fiep").kind(MeetingKind.FACILITATED_IEP).at(at(w, "2026-01-29", "15:00"))
            .request(p + "fiep").addAttendees(MOM, DISTRICT, "fac", "sped")
            .addDocuments(DocumentSent.by(DocumentKind.MEETING_NOTICE, at(w, "2026-01-19", "12:00"), DISTRICT))
            .addRecordingNotices(new RecordingNotice(MOM, at(w, "2026-01-27", "10:00")))
            .addRecordedBy(MOM, DISTRICT).build(),
        Request.builder().id(p + "med-req").kind(RequestKind.MEDIATION).at(at(w, "2026-02-09", "10:00"))
            .filedBy(MOM).addSignedBy(MOM, DISTRICT).addIssues(IssueKind.SERVICES).build(),
        Appointment.builder().id(p + "a-med").participant("med").request(p + "med-req").addSelectedBy(MOM, DISTRICT)
            .at(at(w, "2026-02-11", "10:00")).build(),
        Demand.builder().id(p + "d-pledge").kind(Demand.Kind.CONFIDENTIALITY_PLEDGE).by(DISTRICT).request(p + "med-req")
            .at(at(w, "2026-02-12", "10:00")).build(),
        Meeting.builder().id(p + "m-med").kind(MeetingKind.MEDIATION_SESSION).at(at(w, "2026-02-19", "13:00"))
            .request(p + "med-req").addAttendees(MOM, "adv", DISTRICT, "sped", "med").build(),
        Agreement.builder().id(p + "impasse").kind(AgreementKind.NO_AGREEMENT_POSSIBLE).addSignatories(MOM, DISTRICT)
            .request(p + "med-req").at(at(w, "2026-02-19", "17:00")).build(),
        Request.builder().id(p + "dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).at(at(w, "2026-03-02", "10:00"))
            .filedBy(MOM).filedWith(Recipient.STATE_AGENCY).addContents(RequestContent.STUDENT_NAME,
                RequestContent.STUDENT_ADDRESS, RequestContent.SCHOOL, RequestContent.DESCRIPTION_OF_PROBLEM,
                RequestContent.FACTS, RequestContent.PROPOSED_RESOLUTION)
            .addIssues(IssueKind.SERVICES).allegedViolationDate(LocalDate.of(2025, 10, 1).plusWeeks(w)).build(),
        Receipt.builder().id(p + "dp-lea").request(p + "dp").recipient(Recipient.LEA).via(Receipt.Via.FORWARDED)
            .at(at(w, "2026-03-03", "09:00")).build(),
        Reply.builder().id(p + "dp-response").request(p + "dp").by(DISTRICT).answer(Reply.Answer.RESPONSE)
            .at(at(w, "2026-03-10", "16:00")).build(),
        Meeting.builder().id(p + "m-res").kind(MeetingKind.RESOLUTION).at(at(w, "2026-03-16", "14:00"))
            .request(p + "dp").addAttendees(MOM, DISTRICT, "sped", "atty").build(),
        Appointment.builder().id(p + "a-ho").participant("ho").request(p + "dp").at(at(w, "2026-03-05", "10:00"))
            .build(),
        Meeting.builder().id(p + "m-hearing").kind(MeetingKind.HEARING).at(at(w, "2026-04-27", "09:00"))
            .request(p + "dp").addAttendees(MOM, DISTRICT, "ho", "atty").build(),
        Decision.builder().id(p + "dp-decision").kind(DecisionKind.HEARING_DECISION).request(p + "dp")
            .at(at(w, "2026-05-29", "12:00")).build(),
        Request.builder().id(p + "sc").kind(RequestKind.STATE_COMPLAINT).at(at(w, "2026-04-02", "11:00"))
            .filedBy(MOM).addContents(RequestContent.STATEMENT_OF_VIOLATION, RequestContent.FACTS,
                RequestContent.STUDENT_NAME, RequestContent.SCHOOL, RequestContent.DESCRIPTION_OF_PROBLEM,
                RequestContent.PROPOSED_RESOLUTION, RequestContent.CONTACT_INFORMATION)
            .addSignedBy(MOM).addIssues(IssueKind.NON_COMPLIANCE)
            .allegedViolationDate(LocalDate.of(2026, 1, 5).plusWeeks(w)).build(),
        Receipt.builder().id(p + "sc-lea").request(p + "sc").recipient(Recipient.LEA).via(Receipt.Via.FORWARDED)
            .at(at(w, "2026-04-09", "09:00")).build(),
        Decision.builder().id(p + "sc-decision").kind(DecisionKind.STATE_COMPLAINT_DECISION).request(p + "sc")
            .at(at(w, "2026-05-28", "12:00")).build()
    };
  }
}
