package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.testing.Fixtures;

/** No generated student name or birth date ever appears in a toString, a finding, a trace or a message. */
class PrivacyProperties {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);
  private static final DateTimeFormatter ES_DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu",
      Locale.forLanguageTag("es"));

  @Provide
  Arbitrary<Case> casesWithPersonalData() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(12)
        .map(s -> "Zq" + s + " Xv" + new StringBuilder(s).reverse());
    // Birth years 1901-1949: the tool prints no date of those years (the calendars cover 2000-2100, the rules'
    // dates are later), so a match is a leak, never a coincidence (seed -2312618388780776892 drew 2000-01-01,
    // which the calendar-range message legitimately prints).
    Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 49 * 365 - 1)
        .map(d -> LocalDate.of(1901, 1, 1).plusDays(d));
    return CaseArbitraries.cases("US", Fixtures.ZONE, names, births);
  }

  @Property
  void noStudentNameOrBirthDateLeaks(@ForAll("casesWithPersonalData") Case c) {
    String name = c.student().name().orElseThrow();
    LocalDate birth = c.student().birthDate().orElseThrow();
    List<String> texts = new ArrayList<>();
    texts.add(c.toString());
    texts.add(c.student().toString());
    c.events().forEach(e -> texts.add(e.toString()));
    Evaluation e = Fixtures.US.evaluate(c, LocalDate.of(2027, 12, 31));
    texts.add(e.toString());
    e.findings().forEach(f -> texts.add(f.message()));
    e.findings().forEach(f -> texts.add(f.message(org.iepdr.core.message.Language.SPANISH)));
    e.findings().forEach(f -> texts.add(f.facts().toString()));
    e.trace().forEach(t -> texts.add(String.join("\n", t.notes())));
    if (!c.events().isEmpty()) {
      CaseEvent first = c.events().get(0);
      List<CaseEvent> twice = new ArrayList<>(c.events());
      twice.add(first);
      Throwable invalid = catchThrowable(() -> Case.builder().from(c).events(twice).build());
      assertThat(invalid).isNotNull();
      texts.add(invalid.getMessage());
    }
    for (String text : texts) {
      assertThat(text).doesNotContain(name).doesNotContain(name.split(" ")[0]).doesNotContain(birth.toString())
          .doesNotContain(birth.format(US_DATE)).doesNotContain(birth.format(ES_DATE));
    }
  }
}
