package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleModule;

/**
 * The simulation facade for one jurisdiction: projection, models, population runs and reforms, all from
 * the installed rule modules. This is what {@code iepdr simulate} calls:
 *
 * <pre>{@code
 * Simulator sim = Simulator.load("MO");                       // ServiceLoader, like RuleBook.load()
 * SimulationReport report = sim.run(SimulationRun.builder()
 *     .disputes(1_000_000).seed(42).threads(Runtime.getRuntime().availableProcessors())
 *     .addReform(Reforms.byName("fiep-lead-time-5"))
 *     .build(), done -> progressBar(done));                    // progress: disputes done so far
 * System.out.print(report.summary());
 * // CSV: print SimulationReport.CSV_HEADER, then each of report.toCsvRecords()
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Simulator {

  /** The name of the baseline model in reports. */
  public static final String BASELINE = "baseline";

  private final List<RuleModule> modules;
  private final String code;
  private final Jurisdiction baseline;
  private final RuleModule own;

  private Simulator(List<? extends RuleModule> modules, String code) {
    this.modules = List.copyOf(modules);
    this.code = code.toUpperCase(Locale.ROOT);
    this.baseline = RuleBook.of(this.modules).jurisdiction(this.code);
    this.own = this.modules.stream().filter(m -> m.jurisdiction().equalsIgnoreCase(this.code)).findFirst()
        .orElseThrow();
  }

  /**
   * Returns a simulator for a jurisdiction among the modules {@link ServiceLoader} finds.
   *
   * @param code the jurisdiction's code, e.g. {@code "MO"}
   * @return the simulator
   * @throws org.iepdr.core.rules.UnknownJurisdictionException if no module answers for the code
   */
  public static Simulator load(String code) {
    List<RuleModule> modules = new ArrayList<>();
    ServiceLoader.load(RuleModule.class, Simulator.class.getClassLoader()).forEach(modules::add);
    return of(modules, code);
  }

  /**
   * Returns a simulator for a jurisdiction among the given modules.
   *
   * @param modules the modules (the jurisdiction's and those it inherits)
   * @param code the jurisdiction's code
   * @return the simulator
   */
  public static Simulator of(List<? extends RuleModule> modules, String code) {
    Objects.requireNonNull(modules, "modules");
    Objects.requireNonNull(code, "code");
    return new Simulator(modules, code);
  }

  /**
   * Returns the baseline jurisdiction.
   *
   * @return the jurisdiction
   */
  public Jurisdiction baseline() {
    return baseline;
  }

  /**
   * Returns the jurisdiction as a reform changes it: its module reformed and compiled by a
   * {@link RuleBook} with the other modules.
   *
   * @param reform the reform
   * @return the reformed jurisdiction (the baseline itself when the reform leaves the rules alone)
   */
  public Jurisdiction jurisdiction(Reform reform) {
    Objects.requireNonNull(reform, "reform");
    RuleModule reformed = reform.rules(own, baseline);
    if (reformed == own) {
      return baseline;
    }
    if (!reformed.jurisdiction().equalsIgnoreCase(code)) {
      throw new InvalidInputException("reform '" + reform.name() + "'.rules", reformed.jurisdiction(),
          "a module for " + code);
    }
    List<RuleModule> list = new ArrayList<>();
    for (RuleModule m : modules) {
      list.add(m == own ? reformed : m);
    }
    return RuleBook.of(list).jurisdiction(code);
  }

  /**
   * Returns the calibrated default parameters of the jurisdiction ({@link SimulationParameters#defaults}).
   *
   * @return the defaults
   */
  public SimulationParameters defaults() {
    return SimulationParameters.defaults(code);
  }

  /**
   * Compiles the baseline model.
   *
   * @param parameters the parameters
   * @return the model, named {@value #BASELINE}
   */
  public SimulationModel model(SimulationParameters parameters) {
    return SimulationModel.compile(BASELINE, baseline, parameters);
  }

  /**
   * Compiles a reform's model.
   *
   * @param reform the reform
   * @param parameters the baseline parameters, which the reform may change
   * @return the model, named after the reform
   */
  public SimulationModel model(Reform reform, SimulationParameters parameters) {
    Objects.requireNonNull(reform, "reform");
    Objects.requireNonNull(parameters, "parameters");
    return SimulationModel.compile(reform.name(), jurisdiction(reform), reform.parameters(parameters));
  }

  /**
   * Projects a route under the baseline rules ({@link Projection}).
   *
   * @param start the day the first process starts
   * @param route the processes in order
   * @param pace the pace
   * @return the timeline
   */
  public Timeline project(LocalDate start, List<DisputeProcess> route, Pace pace) {
    return Projection.project(baseline, start, route, pace);
  }

  /**
   * Runs a population without progress reports.
   *
   * @param run what to simulate
   * @return the report
   */
  public SimulationReport run(SimulationRun run) {
    return run(run, done -> { });
  }

  /**
   * Runs a population: the baseline and every reform on the same disputes and random numbers.
   *
   * @param run what to simulate
   * @param progress told the number of disputes done so far after each chunk of disputes; may be called
   *     from worker threads, never concurrently with itself for the same count
   * @return the report
   */
  public SimulationReport run(SimulationRun run, LongConsumer progress) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(progress, "progress");
    SimulationParameters params = run.parameters().orElseGet(this::defaults);
    SimulationReport point = runOnce(params, run.reforms(), run.disputes(), run.seed(), run.threads(), progress, 0);
    if (run.replicates() == 0) {
      return point;
    }
    ParameterUncertainty uncertainty = run.uncertainty().orElseThrow();
    Map<String, double[]> estimates = new LinkedHashMap<>();
    for (String[] r : point.resultRecords()) {
      estimates.put(SimulationReport.key(r[0], r[1], r[2]), new double[run.replicates()]);
    }
    for (int k = 1; k <= run.replicates(); k++) {
      SimulationParameters drawn = uncertainty.draw(params, run.seed(), k);
      long offset = run.disputes() * (1 + run.reforms().size()) * k;
      SimulationReport rep = runOnce(drawn, run.reforms(), run.disputes(), replicateSeed(run.seed(), k),
          run.threads(), done -> progress.accept(offset + done), k);
      for (String[] r : rep.resultRecords()) {
        double[] values = estimates.get(SimulationReport.key(r[0], r[1], r[2]));
        if (values != null) {
          values[k - 1] = Double.parseDouble(r[3]);
        }
      }
    }
    Map<String, Interval> intervals = new LinkedHashMap<>();
    estimates.forEach((key, values) -> intervals.put(key, Interval.percentile95(values)));
    return new SimulationReport(point.jurisdiction(), point.parameters(), point.disputes(), point.seed(),
        point.models(), point.comparisons(), point.parametersHash(), run.replicates(), intervals);
  }

  /**
   * Runs a sweep: {@link #run(SimulationRun, LongConsumer)} at every value of the swept parameter, with the
   * run's seed at every point (common random numbers). A baseline parameter is set in the baseline's
   * parameters (and so in every reform's), and is not drawn in replicates with parameter draws; a
   * reform's parameter ({@code reform.NAME.PARAMETER}) is set in that reform only ({@link Reform#at}), the
   * baseline staying the same at every point.
   *
   * @param run what to simulate at each point (its parameters, or the defaults, are the base)
   * @param sweep the parameter and its values
   * @param progress told the number of disputes done so far, over all points
   * @return the points
   * @throws InvalidInputException when a reform's parameter is swept and the run has no reform of that name,
   *     or the reform has no such parameter
   */
  public Sweep.Result sweep(SimulationRun run, Sweep sweep, LongConsumer progress) {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(sweep, "sweep");
    SimulationParameters params = run.parameters().orElseGet(this::defaults);
    Optional<String> reformName = sweep.reform();
    int swept = -1;
    if (reformName.isPresent()) {
      for (int r = 0; r < run.reforms().size(); r++) {
        if (run.reforms().get(r).name().equals(reformName.get())) {
          swept = r;
        }
      }
      if (swept < 0) {
        throw new InvalidInputException("sweep", "'" + sweep.path() + "'", "a reform of the run: "
            + (run.reforms().isEmpty() ? "none given" : String.join(", ", run.reforms().stream().map(Reform::name)
                .toList())));
      }
      run.reforms().get(swept).at(sweep.parameter(), sweep.values().get(0));   // refused here when it has no such parameter
    }
    Optional<ParameterUncertainty> uncertainty = run.uncertainty().map(u -> {
      Map<String, ParameterDistribution> d = new LinkedHashMap<>(u.distributions());
      if (reformName.isEmpty()) {
        d.remove(sweep.path());
      }
      return new ParameterUncertainty(d);
    });
    long perPoint = run.disputes() * (1 + run.reforms().size()) * (1 + run.replicates());
    List<Sweep.Point> points = new ArrayList<>();
    List<Double> values = sweep.values();
    for (int k = 0; k < values.size(); k++) {
      double v = values.get(k);
      long offset = perPoint * k;
      SimulationRun.Builder b = SimulationRun.builder().from(run).uncertainty(uncertainty);
      if (swept < 0) {
        b.parameters(ParameterPaths.withValue(params, sweep.path(), v));
      } else {
        List<Reform> reforms = new ArrayList<>(run.reforms());
        reforms.set(swept, reforms.get(swept).at(sweep.parameter(), v));
        b.reforms(reforms);
      }
      SimulationRun at = b.build();
      points.add(new Sweep.Point(v, run(at, done -> progress.accept(offset + done))));
    }
    return new Sweep.Result(sweep, points);
  }

  /**
   * Returns the seed of a replicate with drawn parameters: distinct from the run's seed and from every
   * other replicate's, and a function of the run's seed and the replicate's number only.
   *
   * @param seed the run's seed
   * @param replicate the replicate, 1 or more
   * @return the replicate's seed
   */
  public static long replicateSeed(long seed, int replicate) {
    return SimulationModel.disputeKey(seed ^ 0x2545f4914f6cdd1dL, replicate);
  }

  private SimulationReport runOnce(SimulationParameters params, List<Reform> reforms, long disputes, long seed,
      int threads, LongConsumer progress, int replicate) {
    List<SimulationModel> models = new ArrayList<>();
    models.add(model(params));
    for (Reform r : reforms) {
      models.add(model(r, params));
    }
    MonteCarlo.Result result = MonteCarlo.run(models, disputes, seed, threads, progress);
    List<ModelResult> results = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      results.add(result(models.get(m), result.tallies()[m]));
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int m = 1; m < models.size(); m++) {
      comparisons.add(Comparison.of(models.get(m).name(), result.pairs()[m]));
    }
    return new SimulationReport(code, params.name(), disputes, seed, results, comparisons,
        ParameterPaths.hash(params));
  }

  static ModelResult result(SimulationModel model, Tally t) {
    List<ProcessResult> processes = new ArrayList<>();
    for (int i = 1; i < SimulationModel.COUNT; i++) {
      if (model.parameters().process(SimulationModel.PROCESSES[i]) == null) {
        continue;
      }
      processes.add(new ProcessResult(SimulationModel.PROCESSES[i], Proportion.wilson(t.reached[i], t.disputes),
          Proportion.wilson(t.held[i], t.reached[i]), Proportion.wilson(t.resolved[i], t.held[i]),
          Proportion.wilson(t.partly[i], t.held[i]), t.cost[i], (double) t.cost[i] / t.disputes,
          t.reached[i] == 0 ? 0.0 : (double) t.days[i] / t.reached[i]));
    }
    return new ModelResult(model.name(), t.disputes, processes, Proportion.wilson(t.outcomes[0], t.disputes),
        Proportion.wilson(t.outcomes[1], t.disputes), Proportion.wilson(t.outcomes[2], t.disputes),
        nonNegative(Estimate.of(t.costSum, (double) t.costSquares, t.disputes)), DaysDistribution.of(t.timeToResolution),
        DaysDistribution.of(t.timeToEnd), model.bounds());
  }

  /** A cost is never below zero: the lower end of its normal-approximation interval is cut at 0. */
  private static Estimate nonNegative(Estimate e) {
    return e.lower() >= 0 ? e : new Estimate(e.mean(), 0.0, e.upper(), e.n());
  }

  @Override
  public String toString() {
    return "Simulator[" + code + "]";
  }
}
