package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What every event's builder ({@link Request.Builder}, {@link Meeting.Builder} and the others) offers
 * for the instant of the event: an {@link Instant}, a {@link ZonedDateTime}, or a local date-time with
 * the zone it was read in.
 *
 * <p>The library never assumes a time zone: a local date-time is always given with its zone.
 *
 * @param <B> the builder's own type, returned by every method for chained calls
 */
@API(status = MAINTAINED, since = "0.2.0")
public interface EventBuilder<B extends EventBuilder<B>> {

  /**
   * Sets the instant the event happened (for a meeting, is scheduled to start).
   *
   * @param at the instant
   * @return this builder
   */
  B at(Instant at);

  /**
   * Sets the instant the event happened from a date-time with its zone or offset.
   *
   * @param at the zoned date-time
   * @return this builder
   * @throws NullPointerException if {@code at} is null
   */
  default B at(ZonedDateTime at) {
    Objects.requireNonNull(at, "at");
    return at(at.toInstant());
  }

  /**
   * Sets the instant the event happened from a local date-time and the zone it was read in (a
   * district's time zone, say). A local time that does not exist in the zone (skipped by a change to
   * summer time) moves later by the length of the gap; a local time that exists twice (when clocks go
   * back) is the earlier of the two, as {@link LocalDateTime#atZone(ZoneId)} resolves them.
   *
   * @param at the local date-time
   * @param zone the zone the local date-time is in
   * @return this builder
   * @throws NullPointerException if {@code at} or {@code zone} is null
   */
  default B at(LocalDateTime at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    return at(at.atZone(zone));
  }
}
