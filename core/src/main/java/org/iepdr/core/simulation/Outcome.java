package org.iepdr.core.simulation;

/**
 * How a process (or a whole dispute) ends in a simulation.
 */
public enum Outcome {
  /** Every issue resolved: the dispute ends here. */
  RESOLVED,
  /** Some issues resolved, others remain; the family may go on to another process. */
  PARTLY,
  /** Nothing resolved (or the process did not take place); the family may go on. */
  NOT_RESOLVED
}
