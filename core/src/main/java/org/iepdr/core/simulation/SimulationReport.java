package org.iepdr.core.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 */
public record SimulationReport(String jurisdiction, String parameters, long disputes, long seed,
    List<ModelResult> models, List<Comparison> comparisons) {

  /** The CSV header matching {@link #toCsvRecords()}. */
  public static final List<String> CSV_HEADER =
      List.of("model", "process", "metric", "estimate", "lower", "upper", "count", "total");

  /**
   * Creates the report.
   *
   * @param jurisdiction code
   * @param parameters parameters
   * @param disputes disputes
   * @param seed seed
   * @param models models
   * @param comparisons comparisons
   */
  public SimulationReport {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(parameters, "parameters");
    models = List.copyOf(models);
    comparisons = List.copyOf(comparisons);
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
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * Returns the results as tidy CSV records, one estimate a row, with the columns of {@link #CSV_HEADER}:
   * the model ("baseline" or a reform's name; "reform-vs-baseline:NAME" for a comparison), the process
   * ("ALL" for the whole dispute), the metric, the estimate, its 95% interval, and the count and total it
   * rests on where it is a proportion. Numbers use a dot as decimal separator whatever the locale.
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
   * resolution and the processes reached; per reform its paired differences from the baseline.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %,d simulated disputes, seed %d, parameters: %s\n", jurisdiction,
        disputes, seed, parameters));
    for (ModelResult m : models) {
      sb.append(String.format(Locale.ROOT, "\n[%s]\n", m.name()));
      sb.append(String.format(Locale.ROOT, "  resolved %s   partly %s   not resolved %s\n", pct(m.resolved()),
          pct(m.partly()), pct(m.notResolved())));
      sb.append(String.format(Locale.ROOT, "  district cost per dispute $%,.0f (95%% CI %,.0f-%,.0f)\n",
          m.costPerDispute().mean(), m.costPerDispute().lower(), m.costPerDispute().upper()));
      DaysDistribution t = m.timeToResolution();
      sb.append(String.format(Locale.ROOT, "  days to resolution: median %s  quartiles %s / %s  p90 %s\n",
          q(t.median()), q(t.q1()), q(t.q3()), q(t.p90())));
      sb.append(String.format(Locale.ROOT, "  %-20s %-24s %-24s %-24s %12s %8s\n", "process", "reached", "held",
          "resolved", "cost/dispute", "days"));
      for (ProcessResult p : m.processes()) {
        sb.append(String.format(Locale.ROOT, "  %-20s %-24s %-24s %-24s %12s %8.1f\n", p.process(), pct(p.reached()),
            pct(p.held()), pct(p.resolved()), String.format(Locale.ROOT, "$%,.0f", p.costPerDispute()),
            p.meanDays()));
      }
    }
    for (Comparison c : comparisons) {
      sb.append(String.format(Locale.ROOT, "\n[%s vs baseline, same disputes and random numbers]\n", c.reform()));
      sb.append(String.format(Locale.ROOT, "  resolved %+.2f points (95%% CI %+.2f to %+.2f)\n",
          100 * c.resolvedDifference().mean(), 100 * c.resolvedDifference().lower(),
          100 * c.resolvedDifference().upper()));
      sb.append(String.format(Locale.ROOT, "  cost per dispute %+,.0f $ (95%% CI %+,.0f to %+,.0f)\n",
          c.costDifference().mean(), c.costDifference().lower(), c.costDifference().upper()));
      sb.append(String.format(Locale.ROOT, "  days to the end %+.2f (95%% CI %+.2f to %+.2f)\n",
          c.daysDifference().mean(), c.daysDifference().lower(), c.daysDifference().upper()));
      sb.append(String.format(Locale.ROOT, "  disputes changed %s\n", pct(c.changed())));
    }
    return sb.toString();
  }

  private static String pct(Proportion p) {
    return String.format(Locale.ROOT, "%5.1f%% [%4.1f-%4.1f]", 100 * p.estimate(), 100 * p.lower(), 100 * p.upper());
  }

  private static String q(Quantile q) {
    return String.format(Locale.ROOT, "%d [%d-%d]", q.days(), q.lower(), q.upper());
  }
}
