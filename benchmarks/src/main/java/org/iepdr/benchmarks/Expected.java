package org.iepdr.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;

/**
 * The findings and deadlines the typical cases of {@link Cases} must produce as of
 * {@link Cases#AS_OF}: the benchmarks check them once before measuring, so a fast wrong answer is not
 * a result.
 */
public final class Expected {

  /** The rule ids of the Missouri case's findings, in report order. */
  public static final List<String> MISSOURI_FINDINGS = List.of(
      "IDEA.CIVIL_ACTION.TIME_LIMIT",
      "IDEA.RESOLUTION.MEETING_15_DAYS",
      "IDEA.STATE_COMPLAINT.CONTENTS",
      "MO.DUE_PROCESS.COMMISSIONER_15_DAYS",
      "MO.MEDIATION.NO_ATTORNEYS",
      "MO.MEDIATION.REQUEST",
      "MO.RECORDING.PARENT_RIGHT");

  /**
   * The Missouri case's deadlines: rule id and status, in report order (the order of the rules that report
   * them; a state rule that shapes a federal clock reports it under the federal id).
   */
  public static final List<String> MISSOURI_DEADLINES = List.of(
      "IDEA.CIVIL_ACTION.TIME_LIMIT PENDING", // the 90 days after the hearing decision still run (issue 17)
      "IDEA.DUE_PROCESS.RESPONSE MET",
      "IDEA.HEARING.DECISION_45_DAYS MET",
      "IDEA.RESOLUTION.MEETING_15_DAYS MISSED",
      "IDEA.STATE_COMPLAINT.DECISION_60_DAYS MET", // the federal clock, shaped by MO.CHILD_COMPLAINT.FILING_DATE
      "MO.DUE_PROCESS.COMMISSIONER_15_DAYS MISSED",
      "MO.FIEP.LEAD_TIME MET",
      "MO.MEDIATION.COMPLETE_30_DAYS MET",
      "MO.MEDIATION.SCHEDULE_15_DAYS MET",
      "MO.MEETING.NOTICE_10_DAYS MET");

  /** The rule ids of the Mississippi case's findings, in report order. */
  public static final List<String> MISSISSIPPI_FINDINGS = List.of(
      "IDEA.CIVIL_ACTION.TIME_LIMIT",
      "IDEA.HEARING.DECISION_45_DAYS",
      "IDEA.MEDIATION.NO_PLEDGE_PRECONDITION",
      "IDEA.RESOLUTION.LEA_ATTORNEY",
      "IDEA.STATE_COMPLAINT.CONTENTS",
      "MS.FACILITATION.CONSENT",
      "MS.FACILITATION.LEAD_TIME",
      "MS.RECORDING.NOTICE",
      "MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS");

  /** The Mississippi case's deadlines: rule id and status, in report order. */
  public static final List<String> MISSISSIPPI_DEADLINES = List.of(
      "IDEA.CIVIL_ACTION.TIME_LIMIT PENDING",
      "IDEA.DUE_PROCESS.RESPONSE MET",
      "IDEA.HEARING.DECISION_45_DAYS MISSED",
      "IDEA.RESOLUTION.MEETING_15_DAYS MET", // the federal clock, shaped by MS.DUE_PROCESS.RESOLUTION_SESSION
      "MS.FACILITATION.LEAD_TIME MISSED",
      "IDEA.STATE_COMPLAINT.DECISION_60_DAYS MET", // shaped by MS.STATE_COMPLAINT.DECISION_FROM_FILING
      "MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS MISSED");

  private Expected() {}

  /**
   * Returns the rule ids of an evaluation's findings, in report order.
   *
   * @param e the evaluation
   * @return the ids
   */
  public static List<String> findingIds(Evaluation e) {
    List<String> out = new ArrayList<>();
    for (Finding f : e.findings()) {
      out.add(f.ruleId().value());
    }
    return out;
  }

  /**
   * Returns an evaluation's deadlines as "rule-id STATUS", in report order.
   *
   * @param e the evaluation
   * @return the deadlines
   */
  public static List<String> deadlineIds(Evaluation e) {
    List<String> out = new ArrayList<>();
    for (Deadline d : e.deadlines()) {
      out.add(d.ruleId().value() + " " + d.status());
    }
    return out;
  }

  /**
   * Checks an evaluation of one of the typical cases against the expected findings and deadlines.
   *
   * @param c the case evaluated
   * @param e its evaluation as of {@link Cases#AS_OF}
   * @throws IllegalStateException if they differ
   */
  public static void check(Case c, Evaluation e) {
    boolean mo = "MO".equals(c.state());
    check(c.id() + " findings", mo ? MISSOURI_FINDINGS : MISSISSIPPI_FINDINGS, findingIds(e));
    check(c.id() + " deadlines", mo ? MISSOURI_DEADLINES : MISSISSIPPI_DEADLINES, deadlineIds(e));
  }

  private static void check(String what, List<String> expected, List<String> actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + ": expected " + expected + " but got " + actual);
    }
  }
}
