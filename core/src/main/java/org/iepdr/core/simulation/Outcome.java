package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a process (or a whole dispute) ends in a simulation.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum Outcome {
  /** Every issue resolved: the dispute ends here. */
  RESOLVED,
  /** Some issues resolved, others remain; the family may go on to another process. */
  PARTLY,
  /** Nothing resolved (or the process did not take place); the family may go on. */
  NOT_RESOLVED
}
