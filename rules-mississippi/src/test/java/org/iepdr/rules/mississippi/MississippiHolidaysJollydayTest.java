package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.TreeSet;
import org.iepdr.core.time.BusinessCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link MississippiHolidays} against an independent, maintained source: Jollyday 2.19.0's
 * US-MS data (the {@code us} configuration with its {@code ms} sub-configuration), every year 2000-2100.
 *
 * <p>What is compared: the weekdays that are holidays (observed) in each calendar, that is exactly the
 * days that stop being business days. A holiday observed on a weekend closes nothing and is not compared.
 *
 * <p>The differences, each named and explained:
 * <ol>
 *   <li><b>Confederate Memorial Day.</b> Miss. Code 3-3-7 puts it on the <em>last</em> Monday of April;
 *       Jollyday's {@code ms} entry puts it on the <em>fourth</em> Monday (Alabama's day). In a year whose
 *       April has five Mondays (Monday April 29 or 30, e.g. 2024, 2029) our calendar closes the fifth
 *       Monday and Jollyday the fourth. We follow the statute (holidays.md: "last Mon Apr (Confederate
 *       Memorial Day)", VERIFIED, FindLaw copy of 3-3-7).</li>
 *   <li><b>Columbus Day</b> is in Jollyday's {@code ms} list though Mississippi has none of its own; it is a
 *       federal holiday, so both calendars close it: no difference in business days.</li>
 *   <li><b>Saturday state holidays.</b> Our default {@code SaturdayPolicy.NOT_OBSERVED} closes no weekday for
 *       a Saturday state-only holiday, and Jollyday has no such rule either; every fixed-date state holiday
 *       is also federal and both apply the federal Saturday-to-Friday move: no difference. The
 *       {@code FOLLOWING_MONDAY} policy is a caller's choice Jollyday cannot know, so it is not compared.</li>
 *   <li>Jefferson Davis' and Robert E. Lee's birthdays coincide with Memorial Day and MLK Day in 3-3-7
 *       (Jollyday does not name them): same days, no difference.</li>
 * </ol>
 */
class MississippiHolidaysJollydayTest {

  private static HolidayManager jollyday;

  @BeforeAll
  static void load() {
    jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_STATES));
  }

  private static TreeSet<LocalDate> jollydayWeekdayHolidays(int year) {
    TreeSet<LocalDate> out = new TreeSet<>();
    // Ask for the neighbouring years too: a January 1 on a Saturday is observed on December 31.
    for (int y = year - 1; y <= year + 1; y++) {
      for (Holiday h : jollyday.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, "ms")) {
        if (h.getDate().getYear() == year && BusinessCalendar.isWeekday(h.getDate())) {
          out.add(h.getDate());
        }
      }
    }
    return out;
  }

  private static TreeSet<LocalDate> ourWeekdayHolidays(int year) {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (org.iepdr.core.time.Holiday h : MississippiHolidays.calendar().holidaysIn(year)) {
      if (BusinessCalendar.isWeekday(h.observed())) {
        out.add(h.observed());
      }
    }
    return out;
  }

  private static LocalDate lastMondayOfApril(int year) {
    return LocalDate.of(year, Month.APRIL, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
  }

  private static LocalDate fourthMondayOfApril(int year) {
    return LocalDate.of(year, Month.APRIL, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.MONDAY));
  }

  @Test
  void everyYear2000To2100AgreesWithJollydayExceptTheNamedConfederateMemorialDayDifference() {
    int fiveMondayAprils = 0;
    for (int year = 2000; year <= 2100; year++) {
      TreeSet<LocalDate> ours = ourWeekdayHolidays(year);
      TreeSet<LocalDate> theirs = jollydayWeekdayHolidays(year);
      TreeSet<LocalDate> onlyOurs = new TreeSet<>(ours);
      onlyOurs.removeAll(theirs);
      TreeSet<LocalDate> onlyTheirs = new TreeSet<>(theirs);
      onlyTheirs.removeAll(ours);
      LocalDate last = lastMondayOfApril(year);
      LocalDate fourth = fourthMondayOfApril(year);
      if (last.equals(fourth)) {
        assertThat(onlyOurs).as("weekday holidays only in our calendar, %d", year).isEmpty();
        assertThat(onlyTheirs).as("weekday holidays only in Jollyday's, %d", year).isEmpty();
      } else {
        fiveMondayAprils++;
        assertThat(onlyOurs).as("only ours in %d: Confederate Memorial Day, last Monday of April", year)
            .containsExactly(last);
        assertThat(onlyTheirs).as("only Jollyday's in %d: its fourth Monday of April", year)
            .containsExactly(fourth);
      }
    }
    // The difference is real and recurs: 29 of the 101 years have an April with five Mondays.
    assertThat(fiveMondayAprils).isEqualTo(29);
  }

  @Test
  void knownYearsOfTheDifference() {
    assertThat(lastMondayOfApril(2024)).isEqualTo(LocalDate.of(2024, 4, 29));
    assertThat(jollydayWeekdayHolidays(2024)).contains(LocalDate.of(2024, 4, 22)).doesNotContain(LocalDate.of(2024, 4, 29));
    assertThat(ourWeekdayHolidays(2024)).contains(LocalDate.of(2024, 4, 29)).doesNotContain(LocalDate.of(2024, 4, 22));
    assertThat(ourWeekdayHolidays(2026)).contains(LocalDate.of(2026, 4, 27));
    assertThat(jollydayWeekdayHolidays(2026)).contains(LocalDate.of(2026, 4, 27));
  }
}
