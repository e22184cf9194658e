package org.iepdr.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A single argument or field was given a value the library cannot accept.
 *
 * <p>The exception names the field, the rejected value (rendered as text, never a student's personal
 * data) and what is allowed, for example {@code field 'days' was -3; allowed: 0 or more}.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class InvalidInputException extends IepdrException {
  private static final long serialVersionUID = 1L;

  /** The name of the argument or field that was rejected. */
  private final String field;
  /** The rejected value as text. */
  private final String value;
  /** What is allowed. */
  private final String allowed;

  /**
   * Creates the exception.
   *
   * @param field the name of the argument or field, e.g. {@code "days"}
   * @param value the rejected value as text
   * @param allowed what would have been accepted, e.g. {@code "0 or more"}
   */
  public InvalidInputException(String field, Object value, String allowed) {
    super("field '" + Objects.requireNonNull(field, "field") + "' was " + value + "; allowed: "
        + Objects.requireNonNull(allowed, "allowed"));
    this.field = field;
    this.value = String.valueOf(value);
    this.allowed = allowed;
  }

  /**
   * Returns the name of the argument or field that was rejected.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns a description of what is allowed.
   *
   * @return the allowed values
   */
  public String allowed() {
    return allowed;
  }

  /**
   * Checks that a number is not negative.
   *
   * @param field the field name for the message
   * @param value the value to check
   * @return the value
   * @throws InvalidInputException if the value is negative
   */
  public static int requireNonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidInputException(field, value, "0 or more");
    }
    return value;
  }
}
