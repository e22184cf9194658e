package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One reason a case cannot be true.
 *
 * @param eventId the id of the event at fault, empty when the problem is with the case itself
 * @param field the field at fault, e.g. {@code "signatories"} or {@code "parties"}
 * @param message what is wrong, naming the value and what is allowed
 */
@API(status = MAINTAINED, since = "0.2.0")
public record CaseProblem(Optional<String> eventId, String field, String message) {

  /**
   * Creates the record.
   *
   * @param eventId the event at fault
   * @param field the field at fault
   * @param message what is wrong
   */
  public CaseProblem {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return eventId.map(e -> "event '" + e + "' field '" + field + "': ").orElse("case field '" + field + "': ")
        + message;
  }
}
