package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.testing.HostileCases;
import org.junit.jupiter.api.Test;

/**
 * No library code reads the default time zone or locale: the same US, MO and MS cases (valid and
 * hostile) give the same evaluations, messages and exception messages whatever the JVM's defaults,
 * including tr-TR (the dotless i: "i".toUpperCase() is "İ" there), ar-SA (Arabic-Indic digits in
 * default number formats) and th-TH-u-nu-thai (Thai digits), a zone ahead of UTC by 14 hours and
 * zones with half- and quarter-hour offsets. (The static check is NoHiddenInputsTest in core.)
 */
class DeterminismTest {

  private static final String[][] DEFAULTS = {
      {"UTC", "en-US"},
      {"Europe/Istanbul", "tr-TR"},
      {"Asia/Riyadh", "ar-SA"},
      {"Asia/Bangkok", "th-TH-u-nu-thai"},
      {"Pacific/Kiritimati", "hi-IN"},
      {"Asia/Kathmandu", "fa-IR"},
      {"America/St_Johns", "de-DE"},
      {"Pacific/Pago_Pago", "ja-JP-u-ca-japanese"},
  };

  @Test
  void evaluationsAreTheSameUnderEveryDefaultZoneAndLocale() {
    List<Supplier<Case>> cases = new ArrayList<>();
    ThreeStates.cases().sampleStream().limit(120).forEach(c -> cases.add(() -> c));
    // hostile ones are built under each default too: their exception messages must not vary either
    HostileCases.mutated(ThreeStates.cases(), ThreeStates.zone("MS")).sampleStream().limit(120)
        .forEach(a -> cases.add(a.build()));
    List<String> reference = null;
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    try {
      for (String[] d : DEFAULTS) {
        TimeZone.setDefault(TimeZone.getTimeZone(d[0]));
        Locale.setDefault(Locale.forLanguageTag(d[1]));
        assertThat(TimeZone.getDefault().getID()).isEqualTo(d[0]);
        // the book is loaded under the defaults too: compiling the jurisdictions must not read them
        RuleBook book = RuleBook.load();
        List<String> texts = answers(book, cases);
        if (reference == null) {
          reference = texts;
        } else {
          assertThat(texts).as("under %s / %s", d[0], d[1]).containsExactlyElementsOf(reference);
        }
      }
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
      Locale.setDefault(Locale.Category.FORMAT, format);
      Locale.setDefault(Locale.Category.DISPLAY, display);
    }
  }

  private static List<String> answers(RuleBook book, List<Supplier<Case>> cases) {
    List<String> out = new ArrayList<>();
    for (Supplier<Case> build : cases) {
      Case c;
      try {
        c = build.get();
      } catch (RuntimeException invalid) {
        out.add(invalid.getClass().getName() + ": " + invalid.getMessage());
        continue;
      }
      for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2026, 3, 8), LocalDate.of(2027, 11, 7)}) {
        try {
          Evaluation e = asOf == null ? book.evaluate(c) : book.evaluate(c, asOf);
          StringBuilder sb = new StringBuilder(e.toString());
          for (Finding f : e.findings()) {
            sb.append('\n').append(f.message());
          }
          for (TraceEntry t : e.trace()) {
            sb.append('\n').append(t.notes());
          }
          out.add(sb.toString());
        } catch (RuntimeException ex) {
          out.add(ex.getClass().getName() + ": " + ex.getMessage());
        }
      }
      out.add(c.toString());
    }
    return out;
  }
}
