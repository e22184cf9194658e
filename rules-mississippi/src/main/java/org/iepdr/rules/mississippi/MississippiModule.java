package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.Holiday;
import org.iepdr.core.time.HolidayCalendar;
import org.iepdr.rules.mississippi.MississippiHolidays.SaturdayPolicy;

/**
 * Mississippi ({@code "MS"}) as a {@link RuleModule}: the {@code MS.*} rules on top of the inherited
 * federal {@code IDEA.*} baseline, days and hours in America/Chicago, business days on the federal and
 * Mississippi holiday calendar ({@link MississippiHolidays}), and Mississippi's escalation path
 * ({@link MississippiEscalation}).
 *
 * <p>{@code RuleBook.load()} finds the default module through {@link java.util.ServiceLoader}. A caller
 * who needs another Saturday policy or a Governor's closures builds the book itself:
 *
 * <pre>{@code
 * RuleBook book = RuleBook.of(new IdeaModule(), new MississippiModule()
 *     .withSaturdayPolicy(SaturdayPolicy.FOLLOWING_MONDAY)
 *     .withClosure(LocalDate.of(2026, 11, 27), "Day after Thanksgiving", "Governor's proclamation"));
 * }</pre>
 *
 * <p>Two Mississippi rules replace federal ones ({@link RuleModule} merges by
 * {@code RuleDescriptor.replaces()}): {@code MS.STATE_COMPLAINT.DECISION_FROM_FILING} replaces
 * {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS}, and {@code MS.DUE_PROCESS.RESOLUTION_SESSION} replaces
 * {@code IDEA.RESOLUTION.MEETING_15_DAYS}; every other federal rule applies as it is.
 *
 * <p>Implementation Requirements: immutable and thread-safe; the {@code with...} methods return new
 * modules.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class MississippiModule implements RuleModule {

  /** The state code. */
  public static final String CODE = "MS";

  /** Mississippi's time zone. */
  public static final ZoneId ZONE = ZoneId.of("America/Chicago");

  private static final List<Rule> RULES = List.of(
      new FacilitationConsent(),
      new FacilitationRequest(),
      new FacilitationLeadTime(),
      new RefusalDocumented(),
      new RecordingNotice24Hours(),
      new MediationJointRequest(),
      new NoConfidentialityPledge(),
      new StateComplaintForwarding(),
      new StateComplaintDecisionFromFiling(),
      new ResolutionSession());

  private final SaturdayPolicy saturdayPolicy;
  private final List<Holiday> closures;
  private final HolidayCalendar holidays;

  /** Creates the default module (for {@link java.util.ServiceLoader}): no Saturday observance, no closures. */
  public MississippiModule() {
    this(SaturdayPolicy.NOT_OBSERVED, List.of());
  }

  private MississippiModule(SaturdayPolicy saturdayPolicy, List<Holiday> closures) {
    this.saturdayPolicy = saturdayPolicy;
    this.closures = List.copyOf(closures);
    if (closures.isEmpty()) {
      this.holidays = MississippiHolidays.calendar(saturdayPolicy);
    } else {
      HolidayCalendar.Builder b = MississippiHolidays.builder(saturdayPolicy);
      for (Holiday c : closures) {
        b.closure(c.date(), c.name(), c.source());
      }
      this.holidays = b.build();
    }
  }

  /**
   * Returns a module that observes Saturday state holidays by another policy.
   *
   * @param policy the policy
   * @return a new module with this one's closures
   */
  public MississippiModule withSaturdayPolicy(SaturdayPolicy policy) {
    return new MississippiModule(Objects.requireNonNull(policy, "policy"), closures);
  }

  /**
   * Returns a module with one more dated closure of state offices, such as a day a Governor proclaims.
   *
   * @param date the date offices close
   * @param reason why, e.g. "Day after Thanksgiving"; not blank
   * @param source the proclamation or order; not blank
   * @return a new module
   * @throws org.iepdr.core.InvalidInputException if {@code reason} or {@code source} is blank
   */
  public MississippiModule withClosure(LocalDate date, String reason, String source) {
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(reason, "reason");
    java.util.Objects.requireNonNull(source, "source");
    List<Holiday> more = new ArrayList<>(closures);
    more.add(new Holiday(reason, date, date, source));
    return new MississippiModule(saturdayPolicy, more);
  }

  /**
   * Returns the Saturday policy in use.
   *
   * @return the policy
   */
  public SaturdayPolicy saturdayPolicy() {
    return saturdayPolicy;
  }

  @Override
  public String jurisdiction() {
    return CODE;
  }

  @Override
  public String name() {
    return "Mississippi";
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
    return RULES;
  }

  @Override
  public Optional<EscalationPath> escalation() {
    return Optional.of(MississippiEscalation.path());
  }

  @Override
  public String toString() {
    return "MississippiModule[" + saturdayPolicy + ", " + closures.size() + " closures]";
  }
}
