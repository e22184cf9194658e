package org.iepdr.examples.cli;

/**
 * Bad input to a command that is not a case-file problem: an unreadable file, a malformed school
 * calendar. Reported with exit code 2.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what is allowed
   */
  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
