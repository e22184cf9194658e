package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.report.Section618Report;

/**
 * A simulated year's Section 618 table beside a published one: the baseline's simulated disputes counted
 * into the table ({@link SimulatedSection618}), and for each {@link Section618Calibration.Check} the
 * simulated share with its 95% interval from simulation noise alone (Wilson, from the simulated counts),
 * with parameter draws the 95% interval including parameter uncertainty (percentiles of the replicates'
 * shares), the published share, the difference, whether the published value lies in each interval, and
 * whether the simulated share lies in the published share's own 95% Wilson interval (when its
 * denominator is published: the check that matters when the published counts are small).
 *
 * @param state the simulated jurisdiction
 * @param parameters the parameters' name
 * @param parametersHash the parameters' hash ({@link ParameterPaths#hash})
 * @param disputes the simulated disputes (per replicate too)
 * @param seed the seed
 * @param replicates the parameter draws (0: parameter uncertainty off)
 * @param simulated the simulated table (point parameters)
 * @param published the published figures
 * @param rows one per check, in order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Section618Comparison(String state, String parameters, String parametersHash, long disputes, long seed,
    int replicates, Section618Report simulated, Section618Calibration published, List<Row> rows) {

  /** The CSV header of {@link #toCsvRecords()}. */
  public static final List<String> CSV_HEADER = List.of("state", "seed", "disputes", "parameters_hash", "replicates",
      "published_source", "row", "id", "label", "simulated_count", "simulated_total", "simulated", "lower_noise",
      "upper_noise", "lower_with_parameters", "upper_with_parameters", "published_count", "published_total",
      "published", "published_lower", "published_upper", "difference", "published_in_noise_interval",
      "published_in_parameter_interval", "simulated_in_published_interval", "note");

  /**
   * Copies the rows.
   *
   * @param state state
   * @param parameters parameters
   * @param parametersHash hash
   * @param disputes disputes
   * @param seed seed
   * @param replicates replicates
   * @param simulated simulated
   * @param published published
   * @param rows rows
   */
  public Section618Comparison {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(parametersHash, "parametersHash");
    Objects.requireNonNull(simulated, "simulated");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(rows, "rows");
    rows = List.copyOf(rows);
  }

  /**
   * One check: the simulated share beside the published one.
   *
   * @param check the check
   * @param simulated the simulated share and its interval from simulation noise alone (empty when its
   *     denominator is 0 in the simulation)
   * @param withParameters the 95% interval including parameter uncertainty (empty without draws)
   */
  public record Row(Section618Calibration.Check check, Optional<Proportion> simulated, Optional<Interval> withParameters) {

    /**
     * Checks the members.
     *
     * @param check check
     * @param simulated simulated
     * @param withParameters with parameters
     */
    public Row {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(simulated, "simulated");
      Objects.requireNonNull(withParameters, "withParameters");
    }

    /**
     * Returns simulated minus published, when there is a simulated share.
     *
     * @return the difference (a share: 0.05 is 5 percentage points)
     */
    public Optional<Double> difference() {
      return simulated.map(p -> p.estimate() - check.published());
    }

    /**
     * Returns whether the published value lies in the simulated share's interval from simulation noise alone.
     *
     * @return the answer, or empty with no simulated share
     */
    public Optional<Boolean> publishedInNoiseInterval() {
      return simulated.map(p -> p.contains(check.published()));
    }

    /**
     * Returns whether the published value lies in the interval including parameter uncertainty.
     *
     * @return the answer, or empty without draws
     */
    public Optional<Boolean> publishedInParameterInterval() {
      return withParameters.map(i -> i.contains(check.published()));
    }

    /**
     * Returns whether the simulated share lies in the published share's 95% Wilson interval.
     *
     * @return the answer, or empty when the published denominator is not published or nothing was simulated
     */
    public Optional<Boolean> simulatedInPublishedInterval() {
      return simulated.flatMap(p -> check.publishedInterval().map(w -> w.contains(p.estimate())));
    }
  }

  /**
   * Runs the comparison: the baseline's first {@code run.disputes()} disputes counted into the table
   * (reforms are not counted), and with {@code run.replicates() > 0} the same number of disputes for each
   * replicate, with parameters drawn as {@link Simulator#run} draws them and the replicate's own seed.
   *
   * @param simulator the simulator
   * @param run what to simulate (its parameters or the defaults; its reforms are ignored)
   * @param published the published figures
   * @return the comparison
   */
  public static Section618Comparison run(Simulator simulator, SimulationRun run, Section618Calibration published) {
    Objects.requireNonNull(simulator, "simulator");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(published, "published");
    SimulationParameters params = run.parameters().orElseGet(simulator::defaults);
    Section618Report point = SimulatedSection618.count(simulator.model(params), run.disputes(), run.seed(),
        run.threads());
    List<Section618Calibration.Check> checks = published.checks();
    double[][] draws = new double[checks.size()][];
    int[] n = new int[checks.size()];
    if (run.replicates() > 0) {
      ParameterUncertainty u = run.uncertainty().orElseThrow();
      for (int c = 0; c < checks.size(); c++) {
        draws[c] = new double[run.replicates()];
      }
      for (int k = 1; k <= run.replicates(); k++) {
        Section618Report r = SimulatedSection618.count(simulator.model(u.draw(params, run.seed(), k)), run.disputes(),
            Simulator.replicateSeed(run.seed(), k), run.threads());
        for (int c = 0; c < checks.size(); c++) {
          long t = sum(r, checks.get(c).denominator());
          if (t > 0) {
            draws[c][n[c]++] = (double) sum(r, checks.get(c).numerator()) / t;
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < checks.size(); c++) {
      Section618Calibration.Check check = checks.get(c);
      long t = sum(point, check.denominator());
      Optional<Proportion> sim = t == 0 ? Optional.empty() : Optional.of(Proportion.wilson(sum(point,
          check.numerator()), t));
      Optional<Interval> with = n[c] == 0 ? Optional.empty()
          : Optional.of(Interval.percentile95(java.util.Arrays.copyOf(draws[c], n[c])));
      rows.add(new Row(check, sim, with));
    }
    return new Section618Comparison(simulator.baseline().code(), params.name(), ParameterPaths.hash(params),
        run.disputes(), run.seed(), run.replicates(), point, published, rows);
  }

  private static long sum(Section618Report r, List<Section618Element> elements) {
    long s = 0;
    for (Section618Element e : elements) {
      s += r.count(e);
    }
    return s;
  }

  /**
   * Returns the factor that scales the simulated counts to the published table's size: the published
   * filings (sections A to D: elements 1, 2, 3 and 4) over the simulated ones.
   *
   * @return the factor, or empty when there is no published table or nothing was filed
   */
  public Optional<Double> scale() {
    List<Section618Element> filings = List.of(Section618Element.COMPLAINTS, Section618Element.MEDIATION_REQUESTS,
        Section618Element.DUE_PROCESS_COMPLAINTS, Section618Element.EXPEDITED_COMPLAINTS);
    if (published.table().isEmpty()) {
      return Optional.empty();
    }
    long pub = 0;
    for (Section618Element e : filings) {
      pub += published.table().getOrDefault(e, 0L);
    }
    long sim = sum(simulated, filings);
    return sim == 0 || pub == 0 ? Optional.empty() : Optional.of((double) pub / sim);
  }

  /**
   * Returns the CSV records ({@link #CSV_HEADER}): one {@code element} row per element of the table (its
   * simulated count in {@code simulated_count}, the count scaled to the published table's filings in
   * {@code simulated}, the published count in {@code published_count}), then one {@code check} row per
   * check. Numbers have a dot as decimal separator, shares 6 decimals; answers are {@code true} or
   * {@code false}; an empty cell means not applicable.
   *
   * @return the records
   */
  public List<String[]> toCsvRecords() {
    List<String[]> out = new ArrayList<>();
    Optional<Double> scale = scale();
    for (Section618Element e : Section618Element.values()) {
      Long pub = published.table().get(e);
      long count = simulated.count(e);
      out.add(row("element", e.code(), e.label(), Long.toString(count), "",
          scale.map(f -> fmt(count * f)).orElse(""), "", "", "", "", pub == null ? "" : pub.toString(), "", "", "", "",
          "", "", "", "", e.residual() ? "residual line, not a federal element" : ""));
    }
    for (Row r : rows) {
      Section618Calibration.Check c = r.check();
      out.add(row("check", c.id(), c.label(), r.simulated().map(p -> Long.toString(p.count())).orElse(""),
          Long.toString(sum(simulated, c.denominator())), r.simulated().map(p -> fmt(p.estimate())).orElse(""),
          r.simulated().map(p -> fmt(p.lower())).orElse(""), r.simulated().map(p -> fmt(p.upper())).orElse(""),
          r.withParameters().map(i -> fmt(i.lower())).orElse(""), r.withParameters().map(i -> fmt(i.upper())).orElse(""),
          c.count().isPresent() ? Long.toString(c.count().getAsLong()) : "",
          c.total().isPresent() ? Long.toString(c.total().getAsLong()) : "", fmt(c.published()),
          c.publishedInterval().map(p -> fmt(p.lower())).orElse(""),
          c.publishedInterval().map(p -> fmt(p.upper())).orElse(""), r.difference().map(Section618Comparison::fmt)
              .orElse(""), r.publishedInNoiseInterval().map(String::valueOf).orElse(""),
          r.publishedInParameterInterval().map(String::valueOf).orElse(""),
          r.simulatedInPublishedInterval().map(String::valueOf).orElse(""),
          r.simulated().isEmpty() ? "not reached: the simulated denominator is 0; " + c.note() : c.note()));
    }
    return out;
  }

  private String[] row(String... cells) {
    String[] r = new String[cells.length + 6];
    r[0] = state;
    r[1] = Long.toString(seed);
    r[2] = Long.toString(disputes);
    r[3] = parametersHash;
    r[4] = Integer.toString(replicates);
    r[5] = published.name();
    System.arraycopy(cells, 0, r, 6, cells.length);
    return r;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /**
   * Returns the comparison as text: the simulated table beside the published one (the simulated counts,
   * scaled to the published filings, and the published counts), then each check with the simulated share
   * and its intervals ({@code [a-b]} from simulation noise alone, {@code {a-b}} including parameter
   * uncertainty), the published share (with its own Wilson interval when its denominator is published),
   * the difference in percentage points, and whether the published value lies in each interval.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: Section 618 dispute-resolution table of a simulated year, %,d"
        + " disputes, seed %d, parameters: %s (hash %s); reporting year %s, status on %s\n", state, disputes, seed,
        parameters, parametersHash, simulated.year(), simulated.statusDate()));
    sb.append("published: ").append(published.name()).append("; source: ").append(published.source()).append('\n');
    sb.append("intervals: [a-b] 95% from simulation noise alone");
    sb.append(replicates > 0 ? "; {a-b} 95% including parameter uncertainty (" + replicates + " parameter draws)\n"
        : " (parameter uncertainty off)\n");
    Optional<Double> scale = scale();
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "%-9s %-62s %10s %10s %10s\n", "code", "element", "simulated",
        scale.isPresent() ? "scaled" : "", published.table().isEmpty() ? "" : "published"));
    for (Section618Element e : Section618Element.values()) {
      Long pub = published.table().get(e);
      long count = simulated.count(e);
      String label = e.label().length() > 62 ? e.label().substring(0, 59) + "..." : e.label();
      sb.append(String.format(Locale.ROOT, "%-9s %-62s %,10d %10s %10s\n", e.code(), label, count,
          scale.map(f -> String.format(Locale.ROOT, "%.1f", count * f)).orElse(""), pub == null ? "" : pub.toString()));
    }
    scale.ifPresent(f -> sb.append(String.format(Locale.ROOT, "scaled: the simulated counts times %.6f, so that"
        + " the filings (1 + 2 + 3 + 4) equal the published ones\n", f)));
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "%-10s %-44s %-30s %-24s %9s %s\n", "check", "share", "simulated",
        "published", "diff", "published in [noise] / {parameters}; simulated in published's interval"));
    for (Row r : rows) {
      Section618Calibration.Check c = r.check();
      String sim = r.simulated().map(p -> String.format(Locale.ROOT, "%5.1f%% [%.1f-%.1f]", 100 * p.estimate(),
          100 * p.lower(), 100 * p.upper())).orElse("not reached")
          + r.withParameters().map(i -> String.format(Locale.ROOT, " {%.1f-%.1f}", 100 * i.lower(), 100 * i.upper()))
              .orElse("");
      String pub = String.format(Locale.ROOT, "%5.1f%%", 100 * c.published())
          + (c.total().isPresent() ? String.format(Locale.ROOT, " (%d/%d)", c.count().getAsLong(), c.total().getAsLong())
              : " (no denominator)");
      String diff = r.difference().map(d -> String.format(Locale.ROOT, "%+.1f pp", 100 * d)).orElse("");
      String label = c.label().length() > 44 ? c.label().substring(0, 41) + "..." : c.label();
      sb.append(String.format(Locale.ROOT, "%-10s %-44s %-30s %-24s %9s %s / %s; %s\n", c.id(), label, sim, pub, diff,
          r.publishedInNoiseInterval().map(b -> b ? "yes" : "no").orElse("-"),
          r.publishedInParameterInterval().map(b -> b ? "yes" : "no").orElse("-"),
          r.simulatedInPublishedInterval().map(b -> b ? "yes" : "no").orElse("-")));
    }
    sb.append("\nnotes:\n");
    for (Row r : rows) {
      sb.append("  ").append(r.check().id()).append(": ").append(r.check().note()).append('\n');
    }
    return sb.toString();
  }
}
