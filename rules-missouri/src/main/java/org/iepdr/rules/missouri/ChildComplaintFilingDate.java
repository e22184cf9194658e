package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DayCounter;

/**
 * The filing date of a Missouri child complaint (Missouri's name for the IDEA state complaint), from
 * the instant DESE received it.
 *
 * <p>DESE's child complaint page (dese.mo.gov/special-education/compliance/due-processchild-complaint,
 * VERIFIED): "A complaint is filed on the date it is received by [DESE] if received during the business
 * hours … Complaints received after business hours of 8:00 AM - 4:30 PM will be filed the following
 * business day."
 *
 * <p>The rule, in America/Chicago (DESE's hours are Central time, whatever the zone of the counter):
 * <ul>
 *   <li>received on a business day at or before 16:30:00 → filed that day. 16:30:00 exactly is still
 *       within "8:00 AM - 4:30 PM"; any instant after it (16:30:00.000000001 on) is after business
 *       hours;</li>
 *   <li>received on a business day after 16:30:00 → filed the next business day;</li>
 *   <li>received on a weekend or holiday, at any time → filed the next business day.</li>
 * </ul>
 * A complaint received <em>before</em> 8:00 AM on a business day is filed <b>that day</b>. DESE's
 * sentence speaks only of complaints received "after business hours"; one received at 07:30 on a
 * Tuesday arrived after Monday's business hours, and "the following business day" after those hours is
 * that Tuesday. Reading it otherwise would file a complaint sent at 07:59 on a Tuesday on Wednesday,
 * while one sent at 23:00 on Monday is filed on Tuesday: the earlier complaint would get the later date
 * only because it was sent a few hours earlier. So the filing date is the first business day whose
 * business hours end at or after the receipt: it is a business day, it is never before the receipt
 * date, and it equals the receipt date exactly when the complaint came on a business day at or before
 * 16:30:00 Central.
 *
 * <p>Implementation Requirements: a static utility; pure and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ChildComplaintFilingDate {

  /** The zone DESE's business hours are kept in. */
  public static final ZoneId ZONE = ZoneId.of("America/Chicago");

  /** When DESE's business hours begin. */
  public static final LocalTime OPENS = LocalTime.of(8, 0);

  /** When DESE's business hours end; a complaint received at this instant is still within them. */
  public static final LocalTime CLOSES = LocalTime.of(16, 30);

  private ChildComplaintFilingDate() {}

  /**
   * Returns the filing date of a child complaint DESE received at an instant.
   *
   * @param received when DESE received the complaint
   * @param counter Missouri's day counting; its business calendar decides which days are business
   *     days (use {@code RuleBook.load().jurisdiction("MO").counter()})
   * @return the filing date, a business day
   * @throws org.iepdr.core.CalendarRangeException if the date is outside the business calendar's range
   */
  public static LocalDate of(Instant received, DayCounter counter) {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(counter, "counter");
    BusinessCalendar business = counter.businessCalendar();
    ZonedDateTime local = received.atZone(ZONE);
    LocalDate day = local.toLocalDate();
    if (business.isWorkingDay(day) && !local.toLocalTime().isAfter(CLOSES)) {
      return day;
    }
    return business.nextOrSame(day.plusDays(1));
  }

  /**
   * Returns whether an instant is within DESE's business hours: a business day, 8:00 AM to 4:30 PM
   * Central, both ends included.
   *
   * @param instant the instant
   * @param counter Missouri's day counting
   * @return true when within business hours
   */
  public static boolean withinBusinessHours(Instant instant, DayCounter counter) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(counter, "counter");
    ZonedDateTime local = instant.atZone(ZONE);
    LocalTime t = local.toLocalTime();
    return counter.businessCalendar().isWorkingDay(local.toLocalDate()) && !t.isBefore(OPENS) && !t.isAfter(CLOSES);
  }
}
