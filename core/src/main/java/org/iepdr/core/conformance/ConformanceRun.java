package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.time.SchoolCalendar;

/**
 * What a conformance run covers: the first and last start dates, the cadence (when it overrides the
 * workflow's), and the district's school calendar (needed by school-day offsets and rules).
 *
 * @param from the first start date
 * @param to the last start date, on or after {@code from}
 * @param cadence the cadence of start instants; empty: the workflow's
 * @param schoolCalendar the district's school calendar, if any
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ConformanceRun(LocalDate from, LocalDate to, Optional<Workflow.Cadence> cadence,
    Optional<SchoolCalendar> schoolCalendar) {

  /**
   * Creates the record.
   *
   * @param from first start date
   * @param to last start date
   * @param cadence cadence override
   * @param schoolCalendar school calendar
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public ConformanceRun {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(schoolCalendar, "schoolCalendar");
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", to, "a date on or after " + from);
    }
  }

  /**
   * A run over a range of start dates at the workflow's cadence, without a school calendar.
   *
   * @param from the first start date
   * @param to the last start date
   * @return the run
   */
  public static ConformanceRun of(LocalDate from, LocalDate to) {
    return new ConformanceRun(from, to, Optional.empty(), Optional.empty());
  }
}
