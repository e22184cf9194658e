package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;

/**
 * A sweep of one parameter: the baseline and every reform run at each value of a {@link ParameterPaths
 * path}, or of a reform's own parameter ({@code reform.NAME.lead-time}: the amount of the lead times the
 * reform puts in place; {@code reform.NAME.PATH}: the value the reform gives a parameter; see
 * {@link Reform#at}), from {@code from} to {@code to} by {@code step}, every point with the same seed, so the same
 * disputes and random numbers (common random numbers): the differences between points are the
 * parameter's effect, not noise. Each point is exactly the run {@link Simulator#run} makes with that
 * value.
 *
 * @param path the swept parameter's path, or {@code reform.NAME.PARAMETER}
 * @param from the first value
 * @param to the last value (included when {@code from + k * step} reaches it within 1e-9 of a step)
 * @param step the step, more than 0
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Sweep(String path, double from, double to, double step) {

  /** The most points a sweep may have. */
  public static final int MAX_POINTS = 1000;

  /**
   * Checks the sweep.
   *
   * @param path path
   * @param from from
   * @param to to
   * @param step step
   */
  public Sweep {
    Objects.requireNonNull(path, "path");
    String[] target = reformTarget(path);
    if (target.length == 0) {
      ParameterPaths.allowedRange(path);
    } else if (!target[1].equals(ReformDefinition.LEAD_TIME)) {
      ParameterPaths.allowedRange(target[1]);
    }
    if (!(step > 0) || Double.isInfinite(step)) {
      throw new InvalidInputException("sweep.step", ParameterPaths.format(step), "a finite number more than 0");
    }
    if (!(from <= to) || Double.isInfinite(from) || Double.isInfinite(to)) {
      throw new InvalidInputException("sweep.to", ParameterPaths.format(to), "finite, and at least from ("
          + ParameterPaths.format(from) + ")");
    }
    long n = (long) Math.floor((to - from) / step + 1e-9) + 1;
    if (n > MAX_POINTS) {
      throw new InvalidInputException("sweep", n + " points", "at most " + MAX_POINTS + " points");
    }
    for (double v : new double[] {point(from, step, 0), point(from, step, n - 1)}) {
      if (target.length == 0) {
        ParameterPaths.checkValue(path, v);
      } else if (target[1].equals(ReformDefinition.LEAD_TIME)) {
        ReformDefinition.checkLeadTime(v);
      } else {
        ParameterPaths.checkValue(target[1], v);
      }
    }
    if (target.length == 2 && target[1].equals(ReformDefinition.LEAD_TIME) && step != Math.rint(step)) {
      throw new InvalidInputException("sweep.step", ParameterPaths.format(step), "whole days for a lead time");
    }
  }

  /** The prefix of a reform's parameter: {@code reform.NAME.PARAMETER}. */
  public static final String REFORM_PREFIX = "reform.";

  /**
   * Splits {@code reform.NAME.PARAMETER} into the reform's name and its parameter ({@code lead-time} or a
   * parameter path); an empty array for a baseline parameter path.
   */
  private static String[] reformTarget(String path) {
    if (!path.startsWith(REFORM_PREFIX)) {
      return new String[0];
    }
    String rest = path.substring(REFORM_PREFIX.length());
    int at = -1;
    if (rest.endsWith("." + ReformDefinition.LEAD_TIME)) {
      at = rest.length() - ReformDefinition.LEAD_TIME.length() - 1;
    } else {
      for (String top : new String[] {".processes.", ".horizonDays"}) {
        int i = rest.indexOf(top);
        if (i > 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
    }
    if (at <= 0) {
      throw new InvalidInputException("sweep", "'" + path + "'", "a parameter path, or reform.NAME."
          + ReformDefinition.LEAD_TIME + " or reform.NAME.PATH for a reform of the run (e.g. reform.fiep-lead-time-5."
          + ReformDefinition.LEAD_TIME + ")");
    }
    return new String[] {rest.substring(0, at), rest.substring(at + 1)};
  }

  /**
   * Returns the reform whose parameter is swept, for a path {@code reform.NAME.PARAMETER}.
   *
   * @return the reform's name, or empty when a baseline parameter is swept
   */
  public java.util.Optional<String> reform() {
    String[] t = reformTarget(path);
    return t.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(t[0]);
  }

  /**
   * Returns the swept parameter: the path itself, or for {@code reform.NAME.PARAMETER} the reform's
   * parameter ({@value ReformDefinition#LEAD_TIME} or a parameter path, see {@link Reform#at}).
   *
   * @return the parameter
   */
  public String parameter() {
    String[] t = reformTarget(path);
    return t.length == 0 ? path : t[1];
  }

  private static double point(double from, double step, long k) {
    return new java.math.BigDecimal(from + k * step).round(new java.math.MathContext(12)).doubleValue();
  }

  /**
   * Parses {@code PATH=FROM:TO:STEP}, e.g. {@code processes.MEDIATION.resolved=0.5:0.9:0.1} or
   * {@code reform.fiep-lead-time-5.lead-time=0:20:1}.
   *
   * @param text the text
   * @return the sweep
   * @throws InvalidInputException naming what is wrong
   */
  public static Sweep parse(String text) {
    Objects.requireNonNull(text, "text");
    int eq = text.indexOf('=');
    String[] range = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
    if (eq < 1 || range.length != 3) {
      throw new InvalidInputException("sweep", "'" + text + "'", "PATH=FROM:TO:STEP, e.g."
          + " processes.MEDIATION.resolved=0.5:0.9:0.1");
    }
    double[] v = new double[3];
    for (int i = 0; i < 3; i++) {
      try {
        v[i] = Double.parseDouble(range[i].strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("sweep", "'" + text + "'", "PATH=FROM:TO:STEP with three numbers");
      }
    }
    return new Sweep(text.substring(0, eq).strip(), v[0], v[1], v[2]);
  }

  /**
   * Returns the values swept: {@code from + k * step} for {@code k = 0, 1, ...} up to {@code to}, each
   * rounded to 12 significant digits (so that 0.5 + 2 x 0.1 is 0.7, not 0.7000000000000001).
   *
   * @return the values
   */
  public List<Double> values() {
    long n = (long) Math.floor((to - from) / step + 1e-9) + 1;
    List<Double> out = new ArrayList<>();
    for (long k = 0; k < n; k++) {
      out.add(point(from, step, k));
    }
    return out;
  }

  /**
   * One point of a sweep.
   *
   * @param value the parameter's value
   * @param report the run at that value
   */
  public record Point(double value, SimulationReport report) {}

  /**
   * The results of a sweep: one report per value.
   *
   * @param sweep the sweep
   * @param points the points in order
   */
  public record Result(Sweep sweep, List<Point> points) {

    /** The CSV header: {@code sweep_parameter}, {@code sweep_value}, then {@link SimulationReport#CSV_HEADER}. */
    public static final List<String> CSV_HEADER;

    static {
      List<String> h = new ArrayList<>(List.of("sweep_parameter", "sweep_value"));
      h.addAll(SimulationReport.CSV_HEADER);
      CSV_HEADER = List.copyOf(h);
    }

    /**
     * Copies the list.
     *
     * @param sweep sweep
     * @param points points
     */
    public Result {
      Objects.requireNonNull(sweep, "sweep");
      points = List.copyOf(points);
    }

    /**
     * Returns every point's CSV records with the swept parameter and value first.
     *
     * @return the records
     */
    public List<String[]> toCsvRecords() {
      List<String[]> out = new ArrayList<>();
      for (Point p : points) {
        for (String[] r : p.report().toCsvRecords()) {
          String[] row = new String[r.length + 2];
          row[0] = sweep.path();
          row[1] = ParameterPaths.format(p.value());
          System.arraycopy(r, 0, row, 2, r.length);
          out.add(row);
        }
      }
      return out;
    }

    /**
     * Returns the response curve as text: per value and model, the share of disputes resolved, the
     * district's cost per dispute and the median days to resolution, each with its 95% interval from
     * simulation noise alone {@code [a-b]} and, with parameter draws, the one including parameter
     * uncertainty {@code {a-b}}.
     *
     * @return the text, lines separated by {@code \n}
     */
    public String summary() {
      StringBuilder sb = new StringBuilder();
      SimulationReport first = points.get(0).report();
      sb.append(String.format(Locale.ROOT, "%s: sweep of %s from %s to %s by %s (%d points), %,d disputes each,"
          + " seed %d (the same disputes and random numbers at every point)\n", first.jurisdiction(), sweep.path(),
          ParameterPaths.format(sweep.from()), ParameterPaths.format(sweep.to()), ParameterPaths.format(sweep.step()),
          points.size(), first.disputes(), first.seed()));
      sb.append("intervals: [a-b] 95% from simulation noise alone");
      sb.append(first.replicates() > 0 ? "; {a-b} 95% including parameter uncertainty\n"
          : " (parameter uncertainty off)\n");
      sb.append(String.format(Locale.ROOT, "%-12s %-20s %-34s %-30s %-26s %s\n", "value", "model", "resolved",
          "cost/dispute", "median days to resolution", "reached due process"));
      for (Point p : points) {
        SimulationReport r = p.report();
        for (ModelResult m : r.models()) {
          String w = r.withParameters(m.name(), "ALL", "resolved")
              .map(i -> String.format(Locale.ROOT, " {%.1f-%.1f}", 100 * i.lower(), 100 * i.upper())).orElse("");
          String wc = r.withParameters(m.name(), "ALL", "cost_per_dispute")
              .map(i -> String.format(Locale.ROOT, " {%,.0f-%,.0f}", Math.max(0, i.lower()), i.upper())).orElse("");
          Proportion res = m.resolved();
          Estimate cost = m.costPerDispute();
          Quantile med = m.timeToResolution().median();
          String dp = m.processes().stream().filter(x -> x.process() == DisputeProcess.RESOLUTION_MEETING).findFirst()
              .map(x -> String.format(Locale.ROOT, "%5.1f%% [%.1f-%.1f]", 100 * x.reached().estimate(),
                  100 * x.reached().lower(), 100 * x.reached().upper())).orElse("not in the ladder");
          sb.append(String.format(Locale.ROOT, "%-12s %-20s %-34s %-30s %-26s %s\n", ParameterPaths.format(p.value()),
              m.name(), String.format(Locale.ROOT, "%5.1f%% [%.1f-%.1f]%s", 100 * res.estimate(), 100 * res.lower(),
                  100 * res.upper(), w),
              String.format(Locale.ROOT, "$%,.0f [%,.0f-%,.0f]%s", cost.mean(), cost.lower(), cost.upper(), wc),
              String.format(Locale.ROOT, "%d [%d-%d]", med.days(), med.lower(), med.upper()), dp));
        }
      }
      return sb.toString();
    }
  }
}
