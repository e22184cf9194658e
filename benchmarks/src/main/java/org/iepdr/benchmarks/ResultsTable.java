package org.iepdr.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prints the short results table of {@code benchmarks/run.sh}: each benchmark's median score (the 50th
 * percentile JMH reports over its measurement iterations or forks) with JMH's error (99.9%
 * confidence half-width), then each target with the measured ratio and whether it is met.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.iepdr.benchmarks.ResultsTable jmh-results.json
 * [batch-memory.txt [batch-pipe.txt]]}.
 */
public final class ResultsTable {

  private static final Pattern BATCH = Pattern.compile(
      "BATCH cases=(\\d+) seconds=([\\d.]+) firstMiB=(\\d+) maxMiB=(\\d+) lastMiB=(\\d+) xmxMiB=(\\d+)"
          + " complete=(true|false)");

  private static final Pattern PIPE = Pattern.compile("PIPE cases=(\\d+) seconds=([\\d.]+)");
  private static final Pattern PHASES = Pattern.compile(
      "PHASES cases=(\\d+) readSeconds=([\\d.]+) readEvaluateSeconds=([\\d.]+)"
          + "(?: readEvaluateWriteSeconds=([\\d.]+))?");

  private record Score(double median, double error, String unit, double allocated) {}

  private ResultsTable() {}

  /**
   * Prints the table.
   *
   * @param args the JMH JSON results file, and optionally the batch check's output
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Score> scores = new LinkedHashMap<>();
    for (JsonNode run : root) {
      String name = run.get("benchmark").asString().replace("org.iepdr.benchmarks.", "");
      JsonNode params = run.get("params");
      if (params != null) {
        StringBuilder p = new StringBuilder();
        params.properties().forEach(e -> p.append(p.length() == 0 ? "" : ",").append(e.getKey()).append('=')
            .append(e.getValue().asString()));
        name += "(" + p + ")";
      }
      JsonNode m = run.get("primaryMetric");
      double median = m.path("scorePercentiles").path("50.0").asDouble(m.get("score").asDouble());
      double error = m.get("scoreError").asDouble();
      JsonNode norm = run.path("secondaryMetrics").path("·gc.alloc.rate.norm");
      double allocated = norm.isMissingNode() ? Double.NaN : norm.path("score").asDouble();
      scores.put(name, new Score(median, Double.isNaN(error) ? 0 : error, m.get("scoreUnit").asString(), allocated));
    }
    System.out.println();
    System.out.println(String.format(Locale.ROOT, "%-62s %16s %14s  %s", "benchmark", "median", "error (99.9%)",
        "unit"));
    scores.forEach((name, s) -> System.out.println(String.format(Locale.ROOT, "%-62s %,16.1f %14s  %s%s", name,
        s.median(), "± " + String.format(Locale.ROOT, "%,.1f", s.error()), s.unit(),
        Double.isNaN(s.allocated()) ? "" : String.format(Locale.ROOT, "  (%,.0f B/op)", s.allocated()))));

    System.out.println();
    System.out.println(String.format(Locale.ROOT, "%-58s %-18s %-44s %s", "target", "wanted", "measured", "met"));
    Score ours1 = scores.get("DeadlineArithmeticBenchmark.iepdr(days=1)");
    Score ours30 = scores.get("DeadlineArithmeticBenchmark.iepdr(days=30)");
    Score ours250 = scores.get("DeadlineArithmeticBenchmark.iepdr(days=250)");
    Score objectLab30 = scores.get("DeadlineArithmeticBenchmark.objectLab(days=30)");
    if (ours30 != null && objectLab30 != null) {
      double r = objectLab30.median() / ours30.median();
      row("ours vs ObjectLab, +30 business days (times faster)", ">= 20x", fmt(r) + "x", r >= 20);
    }
    if (ours1 != null && ours250 != null) {
      double r = ours250.median() / ours1.median();
      row("ours +250 days / ours +1 day (constant time)", "<= 1.5x", fmt(r) + "x", r <= 1.5);
    }
    for (String state : List.of("missouri", "mississippi")) {
      Score s = scores.get("EvaluationBenchmark." + state + "2Threads");
      if (s != null) {
        row("evaluations/s, " + state + " case, 2 threads", ">= 1,000,000/s",
            String.format(Locale.ROOT, "%,.0f/s", s.median()), s.median() >= 1_000_000);
      }
    }
    for (String state : List.of("missouri", "mississippi")) {
      Score s = scores.get("FastEvaluationBenchmark." + state + "2Threads(events=20)");
      if (s != null) {
        row("evaluations/s, " + state + ", no trace, 2 threads", ">= 1,000,000/s",
            String.format(Locale.ROOT, "%,.0f/s", s.median()), s.median() >= 1_000_000);
        if (!Double.isNaN(s.allocated())) {
          row("bytes allocated per evaluation, " + state + ", no trace", "<= 2,048 + result",
              String.format(Locale.ROOT, "%,.0f B (result included)", s.allocated()), s.allocated() <= 2048);
        }
      }
      Score small = scores.get("FastEvaluationBenchmark." + state + "1Thread(events=20)");
      Score large = scores.get("FastEvaluationBenchmark." + state + "1Thread(events=200)");
      if (small != null && large != null) {
        double r = small.median() / large.median();
        row("time of a 200-event / a 20-event " + state + " case", "about 10x (<= 12x)", fmt(r) + "x", r <= 12);
      }
    }
    Score startup = scores.get("StartupBenchmark.loadBothStates");
    if (startup != null) {
      row("start-up: RuleBook.load() with MO and MS, cold", "(reported)",
          String.format(Locale.ROOT, "%,.1f ms", startup.median()), null);
    }
    for (String t : List.of("1", "2")) {
      Score s = scores.get("SimulationBenchmark.missouri(simulatorThreads=" + t + ")");
      if (s != null) {
        row("simulated disputes/s, Missouri, " + t + " thread(s)", "(reported)",
            String.format(Locale.ROOT, "%,.0f/s", s.median()), null);
      }
    }
    if (scores.keySet().stream().noneMatch(k -> k.startsWith("SimulationBenchmark"))) {
      row("simulated disputes/s", "(reported)", "not run", null);
    }
    for (String b : List.of("fiftyPointsOfAMillion", "fiftyLeadTimesOfAMillionWithTheReform")) {
      Score s = scores.get("SweepBenchmark." + b);
      if (s != null) {
        row("50-point sweep of 1 M Missouri disputes a point, 2 threads ("
            + (b.startsWith("fiftyPoints") ? "baseline, mediation rate" : "baseline and reform, FIEP lead time") + ")",
            "< 60 s", String.format(Locale.ROOT, "%,.1f s", s.median()), s.median() < 60);
      }
    }
    if (args.length > 1 && Files.exists(Path.of(args[1]))) {
      Matcher m = null;
      for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
        Matcher candidate = BATCH.matcher(line);
        if (candidate.find()) {
          m = candidate;
        }
      }
      if (m == null) {
        row("batch: 10,000,000 cases in a 64 MB heap", "steady, completes", "no BATCH line (failed?)", false);
      } else {
        long cases = Long.parseLong(m.group(1));
        long first = Long.parseLong(m.group(3));
        long max = Long.parseLong(m.group(4));
        long last = Long.parseLong(m.group(5));
        boolean complete = Boolean.parseBoolean(m.group(7));
        boolean steady = last <= first + 8;
        row("batch: " + String.format(Locale.ROOT, "%,d", cases) + " cases, -Xmx" + m.group(6) + "m", "steady heap, 10M",
            String.format(Locale.ROOT, "%s MiB first/max/last after GC, %s s", first + "/" + max + "/" + last,
                m.group(2)), steady && complete && cases >= 10_000_000L);
      }
    }
    if (args.length > 2 && Files.exists(Path.of(args[2]))) {
      pipe(Path.of(args[2]));
    }
  }

  /** The batch pipe's rows, from the lines {@code run.sh} writes (see {@link BatchPhases}). */
  private static void pipe(Path file) throws IOException {
    Matcher pipe = null;
    Matcher phases = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher p = PIPE.matcher(line);
      if (p.find()) {
        pipe = p;
      }
      Matcher q = PHASES.matcher(line);
      if (q.find()) {
        phases = q;
      }
    }
    if (pipe == null) {
      row("batch --threads 2 through a pipe", "(reported)", "not run", null);
      return;
    }
    long cases = Long.parseLong(pipe.group(1));
    double seconds = Double.parseDouble(pipe.group(2));
    row("batch --threads 2 through a pipe: cases/s", "(reported)", String.format(Locale.ROOT, "%,.0f/s (%,d in %.0f s)",
        cases / seconds, cases, seconds), null);
    if (phases != null) {
      double read = Double.parseDouble(phases.group(2));
      double evaluate = Double.parseDouble(phases.group(3)) - read;
      row("batch: share of the time reading JSON", "(reported)", String.format(Locale.ROOT, "%.0f%%",
          100 * read / seconds), null);
      row("batch: share of the time evaluating", "< 33%", String.format(Locale.ROOT, "%.0f%%",
          100 * evaluate / seconds), evaluate / seconds < 1.0 / 3);
      if (phases.group(4) != null) {
        double write = Double.parseDouble(phases.group(4)) - Double.parseDouble(phases.group(3));
        row("batch: share of the time writing each line's JSON", "(reported)", String.format(Locale.ROOT, "%.0f%%",
            100 * write / seconds), null);
      }
    }
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static void row(String target, String wanted, String measured, @Nullable Boolean met) {
    System.out.println(String.format(Locale.ROOT, "%-58s %-18s %-44s %s", target, wanted, measured,
        met == null ? "-" : met ? "MET" : "NOT MET"));
  }
}
