package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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
import org.iepdr.core.simulation.Reforms;
import org.iepdr.core.simulation.SimulationReport;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
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
    footer = {"", "Reforms: fiep-lead-time-5, mediation-attorneys, no-facilitation", "", "Examples:",
        "  iepdr simulate --state MO --disputes 1000000 --seed 42 --reform fiep-lead-time-5",
        "  iepdr simulate --state MS --disputes 100000 --seed 7 --csv results.csv"})
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

  @Option(names = "--disputes", required = true, paramLabel = "N", description = "How many disputes to simulate.")
  long disputes;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The random seed.")
  long seed;

  @Option(names = "--reform", paramLabel = "NAME", description = "A reform to compare with the baseline"
      + " (repeatable).")
  List<String> reforms = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the processors);"
      + " results do not depend on it.")
  @Nullable Integer threads;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write every estimate with its 95%% interval as CSV.")
  @Nullable Path csv;

  @Option(names = "--no-progress", description = "Never draw the progress bar.")
  boolean noProgress;

  @Option(names = "--progress", description = "Draw the progress bar on standard error even when it is not a"
      + " terminal (by default only on a terminal).")
  boolean progress;

  @Override
  public Integer call() {
    if (disputes < 1 || disputes > MAX_DISPUTES) {
      throw new BadInputException("--disputes was " + disputes + "; allowed: 1 to " + MAX_DISPUTES_TEXT + " (the"
          + " simulation's 64-bit tallies, such as the sum of squared costs, would overflow beyond that and report"
          + " zeros or nonsense)");
    }
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new BadInputException("--threads was " + threads + "; allowed: 1 to " + MAX_THREADS);
    }
    // open the CSV file before the run: a path that cannot be opened is bad input, found at once
    Writer csvOut = csv == null ? null : Output.openFile(csv, "--csv");
    var run = SimulationRun.builder().disputes(disputes).seed(seed)
        .threads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
    for (String name : reforms) {
      if (!Reforms.names().contains(name)) {
        throw new BadInputException("--reform was '" + name + "'; allowed: " + String.join(", ", Reforms.names()));
      }
      run.addReform(Reforms.byName(name));
    }
    Simulator simulator = Simulator.load(state);
    PrintWriter err = parent.spec.commandLine().getErr();
    SimulationReport report;
    if (noProgress || !(progress || parent.environment().terminal())) {
      report = simulator.run(run.build());
    } else {
      ProgressBarStyle style = parent.environment().terminal() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII;
      long total = disputes * (1 + reforms.size());
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("disputes").setInitialMax(total).setStyle(style)
          .setUpdateIntervalMillis(250).setConsumer(new DelegatingProgressBarConsumer(s -> {
            err.print("\r" + s);
            err.flush();
          }, 100)).build()) {
        report = simulator.run(run.build(), done -> bar.stepTo(Math.min(total, done)));
        bar.stepTo(total);
      }
      err.println();
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    out.print(report.summary());
    if (csvOut != null && csv != null) {
      writeCsv(report, csvOut, csv);
      out.println("CSV written to " + csv);
    }
    return ExitCode.OK;
  }

  private static void writeCsv(SimulationReport report, Writer w, Path file) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(SimulationReport.CSV_HEADER.toArray(String[]::new)).get();
    try (w; CSVPrinter printer = new CSVPrinter(w, format)) {
      for (String[] row : report.toCsvRecords()) {
        printer.printRecord((Object[]) row);
      }
    } catch (IOException e) {
      throw new Output.OutputFailedException("--csv " + file, e);
    }
  }
}
