package org.iepdr.core.caseload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.rules.EvaluationOptions;

/**
 * A window of due dates, FROM to TO with both days included, and the as-of date the cases are evaluated
 * on: FROM unless another is given. "What is due in the next two weeks" is the window from today to
 * today plus 13 days, as of today.
 *
 * <p>Evaluated as of FROM, a case shows what is known on that day: acts dated after it are not yet done,
 * scheduled meetings after it still set the deadlines counted back from them.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueWindow {

  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate asOf;

  private DueWindow(LocalDate from, LocalDate to, LocalDate asOf) {
    this.from = from;
    this.to = to;
    this.asOf = asOf;
  }

  /**
   * Returns the window from one date to another, both included, as of its first day.
   *
   * @param from the first due date listed
   * @param to the last due date listed, on or after {@code from}
   * @return the window
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public static DueWindow of(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return of(from, to, from);
  }

  /**
   * Returns the window from one date to another, both included, as of a given date.
   *
   * @param from the first due date listed
   * @param to the last due date listed, on or after {@code from}
   * @param asOf the date the cases are evaluated on, on or before {@code to} (a deadline due before the
   *     as-of date cannot be open, so an as-of date after {@code to} could list nothing)
   * @return the window
   * @throws InvalidInputException if {@code to} is before {@code from} or {@code asOf} after {@code to}
   */
  public static DueWindow of(LocalDate from, LocalDate to, LocalDate asOf) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(asOf, "asOf");
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", to, "a date on or after from (" + from + ")");
    }
    if (asOf.isAfter(to)) {
      throw new InvalidInputException("asOf", asOf, "a date on or before to (" + to + "): no deadline due in the"
          + " window can be open after it");
    }
    return new DueWindow(from, to, asOf);
  }

  /**
   * Returns the first due date listed.
   *
   * @return FROM
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the last due date listed.
   *
   * @return TO
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the date the cases are evaluated on, from which days left are counted.
   *
   * @return the as-of date (FROM unless another was given)
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns whether a date is in the window.
   *
   * @param date the date
   * @return true when it is on or after FROM and on or before TO
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * Returns the options to evaluate a case with for this window: its as-of date, without the trace (a due
   * list reads no trace). Add a school calendar to them where the case needs one.
   *
   * @return the options
   */
  public EvaluationOptions evaluationOptions() {
    return EvaluationOptions.asOf(asOf).withoutTrace();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueWindow w && w.from.equals(from) && w.to.equals(to) && w.asOf.equals(asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, asOf);
  }

  @Override
  public String toString() {
    return from + " to " + to + " as of " + asOf;
  }
}
