package org.iepdr.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The kind of a day in a district's {@link SchoolCalendar}.
 *
 * <p>34 CFR 300.11(c)(1): a school day is any day, including a partial day, that children are in
 * attendance at school for instructional purposes. The 2006 preamble adds that days on which only
 * extended-school-year services are provided are not school days, because ESY serves only children
 * with disabilities.
 *
 * <p>Implementation Requirements: an enum, immutable and thread-safe.
 */
@API(status = STABLE, since = "0.2.0")
public enum SchoolDayKind {
  /** A full instructional day; counts as a school day. */
  FULL,
  /** A partial instructional day (early release, late start); counts as a school day. */
  PARTIAL,
  /** A day on which only extended-school-year services are given; does not count. */
  ESY_ONLY;

  /**
   * Returns whether a day of this kind is a school day.
   *
   * @return true for {@link #FULL} and {@link #PARTIAL}
   */
  public boolean isSchoolDay() {
    return this != ESY_ONLY;
  }
}
