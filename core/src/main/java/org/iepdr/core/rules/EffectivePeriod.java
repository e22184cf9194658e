package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * The period a rule is in force: from a first day (inclusive) to a last day (inclusive), either end
 * open.
 *
 * <p>Which law governs is decided act by act ({@link Rule#governs}): a clock by the rule in force on its
 * trigger date, conduct by the rule in force on the date of the act. A rule that changes meaning gets a
 * new id (there are no rule versions), and the old one keeps its last day; where such a boundary falls
 * inside a case, the trace says which id judged which acts.
 *
 * @param from the first day in force, empty for "always was"
 * @param to the last day in force, empty for "still is"
 */
@API(status = MAINTAINED, since = "0.2.0")
public record EffectivePeriod(Optional<LocalDate> from, Optional<LocalDate> to) {

  private static final EffectivePeriod ALWAYS = new EffectivePeriod(Optional.empty(), Optional.empty());

  /**
   * Creates the period.
   *
   * @param from the first day in force
   * @param to the last day in force
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public EffectivePeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidInputException("effectivePeriod.to", to.get(), "on or after " + from.get());
    }
  }

  /**
   * Returns the period that has no ends.
   *
   * @return the open period
   */
  public static EffectivePeriod always() {
    return ALWAYS;
  }

  /**
   * Returns the period from a first day on.
   *
   * @param first the first day in force
   * @return the period
   */
  public static EffectivePeriod from(LocalDate first) {
    return new EffectivePeriod(Optional.of(java.util.Objects.requireNonNull(first, "first")), Optional.empty());
  }

  /**
   * Returns the period between two days, both inclusive.
   *
   * @param first the first day in force
   * @param last the last day in force
   * @return the period
   */
  public static EffectivePeriod between(LocalDate first, LocalDate last) {
    return new EffectivePeriod(Optional.of(java.util.Objects.requireNonNull(first, "first")),
        Optional.of(java.util.Objects.requireNonNull(last, "last")));
  }

  /**
   * Returns whether the rule is in force on a day.
   *
   * @param date the day
   * @return true when the day lies in the period
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from.isEmpty() || !date.isBefore(from.get())) && (to.isEmpty() || !date.isAfter(to.get()));
  }

  /**
   * Returns whether the rule is in force on at least one day between two days, both inclusive.
   *
   * @param first the first day
   * @param last the last day, on or after {@code first}
   * @return true when the period and the days share a day
   */
  public boolean overlaps(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    return (from.isEmpty() || !last.isBefore(from.get())) && (to.isEmpty() || !first.isAfter(to.get()));
  }

  @Override
  public String toString() {
    return from.map(LocalDate::toString).orElse("always") + " to " + to.map(LocalDate::toString).orElse("now");
  }
}
