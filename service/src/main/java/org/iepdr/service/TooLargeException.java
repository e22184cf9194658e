package org.iepdr.service;

/** A case or a batch line past {@link ServiceLimits#maxCaseBytes()}: answered with 413. */
final class TooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  TooLargeException(String message) {
    super(message, null, false, false);
  }
}
