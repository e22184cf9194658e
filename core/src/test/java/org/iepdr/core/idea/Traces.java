package org.iepdr.core.idea;

import java.util.List;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.TraceEntry;

/** Reads one rule's trace entry, and its notes, out of an evaluation. */
final class Traces {

  private Traces() {}

  /** The trace entry of a rule (there is exactly one per rule of the jurisdiction). */
  static TraceEntry entry(Evaluation e, String ruleId) {
    return e.trace().stream().filter(t -> t.ruleId().value().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("no trace entry for " + ruleId));
  }

  /** The notes a rule left in its trace entry, in the order it noted them. */
  static List<String> notes(Evaluation e, String ruleId) {
    return entry(e, ruleId).notes();
  }
}
