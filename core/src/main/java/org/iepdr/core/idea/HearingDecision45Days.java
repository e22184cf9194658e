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

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      boolean withdrawn = ctx.eventsFor(complaint.id(), Withdrawal.class).stream().anyMatch(w ->
          w.from() == Withdrawal.From.REQUEST && w.by().equals(complaint.filedBy()));
      if (withdrawn) {
        ctx.note("complaint " + complaint.id() + ": withdrawn; no hearing decision is due");
        continue;
      }
      ResolutionPeriod period = ResolutionPeriod.of(ctx, complaint);
      Optional<LocalDate> scheduled = due(period);
      if (scheduled.isEmpty()) {
        ctx.note("complaint " + complaint.id() + ": " + period.explanation() + "; the 45-day clock has not started");
        continue;
      }
      LocalDate end = period.end().orElseThrow();
      LocalDate due = scheduled.get();
      Optional<Extension> extension = Optional.empty();
      for (Extension x : ctx.eventsFor(complaint.id(), Extension.class)) {
        if (x.reason() == Extension.Reason.HEARING_OFFICER_SPECIFIC) {
          if (x.newDueDate().isBefore(due)) {
            // an extension extends: a new date before the due date counted without extensions is reported,
            // never applied (a later extension may still revise an earlier one within that bound)
            ctx.finding("extension_earlier").kind(FindingKind.WARNING).date("extended_on", ctx.date(x))
                .date("new_due", x.newDueDate()).date("due", due).events(complaint.id(), x.id()).report();
            continue;
          }
          extension = Optional.of(x);
        } else {
          ctx.note("extension " + x.id() + " (" + x.reason() + ") is not a specific extension granted by the hearing"
              + " officer and does not move the decision date");
        }
      }
      if (extension.isPresent()) {
        due = extension.get().newDueDate();
      }
      List<Decision> decisions = new ArrayList<>(ctx.decisions(complaint.id(), DecisionKind.HEARING_DECISION));
      decisions.addAll(ctx.decisions(complaint.id(), DecisionKind.DISMISSAL));
      decisions.sort((a, b) -> a.at().compareTo(b.at()));
      Optional<Decision> decision = RuleContext.first(decisions);
      LocalDate filed = ctx.date(complaint);
      // the deadline carries the end of the resolution period it counts from, and the first day the
      // hearing may be held, for a report that names them
      RuleContext.DeadlineDraft draft = ctx.deadline("deadline").date("period_end", end).label("ending", period.ending());
      period.firstHearingDay().ifPresent(day -> draft.date("first_hearing_day", day));
      Deadline d = draft
          .trigger(period.clockEventId(), end)
          .period(PERIOD)
          .opensOn(filed)
          .due(due)
          .satisfiedBy(decision)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        if (d.doneBeforeWindow()) {
          ctx.finding("before_complaint").date("issued", d.satisfiedOn().get()).date("filed", filed)
              .events(complaint.id(), decision.get().id()).report();
          continue;
        }
        List<String> ids = new ArrayList<>(List.of(complaint.id()));
        period.adjustedBy().ifPresent(ids::add);
        extension.ifPresent(x -> ids.add(x.id()));
        decision.ifPresent(x -> ids.add(x.id()));
        String key = decision.isPresent() ? (extension.isPresent() ? "late_extended" : "late")
            : extension.isPresent() ? "missed_extended" : "missed";
        RuleContext.FindingDraft f = ctx.finding(key);
        if (decision.isPresent()) {
          f.date("issued", d.satisfiedOn().get());
        }
        f.date("due", due).part("period", counted(ctx, period));
        extension.ifPresent(x -> f.date("extended", x.newDueDate()));
        f.events(ids).report();
      }
    }
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
      case EXPIRED, MEDIATION_CONTINUES -> ctx.phrase("after_period");
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
