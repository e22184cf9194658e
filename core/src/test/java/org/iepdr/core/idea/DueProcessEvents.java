package org.iepdr.core.idea;

import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;

import java.time.LocalDate;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;

/** Small builders for due process events, shared by the due process, resolution and hearing tests. */
final class DueProcessEvents {

  private DueProcessEvents() {}

  /** A parent's due process complaint "dp", filed with (so received by) the LEA on a date. */
  static Request parentComplaint(String date) {
    return Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.LEA).at(at(date)).build();
  }

  /** An agreement for "dp" signed by the parent and the LEA. */
  static Agreement agreement(String id, AgreementKind kind, String date, boolean inWriting) {
    return Agreement.builder().id(id).kind(kind).request("dp").addSignatories(PARENT, LEA).inWriting(inWriting)
        .at(at(date)).build();
  }

  /** A held meeting of a kind for "dp". */
  static Meeting meeting(String id, MeetingKind kind, String date) {
    return Meeting.builder().id(id).kind(kind).request("dp").at(at(date)).addAttendees(PARENT, LEA).build();
  }

  /** A decision of a kind on a request. */
  static Decision decision(String id, DecisionKind kind, String request, String date) {
    return Decision.builder().id(id).kind(kind).request(request).at(at(date)).build();
  }

  /** A withdrawal by the parent concerning "dp". */
  static Withdrawal withdrawal(String id, Withdrawal.From from, String date) {
    return Withdrawal.builder().id(id).request("dp").by(PARENT).from(from).at(at(date)).build();
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
