/**
 * Day counting: calendar, business and school days, holiday calendars, and deadline arithmetic
 * forward and backward.
 *
 * <p>The package implements the day-counting conventions of IDEA Part B, 34 CFR 300.11:
 * <ul>
 *   <li>A <b>day</b> is a calendar day unless a rule says "business day" or "school day".</li>
 *   <li>A <b>business day</b> is Monday through Friday, except federal <em>and</em> State holidays.
 *       A {@link org.iepdr.core.time.BusinessCalendar} is built from a
 *       {@link org.iepdr.core.time.HolidayCalendar} that holds both (for example the
 *       {@link org.iepdr.core.time.FederalHolidays federal calendar} included in a state's calendar).</li>
 *   <li>A <b>school day</b> is any day, including a partial day, on which children attend school for
 *       instruction; days on which only extended-school-year (ESY) services are given do not count.
 *       The library cannot know a district's instructional days, so the caller supplies them as a
 *       {@link org.iepdr.core.time.SchoolCalendar}.</li>
 *   <li>The <b>trigger day is day 0</b>: "within 10 days of X" ends on X plus 10 days. A calendar-day
 *       deadline does <b>not</b> roll off a weekend or holiday unless a rule says so
 *       ({@link org.iepdr.core.time.DayCounter#rollForward(java.time.LocalDate)} is there for those
 *       rules). This default is a policy choice; Part 300 has no general computation rule.</li>
 *   <li>Hour rules ("24 hours' notice") count elapsed hours between instants, not wall-clock hours;
 *       see {@link org.iepdr.core.time.Hours}.</li>
 * </ul>
 *
 * <p>Business- and school-day arithmetic runs in constant time per call: each working-day calendar
 * covers a stated range of dates, precomputes prefix counts over it, and throws
 * {@link org.iepdr.core.CalendarRangeException} rather than guess outside that range. Nothing in this
 * package reads a clock, the default time zone or the default locale.
 */
@NullMarked
package org.iepdr.core.time;

import org.jspecify.annotations.NullMarked;
