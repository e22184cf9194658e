package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;

/**
 * {@code IDEA.RESOLUTION.PERIOD_30_DAYS}: the due process hearing on a parent's complaint may proceed
 * only after the 30-day resolution period, as adjusted by 300.510(c).
 *
 * <p>34 CFR 300.510(b)(1): "If the LEA has not resolved the due process complaint to the
 * satisfaction of the parent within 30 days of the receipt of the due process complaint, the due
 * process hearing may occur." 300.510(c): "The 45-day timeline for the due process hearing in §
 * 300.515(a) starts the day after one of the following events: (1) Both parties agree in writing to
 * waive the resolution meeting; (2) After either the mediation or resolution meeting starts but
 * before the end of the 30-day period, the parties agree in writing that no agreement is possible;
 * (3) If both parties agree in writing to continue the mediation at the end of the 30-day resolution
 * period, but later, the parent or public agency withdraws from the mediation process."
 *
 * <p>Counting: see {@link ResolutionPeriod}, which owns the numbers: calendar days, the LEA's receipt
 * is day 0, the hearing may proceed from day 31, or from the day after an adjusting event. A
 * {@link MeetingKind#HEARING} for the complaint held earlier is a violation; one still scheduled
 * earlier is a warning. A complaint filed by the agency has no resolution period (see
 * {@link ResolutionPeriod}, [UNVERIFIED] in our research).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ResolutionPeriod30Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.RESOLUTION.PERIOD_30_DAYS");

  /** Creates the rule. */
  public ResolutionPeriod30Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT)
        .title("The due process hearing may proceed only after the (adjusted) 30-day resolution period")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.510(b)(1)",
            "https://sites.ed.gov/idea/regs/b/e/300.510/b",
            "If the LEA has not resolved the due process complaint to the satisfaction of the parent within 30"
                + " days of the receipt of the due process complaint, the due process hearing may occur."))
        .addCitations(Citation.regulation("300.510(c)",
            "https://sites.ed.gov/idea/regs/b/e/300.510/c",
            "The 45-day timeline for the due process hearing in § 300.515(a) starts the day after one of the"
                + " following events: (1) Both parties agree in writing to waive the resolution meeting; (2) After"
                + " either the mediation or resolution meeting starts but before the end of the 30-day period,"
                + " the parties agree in writing that no agreement is possible; (3) If both parties agree in"
                + " writing to continue the mediation at the end of the 30-day resolution period, but later, the"
                + " parent or public agency withdraws from the mediation process."))
        .counting("30 calendar days from the LEA's receipt (day 0); the hearing may proceed from day 31, or from"
            + " the day after an adjusting event under 300.510(c)")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      ResolutionPeriod period = ResolutionPeriod.of(ctx, complaint);
      if (period.receiptAssumed()) {
        ctx.note(() -> "complaint " + complaint.id() + ": no receipt by the receiving party recorded; counted from the"
            + " filing date");
      }
      if (!period.applies()) {
        ctx.note(() -> "complaint " + complaint.id() + ": filed by the agency; no resolution period, the hearing may"
            + " proceed (UNVERIFIED reading of 300.510(a) 'the parent's due process complaint')");
        continue;
      }
      ctx.note(() -> "complaint " + complaint.id() + ": " + period.explanation());
      for (Meeting hearing : ctx.meetingsFor(complaint.id(), MeetingKind.HEARING)) {
        LocalDate day = ctx.date(hearing);
        if (hearing.status() == Meeting.Status.CANCELLED || period.hearingMayProceedOn(day)) {
          continue;
        }
        String[] ids = period.adjustedBy().map(a -> new String[] {complaint.id(), a, hearing.id()})
            .orElse(new String[] {complaint.id(), hearing.id()});
        Optional<LocalDate> first = period.firstHearingDay();
        boolean parentAbsent = period.ending() == ResolutionPeriod.Ending.PARENT_NOT_PARTICIPATING;
        String heldKey = first.isPresent() ? "held_early" : parentAbsent ? "held_while_parent_absent" : "held_during_mediation";
        String scheduledKey = first.isPresent() ? "scheduled_early"
            : parentAbsent ? "scheduled_while_parent_absent" : "scheduled_during_mediation";
        RuleContext.FindingDraft f = hearing.held()
            ? ctx.finding(heldKey)
            : ctx.finding(scheduledKey).kind(FindingKind.WARNING);
        f.date("hearing", day).part("period", period.explanationMessage());
        first.ifPresent(d -> f.date("first_day", d));
        f.events(ids).report();
      }
    }
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.DUE_PROCESS_HEARING) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noEarlierThan(ID, ResolutionPeriod.scheduledEnd(trigger).plusDays(1),
        "after the 30-day resolution period that follows the LEA's receipt of a parent's complaint, unless it"
            + " is adjusted under 34 CFR 300.510(c) (34 CFR 300.510(b)(1))"));
  }
}
