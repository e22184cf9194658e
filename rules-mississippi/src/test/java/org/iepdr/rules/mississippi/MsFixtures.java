package org.iepdr.rules.mississippi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;

/** Shared test fixtures: the Mississippi rule book, instants in America/Chicago, a skeleton MS case. */
final class MsFixtures {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final RuleBook BOOK = RuleBook.of(new IdeaModule(), new MississippiModule());
  static final Jurisdiction MS = BOOK.jurisdiction("MS");

  static final String PARENT = "parent";
  static final String LEA = "lea";
  static final String MDE = "mde";
  static final String MEDIATOR = "mediator";
  static final String FACILITATOR = "facilitator";

  private MsFixtures() {}

  static Instant at(String date) {
    return at(date, "10:00");
  }

  static Instant at(String date, String time) {
    return LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time)).atZone(CHICAGO).toInstant();
  }

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  static Case.Builder caseBuilder() {
    return Case.builder()
        .id("ms-case")
        .student(Student.builder().id("s-1").name("Jordan Example").birthDate(LocalDate.of(2013, 9, 1)).build())
        .district("Example School District")
        .state("MS")
        .addParties(Party.of(PARENT, PartyRole.PARENT), Party.of(LEA, PartyRole.LEA),
            Party.of(MDE, PartyRole.STATE_AGENCY))
        .addParticipants(Participant.builder().id(MEDIATOR).role(ParticipantRole.MEDIATOR).build(),
            Participant.builder().id(FACILITATOR).role(ParticipantRole.FACILITATOR).build());
  }

  /**
   * A complete written facilitation request (email) for meeting {@code fiep}, received on a date.
   *
   * @param date ISO date
   * @return the request builder, to adjust
   */
  static Request.Builder facilitationRequest(String date) {
    return Request.builder().id("fr").kind(RequestKind.FACILITATED_IEP).filedBy(PARENT).form(RequestForm.EMAIL)
        .addContents(RequestContent.STUDENT_NAME, RequestContent.SCHOOL, RequestContent.DISTRICT, RequestContent.ISSUE)
        .at(at(date));
  }

  /**
   * The facilitated IEP meeting {@code fiep} of request {@code fr} at 09:00 on a date.
   *
   * @param date ISO date
   * @return the meeting
   */
  static Meeting facilitatedMeeting(String date) {
    return Meeting.builder().id("fiep").kind(MeetingKind.FACILITATED_IEP).request("fr").at(at(date, "09:00"))
        .addAttendees(PARENT, LEA, FACILITATOR).build();
  }
}
