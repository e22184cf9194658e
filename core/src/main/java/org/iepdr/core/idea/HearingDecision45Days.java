package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.ClockChange;
import org.iepdr.core.rules.NotApplicable;
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
 * {@code IDEA.HEARING.DECISION_45_DAYS}: the final hearing decision is reached and mailed within 45
 * days after the resolution period ends, unless the hearing officer grants a specific extension.
 *
 * <p>34 CFR 300.515(a): "The public agency must ensure that not later than 45 days after the
 * expiration of the 30 day period under § 300.510(b), or the adjusted time periods described in §
 * 300.510(c)— (1) A final decision is reached in the hearing; and (2) A copy of the decision is mailed
 * to each of the parties." 300.515(c): "A hearing or reviewing officer may grant specific extensions
 * of time beyond the periods set out in paragraphs (a) and (b) of this section at the request of
 * either party." (300.515(c) is verified in the 1999 text; its 2006 wording is taken to be the same.)
 *
 * <p>Counting: 45 calendar days, no roll-forward; day 0 is {@link ResolutionPeriod#end()}: day 30 of
 * the resolution period (receipt 2026-03-02: period ends 2026-04-01, decision due 2026-05-16), or the
 * day of a 300.510(c) event, since the 45 days start "the day after" it. While mediation continues by
 * written agreement the clock has not started and nothing is reported. For a complaint filed by the
 * agency, day 0 is the family's receipt ([UNVERIFIED], see {@link ResolutionPeriod}). The 45 days are an
 * outer limit ("not later than"): a decision or dismissal reached before the resolution period ends is
 * on time, so the deadline's window opens on the day the complaint was filed; a decision dated before
 * the complaint is reported as such.
 *
 * <p>Extensions: the latest {@link Extension.Reason#HEARING_OFFICER_SPECIFIC} extension for the
 * complaint sets the due date to its new due date; extensions for any other reason are noted and do
 * not move it. The decision is a {@link DecisionKind#HEARING_DECISION} (or a
 * {@link DecisionKind#DISMISSAL}) on the complaint; a complaint withdrawn by its filer needs none.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class HearingDecision45Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.HEARING.DECISION_45_DAYS");

  /** The decision period: 45 calendar days after the resolution period ends (300.515(a)). */
  public static final DayPeriod PERIOD = DayPeriod.calendarDays(45);

  /** Creates the rule. */
  public HearingDecision45Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT)
        .title("The hearing decision is reached and mailed within 45 days after the resolution period ends")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.515(a)",
            "https://sites.ed.gov/idea/regs/b/e/300.515/a",
            "The public agency must ensure that not later than 45 days after the expiration of the 30 day period"
                + " under § 300.510(b), or the adjusted time periods described in § 300.510(c)— (1) A final"
                + " decision is reached in the hearing; and (2) A copy of the decision is mailed to each of the"
                + " parties."))
        .addCitations(Citation.regulation("300.515(c)",
            "A hearing or reviewing officer may grant specific extensions of time beyond the periods set out in"
                + " paragraphs (a) and (b) of this section at the request of either party."))
        .counting("45 calendar days; day 0 is the end of the (adjusted) resolution period; no roll-forward")
        .build());
  }

  /**
   * Returns the due date of the decision for a resolution period that has ended, before extensions.
   *
   * @param period the complaint's resolution period
   * @return {@code end + 45} calendar days, or empty while mediation continues by written agreement
   */
  public static Optional<LocalDate> due(ResolutionPeriod period) {
    return java.util.Objects.requireNonNull(period, "period").end().map(end -> end.plusDays(PERIOD.amount()));
  }

  /**
   * The clock: 45 days after the resolution period ends (300.515(a)), as 300.510(b)-(c) and an amended
   * complaint move that end ({@link ResolutionPeriod}), to the final decision reached and mailed; extended
   * only by a specific extension the hearing officer grants at a party's request (300.515(c)); ended by the
   * complaint's withdrawal or its dismissal before the decision is due.
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the end of the resolution period (30 days after the LEA's receipt, or as 300.510(b)-(c) adjust it)")
      .satisfiedBy("the final decision, reached and mailed to the parties")
      .unless(Clock.Condition.Effect.STARTS, "both parties waive the resolution meeting in writing, agree in writing"
          + " that no agreement is possible, or withdraw from continued mediation", "300.510(c)")
      .unless(Clock.Condition.Effect.STARTS, "the hearing officer, at the parent's request, orders the hearing"
          + " timeline to begin (counted from the day after the order: this library's reading)", "300.510(b)(5)")
      .unless(Clock.Condition.Effect.DELAYS, "the parent does not participate in the resolution meeting (the days"
          + " until a meeting is held are added: this library's reading)", "300.510(b)(3)")
      .unless(Clock.Condition.Effect.RESTARTS, "the complaint is amended with written consent or the hearing"
          + " officer's permission: the resolution period, and so this clock, count from the amended filing",
          "300.508(d)(4)")
      .extendedOnlyFor("300.515(c)", Extension.Reason.HEARING_OFFICER_SPECIFIC)
      .endsOnWithdrawal("the library's reading: a complaint withdrawn by its filer needs no decision")
      .unless(Clock.Condition.Effect.ENDS, "the complaint is dismissed on or before the decision is due",
          "300.510(b)(4)")
      .build();

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      ResolutionPeriod period = ResolutionPeriod.of(ctx, complaint);
      List<Decision> decided = ctx.decisions(complaint.id(), DecisionKind.HEARING_DECISION);
      List<Decision> dismissals = dismissals(ctx, complaint);
      List<Decision> decisions = new ArrayList<>(decided.size() + dismissals.size());
      decisions.addAll(decided);
      for (Decision x : dismissals) {
        if (!x.denied()) {
          decisions.add(x);
        }
      }
      decisions.sort((a, b) -> a.at().compareTo(b.at()));
      Optional<ResolutionPeriod> before = period.ranOutBefore();
      if (before.isPresent()) {
        // the clock as it ran before an amendment that came after it was due: answered by a decision before
        // the amendment, else missed; the restarted clock is answered by a decision from the amendment on
        LocalDate restarted = period.receiptDate();
        clock(ctx, complaint, before.get(), decisions.stream().filter(x -> !ctx.date(x).isAfter(restarted)).toList());
        decisions = decisions.stream().filter(x -> !ctx.date(x).isBefore(restarted)).toList();
      }
      clock(ctx, complaint, period, decisions);
    }
  }

  /** Runs the 45-day clock of one resolution period, answered by the first of some decisions. */
  private static void clock(RuleContext ctx, Request complaint, ResolutionPeriod period, List<Decision> decisions) {
    Optional<LocalDate> scheduled = due(period);
    Optional<Decision> decision = RuleContext.first(decisions);
    LocalDate filed = ctx.date(complaint);
    if (scheduled.isEmpty()) {
      ctx.note(() -> "complaint " + complaint.id() + ": " + period.explanation() + "; the 45-day clock has not started");
      // a complaint dismissed or withdrawn before the clock started: its clock no longer applies, whatever
      // comes later (the due date shown is the one counted from day 30)
      Optional<Decision> dismissal = decision.filter(x -> x.kind() == DecisionKind.DISMISSAL);
      Optional<Withdrawal> withdrawal = withdrawnByFiler(ctx, complaint);
      LocalDate end = ResolutionPeriod.scheduledEnd(period.receiptDate());
      if (dismissal.isPresent() || withdrawal.isPresent()) {
        ctx.clock(CLOCK).date("period_end", end).label("ending", period.ending())
            .trigger(period.receiptEventId(), end).opensOn(filed)
            .notApplicable(dismissal.isPresent() ? NotApplicable.Reason.DISMISSED : NotApplicable.Reason.WITHDRAWN,
                dismissal.<String>map(Decision::id).orElseGet(() -> withdrawal.orElseThrow().id()))
            .report();
      } else if (decision.isPresent()) {
        // a decision reached before the clock started answered it early: whatever later delays the period
        // (a parent who did not attend a later meeting), the deadline it met stays met (counted from day 30)
        ctx.clock(CLOCK).date("period_end", end).label("ending", period.ending())
            .trigger(period.receiptEventId(), end).opensOn(filed).satisfiedBy(decision).report();
      }
      return;
    }
    LocalDate end = period.end().orElseThrow();
    // the deadline carries the end of the resolution period it counts from, and the first day the
    // hearing may be held, for a report that names them
    RuleContext.DeadlineDraft draft = ctx.clock(CLOCK).concerning(complaint).date("period_end", end)
        .label("ending", period.ending());
    period.firstHearingDay().ifPresent(day -> draft.date("first_hearing_day", day));
    period.restartedBy().ifPresent(id -> draft.changedBy(ClockChange.Kind.RESTARTED, id, period.receiptDate()));
    period.delayedBy().ifPresent(id -> draft.changedBy(ClockChange.Kind.DELAYED, id, ctx.event(id).map(ctx::date)
        .orElse(end)));
    if (period.ending() != ResolutionPeriod.Ending.DELAYED_BY_PARENT) {
      period.adjustedBy().ifPresent(id -> draft.changedBy(ClockChange.Kind.STARTED, id, end));
    }
    if (period.ending() == ResolutionPeriod.Ending.DELAYED_BY_PARENT
        || period.ending() == ResolutionPeriod.Ending.HEARING_OFFICER_ORDER) {
      ctx.note(() -> "complaint " + complaint.id() + ": " + period.explanation() + " (300.510(b) does not say how to count"
          + " this; the library's reading)");
    }
    if (decision.isPresent() && decision.get().kind() == DecisionKind.DISMISSAL
        && !ctx.date(decision.get()).isAfter(scheduled.get())) {
      draft.notApplicable(NotApplicable.Reason.DISMISSED, decision.get().id());
      decision = Optional.empty();
    }
    Deadline d = draft
        .trigger(period.clockEventId(), end)
        .opensOn(filed)
        .satisfiedBy(decision)
        .report();
    if (d.status() == DeadlineStatus.MISSED) {
      if (d.doneBeforeWindow()) {
        ctx.finding("before_complaint").date("issued", d.satisfiedOn().get()).date("filed", filed)
            .events(complaint.id(), decision.get().id()).report();
        return;
      }
      boolean extended = d.extendedBy().isPresent();
      List<String> ids = new ArrayList<>(List.of(complaint.id()));
      period.adjustedBy().ifPresent(ids::add);
      d.extendedBy().ifPresent(ids::add);
      decision.ifPresent(x -> ids.add(x.id()));
      String key = decision.isPresent() ? (extended ? "late_extended" : "late")
          : extended ? "missed_extended" : "missed";
      RuleContext.FindingDraft f = ctx.finding(key);
      if (decision.isPresent()) {
        f.date("issued", d.satisfiedOn().get());
      }
      f.date("due", d.due()).part("period", counted(ctx, period));
      if (extended) {
        f.date("extended", d.due());
      }
      f.events(ids).report();
    }
  }


  /** The first withdrawal of the complaint by its filer. */
  private static Optional<Withdrawal> withdrawnByFiler(RuleContext ctx, Request complaint) {
    for (Withdrawal w : ctx.eventsFor(complaint.id(), Withdrawal.class)) {
      if (w.from() == Withdrawal.From.REQUEST && w.by().equals(complaint.filedBy())) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the dismissals of a complaint: decided on the complaint itself, or on an LEA's request to
   * dismiss it ({@link RequestKind#DISMISSAL_REQUEST}, 300.510(b)(4)), denied ones included.
   *
   * @param ctx the rule context
   * @param complaint the complaint
   * @return its dismissals, in timeline order within each source
   */
  static List<Decision> dismissals(RuleContext ctx, Request complaint) {
    List<Decision> own = ctx.decisions(complaint.id(), DecisionKind.DISMISSAL);
    List<Decision> out = null;
    for (Request r : ctx.requests(RequestKind.DISMISSAL_REQUEST)) {
      if (complaint.id().equals(r.relatesTo().orElse(null))) {
        List<Decision> onRequest = ctx.decisions(r.id(), DecisionKind.DISMISSAL);
        if (!onRequest.isEmpty()) {
          if (out == null) {
            out = new ArrayList<>(own);
          }
          out.addAll(onRequest);
        }
      }
    }
    return out == null ? own : out;
  }

  /**
   * How the 45 days count, as a phrase: from the day the resolution period ended, and what ended it
   * when 300.510(c) did; for an agency's complaint, from its receipt.
   */
  private static Message counted(RuleContext ctx, ResolutionPeriod period) {
    Message.Builder b = switch (period.ending()) {
      case WAIVER -> ctx.phrase("after_waiver");
      case NO_AGREEMENT -> ctx.phrase("after_no_agreement");
      case MEDIATION_WITHDRAWAL -> ctx.phrase("after_mediation_withdrawal");
      case NO_RESOLUTION_PERIOD -> ctx.phrase("after_receipt");
      case HEARING_OFFICER_ORDER -> ctx.phrase("after_order");
      case EXPIRED, MEDIATION_CONTINUES, DELAYED_BY_PARENT, PARENT_NOT_PARTICIPATING -> ctx.phrase("after_period");
    };
    b.label("ending", period.ending()).date("received", period.receiptDate());
    period.end().ifPresent(day -> b.date("end", day));
    period.adjustedBy().ifPresent(id -> b.text("adjusted_by", id));
    return b.build();
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.HEARING_DECISION) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, counter.plus(ResolutionPeriod.scheduledEnd(trigger), PERIOD),
        "within 45 days after the 30-day resolution period that follows receipt of the complaint, absent a"
            + " 300.510(c) adjustment or a hearing officer's extension (34 CFR 300.515(a))"));
  }
}
