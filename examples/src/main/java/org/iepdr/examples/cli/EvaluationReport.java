package org.iepdr.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.json.casefile.CaseFileWriter;
import org.iepdr.json.output.EvaluationJson;

/**
 * Renders an {@link Evaluation} as text, JSON (through {@link EvaluationJson} of iepdr-json) or Markdown (with a
 * Mermaid timeline of the deadlines).
 *
 * <p>Output is deterministic: the same evaluation renders to the same text.
 */
public final class EvaluationReport {

  private EvaluationReport() {}

  /** The output formats of {@code check}. */
  public enum Format {
    /** Plain text for a terminal. */
    TEXT,
    /** A JSON object. */
    JSON,
    /** Markdown with a Mermaid timeline. */
    MARKDOWN
  }

  /**
   * Renders an evaluation.
   *
   * @param format the format
   * @param aCase the case evaluated
   * @param jurisdiction the jurisdiction that evaluated it
   * @param e the evaluation
   * @return the text, ending with a line break
   */
  public static String render(Format format, Case aCase, Jurisdiction jurisdiction, Evaluation e) {
    return render(format, aCase, jurisdiction, e, false);
  }

  /**
   * Renders an evaluation, the text format in colour on request (a terminal).
   *
   * @param format the format
   * @param aCase the case evaluated
   * @param jurisdiction the jurisdiction that evaluated it
   * @param e the evaluation
   * @param colour whether the text format may use ANSI colours (JSON and Markdown never do)
   * @return the text, ending with a line break
   */
  public static String render(Format format, Case aCase, Jurisdiction jurisdiction, Evaluation e, boolean colour) {
    return switch (format) {
      case TEXT -> text(jurisdiction, e, colour);
      case JSON -> EvaluationJson.write(jurisdiction, e);
      case MARKDOWN -> markdown(aCase, jurisdiction, e);
    };
  }

  static String counts(Evaluation e) {
    Map<FindingKind, Integer> n = new TreeMap<>();
    for (Finding f : e.findings()) {
      n.merge(f.kind(), 1, Integer::sum);
    }
    return plural(n.getOrDefault(FindingKind.VIOLATION, 0), "violation") + ", "
        + plural(n.getOrDefault(FindingKind.WARNING, 0), "warning") + ", "
        + plural(n.getOrDefault(FindingKind.ADVISORY, 0), "advisory");
  }

  static String plural(int n, String word) {
    if (n == 1) {
      return "1 " + word;
    }
    return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
  }

  static String text(Jurisdiction j, Evaluation e) {
    return text(j, e, false);
  }

  private static final String RED = "\u001B[1;31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String CYAN = "\u001B[36m";
  private static final String GREEN = "\u001B[32m";
  private static final String RESET = "\u001B[0m";

  private static String paint(boolean colour, String code, String s) {
    return colour ? code + s + RESET : s;
  }

  private static String kindColour(FindingKind k) {
    return switch (k) {
      case VIOLATION -> RED;
      case WARNING -> YELLOW;
      default -> CYAN;
    };
  }

  private static String statusColour(String status) {
    return switch (status) {
      case "MISSED" -> RED;
      case "MET" -> GREEN;
      default -> YELLOW;
    };
  }

  /**
   * The text format. Every text that can come from a case (ids, and the messages that quote them) is
   * {@link Escape#text(String) escaped}: it cannot add a line or a control sequence.
   */
  static String text(Jurisdiction j, Evaluation e, boolean colour) {
    StringBuilder b = new StringBuilder();
    b.append("Case ").append(t(e.caseId())).append(" under ").append(j.name()).append(" (").append(j.code())
        .append(") as of ").append(e.asOf()).append('\n');
    b.append("Result: ").append(counts(e)).append('\n');
    b.append("Position on the ladder: ").append(e.position()).append(" (CADRE stage ")
        .append(e.position().cadreStage().label()).append(")\n");
    b.append("\nFindings (").append(e.findings().size()).append(")\n");
    if (e.findings().isEmpty()) {
      b.append("  none\n");
    }
    for (Finding f : e.findings()) {
      b.append("  ").append(paint(colour, kindColour(f.kind()), f.kind().toString())).append("  ").append(f.ruleId())
          .append('\n');
      b.append("    ").append(t(f.message())).append('\n');
      if (!f.events().isEmpty()) {
        b.append("    events: ").append(t(String.join(", ", f.events()))).append('\n');
      }
      Citation c = f.citation();
      b.append("    source: ").append(c.document()).append(' ').append(c.section());
      c.link().ifPresent(l -> b.append(" <").append(l).append('>'));
      b.append(" [").append(c.verification()).append("]\n");
      b.append("    \"").append(t(c.quote())).append("\"\n");
    }
    b.append("\nDeadlines (").append(e.deadlines().size()).append(")\n");
    if (e.deadlines().isEmpty()) {
      b.append("  none\n");
    }
    for (Deadline d : e.deadlines()) {
      String status = String.format(Locale.ROOT, "%-8s", d.status());
      b.append("  ").append(colour ? paint(true, statusColour(d.status().name()), d.status().name())
          + status.substring(d.status().name().length()) : status).append(dueText(d)).append("  ")
          .append(d.ruleId()).append('\n');
      b.append("    ").append(t(d.description())).append(": ").append(d.period()).append(" from ")
          .append(t(d.trigger())).append(" on ").append(d.triggerDate());
      d.satisfiedBy().ifPresent(s -> b.append("; done by ").append(t(s))
          .append(d.satisfiedOn().map(o -> " on " + o).orElse("")));
      b.append('\n');
    }
    List<TraceEntry> incomplete = incomplete(e);
    if (!incomplete.isEmpty()) {
      b.append("\nNot fully checked (").append(incomplete.size()).append(")\n");
      for (TraceEntry te : incomplete) {
        b.append("  ").append(te.ruleId()).append(": ").append(t(String.join("; ", te.notes()))).append('\n');
      }
    }
    b.append("\nNext steps\n");
    if (e.nextSteps().isEmpty()) {
      b.append("  none open on the ladder\n");
    }
    for (NextStep s : e.nextSteps()) {
      b.append("  -> ").append(s.process()).append(s.continues() ? " (continues)" : "").append(": ")
          .append(t(s.why())).append('\n');
      s.opens().ifPresent(d -> b.append("     opens on ").append(d).append('\n'));
      s.openAgain().ifPresent(r -> b.append("     open again: ").append(t(r.why())).append(" (").append(t(r.source()))
          .append(")\n"));
      for (Advice a : s.advice()) {
        b.append("     ").append(a.fits() ? "fits" : "does not fit").append(": ").append(t(a.text()))
            .append(" (").append(t(a.source())).append(")\n");
      }
    }
    return b.toString();
  }

  private static String t(String s) {
    return Escape.text(s);
  }

  /**
   * Returns whether a deadline is a single last day (its window opens on the trigger day or is one
   * day) rather than a window that opens later (such as an agenda due 3 to 5 days before a meeting).
   *
   * @param d the deadline
   * @return true for a plain deadline
   */
  static boolean isSingleDay(Deadline d) {
    LocalDate earliest = d.window().earliest().orElse(null);
    return earliest == null || earliest.equals(d.due()) || !earliest.isAfter(d.triggerDate());
  }

  /**
   * Returns the trace entries of the rules that could not check everything (a missing school
   * calendar, a missing fact).
   *
   * @param e the evaluation
   * @return the incomplete entries, in rule order
   */
  static List<TraceEntry> incomplete(Evaluation e) {
    return e.trace().stream().filter(t -> t.outcome() == TraceEntry.Outcome.INCOMPLETE).toList();
  }

  static String dueText(Deadline d) {
    if (isSingleDay(d)) {
      return "due " + d.due();
    }
    return "window " + d.window().earliest().orElseThrow() + " to " + d.due();
  }

  static String markdown(Case aCase, Jurisdiction j, Evaluation e) {
    StringBuilder b = new StringBuilder();
    b.append("# Case ").append(Escape.markdownCode(e.caseId())).append(": ").append(j.name()).append(" (").append(j.code())
        .append(")\n\n");
    b.append("As of ").append(e.asOf()).append(". **").append(counts(e)).append(".** Position on the ladder: ")
        .append(e.position()).append(" (CADRE stage ").append(e.position().cadreStage().label()).append(").\n\n");
    b.append("## Findings\n\n");
    if (e.findings().isEmpty()) {
      b.append("None.\n\n");
    } else {
      b.append("| kind | rule | finding | events | source |\n|---|---|---|---|---|\n");
      for (Finding f : e.findings()) {
        Citation c = f.citation();
        String source = c.link().map(l -> "[" + cell(c.document() + " " + c.section()) + "](" + l + ")")
            .orElse(cell(c.document() + " " + c.section()));
        b.append("| ").append(f.kind()).append(" | `").append(f.ruleId()).append("` | ").append(cell(f.message()))
            .append(" | ").append(cell(String.join(", ", f.events()))).append(" | ").append(source)
            .append(": \"").append(cell(c.quote())).append("\" |\n");
      }
      b.append('\n');
    }
    b.append("## Deadlines\n\n");
    if (e.deadlines().isEmpty()) {
      b.append("None.\n\n");
    } else {
      b.append("| status | due | rule | what | counted |\n|---|---|---|---|---|\n");
      for (Deadline d : e.deadlines()) {
        b.append("| ").append(d.status()).append(" | ").append(dueText(d)).append(" | `").append(d.ruleId())
            .append("` | ").append(cell(d.description())).append(" | ").append(d.period()).append(" from ")
            .append(cell(d.trigger())).append(" on ").append(d.triggerDate())
            .append(d.satisfiedBy().map(s -> "; done by " + cell(s) + d.satisfiedOn().map(o -> " on " + o).orElse(""))
                .orElse(""))
            .append(" |\n");
      }
      b.append('\n');
      b.append("```mermaid\n").append(timeline(aCase, j, e)).append("```\n\n");
    }
    List<TraceEntry> incomplete = incomplete(e);
    if (!incomplete.isEmpty()) {
      b.append("## Not fully checked\n\n");
      for (TraceEntry t : incomplete) {
        b.append("- `").append(t.ruleId()).append("`: ").append(cell(String.join("; ", t.notes()))).append('\n');
      }
      b.append('\n');
    }
    b.append("## Next steps\n\n");
    if (e.nextSteps().isEmpty()) {
      b.append("None open on the ladder.\n");
    }
    for (NextStep s : e.nextSteps()) {
      b.append("- **").append(s.process()).append("**").append(s.continues() ? " (continues)" : "").append(": ")
          .append(cell(s.why())).append('\n');
      s.opens().ifPresent(d -> b.append("  - opens on ").append(d).append('\n'));
      s.openAgain().ifPresent(r -> b.append("  - open again: ").append(cell(r.why())).append(" (")
          .append(cell(r.source())).append(")\n"));
      for (Advice a : s.advice()) {
        b.append("  - ").append(a.fits() ? "fits" : "does not fit").append(": ").append(cell(a.text())).append(" (")
            .append(cell(a.source())).append(")\n");
      }
    }
    return b.toString();
  }

  /** A Mermaid timeline: the case's events and the deadlines' due dates, by date. */
  static String timeline(Case aCase, Jurisdiction j, Evaluation e) {
    Map<LocalDate, List<String>> byDate = new TreeMap<>();
    for (CaseEvent ev : aCase.events()) {
      byDate.computeIfAbsent(j.counter().localDate(ev.at()), k -> new ArrayList<>())
          .add(CaseFileWriter.typeOf(ev) + " " + ev.id());
    }
    for (Deadline d : e.deadlines()) {
      String what = d.status() + " " + d.description() + " (" + d.ruleId() + ")";
      if (isSingleDay(d)) {
        byDate.computeIfAbsent(d.due(), k -> new ArrayList<>()).add("due: " + what);
      } else {
        byDate.computeIfAbsent(d.window().earliest().orElseThrow(), k -> new ArrayList<>())
            .add("window opens: " + what);
        byDate.computeIfAbsent(d.due(), k -> new ArrayList<>()).add("window closes: " + what);
      }
    }
    StringBuilder b = new StringBuilder("timeline\n    title ").append(Escape.mermaid("Case " + e.caseId()
        + " deadlines as of " + e.asOf())).append('\n');
    for (Map.Entry<LocalDate, List<String>> en : byDate.entrySet()) {
      b.append("    ").append(en.getKey());
      for (String s : en.getValue()) {
        b.append(" : ").append(Escape.mermaid(s));
      }
      b.append('\n');
    }
    return b.toString();
  }

  static String mermaid(String s) {
    return s.replace(":", " -").replace(";", ",").replace("#", "no.").replace("\n", " ");
  }

  /** A Markdown table cell or list item: {@link Escape#markdown(String) escaped}, one line. */
  static String cell(String s) {
    return Escape.markdown(s);
  }
}
