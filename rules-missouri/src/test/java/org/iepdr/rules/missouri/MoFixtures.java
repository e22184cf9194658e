package org.iepdr.rules.missouri;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;

/** Shared fixtures: the rule book found through ServiceLoader, Missouri, instants in Chicago, a case. */
final class MoFixtures {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final RuleBook BOOK = RuleBook.load();
  static final Jurisdiction MO = BOOK.jurisdiction("MO");
  static final String PARENT = "parent";
  static final String LEA = "lea";
  static final String DESE = "dese";

  private MoFixtures() {}

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
        .id("mo-case")
        .student(Student.builder().id("s-1").name("Sam Example").birthDate(LocalDate.of(2013, 9, 1)).build())
        .district("Example R-2")
        .state("MO")
        .addParties(Party.of(PARENT, PartyRole.EDUCATIONAL_DECISION_MAKER), Party.of(LEA, PartyRole.LEA),
            Party.of(DESE, PartyRole.STATE_AGENCY));
  }
}
