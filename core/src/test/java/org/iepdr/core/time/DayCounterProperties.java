package org.iepdr.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DayCounterProperties {

  private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  private static final BusinessCalendar FED =
      BusinessCalendar.of(FederalHolidays.calendar(), 2022, 2030);

  private static DayCounter counter(long seed) {
    Random random = new Random(seed);
    Set<LocalDate> closed = new HashSet<>();
    int n = random.nextInt(400);
    long span = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
    for (int i = 0; i < n; i++) {
      closed.add(FIRST.plusDays(random.nextInt((int) span)));
    }
    return DayCounter.of(ZoneId.of("America/Chicago"), FED)
        .withSchoolCalendar(SchoolCalendar.weekdaysExcept("school " + seed, FIRST, LAST, closed));
  }

  /** A later trigger never gives an earlier deadline, for every kind of day. */
  @Property
  void plusIsMonotoneInTheTrigger(@ForAll long seed,
      @ForAll @IntRange(min = 700, max = 2400) int triggerOffset,
      @ForAll @IntRange(min = 0, max = 30) int later,
      @ForAll @IntRange(min = 0, max = 400) int amount) {
    DayCounter counter = counter(seed);
    LocalDate t1 = FIRST.plusDays(triggerOffset);
    LocalDate t2 = t1.plusDays(later);
    for (DayCount unit : DayCount.values()) {
      DayPeriod period = DayPeriod.of(amount, unit);
      assertThat(counter.plus(t2, period)).as("%s after %s vs %s", period, t1, t2)
          .isAfterOrEqualTo(counter.plus(t1, period));
      assertThat(counter.minus(t2, period)).isAfterOrEqualTo(counter.minus(t1, period));
    }
  }

  /** A deadline is the period after its trigger, and counting back from it gives the period. */
  @Property
  void countOfPlusIsThePeriod(@ForAll long seed,
      @ForAll @IntRange(min = 700, max = 2400) int triggerOffset,
      @ForAll @IntRange(min = 1, max = 400) int amount) {
    DayCounter counter = counter(seed);
    LocalDate trigger = FIRST.plusDays(triggerOffset);
    for (DayCount unit : DayCount.values()) {
      DayPeriod period = DayPeriod.of(amount, unit);
      LocalDate due = counter.plus(trigger, period);
      assertThat(counter.count(trigger, due, unit)).isEqualTo(amount);
      LocalDate back = counter.minus(due, period);
      assertThat(back).isBeforeOrEqualTo(trigger);
      assertThat(counter.count(back, due, unit)).isEqualTo(amount);
    }
    assertThat(counter.plus(trigger, DayPeriod.calendarDays(amount)))
        .isEqualTo(trigger.plusDays(amount));
  }
}
