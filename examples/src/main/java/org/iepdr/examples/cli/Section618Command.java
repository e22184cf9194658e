package org.iepdr.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.iepdr.core.IepdrException;
import org.iepdr.core.report.CaseRef;
import org.iepdr.core.report.ConsistencyCheck;
import org.iepdr.core.report.Indicator;
import org.iepdr.core.report.MediationRelation;
import org.iepdr.core.report.ReportingYear;
import org.iepdr.core.report.Section618Counter;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.report.Section618Options;
import org.iepdr.core.report.Section618Report;
import org.iepdr.core.report.SuppressedTable;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.casefile.JsonLinesReader;
import org.iepdr.json.output.JsonOutput;
import org.iepdr.json.output.Section618Json;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code iepdr report section-618}: the IDEA Section 618 dispute-resolution report and the indicators B15
 * and B16 over a JSON Lines file of cases, streaming (memory holds the counters, the cases of the residual
 * lines and of the elements named with {@code --show-cases}).
 */
@Command(name = "section-618", mixinStandardHelpOptions = true,
    description = "The IDEA Section 618 dispute-resolution report (state complaints, mediations, due process and"
        + " expedited due process complaints) and the SPP/APR indicators B15 and B16, counted from one JSON case per"
        + " line (JSON Lines, UTF-8), streaming. Exit code 1 when a consistency check fails. Counting rules:"
        + " docs/section-618.md.")
final class Section618Command implements Callable<Integer> {

  /** The formats. */
  enum Format {
    text, json, csv, markdown
  }

  @ParentCommand
  ReportCommand report;

  @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "One case file object per line; '-' reads"
      + " standard input.")
  String input;

  @Option(names = "--year", required = true, paramLabel = "YYYY-YY", description = "The reporting year, July 1 to"
      + " June 30, e.g. 2025-26.")
  String year;

  @Option(names = "--status-date", paramLabel = "DATE", description = "Take each status on this date instead of"
      + " June 30 (a deviation the report states).")
  @Nullable LocalDate statusDate;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, csv or"
      + " markdown. Default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  @Option(names = "--suppress", paramLabel = "N", description = "Suppress counts from 1 to N, and as many other"
      + " cells as needed so that none can be derived (complementary suppression), for a published table.")
  @Nullable Integer suppress;

  @Option(names = "--show-cases", paramLabel = "ELEMENT", description = "List the cases behind an element (e.g."
      + " 3.2.b); repeatable. The residual lines 1.1-late and 3.2-late always list theirs. Not with --suppress.")
  List<String> showCases = new ArrayList<>();

  @Option(names = "--mediation-related", paramLabel = "RELATION", defaultValue = "COMPLAINT_PENDING_WHEN_HELD",
      description = "What makes a mediation related to due process: NAMED_COMPLAINT or COMPLAINT_PENDING_WHEN_HELD."
          + " Default: ${DEFAULT-VALUE}.")
  MediationRelation mediationRelation = MediationRelation.COMPLAINT_PENDING_WHEN_HELD;

  @Option(names = "--no-expedited-in-c", description = "Count expedited due process complaints in Section D only,"
      + " not in Section C too.")
  boolean expeditedOnlyInD;

  @Option(names = "--school-calendar", paramLabel = "FILE",
      description = "A school calendar for the expedited school-day timelines of every case (see docs/case-file.md).")
  @Nullable Path schoolCalendar;

  @Override
  public Integer call() throws IOException {
    ReportingYear y;
    try {
      y = ReportingYear.parse(year);
    } catch (IepdrException e) {
      throw new BadInputException("--year was '" + year + "'; allowed: a reporting year such as 2025-26");
    }
    if (suppress != null && suppress < 1) {
      throw new BadInputException("--suppress was " + suppress + "; allowed: a count of at least 1");
    }
    if (suppress != null && !showCases.isEmpty()) {
      throw new BadInputException("--show-cases cannot be combined with --suppress: the cases behind a count are"
          + " never part of a published table");
    }
    Set<Section618Element> drill = EnumSet.noneOf(Section618Element.class);
    for (String code : showCases) {
      drill.add(Section618Element.byCode(code).orElseThrow(() -> new BadInputException("--show-cases was '" + code
          + "'; allowed: " + java.util.Arrays.stream(Section618Element.values()).map(Section618Element::code)
              .collect(Collectors.joining(", ")))));
    }
    if (suppress == null) {
      drill.add(Section618Element.REPORTS_NOT_WITHIN_TIMELINES);
      drill.add(Section618Element.DECISIONS_NOT_WITHIN_TIMELINES);
    }
    if (statusDate != null && !y.contains(statusDate)) {
      throw new BadInputException("--status-date was " + statusDate + "; allowed: a date from " + y.start() + " to "
          + y.end());
    }
    Section618Options.Builder ob = Section618Options.builder().drillDown(drill).mediationRelation(mediationRelation)
        .expeditedInSectionC(!expeditedOnlyInD);
    if (statusDate != null) {
      ob.statusDate(statusDate);
    }
    Section618Options options = ob.build();
    EvaluationOptions evaluation = schoolCalendar == null ? EvaluationOptions.defaults()
        : EvaluationOptions.builder().schoolCalendar(SchoolCalendarFile.read(schoolCalendar)).build();
    Section618Counter counter = new Section618Counter(y, options);
    Map<String, Jurisdiction> used = new TreeMap<>();
    RuleBook book = report.parent.book();
    String source = "-".equals(input) ? "<stdin>" : input;
    try (BufferedInputStream in = new BufferedInputStream(open(), 1 << 16)) {
      JsonLinesReader lines = new JsonLinesReader(in);
      CaseFileReader reader = CaseFileReader.forRuleBook(book);
      JsonLinesReader.Line line;
      while ((line = lines.next()) != null) {
        String text = line.text();
        if (line.problem() != null || text == null) {
          throw new CaseFileException(List.of(new CaseFileProblem(source, line.number(), line.column(), "$",
              String.valueOf(line.problem()))));
        }
        if (text.isBlank()) {
          continue;
        }
        CaseFile cf = reader.read(source, text, line.number());
        Jurisdiction j = used.computeIfAbsent(cf.aCase().state(), book::jurisdiction);
        try {
          counter.add(cf.aCase(), j, evaluation);
        } catch (IepdrException e) {
          throw new CaseFileException(List.of(new CaseFileProblem(source, line.number(), 0, "$",
              "case " + cf.aCase().id() + ": " + e.getMessage())));
        }
      }
    }
    Section618Report r = counter.report();
    Optional<SuppressedTable> table = suppress == null ? Optional.empty() : Optional.of(r.suppress(suppress));
    PrintWriter out = report.parent.spec.commandLine().getOut();
    out.print(switch (format) {
      case json -> JsonOutput.pretty(Section618Json.of(r, used.values(), table)) + "\n";
      case csv -> csv(r, table);
      case markdown -> markdown(r, table);
      case text -> text(r, table);
    });
    Output.check(out, "standard output");
    return r.consistent() ? ExitCode.OK : ExitCode.FOUND;
  }

  private InputStream open() {
    if ("-".equals(input)) {
      return report.parent.environment().in();
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      throw new BadInputException(input + ": is a directory; give a JSON Lines file (one case per line) or '-'");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new BadInputException(input + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(input + ": cannot be read (permission denied)");
    } catch (IOException e) {
      throw new BadInputException(input + ": cannot be read: " + e.getMessage());
    }
  }

  /** The elements in display order: each residual line after the element whose inequality it completes. */
  static List<Section618Element> displayOrder() {
    List<Section618Element> out = new ArrayList<>();
    for (Section618Element e : Section618Element.values()) {
      if (e.residual()) {
        continue;
      }
      out.add(e);
      if (e == Section618Element.REPORTS_WITHIN_EXTENDED_TIMELINES) {
        out.add(Section618Element.REPORTS_NOT_WITHIN_TIMELINES);
      } else if (e == Section618Element.DECISIONS_WITHIN_EXTENDED_TIMELINE) {
        out.add(Section618Element.DECISIONS_NOT_WITHIN_TIMELINES);
      }
    }
    return out;
  }

  private static String cell(Section618Report r, Optional<SuppressedTable> t, Section618Element e) {
    return t.isPresent() && t.get().suppressed(e) ? "*" : Long.toString(r.count(e));
  }

  private static List<String> header(Section618Report r, Optional<SuppressedTable> t) {
    List<String> h = new ArrayList<>();
    h.add("Status as of " + r.statusDate() + (r.statusDateDeviates()
        ? ": a DEVIATION from the collection's instructions, which take each status at the close of the period"
            + " (June 30)" : " (the close of the period)") + ".");
    h.add(r.casesRead() + " cases read; " + r.requestsNotCounted() + " complaints or requests filed outside the year"
        + (r.statusDateDeviates() ? " or after the status date" : "") + " not counted.");
    h.add("Section C " + (r.options().expeditedInSectionC() ? "includes" : "excludes")
        + " expedited due process complaints; a mediation is related to due process when "
        + (r.options().mediationRelation() == MediationRelation.NAMED_COMPLAINT ? "its request names the complaint"
            : "its request names the complaint, or a complaint was pending when it was held") + ".");
    t.ifPresent(s -> h.add("Counts from 1 to " + s.threshold() + " are suppressed (*), with complementary"
        + " suppression so that none can be derived from the others."));
    return h;
  }

  private static String indicator(Indicator i, Optional<SuppressedTable> t) {
    boolean withheld = t.map(s -> ("B15".equals(i.id()) ? s.b15() : s.b16()).isEmpty()).orElse(false);
    if (withheld) {
      return "* (a count it is computed from is suppressed)";
    }
    String what = "B15".equals(i.id()) ? "resolution meetings" : "mediations held";
    String pct = i.percent().map(p -> p.toPlainString() + "%").orElse("no percentage");
    return pct + " (" + i.numerator() + " of " + i.denominator() + " " + what + ")" + i.note().map(n -> "; " + n)
        .orElse("");
  }

  private static String title(Section618Report r) {
    return "IDEA Section 618 dispute resolution, " + r.year() + " (" + r.year().start() + " to " + r.year().end()
        + ")";
  }

  private static List<Section618Element> listed(Section618Report r) {
    List<Section618Element> out = new ArrayList<>();
    for (Section618Element e : displayOrder()) {
      if (r.drilledInto(e)) {
        out.add(e);
      }
    }
    return out;
  }

  static String text(Section618Report r, Optional<SuppressedTable> t) {
    StringBuilder b = new StringBuilder(title(r)).append('\n');
    header(r, t).forEach(h -> b.append(h).append('\n'));
    Section618Element.Section section = null;
    for (Section618Element e : displayOrder()) {
      if (e.section() != section) {
        section = e.section();
        b.append('\n').append(section.name()).append(". ").append(section.title()).append('\n');
      }
      b.append(String.format(Locale.ROOT, "  %-9s %-88s %6s%n", e.code(), e.label(), cell(r, t, e)));
    }
    b.append("\nIndicators\n");
    b.append("  B15 ").append(indicator(r.b15(), t)).append('\n');
    b.append("  B16 ").append(indicator(r.b16(), t)).append('\n');
    b.append("\nConsistency checks\n");
    for (ConsistencyCheck c : r.checks()) {
      b.append("  ").append(c.holds() ? "ok    " : "FAILS ").append(c.identity());
      if (t.isEmpty()) {
        b.append(" (").append(c.left()).append(c.atMost() ? " <= " : " = ").append(c.right()).append(')');
      }
      b.append('\n');
    }
    for (Section618Element e : listed(r)) {
      b.append('\n').append(e.code()).append(' ').append(e.label()).append(": ");
      List<CaseRef> cs = r.cases(e);
      b.append(cs.isEmpty() ? "none" : cs.stream().map(CaseRef::toString).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return b.toString();
  }

  static String markdown(Section618Report r, Optional<SuppressedTable> t) {
    StringBuilder b = new StringBuilder("### ").append(title(r)).append("\n\n");
    header(r, t).forEach(h -> b.append(h).append('\n'));
    b.append("\n| Code | Element | Count |\n|---|---|---:|\n");
    Section618Element.Section section = null;
    for (Section618Element e : displayOrder()) {
      if (e.section() != section) {
        section = e.section();
        b.append("| **").append(section.name()).append("** | **").append(section.title()).append("** | |\n");
      }
      String label = e.residual() ? "_" + e.label() + "_" : e.label();
      b.append("| ").append(e.code()).append(" | ").append(label).append(" | ").append(cell(r, t, e).replace("*",
          "\\*")).append(" |\n");
    }
    b.append("\n| Indicator | Value |\n|---|---|\n");
    b.append("| B15 | ").append(indicator(r.b15(), t).replace("*", "\\*")).append(" |\n");
    b.append("| B16 | ").append(indicator(r.b16(), t).replace("*", "\\*")).append(" |\n");
    b.append("\n| Check | Holds |\n|---|---|\n");
    for (ConsistencyCheck c : r.checks()) {
      b.append("| ").append(c.identity().replace("<=", "&le;"));
      if (t.isEmpty()) {
        b.append(" (").append(c.left()).append(c.atMost() ? " &le; " : " = ").append(c.right()).append(')');
      }
      b.append(" | ").append(c.holds() ? "yes" : "**no**").append(" |\n");
    }
    for (Section618Element e : listed(r)) {
      List<CaseRef> cs = r.cases(e);
      b.append("\n").append(e.code()).append(' ').append(e.label()).append(": ")
          .append(cs.isEmpty() ? "none" : cs.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
          .append('\n');
    }
    return b.toString();
  }

  static String csv(Section618Report r, Optional<SuppressedTable> t) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("code", "section", "label", "residual", "count",
        "suppressed").setRecordSeparator("\n").get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (Section618Element e : displayOrder()) {
        boolean hidden = t.isPresent() && t.get().suppressed(e);
        p.printRecord(e.code(), e.section().name(), e.label(), e.residual(), hidden ? "" : r.count(e),
            hidden ? (t.get().primary().contains(e) ? "PRIMARY" : "COMPLEMENTARY") : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
