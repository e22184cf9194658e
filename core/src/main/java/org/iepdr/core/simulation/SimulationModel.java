package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.Case;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleId;

/**
 * A jurisdiction (baseline or reformed) and a parameter set compiled once into flat arrays for the
 * Monte Carlo walk: the ladder's steps with their weights, the probabilities, the costs, and the
 * lawful duration of each process.
 *
 * <h2>Durations from the rules</h2>
 * For each act of a process the model asks {@link Jurisdiction#plan} for every trigger date of the
 * reference period ({@link SimulationParameters#referenceStart()}, {@link
 * SimulationParameters#horizonDays()} days) and keeps the offsets that hold for all of them: the
 * largest earliest offset and the smallest latest offset. Calendar-day rules give the same offset
 * every day; business-day rules give the tightest one, so a drawn duration is lawful whatever the day
 * it starts on within the period. This is the simplification that lets a dispute be simulated without
 * a calendar: durations are whole days drawn between precomputed offsets. A process's last day is
 * drawn uniformly between the largest earliest offset of all its acts and the smallest latest offset of
 * its last acts ({@link DurationBounds}); when no rule sets a latest day,
 * {@link ProcessParameters#openEndedDays()} past the earliest.
 *
 * <h2>The walk</h2>
 * A dispute starts at {@code IEP_MEETING} on day 0. From the process it stands at, the next process is
 * drawn among the steps the escalation path allows and the parameters weigh, that the dispute has not
 * visited yet (each process is entered at most once). In the process: does it take place ({@link
 * ProcessParameters#held()}); if so its last day is drawn within the lawful bounds and its outcome drawn
 * (resolved, partly, not); if not, it ends NOT_RESOLVED on a day drawn between entry and its latest
 * lawful day (declined, withdrawn, dismissed). A resolved dispute ends; otherwise the family goes on with
 * probability {@link ProcessParameters#escalateAfterPartly()} or {@link ProcessParameters#escalateAfterNot()}.
 * The next process starts the day the previous one ends. A due process complaint whose resolution
 * meeting does not take place was withdrawn or dismissed: the walk ends there. Structural limits: a due process hearing
 * follows only its complaint's resolution meeting, and the resolution meeting leads only to the hearing
 * (a mediation or state complaint while a complaint is pending would pause the hearing clock, which
 * the walk does not model); the hearing, judicial review and expedited hearings end a walk.
 *
 * <h2>Random numbers</h2>
 * Each draw is a pure function of (seed, dispute index, process, purpose): the SplitMix64 finaliser
 * (the mixing function of {@link java.util.SplittableRandom}) applied to a counter, giving a uniform in
 * [0, 1). Nothing is shared between disputes, so a population is the same on any number of threads,
 * and a reform sees the same uniforms as the baseline for the same dispute and process (common random
 * numbers).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SimulationModel {

  /** The processes a walk may stand at, in index order; index 0 is the start. */
  static final DisputeProcess[] PROCESSES = {DisputeProcess.IEP_MEETING, DisputeProcess.FACILITATED_IEP,
      DisputeProcess.MEDIATION, DisputeProcess.STATE_COMPLAINT, DisputeProcess.RESOLUTION_MEETING,
      DisputeProcess.DUE_PROCESS_HEARING};
  static final int COUNT = PROCESSES.length;
  static final int RESOLUTION = 4;
  static final int HEARING = 5;
  /** Ints per visit in a walk's scratch array: process, entry day, end day, flags. */
  static final int FIELDS = 4;
  /** Flag bit: the process took place. */
  static final int HELD = 4;
  static final int SLOTS_PER_PROCESS = 8;
  static final int SLOT_NEXT = 0;
  static final int SLOT_HELD = 1;
  static final int SLOT_DAYS = 2;
  static final int SLOT_OUTCOME = 3;
  static final int SLOT_ESCALATE = 4;
  static final int SLOT_ON_THE_WAY = 5;
  static final int SLOT_CASE = 6;

  private final String name;
  private final Jurisdiction jurisdiction;
  private final SimulationParameters parameters;
  final double[] held = new double[COUNT];
  final double[] resolved = new double[COUNT];
  final double[] resolvedOrPartly = new double[COUNT];
  final double[] escalatePartly = new double[COUNT];
  final double[] escalateNot = new double[COUNT];
  final long[] cost = new long[COUNT];
  final int[] lo = new int[COUNT];
  final int[] hi = new int[COUNT];
  final boolean[] fromComplaint = new boolean[COUNT];
  /** The window of the act on the way, as offsets from the anchor; -1 when the process has none. */
  final int[] wayLo = new int[COUNT];
  final int[] wayHi = new int[COUNT];
  final int[][] next = new int[COUNT][];
  final double[][] weight = new double[COUNT][];
  final int maxDay;
  private final List<DurationBounds> bounds;

  private SimulationModel(String name, Jurisdiction jurisdiction, SimulationParameters parameters) {
    this.name = name;
    this.jurisdiction = jurisdiction;
    this.parameters = parameters;
    EscalationPath path = jurisdiction.escalation();
    List<DurationBounds> b = new ArrayList<>();
    int sum = 0;
    for (int i = 0; i < COUNT; i++) {
      ProcessParameters pp = parameters.process(PROCESSES[i]);
      wayLo[i] = -1;
      wayHi[i] = -1;
      if (pp == null) {
        next[i] = new int[0];
        weight[i] = new double[0];
        continue;
      }
      held[i] = pp.held();
      resolved[i] = pp.resolved();
      resolvedOrPartly[i] = pp.resolved() + pp.partly();
      escalatePartly[i] = pp.escalateAfterPartly();
      escalateNot[i] = pp.escalateAfterNot();
      cost[i] = pp.districtCost();
      compileSteps(i, pp, path);
      if (i > 0) {
        DurationBounds d = compileBounds(i, pp);
        b.add(d);
        sum += d.maxDays();
      }
    }
    this.maxDay = sum;
    this.bounds = List.copyOf(b);
  }

  /**
   * Compiles a jurisdiction and a parameter set.
   *
   * @param name the model's name in reports (the reform's name, or "baseline")
   * @param jurisdiction the jurisdiction, baseline or reformed
   * @param parameters the parameters
   * @return the model
   * @throws InvalidInputException if the rules leave some process no lawful duration over the reference
   *     period
   */
  public static SimulationModel compile(String name, Jurisdiction jurisdiction, SimulationParameters parameters) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(parameters, "parameters");
    return new SimulationModel(name, jurisdiction, parameters);
  }

  private void compileSteps(int i, ProcessParameters pp, EscalationPath path) {
    List<Integer> to = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int j = 1; j < COUNT; j++) {
      Double wj = pp.next().get(PROCESSES[j]);
      if (wj == null || wj <= 0.0 || parameters.process(PROCESSES[j]) == null
          || !path.allows(PROCESSES[i], PROCESSES[j])) {
        continue;
      }
      if (i == HEARING || (j == HEARING) != (i == RESOLUTION)) {
        continue;
      }
      to.add(j);
      w.add(wj);
    }
    next[i] = to.stream().mapToInt(Integer::intValue).toArray();
    weight[i] = w.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private DurationBounds compileBounds(int i, ProcessParameters pp) {
    ProcessActs acts = Objects.requireNonNull(ProcessActs.of(PROCESSES[i]), "a process after the IEP meeting");
    fromComplaint[i] = acts.fromComplaint;
    TreeSet<RuleId> rules = new TreeSet<>();
    int min = 0;
    Integer max = null;
    for (ProposedAct act : acts.onTheWay) {
      int[] w = window(act, rules);
      if (w[0] >= 0) {
        min = Math.max(min, w[0]);
      }
      wayLo[i] = Math.max(0, w[0]);
      wayHi[i] = w[1];
    }
    for (ProposedAct act : acts.atEnd) {
      int[] w = window(act, rules);
      if (w[0] >= 0) {
        min = Math.max(min, w[0]);
      }
      if (w[1] >= 0) {
        max = max == null ? w[1] : Math.min(max, w[1]);
      }
    }
    boolean open = max == null;
    int hiDays = max == null ? min + pp.openEndedDays() : max;
    if (hiDays < min) {
      throw new InvalidInputException("simulationParameters.referenceStart", parameters.referenceStart(),
          "a reference period in which the " + jurisdiction.code() + " rules " + rules + " leave " + PROCESSES[i]
              + " a lawful day (earliest offset " + min + ", latest " + hiDays + ")");
    }
    lo[i] = min;
    hi[i] = hiDays;
    if (wayLo[i] >= 0) {
      wayHi[i] = wayHi[i] < 0 ? hiDays : Math.min(wayHi[i], hiDays);
      wayLo[i] = Math.min(wayLo[i], wayHi[i]);
    }
    return new DurationBounds(PROCESSES[i], acts.fromComplaint, min, hiDays, open, List.copyOf(rules));
  }

  /** Offsets {earliest, latest} valid for every trigger of the reference period; -1 when unset. */
  private int[] window(ProposedAct act, TreeSet<RuleId> rules) {
    int earliest = -1;
    int latest = -1;
    LocalDate start = parameters.referenceStart();
    for (int d = 0; d < parameters.horizonDays(); d++) {
      LocalDate t = start.plusDays(d);
      Plan plan = jurisdiction.plan(act, t);
      for (PlanConstraint c : plan.constraints()) {
        rules.add(c.ruleId());
      }
      if (plan.earliest().isPresent()) {
        earliest = Math.max(earliest, (int) ChronoUnit.DAYS.between(t, plan.earliest().get()));
      }
      if (plan.latest().isPresent()) {
        int l = (int) ChronoUnit.DAYS.between(t, plan.latest().get());
        latest = latest < 0 ? l : Math.min(latest, l);
      }
    }
    return new int[] {earliest, latest};
  }

  /**
   * Returns the model's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the jurisdiction the model was compiled from.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the parameters the model was compiled from.
   *
   * @return the parameters
   */
  public SimulationParameters parameters() {
    return parameters;
  }

  /**
   * Returns the lawful duration of every simulated process that has parameters.
   *
   * @return the bounds, in ladder order
   */
  public List<DurationBounds> bounds() {
    return bounds;
  }

  /**
   * Returns the processes the walk may enter next from a process, in ladder order.
   *
   * @param from the process
   * @return the processes, possibly empty
   */
  public List<DisputeProcess> nextFrom(DisputeProcess from) {
    Objects.requireNonNull(from, "from");
    for (int i = 0; i < COUNT; i++) {
      if (PROCESSES[i] == from) {
        List<DisputeProcess> out = new ArrayList<>();
        for (int j : next[i]) {
          out.add(PROCESSES[j]);
        }
        return out;
      }
    }
    return List.of();
  }

  // --- random numbers -------------------------------------------------------------------------------

  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The key of one dispute's random stream. */
  static long disputeKey(long seed, long index) {
    return mix64(mix64(seed) + index * 0x9e3779b97f4a7c15L);
  }

  /** A uniform in [0, 1) for one purpose of one dispute. */
  static double uniform(long key, int slot) {
    return (mix64(key + (slot + 1) * 0xd1b54a32d192ed03L) >>> 11) * 0x1.0p-53;
  }

  // --- the walk --------------------------------------------------------------------------------------

  /**
   * Walks one dispute, writing its visits to {@code v} ({@link #FIELDS} ints each: process index, entry
   * day, end day, flags = outcome ordinal | {@link #HELD}).
   *
   * @return the number of visits
   */
  int walk(long key, int[] v) {
    int cur = 0;
    int day = 0;
    int visited = 1;
    int complaint = 0;
    int n = 0;
    while (true) {
      int nxt = choose(cur, visited, uniform(key, cur * SLOTS_PER_PROCESS + SLOT_NEXT));
      if (nxt < 0) {
        return n;
      }
      int base = nxt * SLOTS_PER_PROCESS;
      visited |= 1 << nxt;
      if (nxt == RESOLUTION) {
        complaint = day;
      }
      int anchor = fromComplaint[nxt] ? complaint : day;
      boolean took = uniform(key, base + SLOT_HELD) < held[nxt];
      double ud = uniform(key, base + SLOT_DAYS);
      int end;
      int outcome;
      if (took) {
        end = anchor + lo[nxt] + (int) (ud * (hi[nxt] - lo[nxt] + 1));
        double uo = uniform(key, base + SLOT_OUTCOME);
        outcome = uo < resolved[nxt] ? 0 : uo < resolvedOrPartly[nxt] ? 1 : 2;
      } else {
        int last = Math.max(day, anchor + hi[nxt]);
        end = day + (int) (ud * (last - day + 1));
        outcome = 2;
      }
      if (end < day) {
        end = day;
      }
      int at = n * FIELDS;
      v[at] = nxt;
      v[at + 1] = day;
      v[at + 2] = end;
      v[at + 3] = outcome | (took ? HELD : 0);
      n++;
      day = end;
      if (outcome == 0 || (!took && nxt == RESOLUTION)) {
        return n;
      }
      double esc = outcome == 1 ? escalatePartly[nxt] : escalateNot[nxt];
      if (!(uniform(key, base + SLOT_ESCALATE) < esc)) {
        return n;
      }
      cur = nxt;
    }
  }

  private int choose(int cur, int visited, double u) {
    int[] to = next[cur];
    double[] w = weight[cur];
    double total = 0.0;
    for (int k = 0; k < to.length; k++) {
      if ((visited & (1 << to[k])) == 0) {
        total += w[k];
      }
    }
    if (total <= 0.0) {
      return -1;
    }
    double target = u * total;
    int last = -1;
    for (int k = 0; k < to.length; k++) {
      if ((visited & (1 << to[k])) == 0) {
        last = to[k];
        target -= w[k];
        if (target < 0.0) {
          return last;
        }
      }
    }
    return last;
  }

  /** The size of a walk's scratch array. */
  static int scratchSize() {
    return COUNT * FIELDS;
  }

  /**
   * Returns one dispute of a population, as the population run draws it.
   *
   * @param seed the population's seed
   * @param index the dispute's index, 0 or more
   * @return the dispute
   */
  public SimulatedDispute dispute(long seed, long index) {
    if (index < 0) {
      throw new InvalidInputException("index", index, "0 or more");
    }
    long key = disputeKey(seed, index);
    int[] v = new int[scratchSize()];
    int n = walk(key, v);
    LocalDate start = parameters.referenceStart();
    List<SimulatedDispute.Visit> visits = new ArrayList<>();
    long total = 0;
    int complaint = 0;
    for (int k = 0; k < n; k++) {
      int p = v[k * FIELDS];
      int entry = v[k * FIELDS + 1];
      int end = v[k * FIELDS + 2];
      int flags = v[k * FIELDS + 3];
      boolean took = (flags & HELD) != 0;
      if (p == RESOLUTION) {
        complaint = entry;
      }
      int way = end;
      if (took && wayLo[p] >= 0) {
        int anchor = fromComplaint[p] ? complaint : entry;
        int a = Math.max(entry, anchor + wayLo[p]);
        int b = Math.min(end, anchor + wayHi[p]);
        way = b < a ? a : a + (int) (uniform(key, p * SLOTS_PER_PROCESS + SLOT_ON_THE_WAY) * (b - a + 1));
        way = Math.min(way, end);
      }
      if (took) {
        total += cost[p];
      }
      visits.add(new SimulatedDispute.Visit(PROCESSES[p], start.plusDays(entry), start.plusDays(end),
          start.plusDays(way), took, Outcome.values()[flags & 3]));
    }
    Outcome o = n == 0 ? Outcome.NOT_RESOLVED : Outcome.values()[v[(n - 1) * FIELDS + 3] & 3];
    int days = n == 0 ? 0 : v[(n - 1) * FIELDS + 2];
    return new SimulatedDispute(index, start, visits, o, days, total);
  }

  /**
   * Materialises one simulated dispute as a {@link Case} of the model's jurisdiction: the requests,
   * receipts, agreements, appointments, meetings and decisions the walk implies, on the drawn days (see
   * {@link CaseMaterializer} for the facts assumed).
   *
   * @param seed the population's seed
   * @param index the dispute's index
   * @return the case
   */
  public Case toCase(long seed, long index) {
    return CaseMaterializer.toCase(this, dispute(seed, index));
  }

  @Override
  public String toString() {
    return "SimulationModel[" + name + ", " + jurisdiction.code() + ", " + bounds + "]";
  }
}
