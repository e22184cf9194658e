package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * Hour rules, such as "at least 24 hours' notice of the meeting", counted as <b>elapsed time between
 * instants</b>, not as wall-clock hours.
 *
 * <p>The choice matters only when a daylight-saving change lies between the notice and the meeting.
 * In America/Chicago clocks sprang forward at 02:00 on Sunday 2026-03-08, so 48 hours before a
 * meeting at 09:00 on Monday 2026-03-09 is 08:00 local on Saturday 2026-03-07, not 09:00; clocks fell
 * back at 02:00 on Sunday 2026-11-01, so 48 hours before 09:00 on Monday 2026-11-02 is 10:00 local on
 * Saturday 2026-10-31. (24 hours before those Monday meetings is 09:00 on the Sunday, because the
 * change happened before both instants.) The library takes the elapsed reading because that is what
 * "hours" measure and because it needs no time zone; a rule that means "the same clock time the day
 * before" should count calendar days instead.
 *
 * <p>Implementation Requirements: a static utility; stateless and thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public final class Hours {

  private Hours() {
  }

  /**
   * Returns the latest instant at which notice gives at least {@code lead} before the meeting,
   * that is {@code meetingStart - lead}.
   *
   * @param meetingStart when the meeting starts
   * @param lead the required lead time, zero or positive
   * @return the latest timely notice instant
   * @throws InvalidInputException if {@code lead} is negative, or so long that the result is before
   *     {@link Instant#MIN}
   */
  public static Instant latestNotice(Instant meetingStart, Duration lead) {
    Objects.requireNonNull(meetingStart, "meetingStart");
    checkLead(lead);
    try {
      return meetingStart.minus(lead);
    } catch (DateTimeException | ArithmeticException e) {
      throw new InvalidInputException("lead", lead,
          "a duration that keeps the notice time after Instant.MIN");
    }
  }

  /**
   * Returns whether the notice came at least {@code lead} before the meeting:
   * {@code notice <= meetingStart - lead}, in elapsed time.
   *
   * @param notice when the notice was given
   * @param meetingStart when the meeting starts
   * @param lead the required lead time, zero or positive
   * @return true if the notice was timely
   * @throws InvalidInputException if {@code lead} is negative
   */
  public static boolean isAtLeastBefore(Instant notice, Instant meetingStart, Duration lead) {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(meetingStart, "meetingStart");
    checkLead(lead);
    return Duration.between(notice, meetingStart).compareTo(lead) >= 0;
  }

  /**
   * Returns the elapsed time from {@code a} to {@code b}, negative if {@code b} is before {@code a}.
   *
   * @param a the start
   * @param b the end
   * @return the duration
   */
  public static Duration between(Instant a, Instant b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return Duration.between(a, b);
  }

  private static void checkLead(Duration lead) {
    Objects.requireNonNull(lead, "lead");
    if (lead.isNegative()) {
      throw new InvalidInputException("lead", lead, "a zero or positive duration");
    }
  }
}
