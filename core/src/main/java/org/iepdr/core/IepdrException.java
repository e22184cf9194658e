package org.iepdr.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Each subtype keeps the offending value so that a caller can act on it without parsing the
 * message. Messages never contain a student's name or date of birth.
 *
 * <p>Implementation Requirements: unchecked, immutable once constructed.
 */
@API(status = MAINTAINED, since = "0.2.0")
public abstract class IepdrException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message a developer can act on.
   *
   * @param message what went wrong, naming the field and the value where there is one
   */
  protected IepdrException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause that led to it.
   *
   * @param message what went wrong
   * @param cause the underlying cause
   */
  protected IepdrException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns the message given at construction; unlike {@link Throwable#getMessage()} in general, it is
   * never null.
   *
   * @return what went wrong
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? "" : message;
  }
}
