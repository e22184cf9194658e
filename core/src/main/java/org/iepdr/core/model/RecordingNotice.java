package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Notice that someone intends to audio-record a meeting.
 *
 * @param by the id of the party who gave notice
 * @param givenAt when the notice reached the other members of the team
 */
@API(status = MAINTAINED, since = "0.2.0")
public record RecordingNotice(String by, Instant givenAt) {

  /**
   * Creates the record.
   *
   * @param by the party's id
   * @param givenAt when
   */
  public RecordingNotice {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(givenAt, "givenAt");
  }
}
