package org.iepdr.core.testing;

import java.util.List;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.TraceEntry;

/** Reads one rule's trace entry, and its notes, out of an evaluation (shared by the state modules' tests). */
public final class Traces {

  private Traces() {}

  /**
   * The trace entry of a rule; fails unless the evaluation holds exactly one for it.
   *
   * @param e the evaluation
   * @param ruleId the rule's id
   * @return its trace entry
   */
  public static TraceEntry entry(Evaluation e, String ruleId) {
    RuleId id = RuleId.of(ruleId);
    List<TraceEntry> entries = e.trace().stream().filter(t -> t.ruleId().equals(id)).toList();
    if (entries.size() != 1) {
      throw new AssertionError("expected one trace entry for " + ruleId + ", found " + entries.size());
    }
    return entries.get(0);
  }

  /**
   * The notes a rule left in its trace entry, in the order it noted them.
   *
   * @param e the evaluation
   * @param ruleId the rule's id
   * @return the notes
   */
  public static List<String> notes(Evaluation e, String ruleId) {
    return entry(e, ruleId).notes();
  }
}
