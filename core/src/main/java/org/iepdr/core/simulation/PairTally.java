package org.iepdr.core.simulation;

/**
 * Integer accumulators of the paired differences between a reform and the baseline, dispute by
 * dispute (common random numbers); merged by addition.
 */
final class PairTally {
  long n;
  /** Resolved under the reform, not under the baseline. */
  long gained;
  /** Resolved under the baseline, not under the reform. */
  long lost;
  long costDiff;
  long costDiffSquares;
  long dayDiff;
  long dayDiffSquares;
  long changed;

  void record(long[] base, long[] reform) {
    n++;
    boolean b = base[0] == 0;
    boolean r = reform[0] == 0;
    if (r && !b) {
      gained++;
    } else if (b && !r) {
      lost++;
    }
    long dc = reform[2] - base[2];
    long dd = reform[1] - base[1];
    costDiff += dc;
    costDiffSquares += dc * dc;
    dayDiff += dd;
    dayDiffSquares += dd * dd;
    if (dc != 0 || dd != 0 || base[0] != reform[0]) {
      changed++;
    }
  }

  void add(PairTally o) {
    n += o.n;
    gained += o.gained;
    lost += o.lost;
    costDiff += o.costDiff;
    costDiffSquares += o.costDiffSquares;
    dayDiff += o.dayDiff;
    dayDiffSquares += o.dayDiffSquares;
    changed += o.changed;
  }
}
