package org.iepdr.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DayCount;
import org.iepdr.core.time.Holiday;
import org.iepdr.core.time.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding 1, 30 and 250 business days on the Missouri calendar (federal and Missouri holidays, 2000 to
 * 2100): ours (precomputed prefix counts, constant time), ObjectLab Kit's {@code datecalc-jdk8}
 * calculator given the same holidays, and a naive day-by-day loop over the same holiday set.
 *
 * <p>Beside them, the weekday count of 34 CFR 300.148(d)(1)(ii) (Monday to Friday, holidays counted,
 * {@link DayCount#WEEKDAYS}): ours (arithmetic on the week, constant time) and a day-by-day loop.
 *
 * <p>All three get the same 4,096 start dates (business days drawn with a fixed seed) and must give
 * the same answers; the setup checks every one of them before measuring.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineArithmeticBenchmark {

  private static final int STARTS = 4096;

  /** The number of business days added. */
  @Param({"1", "30", "250"})
  public int days;

  private BusinessCalendar ours;
  private WorkingDayCalendar weekdays;
  private DateCalculator<LocalDate> objectLab;
  private Set<LocalDate> holidays;
  private LocalDate[] starts;
  private int next;

  /** Builds the three calculators and checks that they agree on every start date. */
  @Setup(Level.Trial)
  public void setUp() {
    ours = RuleBook.load().jurisdiction("MO").counter().businessCalendar();
    weekdays = RuleBook.load().jurisdiction("MO").counter().calendarFor(DayCount.WEEKDAYS);
    holidays = new HashSet<>();
    for (int year = ours.firstYear(); year <= ours.lastYear(); year++) {
      for (Holiday h : ours.holidays().holidaysIn(year)) {
        holidays.add(h.observed());
      }
    }
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays("MO", new DefaultHolidayCalendar<>(holidays, ours.firstCovered(), ours.lastCovered()));
    objectLab = factory.getDateCalculator("MO", HolidayHandlerType.FORWARD);
    SplittableRandom random = new SplittableRandom(20261122L);
    starts = new LocalDate[STARTS];
    for (int i = 0; i < STARTS; i++) {
      LocalDate d = ours.firstCovered().plusDays(random.nextInt(360 * 98));
      starts[i] = ours.nextOrSame(d);
    }
    for (LocalDate start : starts) {
      LocalDate a = ours.plus(start, days);
      LocalDate b = objectLab(start);
      LocalDate c = naive(start);
      if (!a.equals(b) || !a.equals(c)) {
        throw new IllegalStateException("calculators disagree on " + start + " + " + days + ": ours " + a
            + ", ObjectLab " + b + ", naive " + c);
      }
      LocalDate w = weekdays.plus(start, days);
      LocalDate nw = naiveWeekdays(start);
      if (!w.equals(nw)) {
        throw new IllegalStateException("weekday counts disagree on " + start + " + " + days + ": ours " + w
            + ", naive " + nw);
      }
    }
  }

  private LocalDate nextStart() {
    LocalDate d = starts[next];
    next = (next + 1) & (STARTS - 1);
    return d;
  }

  private LocalDate objectLab(LocalDate start) {
    objectLab.setStartDate(start);
    objectLab.moveByBusinessDays(days);
    return objectLab.getCurrentBusinessDate();
  }

  private LocalDate naive(LocalDate start) {
    LocalDate d = start;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
        left--;
      }
    }
    return d;
  }

  private LocalDate naiveWeekdays(LocalDate start) {
    LocalDate d = start;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }

  /**
   * Ours.
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate iepdr() {
    return ours.plus(nextStart(), days);
  }

  /**
   * ObjectLab Kit.
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate objectLab() {
    return objectLab(nextStart());
  }

  /**
   * A day-by-day loop.
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate naiveLoop() {
    return naive(nextStart());
  }

  /**
   * Ours, counting weekdays with holidays included (300.148(d)(1)(ii)).
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate iepdrWeekdays() {
    return weekdays.plus(nextStart(), days);
  }

  /**
   * A day-by-day loop counting weekdays.
   *
   * @return the due date
   */
  @Benchmark
  public LocalDate naiveWeekdaysLoop() {
    return naiveWeekdays(nextStart());
  }
}
