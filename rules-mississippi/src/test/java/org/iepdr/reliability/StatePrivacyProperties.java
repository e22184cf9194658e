package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.testing.HostileCases;
import org.iepdr.core.testing.HostileCases.Mutation;

/**
 * No generated student name or birth date reaches a toString, a finding, a deadline, a trace note,
 * a next step or an exception message, for US, MO and MS cases, valid or spoiled in every way the
 * hostile-input generators know. (The library writes no log lines: it has no logger.)
 */
class StatePrivacyProperties {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ROOT);

  @Provide
  Arbitrary<Case> casesWithPersonalData() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(12)
        .map(s -> "Zq" + s + " Xv" + new StringBuilder(s).reverse());
    // Birth years 1901-1949: the tool prints no date of those years (the calendars cover 2000-2100, the rules'
    // dates are later), so a match is a leak, never a coincidence (seed -2312618388780776892 drew 2000-01-01,
    // which the calendar-range message legitimately prints).
    Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 49 * 365 - 1)
        .map(d -> LocalDate.of(1901, 1, 1).plusDays(d));
    return ThreeStates.cases(names, births);
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of(Mutation.class);
  }

  @Property(tries = 300)
  void noStudentNameOrBirthDateLeaksInAnyState(@ForAll("casesWithPersonalData") Case c,
      @ForAll("mutations") Mutation m, @ForAll int pick) {
    Student s = c.student();
    String name = s.name().orElseThrow();
    LocalDate birth = s.birthDate().orElseThrow();
    List<String> texts = new ArrayList<>();
    texts.add(c.toString());
    texts.add(s.toString());
    texts.add(String.valueOf(s.hashCode()));
    for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2027, 12, 31), LocalDate.of(1800, 1, 1)}) {
      collect(texts, c, asOf);
    }
    try {
      Case spoiled = HostileCases.mutate(c, m, Math.abs(pick % 10_000), ThreeStates.zone(c.state()));
      texts.add(spoiled.toString());
      collect(texts, spoiled, null);
    } catch (RuntimeException e) {
      texts.add(e.getMessage());
    }
    for (String text : texts) {
      assertThat(text).doesNotContain(name).doesNotContain(name.split(" ")[0]).doesNotContain(name.split(" ")[1])
          .doesNotContain(birth.toString()).doesNotContain(birth.format(US_DATE))
          .doesNotContain(birth.format(LONG_DATE));
    }
  }

  private static void collect(List<String> texts, Case c, LocalDate asOf) {
    try {
      Evaluation e = asOf == null ? ThreeStates.BOOK.evaluate(c) : ThreeStates.BOOK.evaluate(c, asOf);
      texts.add(e.toString());
      e.findings().forEach(f -> texts.add(f.message()));
      for (Deadline d : e.deadlines()) {
        texts.add(d.toString());
      }
      for (TraceEntry t : e.trace()) {
        texts.addAll(t.notes());
      }
      e.nextSteps().forEach(n -> texts.add(n.toString()));
    } catch (RuntimeException ex) {
      texts.add(ex.getMessage());
    }
  }
}
