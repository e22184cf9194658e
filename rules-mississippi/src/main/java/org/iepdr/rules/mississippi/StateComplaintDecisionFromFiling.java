package org.iepdr.rules.mississippi;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code MS.STATE_COMPLAINT.DECISION_FROM_FILING}: MDE issues its written decision on a state complaint
 * within 60 days of the filing date, never counted from the date the district verified receipt.
 *
 * <p>Seed {@code 002_aac12704e11c44c8.txt}: "MDE must investigate and issue written findings within 60
 * calendar days of your filing date (not the date the district verifies receipt — OSEP corrected that
 * clock-rigging practice in 2025)." 34 CFR 300.152(a): "a time limit of 60 days after a complaint is
 * filed under § 300.153"; 300.152(b)(1) allows an extension only if "exceptional circumstances exist with
 * respect to a particular complaint" or the parties agree to extend it for mediation or other
 * alternative dispute resolution.
 *
 * <p>Replaces {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS}: it is listed in
 * {@link RuleDescriptor#replaces()}, so a Mississippi case gets one 60-day deadline and at most one
 * finding, under this id, not two. The federal rule (being added to core separately) counts the same
 * 60 days from filing; this rule restates it for Mississippi and pins the trigger, because Mississippi
 * counted from the district's verified receipt until OSEP's 2025 review.
 *
 * <p>Counting: 60 calendar days; the filing date (the day MDE received the complaint, in
 * America/Chicago; the request's own date when it was filed with MDE) is day 0; no roll-forward. A
 * {@link Receipt} {@link Receipt.Via#VERIFIED} by the district is ignored: the deadline depends on the
 * filing date alone. An {@link Extension} for exceptional circumstances or agreed for mediation/ADR,
 * made on or before the current due date, moves the due date to its new date; other extensions do not.
 */
public final class StateComplaintDecisionFromFiling extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.STATE_COMPLAINT.DECISION_FROM_FILING");

  /** The federal rule this one replaces in Mississippi. */
  static final RuleId FEDERAL = RuleId.of("IDEA.STATE_COMPLAINT.DECISION_60_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(60);

  private static final Set<Extension.Reason> ALLOWED = EnumSet.of(Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
      Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR);

  /** Creates the rule. */
  public StateComplaintDecisionFromFiling() {
    super(RuleDescriptor.builder()
        .id(ID)
        .title("The 60-day state complaint decision clock runs from the filing date, not the district's verified receipt")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.seed("What to Do If Facilitation Doesn't Resolve the Dispute",
            "MDE must investigate and issue written findings within 60 calendar days of your filing date (not the"
                + " date the district verifies receipt — OSEP corrected that clock-rigging practice in 2025)."))
        .addCitations(Citation.of("34 CFR Part 300", "300.152(a)", "https://sites.ed.gov/idea/regs/b/b/300.152/a",
            "a time limit of 60 days after a complaint is filed under § 300.153 to—"))
        .addCitations(Citation.of("34 CFR Part 300", "300.152(b)(1)", "https://sites.ed.gov/idea/regs/b/b/300.152/b/1",
            "Exceptional circumstances exist with respect to a particular complaint"))
        .counting("60 calendar days from the filing date (day 0); never from the district's verified receipt;"
            + " no roll-forward; moved only by an extension for exceptional circumstances or mediation/ADR")
        .addReplaces(FEDERAL)
        .build());
  }

  /**
   * Returns the decision deadline for a complaint filed on a date: 60 calendar days later.
   *
   * @param filingDate the filing date
   * @param counter the jurisdiction's day counting
   * @return the last day the decision is on time, before any extension
   */
  public static LocalDate dueDate(LocalDate filingDate, DayCounter counter) {
    return counter.plus(filingDate, PERIOD);
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      LocalDate filed = ctx.date(ctx.receivedBy(complaint, Recipient.STATE_AGENCY).orElse(complaint.at()));
      LocalDate due = dueDate(filed, ctx.counter());
      for (Extension x : ctx.events(Extension.class)) {
        if (!x.request().equals(complaint.id())) {
          continue;
        }
        if (ALLOWED.contains(x.reason()) && !ctx.date(x).isAfter(due) && x.newDueDate().isAfter(due)) {
          ctx.note("complaint " + complaint.id() + ": extended to " + x.newDueDate() + " (" + x.reason() + ", "
              + x.id() + ")");
          due = x.newDueDate();
        } else {
          ctx.note("complaint " + complaint.id() + ": extension " + x.id() + " (" + x.reason() + ") does not move"
              + " the deadline");
        }
      }
      for (Receipt r : ctx.receipts(complaint.id())) {
        if (r.via() == Receipt.Via.VERIFIED) {
          ctx.note("complaint " + complaint.id() + ": the district's verified receipt " + r.id() + " on "
              + ctx.date(r) + " does not start the clock");
        }
      }
      Optional<Decision> decision = RuleContext.first(ctx.decisions(complaint.id(), DecisionKind.STATE_COMPLAINT_DECISION));
      Deadline d = ctx.deadline("issue the written state complaint decision")
          .trigger(complaint.id(), filed)
          .period(PERIOD)
          .due(due)
          .satisfiedBy(decision)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        String[] ids = decision.map(x -> new String[] {complaint.id(), x.id()}).orElse(new String[] {complaint.id()});
        ctx.report(decision.isPresent()
            ? "MDE issued its decision on " + d.satisfiedOn().get() + ", after " + due + ", the last day counted"
                + " from the filing date " + filed + " (the clock never starts at the district's verified receipt)."
            : "MDE had not issued its decision by " + due + ", 60 days after the complaint was filed on " + filed
                + " (the clock never starts at the district's verified receipt).", ids);
      }
    }
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.STATE_COMPLAINT_DECISION) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, dueDate(trigger, counter),
        "within 60 calendar days of the filing date, never of the district's verified receipt (34 CFR 300.152(a);"
            + " seed 002)"));
  }
}
