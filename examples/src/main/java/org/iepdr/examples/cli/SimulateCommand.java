package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.iepdr.core.simulation.ReformDefinition;
import org.iepdr.core.simulation.Section618Calibration;
import org.iepdr.core.simulation.Section618Comparison;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Sweep;
import org.iepdr.json.simulation.CalibrationFile;
import org.iepdr.json.simulation.ParameterFile;
import org.iepdr.json.simulation.ReformFile;
import org.iepdr.json.simulation.SimulationOutputs;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code iepdr simulate}: a Monte Carlo population of disputes walking a state's ladder, with named
 * reforms compared to the baseline on the same random numbers.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate a population of disputes under a state's rules and compare reforms with the baseline"
        + " (same seed, same random numbers: the difference is the reform's effect). The same seed gives the same"
        + " results on any number of threads.",
    footer = {"", "Reforms: fiep-lead-time-5, mediation-attorneys, no-facilitation, or a reform file"
        + " (docs/simulation-reforms.md)", "",
        "Intervals: [a-b] is the 95% interval from simulation noise alone; with --parameter-draws, {a-b} is the 95%"
            + " interval including parameter uncertainty.", "", "Examples:",
        "  iepdr simulate --state MO --disputes 1000000 --seed 42 --reform fiep-lead-time-5",
        "  iepdr simulate --state MS --disputes 100000 --seed 7 --csv results.csv --json results.json",
        "  iepdr simulate --state MS --show-parameters",
        "  iepdr simulate --state MS --disputes 20000 --seed 9 --section-618 --csv ms-618.csv",
        "  iepdr simulate --state MO --disputes 100000 --seed 9 --reform fiep-lead-time-5"
            + " --sweep reform.fiep-lead-time-5.lead-time=0:20:1",
        "  iepdr simulate --state MS --disputes 50000 --seed 9 --parameters mine.json --parameter-draws 200"})
final class SimulateCommand implements Callable<Integer> {

  /** The most disputes: beyond it the simulation's 64-bit tallies could overflow. */
  static final long MAX_DISPUTES = 1_000_000_000L;
  static final String MAX_DISPUTES_TEXT = "1,000,000,000";
  /** The most worker threads. */
  static final int MAX_THREADS = 1024;

  @ParentCommand
  IepdrCommand parent;

  @Option(names = "--state", required = true, paramLabel = "CODE", description = "The jurisdiction, e.g. MO or MS.")
  String state;

  @Option(names = "--disputes", paramLabel = "N", description = "How many disputes to simulate (required unless"
      + " --show-parameters).")
  @Nullable Long disputes;

  @Option(names = "--seed", paramLabel = "S", description = "The random seed (required unless --show-parameters).")
  @Nullable Long seed;

  @Option(names = "--parameters", paramLabel = "FILE", description = "A JSON file overriding any of the state's"
      + " parameters (format: docs/simulation-parameters.md).")
  @Nullable Path parameters;

  @Option(names = "--show-parameters", description = "Print every parameter with its value, evidence, uncertainty"
      + " and source, and exit.")
  boolean showParameters;

  @Option(names = "--parameter-draws", paramLabel = "R", description = "Also run R replicates (1 to 10000), each with"
      + " parameters drawn from their evidence and N disputes, and report the 95%% interval including parameter"
      + " uncertainty next to the one from simulation noise alone (default 0: off).")
  int parameterDraws;

  @Option(names = "--sweep", paramLabel = "PARAM=FROM:TO:STEP", description = "Run the baseline and reforms at"
      + " each value of a parameter path (e.g. processes.MEDIATION.resolved=0.5:0.9:0.1), or of a reform's own"
      + " parameter (reform.NAME.lead-time=0:20:1, reform.NAME.PATH=...), with the same random numbers, and print"
      + " the response curve.")
  @Nullable String sweep;

  @Option(names = "--report", paramLabel = "DIR", description = "Write an HTML page with charts (SVG and PNG) and"
      + " the CSV behind each chart into DIR.")
  @Nullable Path reportDir;

  @Option(names = "--section-618", description = "Count the baseline's simulated disputes into the Section 618"
      + " dispute-resolution table (a simulated year) and compare it with a published one: Mississippi 2015-16 for MS,"
      + " national figures (CADRE) otherwise (docs/simulation-calibration.md). --csv and --json write the comparison.")
  boolean section618;

  @Option(names = "--calibration", paramLabel = "FILE", description = "With --section-618: the published figures to"
      + " compare with, a calibration file (format: docs/simulation-calibration.md) instead of the bundled ones.")
  @Nullable Path calibration;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON (docs/simulation-outputs.md).")
  @Nullable Path json;

  @Option(names = "--reform", paramLabel = "NAME|FILE", description = "A reform to compare with the baseline: a"
      + " bundled reform's name or a reform file (repeatable).")
  List<String> reforms = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the processors);"
      + " results do not depend on it.")
  @Nullable Integer threads;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write every estimate with its 95%% intervals as CSV"
      + " (columns: docs/simulation-outputs.md).")
  @Nullable Path csv;

  @Option(names = "--no-progress", description = "Never draw the progress bar.")
  boolean noProgress;

  @Option(names = "--progress", description = "Draw the progress bar on standard error even when it is not a"
      + " terminal (by default only on a terminal).")
  boolean progress;

  @Override
  public Integer call() {
    Simulator simulator = Simulator.load(state);   // an unknown state is refused here, naming the installed ones
    ParameterFile file = parameterFile();
    PrintWriter out = parent.spec.commandLine().getOut();
    if (showParameters) {
      out.print(file.describe());
      Output.check(out, "standard output");
      return ExitCode.OK;
    }
    if (disputes == null || seed == null) {
      throw new BadInputException("--disputes and --seed are required to simulate (or give --show-parameters)");
    }
    if (disputes < 1 || disputes > MAX_DISPUTES) {
      throw new BadInputException("--disputes was " + disputes + "; allowed: 1 to " + MAX_DISPUTES_TEXT + " (the"
          + " simulation's 64-bit tallies, such as the sum of squared costs, would overflow beyond that and report"
          + " zeros or nonsense)");
    }
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new BadInputException("--threads was " + threads + "; allowed: 1 to " + MAX_THREADS);
    }
    if (parameterDraws < 0 || parameterDraws > 10_000) {
      throw new BadInputException("--parameter-draws was " + parameterDraws + "; allowed: 0 to 10000");
    }
    var run = SimulationRun.builder().disputes(disputes).seed(seed)
        .threads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
        .parameters(file.parameters()).uncertainty(file.uncertainty()).replicates(parameterDraws);
    for (String name : reforms) {
      run.addReform(reform(name).toReform());
    }
    PrintWriter err = parent.spec.commandLine().getErr();
    if (calibration != null && !section618) {
      throw new BadInputException("--calibration was given without --section-618; allowed: --calibration with"
          + " --section-618");
    }
    if (section618) {
      return section618(simulator, run.build(), out);
    }
    Sweep sw = sweep == null ? null : Sweep.parse(sweep);
    if (sw != null && json != null) {
      throw new BadInputException("--json was given with --sweep; allowed: --csv for a sweep's results");
    }
    long points = sw == null ? 1 : sw.values().size();
    // open the output files before the run: a path that cannot be opened is bad input, found at once
    Writer csvOut = csv == null ? null : Output.openFile(csv, "--csv");
    Writer jsonOut = json == null ? null : Output.openFile(json, "--json");
    SimulationReport report = null;
    Sweep.Result curve = null;
    if (noProgress || !(progress || parent.environment().terminal())) {
      if (sw == null) {
        report = simulator.run(run.build());
      } else {
        curve = simulator.sweep(run.build(), sw, done -> { });
      }
    } else {
      ProgressBarStyle style = parent.environment().terminal() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
          : ProgressBarStyle.ASCII;
      long total = disputes * (1 + reforms.size()) * (1 + parameterDraws) * points;
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("disputes").setInitialMax(total).setStyle(style)
          .setUpdateIntervalMillis(250).setConsumer(new DelegatingProgressBarConsumer(s -> {
            err.print("\r" + s);
            err.flush();
          }, 100)).build()) {
        if (sw == null) {
          report = simulator.run(run.build(), done -> bar.stepTo(Math.min(total, done)));
        } else {
          curve = simulator.sweep(run.build(), sw, done -> bar.stepTo(Math.min(total, done)));
        }
        bar.stepTo(total);
      }
      err.println();
    }
    if (curve != null) {
      out.print(curve.summary());
      if (reportDir != null && sw != null) {
        SimulationCharts.write(SimulationCharts.figures(curve), reportDir, state.toUpperCase(java.util.Locale.ROOT)
            + " simulation: sweep of " + sw.path(), intro(curve.points().get(0).report()));
        out.println("Report written to " + reportDir.resolve("index.html"));
      }
      if (csvOut != null) {
        writeCsv(SimulationOutputs.SWEEP_CSV_HEADER, SimulationOutputs.sweepCsvRecords(curve, simulator.baseline()), csvOut, "--csv " + csv);
        out.println("CSV written to " + csv);
      }
      Output.check(out, "standard output");
      return ExitCode.OK;
    }
    if (report == null) {
      throw new IllegalStateException("neither a report nor a sweep was made");
    }
    out.print(report.summary());
    if (csvOut != null) {
      writeCsv(SimulationOutputs.CSV_HEADER, SimulationOutputs.csvRecords(report, simulator.baseline()), csvOut, "--csv " + csv);
      out.println("CSV written to " + csv);
    }
    if (reportDir != null) {
      SimulationCharts.write(SimulationCharts.figures(report), reportDir, report.jurisdiction() + " simulation",
          intro(report));
      out.println("Report written to " + reportDir.resolve("index.html"));
    }
    if (jsonOut != null) {
      try (Writer w = jsonOut) {
        SimulationOutputs.writeJson(report, simulator.baseline(), w);
      } catch (IOException e) {
        throw new Output.OutputFailedException("--json " + json, e);
      }
      out.println("JSON written to " + json);
    }
    Output.check(out, "standard output");
    return ExitCode.OK;
  }

  /** {@code --section-618}: the simulated year's table beside the published one. */
  private int section618(Simulator simulator, SimulationRun run, PrintWriter out) {
    if (sweep != null || !reforms.isEmpty() || reportDir != null) {
      throw new BadInputException("--section-618 was given with " + (sweep != null ? "--sweep" : !reforms.isEmpty()
          ? "--reform" : "--report") + "; allowed: --section-618 counts the baseline only, with --csv, --json,"
          + " --parameters, --parameter-draws, --calibration and --threads");
    }
    Section618Calibration published;
    if (calibration == null) {
      published = CalibrationFile.bundled(state);
    } else {
      if (!Files.isRegularFile(calibration)) {
        throw new BadInputException("--calibration was '" + calibration + "'; allowed: a readable calibration file");
      }
      try {
        published = CalibrationFile.read(calibration);
      } catch (IOException e) {
        throw new BadInputException("--calibration was '" + calibration + "'; allowed: a readable calibration file ("
            + e.getMessage() + ")");
      }
    }
    Writer csvOut = csv == null ? null : Output.openFile(csv, "--csv");
    Writer jsonOut = json == null ? null : Output.openFile(json, "--json");
    Section618Comparison comparison = Section618Comparison.run(simulator, run, published);
    out.print(comparison.summary());
    if (csvOut != null) {
      writeCsv(SimulationOutputs.CALIBRATION_CSV_HEADER, SimulationOutputs.calibrationCsvRecords(comparison,
          simulator.baseline()), csvOut, "--csv " + csv);
      out.println("CSV written to " + csv);
    }
    if (jsonOut != null) {
      try (Writer w = jsonOut) {
        SimulationOutputs.writeCalibrationJson(comparison, simulator.baseline(), w);
      } catch (IOException e) {
        throw new Output.OutputFailedException("--json " + json, e);
      }
      out.println("JSON written to " + json);
    }
    Output.check(out, "standard output");
    return ExitCode.OK;
  }

  private static String intro(SimulationReport r) {
    return String.format(java.util.Locale.ROOT, "%s, %,d simulated disputes, seed %d, parameters: %s (hash %s),"
        + " library %s. Intervals: 95%% from simulation noise alone%s.", r.jurisdiction(), r.disputes(), r.seed(),
        r.parameters(), r.parametersHash(), SimulationOutputs.libraryVersion(), r.replicates() > 0
            ? "; and 95% including parameter uncertainty (" + r.replicates() + " parameter draws)"
            : " (parameter uncertainty off)");
  }

  /** A bundled reform by name, or a reform file. */
  private static ReformDefinition reform(String name) {
    if (ReformFile.bundledNames().contains(name)) {
      return ReformFile.bundled(name);
    }
    Path file = Path.of(name);
    if (name.endsWith(".json") && Files.isRegularFile(file)) {
      try {
        return ReformFile.read(file);
      } catch (IOException e) {
        throw new BadInputException("--reform was '" + name + "'; allowed: a readable reform file (" + e.getMessage()
            + ")");
      }
    }
    throw new BadInputException("--reform was '" + name + "'; allowed: " + String.join(", ", ReformFile.bundledNames())
        + ", or a reform file (.json, docs/simulation-reforms.md)");
  }

  /** The state's bundled parameters, overridden by --parameters. */
  private ParameterFile parameterFile() {
    ParameterFile file = ParameterFile.bundled(state);
    if (parameters == null) {
      return file;
    }
    if (!Files.isRegularFile(parameters)) {
      throw new BadInputException("--parameters was '" + parameters + "'; allowed: a readable JSON parameter file");
    }
    try {
      return file.override(parameters);
    } catch (IOException e) {
      throw new BadInputException("--parameters was '" + parameters + "'; allowed: a readable JSON parameter file ("
          + e.getMessage() + ")");
    }
  }

  private static void writeCsv(List<String> header, List<String[]> rows, Writer w, String what) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(header.toArray(String[]::new)).get();
    try (w; CSVPrinter printer = new CSVPrinter(w, format)) {
      for (String[] row : rows) {
        printer.printRecord((Object[]) row);
      }
    } catch (IOException e) {
      throw new Output.OutputFailedException(what, e);
    }
  }
}
