package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A reference from an event to something else in the case, by id.
 *
 * @param field the event's field that holds the id, e.g. {@code "filedBy"}
 * @param id the id referred to
 * @param kind what the id must name
 */
@API(status = MAINTAINED, since = "0.2.0")
public record Reference(String field, String id, Kind kind) {

  /** What a reference must name. */
  public enum Kind {
    /** A party of the case. */
    PARTY,
    /** A participant of the case. */
    PARTICIPANT,
    /** A party or a participant. */
    PERSON,
    /** A {@link Request} event. */
    REQUEST,
    /** A {@link Meeting} event. */
    MEETING
  }

  /**
   * Creates a reference.
   *
   * @param field the field name
   * @param id the id
   * @param kind the kind of thing referred to
   */
  public Reference {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
  }
}
