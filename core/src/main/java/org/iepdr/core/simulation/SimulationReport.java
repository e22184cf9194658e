package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The results of a population run: the baseline and every reform ({@link ModelResult}), each reform
 * compared with the baseline ({@link Comparison}), as a short text {@link #summary()} and as rows for
 * a CSV writer ({@link #toCsvRecords()}; the library itself writes no file).
 *
 * @param jurisdiction the jurisdiction's code
 * @param parameters the name of the parameter set of the baseline
 * @param disputes the number of disputes
 * @param seed the seed
 * @param models the baseline first, then each reform
 * @param comparisons each reform compared with the baseline, in the reforms' order
 * @param parametersHash the {@link ParameterPaths#hash hash} of the baseline's parameter values
 * @param replicates the number of replicates with drawn parameters (0: parameter uncertainty off)
 * @param withParameters for each estimate, keyed {@code model|process|metric} as in the CSV, its 95%
 *     interval including parameter uncertainty (empty when {@code replicates} is 0)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record SimulationReport(String jurisdiction, String parameters, long disputes, long seed,
    List<ModelResult> models, List<Comparison> comparisons, String parametersHash, int replicates,
    Map<String, Interval> withParameters) {

  /**
   * The CSV header matching {@link #toCsvRecords()}: the run (state, seed, disputes, parameters_hash,
   * replicates), the estimate (model, process, metric, estimate), its 95% interval from simulation noise
   * alone (lower_noise, upper_noise), its 95% interval including parameter uncertainty
   * (lower_with_parameters, upper_with_parameters; empty when replicates is 0), the count and total a
   * proportion rests on, and a note ({@code not reached} where a share has no denominator).
   */
  public static final List<String> CSV_HEADER = List.of("state", "seed", "disputes", "parameters_hash",
      "replicates", "model", "process", "metric", "estimate", "lower_noise", "upper_noise",
      "lower_with_parameters", "upper_with_parameters", "count", "total", "note");

  /** The note of a share whose process no dispute reached. */
  public static final String NOT_REACHED = "not reached";

  /**
   * Creates the report.
   *
   * @param jurisdiction code
   * @param parameters parameters
   * @param disputes disputes
   * @param seed seed
   * @param models models
   * @param comparisons comparisons
   * @param parametersHash the hash of the baseline's parameter values
   * @param replicates the replicates with drawn parameters (0: parameter uncertainty off)
   * @param withParameters the intervals including parameter uncertainty, by estimate
   */
  public SimulationReport {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(parametersHash, "parametersHash");
    models = List.copyOf(models);
    comparisons = List.copyOf(comparisons);
    withParameters = Map.copyOf(withParameters);
  }

  /**
   * Creates a report without parameter uncertainty.
   *
   * @param jurisdiction code
   * @param parameters parameters
   * @param disputes disputes
   * @param seed seed
   * @param models models
   * @param comparisons comparisons
   * @param parametersHash the hash of the parameters
   */
  public SimulationReport(String jurisdiction, String parameters, long disputes, long seed,
      List<ModelResult> models, List<Comparison> comparisons, String parametersHash) {
    this(jurisdiction, parameters, disputes, seed, models, comparisons, parametersHash, 0, Map.of());
  }

  /**
   * Returns an estimate's interval including parameter uncertainty.
   *
   * @param model the model's name (or {@code reform-vs-baseline:NAME})
   * @param process the process's name, or {@code ALL}
   * @param metric the metric, as in the CSV
   * @return the interval, or empty when parameter uncertainty was off
   */
  public Optional<Interval> withParameters(String model, String process, String metric) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(metric, "metric");
    return Optional.ofNullable(withParameters.get(key(model, process, metric)));
  }

  static String key(String model, String process, String metric) {
    return model + "|" + process + "|" + metric;
  }

  /**
   * Returns the baseline's results.
   *
   * @return the baseline
   */
  public ModelResult baseline() {
    return models.get(0);
  }

  /**
   * Returns a model's results by name.
   *
   * @param name "baseline" or a reform's name
   * @return the results, or empty
   */
  public Optional<ModelResult> model(String name) {
    Objects.requireNonNull(name, "name");
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * Returns the results as tidy CSV records, one estimate a row, with the columns of {@link #CSV_HEADER}
   * (documented in {@code docs/simulation-outputs.md}): the run's state, seed, number of disputes,
   * parameters hash and replicates on every row, then the model ("baseline" or a reform's name; "reform-vs-baseline:NAME" for a comparison), the process
   * ("ALL" for the whole dispute), the metric, the estimate, its 95% interval from simulation noise alone,
   * its 95% interval including parameter uncertainty (empty when off), and the count and total it rests on
   * where it is a proportion; a share of a process no dispute reached has no estimate and the note
   * {@value #NOT_REACHED}. Numbers use a dot as decimal separator whatever the locale.
   *
   * <p>Metrics: per process {@code reached}, {@code held}, {@code resolved}, {@code partly} (proportions),
   * {@code cost_total}, {@code cost_per_dispute}, {@code mean_days}; per dispute {@code resolved},
   * {@code partly}, {@code not_resolved}, {@code cost_per_dispute}, {@code time_to_resolution_q1|median|q3|p90|mean},
   * {@code time_to_end_q1|median|q3|p90|mean}; per comparison {@code resolved_difference},
   * {@code cost_difference}, {@code days_difference}, {@code changed}.
   *
   * @return the records, each a {@code String[]} of the header's length
   */
  public List<String[]> toCsvRecords() {
    List<String[]> out = new ArrayList<>();
    java.util.Set<String> unreached = new java.util.HashSet<>();
    for (ModelResult m : models) {
      for (ProcessResult p : m.processes()) {
        if (p.reached().count() == 0) {
          unreached.add(m.name() + "|" + p.process().name());
        }
      }
    }
    for (String[] r : resultRecords()) {
      Interval w = withParameters.get(key(r[0], r[1], r[2]));
      boolean notReached = r[7].equals("0") && !r[6].isEmpty()
          || r[2].equals("mean_days") && unreached.contains(r[0] + "|" + r[1]);
      out.add(new String[] {jurisdiction, Long.toString(seed), Long.toString(disputes), parametersHash,
          Integer.toString(replicates), r[0], r[1], r[2], notReached ? "" : r[3], notReached ? "" : r[4],
          notReached ? "" : r[5], w == null || notReached ? "" : num(w.lower()),
          w == null || notReached ? "" : num(w.upper()), r[6], r[7], notReached ? NOT_REACHED : ""});
    }
    return out;
  }

  /**
   * The result columns of each record: model, process, metric, estimate, lower, upper, count, total.
   *
   * @return the records
   */
  List<String[]> resultRecords() {
    List<String[]> out = new ArrayList<>();
    for (ModelResult m : models) {
      for (ProcessResult p : m.processes()) {
        String proc = p.process().name();
        out.add(row(m.name(), proc, "reached", p.reached()));
        out.add(row(m.name(), proc, "held", p.held()));
        out.add(row(m.name(), proc, "resolved", p.resolved()));
        out.add(row(m.name(), proc, "partly", p.partly()));
        out.add(new String[] {m.name(), proc, "cost_total", Long.toString(p.totalCost()), "", "", "", ""});
        out.add(new String[] {m.name(), proc, "cost_per_dispute", num(p.costPerDispute()), "", "", "", ""});
        out.add(new String[] {m.name(), proc, "mean_days", num(p.meanDays()), "", "", "", ""});
      }
      out.add(row(m.name(), "ALL", "resolved", m.resolved()));
      out.add(row(m.name(), "ALL", "partly", m.partly()));
      out.add(row(m.name(), "ALL", "not_resolved", m.notResolved()));
      out.add(row(m.name(), "ALL", "cost_per_dispute", m.costPerDispute()));
      days(out, m.name(), "time_to_resolution", m.timeToResolution());
      days(out, m.name(), "time_to_end", m.timeToEnd());
    }
    for (Comparison c : comparisons) {
      String name = "reform-vs-baseline:" + c.reform();
      out.add(row(name, "ALL", "resolved_difference", c.resolvedDifference()));
      out.add(row(name, "ALL", "cost_difference", c.costDifference()));
      out.add(row(name, "ALL", "days_difference", c.daysDifference()));
      out.add(row(name, "ALL", "changed", c.changed()));
    }
    return out;
  }

  private static void days(List<String[]> out, String model, String metric, DaysDistribution d) {
    for (Quantile q : List.of(d.q1(), d.median(), d.q3(), d.p90())) {
      String name = q.q() == 0.5 ? "median" : q.q() == 0.25 ? "q1" : q.q() == 0.75 ? "q3" : "p90";
      out.add(new String[] {model, "ALL", metric + "_" + name, Integer.toString(q.days()),
          Integer.toString(q.lower()), Integer.toString(q.upper()), "", Long.toString(d.n())});
    }
    out.add(row(model, "ALL", metric + "_mean", d.mean()));
  }

  private static String[] row(String model, String process, String metric, Proportion p) {
    return new String[] {model, process, metric, num(p.estimate()), num(p.lower()), num(p.upper()),
        Long.toString(p.count()), Long.toString(p.total())};
  }

  private static String[] row(String model, String process, String metric, Estimate e) {
    return new String[] {model, process, metric, num(e.mean()), num(e.lower()), num(e.upper()), "",
        Long.toString(e.n())};
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  /**
   * Returns a short text summary: per model the share resolved, the cost per dispute, the time to
   * resolution and the processes reached; per reform its paired differences from the baseline. Every
   * interval in brackets {@code [a-b]} is the 95% interval from simulation noise alone; with parameter
   * uncertainty on, the interval in braces {@code {a-b}} after it includes parameter uncertainty (the
   * legend at the top says so). A share of a process no dispute reached reads {@value #NOT_REACHED}.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %,d simulated disputes, seed %d, parameters: %s (hash %s)\n",
        jurisdiction, disputes, seed, parameters, parametersHash));
    sb.append("intervals: [a-b] 95% from simulation noise alone");
    if (replicates > 0) {
      sb.append(String.format(Locale.ROOT, "; {a-b} 95%% including parameter uncertainty (%d parameter draws of"
          + " %,d disputes each)", replicates, disputes));
    } else {
      sb.append(" (parameter uncertainty off)");
    }
    sb.append('\n');
    for (ModelResult m : models) {
      String name = m.name();
      sb.append(String.format(Locale.ROOT, "\n[%s]\n", name));
      sb.append(String.format(Locale.ROOT, "  resolved %s   partly %s   not resolved %s\n",
          pct(m.resolved(), name, "ALL", "resolved"), pct(m.partly(), name, "ALL", "partly"),
          pct(m.notResolved(), name, "ALL", "not_resolved")));
      sb.append(String.format(Locale.ROOT, "  district cost per dispute $%,.0f [%,.0f-%,.0f]%s\n",
          m.costPerDispute().mean(), Math.max(0.0, m.costPerDispute().lower()), m.costPerDispute().upper(),
          braces(name, "ALL", "cost_per_dispute", "%,.0f", 1, true)));
      DaysDistribution t = m.timeToResolution();
      sb.append(String.format(Locale.ROOT, "  days to resolution: median %s  quartiles %s / %s  p90 %s\n",
          q(t.median(), name, "median"), q(t.q1(), name, "q1"), q(t.q3(), name, "q3"), q(t.p90(), name, "p90")));
      int width = replicates > 0 ? 38 : 24;
      String f = "  %-20s %-" + width + "s %-" + width + "s %-" + width + "s %12s %8s\n";
      sb.append(String.format(Locale.ROOT, f, "process", "reached", "held", "resolved", "cost/dispute", "days"));
      for (ProcessResult p : m.processes()) {
        String proc = p.process().name();
        boolean reached = p.reached().count() > 0;
        sb.append(String.format(Locale.ROOT, f, p.process(), pct(p.reached(), name, proc, "reached"),
            pct(p.held(), name, proc, "held"), pct(p.resolved(), name, proc, "resolved"),
            String.format(Locale.ROOT, "$%,.0f", p.costPerDispute()),
            reached ? String.format(Locale.ROOT, "%.1f", p.meanDays()) : "-"));
      }
    }
    for (Comparison c : comparisons) {
      String name = "reform-vs-baseline:" + c.reform();
      sb.append(String.format(Locale.ROOT, "\n[%s vs baseline, same disputes and random numbers]\n", c.reform()));
      sb.append(String.format(Locale.ROOT, "  resolved %+.2f points [%+.2f to %+.2f]%s\n",
          100 * c.resolvedDifference().mean(), 100 * c.resolvedDifference().lower(),
          100 * c.resolvedDifference().upper(), braces(name, "ALL", "resolved_difference", "%+.2f", 100, false)));
      sb.append(String.format(Locale.ROOT, "  cost per dispute %+,.0f $ [%+,.0f to %+,.0f]%s\n",
          c.costDifference().mean(), c.costDifference().lower(), c.costDifference().upper(),
          braces(name, "ALL", "cost_difference", "%+,.0f", 1, false)));
      sb.append(String.format(Locale.ROOT, "  days to the end %+.2f [%+.2f to %+.2f]%s\n",
          c.daysDifference().mean(), c.daysDifference().lower(), c.daysDifference().upper(),
          braces(name, "ALL", "days_difference", "%+.2f", 1, false)));
      sb.append(String.format(Locale.ROOT, "  disputes changed %s\n", pct(c.changed(), name, "ALL", "changed")));
    }
    return sb.toString();
  }

  private String braces(String model, String process, String metric, String format, double scale,
      boolean floorAtZero) {
    Interval w = withParameters.get(key(model, process, metric));
    if (w == null) {
      return "";
    }
    double lower = floorAtZero ? Math.max(0.0, w.lower()) : w.lower();
    String sep = format.startsWith("%+") ? " to " : "-";
    return " {" + String.format(Locale.ROOT, format, scale * lower) + sep
        + String.format(Locale.ROOT, format, scale * w.upper()) + "}";
  }

  private String pct(Proportion p, String model, String process, String metric) {
    if (p.total() == 0) {
      return NOT_REACHED;
    }
    String s = String.format(Locale.ROOT, "%5.1f%% [%4.1f-%4.1f]", 100 * p.estimate(), 100 * p.lower(),
        100 * p.upper());
    Interval w = withParameters.get(key(model, process, metric));
    return w == null ? s : s + String.format(Locale.ROOT, " {%4.1f-%4.1f}", 100 * w.lower(), 100 * w.upper());
  }

  private String q(Quantile q, String model, String name) {
    String s = String.format(Locale.ROOT, "%d [%d-%d]", q.days(), q.lower(), q.upper());
    Interval w = withParameters.get(key(model, "ALL", "time_to_resolution_" + name));
    return w == null ? s : s + String.format(Locale.ROOT, " {%.0f-%.0f}", w.lower(), w.upper());
  }
}
