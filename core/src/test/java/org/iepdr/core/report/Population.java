package org.iepdr.core.report;

import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.time.SchoolCalendar;

/** Builders of the events a Section 618 population is made of (federal jurisdiction, New York time). */
final class Population {

  /** Weekdays of 2025-26 and the summer around it, closed for spring break 2026-03-23 to 03-27. */
  static final SchoolCalendar DISTRICT = SchoolCalendar.weekdaysExcept("district", d("2025-05-01"),
      d("2026-12-31"), List.of(d("2026-03-23"), d("2026-03-24"), d("2026-03-25"), d("2026-03-26"), d("2026-03-27")));

  static final EvaluationOptions WITH_CALENDAR = EvaluationOptions.builder().schoolCalendar(DISTRICT).build();

  private Population() {}

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  static Case aCase(String id, CaseEvent... events) {
    return caseBuilder().id(id).addEvents(events).build();
  }

  static Request request(String id, RequestKind kind, String date) {
    return Request.builder().id(id).kind(kind).filedBy(PARENT)
        .filedWith(kind == RequestKind.STATE_COMPLAINT ? Recipient.STATE_AGENCY : Recipient.LEA).at(at(date)).build();
  }

  static Request stateComplaint(String id, String date) {
    return request(id, RequestKind.STATE_COMPLAINT, date);
  }

  static Request dueProcess(String id, String date) {
    return request(id, RequestKind.DUE_PROCESS_COMPLAINT, date);
  }

  static Request expedited(String id, String date) {
    return request(id, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT, date);
  }

  static Request mediation(String id, String date) {
    return request(id, RequestKind.MEDIATION, date);
  }

  static Request mediationFor(String id, String complaint, String date) {
    return Request.builder().from(mediation(id, date)).relatesTo(complaint).build();
  }

  static Request setAsideComplaint(String id, String dueProcess, String date) {
    return Request.builder().from(stateComplaint(id, date))
        .addComplaintIssues(ComplaintIssue.builder().id("i1").summary("services").raisedIn(dueProcess).build()).build();
  }

  static Decision decision(String id, DecisionKind kind, String request, String date) {
    return Decision.builder().id(id).kind(kind).request(request).at(at(date)).build();
  }

  static Decision report(String id, String request, String date, boolean noncompliance) {
    return Decision.builder().from(decision(id, DecisionKind.STATE_COMPLAINT_DECISION, request, date))
        .findsNoncompliance(noncompliance).build();
  }

  static Extension extension(String id, String request, Extension.Reason reason, String date, String newDue) {
    Extension.Builder b = Extension.builder().id(id).request(request).reason(reason).newDueDate(d(newDue)).at(at(date));
    if (reason == Extension.Reason.HEARING_OFFICER_SPECIFIC) {
      b.requestedBy(LEA);
    }
    return b.build();
  }

  static Meeting held(String id, MeetingKind kind, String request, String date) {
    return Meeting.builder().id(id).kind(kind).request(request).at(at(date)).addAttendees(PARENT, LEA).build();
  }

  static Meeting scheduled(String id, MeetingKind kind, String request, String date) {
    return Meeting.builder().from(held(id, kind, request, date)).status(Meeting.Status.SCHEDULED).attendees(List.of())
        .build();
  }

  static Agreement agreement(String id, AgreementKind kind, String request, String date) {
    return Agreement.builder().id(id).kind(kind).request(request).addSignatories(PARENT, LEA).at(at(date, "16:00"))
        .build();
  }

  static Withdrawal withdrawal(String id, String request, String date) {
    return Withdrawal.builder().id(id).request(request).by(PARENT).from(Withdrawal.From.REQUEST).at(at(date)).build();
  }

  static Reply declined(String id, String request, String date) {
    return Reply.builder().id(id).request(request).by(LEA).answer(Reply.Answer.DECLINED).at(at(date)).build();
  }
}
