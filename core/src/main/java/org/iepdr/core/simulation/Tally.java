package org.iepdr.core.simulation;

/**
 * Integer accumulators of one model's population, one per worker thread, merged by addition: the
 * merge is exact and order-independent, so results do not depend on how disputes were spread over
 * threads.
 */
final class Tally {
  long disputes;
  final long[] outcomes = new long[3];
  final long[] reached = new long[SimulationModel.COUNT];
  final long[] held = new long[SimulationModel.COUNT];
  final long[] resolved = new long[SimulationModel.COUNT];
  final long[] partly = new long[SimulationModel.COUNT];
  final long[] cost = new long[SimulationModel.COUNT];
  final long[] days = new long[SimulationModel.COUNT];
  long costSum;
  long costSquares;
  final long[] timeToEnd;
  final long[] timeToResolution;

  Tally(int maxDay) {
    timeToEnd = new long[maxDay + 1];
    timeToResolution = new long[maxDay + 1];
  }

  /** Records one walk; returns the dispute's outcome, days and cost packed for pairing. */
  void record(SimulationModel m, int[] v, int n, long[] out) {
    disputes++;
    long c = 0;
    int outcome = 2;
    int day = 0;
    for (int k = 0; k < n; k++) {
      int at = k * SimulationModel.FIELDS;
      int p = v[at];
      int flags = v[at + 3];
      reached[p]++;
      days[p] += v[at + 2] - v[at + 1];
      if ((flags & SimulationModel.HELD) != 0) {
        held[p]++;
        cost[p] += m.cost[p];
        c += m.cost[p];
        int o = flags & 3;
        if (o == 0) {
          resolved[p]++;
        } else if (o == 1) {
          partly[p]++;
        }
      }
      outcome = flags & 3;
      day = v[at + 2];
    }
    outcomes[outcome]++;
    timeToEnd[day]++;
    if (outcome == 0) {
      timeToResolution[day]++;
    }
    costSum += c;
    costSquares += c * c;
    out[0] = outcome;
    out[1] = day;
    out[2] = c;
  }

  void add(Tally o) {
    disputes += o.disputes;
    add(outcomes, o.outcomes);
    add(reached, o.reached);
    add(held, o.held);
    add(resolved, o.resolved);
    add(partly, o.partly);
    add(cost, o.cost);
    add(days, o.days);
    costSum += o.costSum;
    costSquares += o.costSquares;
    add(timeToEnd, o.timeToEnd);
    add(timeToResolution, o.timeToResolution);
  }

  private static void add(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
  }
}
