package org.iepdr.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.message.MessageCatalog;
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
    return render(format, aCase, jurisdiction, e, colour, Language.ENGLISH);
  }

  /**
   * Renders an evaluation in a language: the messages, deadline descriptions and the report's own
   * headings and labels; ids, rule ids, citations and quotations stay as they are.
   *
   * @param format the format
   * @param aCase the case evaluated
   * @param jurisdiction the jurisdiction that evaluated it
   * @param e the evaluation
   * @param colour whether the text format may use ANSI colours (JSON and Markdown never do)
   * @param language the language
   * @return the text, ending with a line break
   */
  public static String render(Format format, Case aCase, Jurisdiction jurisdiction, Evaluation e, boolean colour,
      Language language) {
    return switch (format) {
      case TEXT -> text(jurisdiction, e, colour, language);
      case JSON -> EvaluationJson.write(jurisdiction, e, language);
      case MARKDOWN -> markdown(aCase, jurisdiction, e, language);
    };
  }

  /** The report's own words: headings and labels, in English and Spanish. */
  static final MessageCatalog WORDS = MessageCatalog.load("iepdr-tool", "report",
      name -> EvaluationReport.class.getResourceAsStream(name));

  /** Renders one of the report's own phrases; {@code facts} alternates names and values. */
  static String say(Language l, String key, Object... facts) {
    Facts.Builder b = Facts.builder();
    for (int i = 0; i < facts.length; i += 2) {
      b.put((String) facts[i], facts[i + 1]);
    }
    return Message.of(WORDS, key, b.build()).render(l);
  }

  static String counts(Evaluation e) {
    return counts(e, Language.ENGLISH);
  }

  static String counts(Evaluation e, Language l) {
    Map<FindingKind, Integer> n = new TreeMap<>();
    for (Finding f : e.findings()) {
      n.merge(f.kind(), 1, Integer::sum);
    }
    return plural(l, n.getOrDefault(FindingKind.VIOLATION, 0), "violation") + ", "
        + plural(l, n.getOrDefault(FindingKind.WARNING, 0), "warning") + ", "
        + plural(l, n.getOrDefault(FindingKind.ADVISORY, 0), "advisory");
  }

  static String plural(Language l, int n, String word) {
    return say(l, "count." + word + (n == 1 ? ".one" : ".other"), "n", n);
  }

  static String text(Jurisdiction j, Evaluation e) {
    return text(j, e, false, Language.ENGLISH);
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
      case "MISSED", "EARLY" -> RED;
      case "MET", "MET_EXTENDED" -> GREEN;
      case "NOT_APPLICABLE" -> CYAN;
      default -> YELLOW;
    };
  }

  /**
   * The text format. Every text that can come from a case (ids, and the messages that quote them) is
   * {@link Escape#text(String) escaped}: it cannot add a line or a control sequence.
   */
  static String text(Jurisdiction j, Evaluation e, boolean colour, Language l) {
    StringBuilder b = new StringBuilder();
    b.append(say(l, "text.case", "caseId", t(e.caseId()), "name", j.name(), "code", j.code(), "asOf", e.asOf()))
        .append('\n');
    b.append(say(l, "text.result", "counts", counts(e, l))).append('\n');
    b.append(say(l, "text.position", "process", label(l, e.position()), "stage", stage(l, e.position().cadreStage())))
        .append('\n');
    b.append('\n').append(say(l, "text.findings", "n", e.findings().size())).append('\n');
    if (e.findings().isEmpty()) {
      b.append("  ").append(say(l, "text.none")).append('\n');
    }
    for (Finding f : e.findings()) {
      b.append("  ").append(paint(colour, kindColour(f.kind()), label(l, f.kind()))).append("  ").append(f.ruleId())
          .append('\n');
      b.append("    ").append(t(f.message(l))).append('\n');
      if (!f.events().isEmpty()) {
        b.append("    ").append(say(l, "text.events", "ids", t(String.join(", ", f.events())))).append('\n');
      }
      Citation c = f.citation();
      b.append("    ").append(say(l, "text.source")).append(' ').append(c.document()).append(' ').append(c.section());
      c.link().ifPresent(li -> b.append(" <").append(li).append('>'));
      b.append(" [").append(RuleCatalogue.label(c)).append("]\n");
      b.append("    \"").append(t(c.quote())).append("\"\n");
    }
    b.append('\n').append(say(l, "text.deadlines", "n", e.deadlines().size())).append('\n');
    if (e.deadlines().isEmpty()) {
      b.append("  ").append(say(l, "text.none")).append('\n');
    }
    for (Deadline d : e.deadlines()) {
      String name = label(l, d.outcome());
      String status = String.format(Locale.ROOT, "%-" + statusWidth(l) + "s", name);
      b.append("  ").append(colour ? paint(true, statusColour(d.outcome().name()), name)
          + status.substring(name.length()) : status).append(dueText(d, l)).append("  ")
          .append(d.ruleId()).append('\n');
      b.append("    ").append(t(d.description(l))).append(": ").append(counted(d, l, false)).append('\n');
    }
    List<TraceEntry> incomplete = incomplete(e);
    if (!incomplete.isEmpty()) {
      b.append('\n').append(say(l, "text.incomplete", "n", incomplete.size())).append('\n');
      for (TraceEntry te : incomplete) {
        b.append("  ").append(te.ruleId()).append(": ").append(t(String.join("; ", te.notes()))).append('\n');
      }
    }
    b.append('\n').append(say(l, "text.next")).append('\n');
    if (e.nextSteps().isEmpty()) {
      b.append("  ").append(say(l, "text.next.none")).append('\n');
    }
    for (NextStep s : e.nextSteps()) {
      b.append("  -> ").append(label(l, s.process())).append(s.continues() ? say(l, "next.continues") : "")
          .append(": ").append(t(s.why(l))).append('\n');
      s.opens().ifPresent(d -> b.append("     ").append(say(l, "next.opens", "date", d)).append('\n'));
      s.openAgain().ifPresent(r -> b.append("     ").append(say(l, "next.open_again")).append(": ").append(t(r.why(l)))
          .append(" (").append(t(r.source())).append(")\n"));
      for (Advice a : s.advice()) {
        b.append("     ").append(say(l, a.fits() ? "advice.fits" : "advice.does_not_fit")).append(": ")
            .append(t(a.text(l))).append(" (").append(t(a.source())).append(")\n");
      }
    }
    return b.toString();
  }

  /** The width of the outcome column: the longest outcome label of the language and a space. */
  private static int statusWidth(Language l) {
    int w = 0;
    for (org.iepdr.core.rules.DeadlineOutcome st : org.iepdr.core.rules.DeadlineOutcome.values()) {
      w = Math.max(w, label(l, st).length());
    }
    return w + 1;
  }

  /** A CADRE stage's label: the stage's own English words, or the report's translation. */
  static String stage(Language l, org.iepdr.core.process.CadreStage stage) {
    return l == Language.ENGLISH ? stage.label() : label(l, stage);
  }

  /** A constant's label in the report's words ({@code enum.<Type>.<CONSTANT>}), its name in English. */
  static String label(Language l, Enum<?> e) {
    return say(l, "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
  }

  /** How a deadline is counted: "15 calendar days from X on D; done by Y on E". */
  private static String counted(Deadline d, Language l, boolean markdown) {
    StringBuilder b = new StringBuilder();
    String trigger = markdown ? cell(d.trigger()) : t(d.trigger());
    java.util.Optional<LocalDate> periodEnd = d.action().facts().date("period_end");
    if (periodEnd.isPresent()) {
      // a clock counted from the end of the resolution period names that end, not the complaint
      b.append(say(l, "deadline.counted_from_period_end", "period", period(d, l) + lastDay(d, l), "date",
          periodEnd.get()));
      d.action().facts().date("first_hearing_day").ifPresent(first ->
          b.append(say(l, "deadline.first_hearing_day", "date", first)));
    } else {
      // a deadline counted back from its trigger (disclosure 5 business days before the hearing) says "before"
      b.append(say(l, d.due().isBefore(d.triggerDate()) ? "deadline.counted_before" : "deadline.counted", "period",
          period(d, l) + lastDay(d, l), "trigger", trigger, "date", d.triggerDate()));
    }
    d.satisfiedBy().ifPresent(by -> {
      String id = markdown ? cell(by) : t(by);
      b.append(d.satisfiedOn().map(on -> say(l, "deadline.done_on", "by", id, "on", on))
          .orElseGet(() -> say(l, "deadline.done", "by", id)));
    });
    for (org.iepdr.core.rules.ClockChange c : d.changes()) {
      if (c.kind() != org.iepdr.core.rules.ClockChange.Kind.STARTED) {
        b.append(say(l, "deadline.change." + c.kind().name(), "by", markdown ? cell(c.event()) : t(c.event()), "on",
            c.date()));
      }
    }
    d.unextendedDue().ifPresent(u -> b.append(say(l, "deadline.unextended", "due", u)));
    d.notApplicable().ifPresent(na -> b.append(say(l, "deadline.not_applicable." + na.reason().name(), "by",
        na.event().map(x -> markdown ? cell(x) : t(x)).orElse("-"))));
    for (org.iepdr.core.rules.RuleId shaper : d.shapedBy()) {
      b.append(say(l, "deadline.shaped_by", "rule", shaper.toString()));
    }
    return b.toString();
  }

  /** A period in words: English keeps DayPeriod's own wording ("15 calendar days"). */
  private static String period(Deadline d, Language l) {
    String key = "period." + d.period().unit().name() + (d.period().amount() == 1 ? ".one" : ".other");
    return l == Language.ENGLISH || WORDS.pattern(key, l) == null ? d.period().toString()
        : say(l, key, "n", d.period().amount());
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

  /** How the last day was found, when a statute moved it: e.g. " (RSMo 1.040: a Sunday last day moves to Monday)". */
  /** The last-day rule when it is not the plain count ("(RSMo 1.040: ...)"), else nothing. */
  static String lastDay(Deadline d, Language l) {
    return d.lastDayRule() == org.iepdr.core.time.LastDayRule.AS_COUNTED ? ""
        : say(l, "deadline.last_day." + d.lastDayRule().name());
  }

  static String dueText(Deadline d) {
    return dueText(d, Language.ENGLISH);
  }

  static String dueText(Deadline d, Language l) {
    if (isSingleDay(d)) {
      return say(l, "deadline.due", "due", d.due());
    }
    return say(l, "deadline.window", "from", d.window().earliest().orElseThrow(), "due", d.due());
  }

  static String markdown(Case aCase, Jurisdiction j, Evaluation e) {
    return markdown(aCase, j, e, Language.ENGLISH);
  }

  static String markdown(Case aCase, Jurisdiction j, Evaluation e, Language l) {
    StringBuilder b = new StringBuilder();
    b.append(say(l, "md.case", "caseId", Escape.markdownCode(e.caseId()), "name", j.name(), "code", j.code()))
        .append("\n\n");
    b.append(say(l, "md.summary", "asOf", e.asOf(), "counts", counts(e, l), "process", label(l, e.position()),
        "stage", stage(l, e.position().cadreStage()))).append("\n\n");
    b.append(say(l, "md.findings")).append("\n\n");
    if (e.findings().isEmpty()) {
      b.append(say(l, "md.none")).append("\n\n");
    } else {
      b.append(say(l, "md.findings.header")).append("\n|---|---|---|---|---|\n");
      for (Finding f : e.findings()) {
        Citation c = f.citation();
        String source = c.link().map(li -> "[" + cell(c.document() + " " + c.section()) + "](" + li + ")")
            .orElse(cell(c.document() + " " + c.section()));
        b.append("| ").append(label(l, f.kind())).append(" | `").append(f.ruleId()).append("` | ")
            .append(cell(f.message(l))).append(" | ").append(cell(String.join(", ", f.events()))).append(" | ")
            .append(source).append(": \"").append(cell(c.quote())).append("\" |\n");
      }
      b.append('\n');
    }
    b.append(say(l, "md.deadlines")).append("\n\n");
    if (e.deadlines().isEmpty()) {
      b.append(say(l, "md.none")).append("\n\n");
    } else {
      b.append(say(l, "md.deadlines.header")).append("\n|---|---|---|---|---|\n");
      for (Deadline d : e.deadlines()) {
        b.append("| ").append(label(l, d.outcome())).append(" | ").append(dueText(d, l)).append(" | `").append(d.ruleId())
            .append("` | ").append(cell(d.description(l))).append(" | ").append(counted(d, l, true)).append(" |\n");
      }
      b.append('\n');
      b.append("```mermaid\n").append(timeline(aCase, j, e, l)).append("```\n\n");
    }
    List<TraceEntry> incomplete = incomplete(e);
    if (!incomplete.isEmpty()) {
      b.append(say(l, "md.incomplete")).append("\n\n");
      for (TraceEntry te : incomplete) {
        b.append("- `").append(te.ruleId()).append("`: ").append(cell(String.join("; ", te.notes()))).append('\n');
      }
      b.append('\n');
    }
    b.append(say(l, "md.next")).append("\n\n");
    if (e.nextSteps().isEmpty()) {
      b.append(say(l, "md.next.none")).append('\n');
    }
    for (NextStep s : e.nextSteps()) {
      b.append("- **").append(label(l, s.process())).append("**").append(s.continues() ? say(l, "next.continues") : "")
          .append(": ").append(cell(s.why(l))).append('\n');
      s.opens().ifPresent(d -> b.append("  - ").append(say(l, "next.opens", "date", d)).append('\n'));
      s.openAgain().ifPresent(r -> b.append("  - ").append(say(l, "next.open_again")).append(": ").append(cell(r.why(l)))
          .append(" (").append(cell(r.source())).append(")\n"));
      for (Advice a : s.advice()) {
        b.append("  - ").append(say(l, a.fits() ? "advice.fits" : "advice.does_not_fit")).append(": ")
            .append(cell(a.text(l))).append(" (").append(cell(a.source())).append(")\n");
      }
    }
    return b.toString();
  }

  /** A Mermaid timeline: the case's events and the deadlines' due dates, by date. */
  static String timeline(Case aCase, Jurisdiction j, Evaluation e) {
    return timeline(aCase, j, e, Language.ENGLISH);
  }

  static String timeline(Case aCase, Jurisdiction j, Evaluation e, Language l) {
    Map<LocalDate, List<String>> byDate = new TreeMap<>();
    for (CaseEvent ev : aCase.events()) {
      byDate.computeIfAbsent(j.counter().localDate(ev.at()), k -> new ArrayList<>())
          .add(CaseFileWriter.typeOf(ev) + " " + ev.id());
    }
    for (Deadline d : e.deadlines()) {
      String what = label(l, d.outcome()) + " " + d.description(l) + " (" + d.ruleId() + ")";
      if (isSingleDay(d)) {
        byDate.computeIfAbsent(d.due(), k -> new ArrayList<>()).add(say(l, "timeline.due", "what", what));
      } else {
        byDate.computeIfAbsent(d.window().earliest().orElseThrow(), k -> new ArrayList<>())
            .add(say(l, "timeline.opens", "what", what));
        byDate.computeIfAbsent(d.due(), k -> new ArrayList<>()).add(say(l, "timeline.closes", "what", what));
      }
    }
    StringBuilder b = new StringBuilder("timeline\n    title ").append(Escape.mermaid(say(l, "timeline.title",
        "caseId", e.caseId(), "asOf", e.asOf()))).append('\n');
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
