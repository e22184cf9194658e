package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How fast a projected timeline moves: which lawful date each act is assumed to fall on, and so
 * when the next process starts.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum Pace {
  /** Every act on its earliest lawful day (the trigger day when no rule sets an earliest day). */
  EARLIEST,
  /**
   * Every act on its latest lawful day; where no rule sets a latest day (a facilitated meeting has
   * only a lead time), on its earliest lawful day.
   */
  LATEST
}
