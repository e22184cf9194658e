package org.iepdr.service;

/** A request parameter or body the service refuses, answered with 400 and this message. */
final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadRequestException(String message) {
    super(message, null, false, false);
  }
}
