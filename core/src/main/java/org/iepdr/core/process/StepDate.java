package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A date a step opens on, which {@link CaseStatus} computes from the case's events. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum StepDate {
  /** The step has no date of its own (it is open now, or its date is not computed). */
  NONE,
  /**
   * The first day the pending due process hearing may be held: the day after the resolution period
   * ends, as adjusted (34 CFR 300.510(b)-(c)); the 45-day decision clock of 300.515(a) counts from the
   * day before it ({@link CaseStatus#firstHearingDay()}).
   */
  FIRST_HEARING_DAY
}
