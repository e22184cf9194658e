package org.iepdr.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;

/** Shared test fixtures: the federal rule book, instants in the federal zone, a skeleton case. */
public final class Fixtures {

  /** The federal baseline's zone. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** A rule book holding only the federal baseline. */
  public static final RuleBook BOOK = RuleBook.of(new IdeaModule());

  /** The federal jurisdiction. */
  public static final Jurisdiction US = BOOK.jurisdiction("US");

  /** The parent's party id. */
  public static final String PARENT = "parent";

  /** The district's party id. */
  public static final String LEA = "lea";

  private Fixtures() {}

  /**
   * An instant at 10:00 local time on a date, in the federal zone.
   *
   * @param date ISO date
   * @return the instant
   */
  public static Instant at(String date) {
    return at(date, "10:00");
  }

  /**
   * An instant at a local time on a date, in the federal zone.
   *
   * @param date ISO date
   * @param time ISO local time
   * @return the instant
   */
  public static Instant at(String date, String time) {
    return LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time)).atZone(ZONE).toInstant();
  }

  /**
   * A case builder with a student, a district, state US, a parent and an LEA.
   *
   * @return the builder
   */
  public static Case.Builder caseBuilder() {
    return Case.builder()
        .id("case-1")
        .student(Student.builder().id("s-1").name("Alex Example").birthDate(LocalDate.of(2014, 5, 3)).build())
        .district("Example R-1")
        .state("US")
        .addParties(Party.of(PARENT, PartyRole.PARENT), Party.of(LEA, PartyRole.LEA));
  }

  /**
   * A participant with an id and a role and every other fact at its default.
   *
   * @param id the participant's id
   * @param role the role
   * @return the participant
   */
  public static Participant participant(String id, ParticipantRole role) {
    return Participant.builder().id(id).role(role).build();
  }
}
