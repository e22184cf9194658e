package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A document sent for a meeting, and when.
 *
 * @param kind what was sent
 * @param sentAt when it was sent (for a disclosure: when the other party received it)
 * @param sentBy the id of the party who sent it, if known
 * @param markedDraft whether every page was marked DRAFT
 */
@API(status = MAINTAINED, since = "0.2.0")
public record DocumentSent(DocumentKind kind, Instant sentAt, Optional<String> sentBy, boolean markedDraft) {

  /**
   * Creates the record.
   *
   * @param kind what was sent
   * @param sentAt when
   * @param sentBy by whom
   * @param markedDraft marked DRAFT
   */
  public DocumentSent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(sentBy, "sentBy");
  }

  /**
   * A document sent at an instant by an unnamed sender, not marked draft.
   *
   * @param kind what was sent
   * @param sentAt when
   * @return the record
   */
  public static DocumentSent of(DocumentKind kind, Instant sentAt) {
    return new DocumentSent(kind, sentAt, Optional.empty(), false);
  }

  /**
   * A document sent at an instant by a party, not marked draft.
   *
   * @param kind what was sent
   * @param sentAt when
   * @param sentBy the sending party's id
   * @return the record
   */
  public static DocumentSent by(DocumentKind kind, Instant sentAt, String sentBy) {
    return new DocumentSent(kind, sentAt, Optional.of(java.util.Objects.requireNonNull(sentBy, "sentBy")), false);
  }
}
