package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.time.HolidayCalendar;

/**
 * The service a jurisdiction plugs in: its rules, holidays, time zone and escalation path.
 *
 * <p>A module is found by {@link RuleBook#load()} through {@link java.util.ServiceLoader}; declare it
 * both in {@code module-info.java} ({@code provides org.iepdr.core.rules.RuleModule with ...}) and in
 * {@code META-INF/services/org.iepdr.core.rules.RuleModule}.
 *
 * <p>A module inherits the rules of another ({@link #inherits()}, the federal baseline {@code "US"}
 * by default). One of its rules with the same id as an inherited rule, or naming it in
 * {@link RuleDescriptor#replaces()}, replaces it, the way a statute says "unless"; {@link #removes()}
 * drops inherited rules outright.
 *
 * <p>Implementation Requirements: implementations must be immutable and thread-safe, with a public
 * no-argument constructor for {@code ServiceLoader}.
 */
@API(status = MAINTAINED, since = "0.2.0")
public interface RuleModule {

  /**
   * Returns the code the module answers for: a two-letter state code such as {@code "MO"}, or
   * {@code "US"} for the federal baseline.
   *
   * @return the code, upper case
   */
  String jurisdiction();

  /**
   * Returns the jurisdiction's name, e.g. {@code "Missouri"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the time zone in which the jurisdiction's days and hours are counted.
   *
   * @return the zone
   */
  ZoneId zone();

  /**
   * Returns every holiday that is not a business day in the jurisdiction: federal and state.
   *
   * @return the holiday calendar
   */
  HolidayCalendar holidays();

  /**
   * Returns the module's own rules.
   *
   * @return the rules
   */
  List<Rule> rules();

  /**
   * Returns the code of the module whose rules this one inherits. Defaults to {@code "US"}, the
   * federal IDEA baseline; the baseline itself inherits nothing.
   *
   * @return the inherited module's code, or empty
   */
  default Optional<String> inherits() {
    return Optional.of("US");
  }

  /**
   * Returns the ids of inherited rules that do not apply in the jurisdiction.
   *
   * @return the removed ids
   */
  default Set<RuleId> removes() {
    return Set.of();
  }

  /**
   * Returns the jurisdiction's escalation path, or empty to use the inherited module's.
   *
   * @return the path
   */
  default Optional<EscalationPath> escalation() {
    return Optional.empty();
  }

  /**
   * Returns the first year the jurisdiction's business calendar covers. Defaults to 2000.
   *
   * @return the first year
   */
  default int firstYear() {
    return 2000;
  }

  /**
   * Returns the last year the jurisdiction's business calendar covers. Defaults to 2100.
   *
   * @return the last year
   */
  default int lastYear() {
    return 2100;
  }
}
