package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * The stable identifier of a rule, such as {@code IDEA.RESOLUTION.MEETING_15_DAYS} or
 * {@code MO.MEDIATION.NO_ATTORNEYS}.
 *
 * <p>Applications store these ids, map them to their own screens and translate them, so an id never
 * changes meaning once released; a rule that changes meaning gets a new id. The first segment names
 * the jurisdiction ({@code IDEA} for the federal baseline, a state code, or a caller's own prefix).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class RuleId implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(\\.[A-Z0-9][A-Z0-9_]*)+");

  private final String value;

  private RuleId(String value) {
    this.value = value;
  }

  /**
   * Returns the rule id for a string.
   *
   * @param value dot-separated upper-case segments, at least two, e.g. {@code "MS.RECORDING.NOTICE"}
   * @return the id
   * @throws InvalidInputException if the string is not of that form
   */
  public static RuleId of(String value) {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new InvalidInputException("ruleId", "'" + value + "'",
          "dot-separated upper-case segments such as IDEA.RESOLUTION.MEETING_15_DAYS");
    }
    return new RuleId(value);
  }

  /**
   * Returns the jurisdiction prefix: the first segment ({@code IDEA}, {@code MO}, {@code MS}, ...).
   *
   * @return the prefix
   */
  public String prefix() {
    return value.substring(0, value.indexOf('.'));
  }

  /**
   * Returns the id as a string.
   *
   * @return the string form
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RuleId other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
