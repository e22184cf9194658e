package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.HolidayCalendar;

/**
 * Missouri as a {@link RuleModule} for the state code {@code "MO"}: every {@code MO.*} rule on top of the
 * inherited federal {@code IDEA.*} rules, Missouri's holidays ({@link MissouriHolidays}) in
 * America/Chicago, and Missouri's escalation path ({@link MissouriEscalation}).
 *
 * <p>{@link org.iepdr.core.rules.RuleBook#load()} finds it through {@link java.util.ServiceLoader}. A
 * governor's one-off closure (the day after Thanksgiving, Christmas Eve) is not in the statute; to count
 * it, build a rule book with a module that has it:
 * {@code RuleBook.of(new IdeaModule(), new MissouriModule().withClosure(date, reason, source))}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class MissouriModule implements RuleModule {

  /** The code Missouri answers for. */
  public static final String CODE = "MO";

  /** The zone Missouri's days and hours are counted in. */
  public static final ZoneId ZONE = ZoneId.of("America/Chicago");

  private final HolidayCalendar holidays;

  /** Creates the module with the statutory holidays (for {@link java.util.ServiceLoader}). */
  public MissouriModule() {
    this(MissouriHolidays.calendar());
  }

  private MissouriModule(HolidayCalendar holidays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  /**
   * Returns a module like this one whose offices are also closed on a date, e.g. the day after
   * Thanksgiving granted by a governor's executive order.
   *
   * @param date the date of the closure
   * @param reason why offices close, e.g. {@code "Day after Thanksgiving"}; not blank
   * @param source the order, e.g. {@code "Mo. EO 22-06"}; not blank
   * @return a new module
   * @throws org.iepdr.core.InvalidInputException if {@code reason} or {@code source} is blank
   */
  public MissouriModule withClosure(LocalDate date, String reason, String source) {
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(reason, "reason");
    java.util.Objects.requireNonNull(source, "source");
    return new MissouriModule(HolidayCalendar.builder(holidays.name()).include(holidays)
        .closure(date, reason, source).build());
  }

  /**
   * Returns a module like this one with another holiday calendar, e.g. one built with
   * {@code HolidayCalendar.builder(..).include(MissouriHolidays.calendar()).closure(..)}. The caller
   * answers for the calendar holding Missouri's statutory holidays.
   *
   * @param calendar the holiday calendar
   * @return a new module
   */
  public MissouriModule withHolidays(HolidayCalendar calendar) {
    return new MissouriModule(java.util.Objects.requireNonNull(calendar, "calendar"));
  }

  @Override
  public String jurisdiction() {
    return CODE;
  }

  @Override
  public String name() {
    return "Missouri";
  }

  @Override
  public ZoneId zone() {
    return ZONE;
  }

  @Override
  public HolidayCalendar holidays() {
    return holidays;
  }

  @Override
  public List<Rule> rules() {
    return MissouriRules.all();
  }

  @Override
  public Optional<EscalationPath> escalation() {
    return Optional.of(MissouriEscalation.path());
  }

  @Override
  public String toString() {
    return "MissouriModule[" + holidays.name() + "]";
  }
}
