package org.iepdr.examples.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.process.Step;
import org.iepdr.core.rules.Jurisdiction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code iepdr ladder --state MO}: the escalation path, and what is open next from a process. */
@Command(name = "ladder", mixinStandardHelpOptions = true,
    description = "The jurisdiction's escalation path (the ladder of dispute-resolution processes) and, from a"
        + " given process, what is open next with the sources' advice.")
final class LadderCommand implements Callable<Integer> {

  @ParentCommand
  IepdrCommand parent;

  @Option(names = "--state", required = true, paramLabel = "CODE", description = "The jurisdiction, e.g. MO.")
  String state;

  @Option(names = "--from", paramLabel = "PROCESS",
      description = "Show what is open next from this process: ${COMPLETION-CANDIDATES}.")
  @Nullable DisputeProcess from;

  @Option(names = "--issue", paramLabel = "ISSUE", split = ",",
      description = "What the dispute is about, for the advice: ${COMPLETION-CANDIDATES}.")
  Set<IssueKind> issues = EnumSet.noneOf(IssueKind.class);

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or mermaid. Default: ${DEFAULT-VALUE}.")
  Format format;

  /** Output formats. */
  enum Format {
    TEXT, MERMAID
  }

  @Override
  public Integer call() {
    Jurisdiction j = parent.book().jurisdiction(state);
    PrintWriter out = parent.spec.commandLine().getOut();
    EscalationPath path = j.escalation();
    out.print(format == Format.MERMAID ? mermaid(j, path, from) : text(j, path, from, issues));
    return ExitCode.OK;
  }

  static String text(Jurisdiction j, EscalationPath path, @Nullable DisputeProcess from, Set<IssueKind> issues) {
    StringBuilder b = new StringBuilder();
    b.append("Escalation path: ").append(path.name()).append(" (").append(j.code()).append(")\n");
    List<Step> steps = from == null ? path.steps() : path.stepsFrom(from);
    if (from == null) {
      for (DisputeProcess p : path.processes()) {
        b.append("  ").append(p).append("  [CADRE stage ").append(p.cadreStage().label()).append("]\n");
      }
      b.append("\nSteps\n");
      for (Step s : steps) {
        b.append("  ").append(s.from()).append(" -> ").append(s.to()).append(": ").append(s.condition())
            .append(" (").append(s.source()).append(")")
            .append(s.when().isAlways() ? "" : " [when the case shows: " + s.when() + "]").append('\n');
      }
      if (!path.advice().isEmpty()) {
        b.append("\nAdvice\n");
        for (Advice a : path.advice()) {
          b.append("  ").append(a.process()).append(a.fits() ? " fits" : " does not fit")
              .append(a.issues().isEmpty() ? "" : " " + a.issues()).append(": ").append(a.text()).append(" (")
              .append(a.source()).append(")\n");
        }
      }
      return b.toString();
    }
    b.append("From ").append(from).append(issues.isEmpty() ? "" : " about " + issues).append(", open next:\n");
    List<NextStep> next = path.nextSteps(from, issues);
    if (next.isEmpty()) {
      b.append("  nothing further on this ladder\n");
    }
    for (NextStep n : next) {
      b.append("  -> ").append(n.process()).append(": ").append(n.why()).append('\n');
      for (Advice a : n.advice()) {
        b.append("     ").append(a.fits() ? "fits" : "does not fit").append(": ").append(a.text()).append(" (")
            .append(a.source()).append(")\n");
      }
    }
    return b.toString();
  }

  static String mermaid(Jurisdiction j, EscalationPath path, @Nullable DisputeProcess from) {
    StringBuilder b = new StringBuilder("flowchart TD\n");
    Set<DisputeProcess> nodes = new LinkedHashSet<>(path.processes());
    for (DisputeProcess p : nodes) {
      b.append("    ").append(p.name()).append("[\"").append(label(p)).append("<br/><small>")
          .append(p.cadreStage().label()).append("</small>\"]\n");
    }
    List<Step> steps = new java.util.ArrayList<>();
    if (from == null) {
      nodes.forEach(p -> steps.addAll(path.stepsFrom(p)));
    } else {
      steps.addAll(path.stepsFrom(from));
    }
    for (Step s : steps) {
      b.append("    ").append(s.from().name()).append(" -->|\"").append(EvaluationReport.mermaid(s.condition())
          .replace("\"", "'")).append("\"| ").append(s.to().name()).append('\n');
    }
    if (from != null) {
      b.append("    style ").append(from.name()).append(" stroke-width:3px\n");
    }
    return b.toString();
  }

  static String label(DisputeProcess p) {
    String s = p.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT).replace("iep", "IEP");
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
