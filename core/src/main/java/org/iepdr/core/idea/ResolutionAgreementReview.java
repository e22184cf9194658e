package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
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
import org.jspecify.annotations.Nullable;

/**
 * {@code IDEA.RESOLUTION.AGREEMENT_REVIEW}: either party may void a resolution agreement within 3
 * business days of its execution; after that the agreement stands.
 *
 * <p>34 CFR 300.510(e): "If the parties execute such an agreement, a party may void the agreement
 * within three business days of the agreement's execution."
 *
 * <p>Only a {@link AgreementKind#RESOLUTION_AGREEMENT} has this review period: a
 * {@link AgreementKind#MEDIATION_AGREEMENT} (300.506(b)(6)-(7)) has none, and neither does a
 * {@link AgreementKind#SETTLEMENT_AGREEMENT}: 300.510(e) gives the right to void "such an agreement",
 * the written settlement agreement reached at the resolution meeting (300.510(d)).
 *
 * <p>Facts: a voiding is a {@link Withdrawal} {@link Withdrawal.From#AGREEMENT} whose request names
 * the complaint; it voids the latest resolution agreement for that complaint executed on or before
 * it. Voiding is a right, not a duty: a void within the window is lawful and reported as the act that
 * met the deadline; a void after it is ineffective and reported as a WARNING ("the agreement
 * stands"). The review deadline is reported when a party voided, or while the window is open.
 *
 * <p>Counting: 3 business days (Monday to Friday except federal and State holidays, the
 * jurisdiction's business calendar); the execution day is day 0; the window is the execution day to
 * the third business day after it, which is a business day by construction. Executed Wednesday
 * 2026-11-25, Thanksgiving Thursday is skipped: Friday 11-27, Monday 11-30, Tuesday 12-01.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ResolutionAgreementReview extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.RESOLUTION.AGREEMENT_REVIEW");

  static final DayPeriod PERIOD = DayPeriod.businessDays(3);

  /**
   * The clock, 300.510(e): "If the parties execute such an agreement, a party may void the agreement
   * within three business days of the agreement's execution." A right, not a duty: reported when a
   * party voided, or while the window is open; a void after it is ineffective (a warning).
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the execution of the resolution agreement")
      .satisfiedBy("a party's voiding of the agreement (optional: without it the agreement stands)")
      .build();

  /** Creates the rule. */
  public ResolutionAgreementReview() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Agreement.class)
        .title("Either party may void a resolution agreement within 3 business days of its execution")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.510(e)",
            "https://sites.ed.gov/idea/regs/b/e/300.510/e",
            "If the parties execute such an agreement, a party may void the agreement within three business days"
                + " of the agreement's execution."))
        .counting("3 business days from execution (day 0); federal and State holidays are not business days")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<Agreement> agreements = ctx.agreements(AgreementKind.RESOLUTION_AGREEMENT);
    if (agreements.isEmpty()) {
      return;
    }
    // Each withdrawal voids at most one agreement; find it once per withdrawal (a binary search in
    // its complaint's agreements and in those naming none), keeping the first withdrawal per agreement.
    Map<String, List<Agreement>> byRequest = new HashMap<>();
    List<Agreement> general = new ArrayList<>();
    for (Agreement a : agreements) {
      if (a.request().isPresent()) {
        byRequest.computeIfAbsent(a.request().get(), k -> new ArrayList<>(2)).add(a);
      } else {
        general.add(a);
      }
    }
    Map<Agreement, Withdrawal> voidedBy = new IdentityHashMap<>();
    for (Withdrawal w : ctx.events(Withdrawal.class)) {
      if (w.from() == Withdrawal.From.AGREEMENT) {
        Agreement own = latestBy(byRequest.getOrDefault(w.request(), List.of()), w);
        Agreement any = latestBy(general, w);
        Agreement voided = own == null ? any : any == null ? own
            : TIMELINE.compare(own, any) >= 0 ? own : any;
        if (voided != null) {
          voidedBy.putIfAbsent(voided, w);
        }
      }
    }
    for (Agreement a : agreements) {
      LocalDate executed = ctx.date(a);
      LocalDate last = CLOCK.due(executed, ctx.counter());
      Optional<Withdrawal> voiding = Optional.ofNullable(voidedBy.get(a));
      if (voiding.isEmpty() && ctx.asOf().isAfter(last)) {
        ctx.note(() -> "resolution agreement " + a.id() + ": not voided by " + last + "; it stands");
        continue;
      }
      Deadline d = ctx.clock(CLOCK)
          .trigger(a)
          .satisfiedBy(voiding)
          .report();
      if (voiding.isPresent() && d.status() == DeadlineStatus.MISSED) {
        ctx.finding("voided_late").kind(FindingKind.WARNING).date("signed", executed)
            .date("voided", d.satisfiedOn().get()).date("due", last).events(a.id(), voiding.get().id()).report();
      }
    }
  }

  private static final Comparator<CaseEvent> TIMELINE =
      Comparator.comparing(CaseEvent::at).thenComparing(CaseEvent::id);

  /** The last agreement of a list in timeline order executed at or before a withdrawal, or null. */
  private static @Nullable Agreement latestBy(List<Agreement> agreements, Withdrawal w) {
    int lo = 0;
    int hi = agreements.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (agreements.get(mid).at().isAfter(w.at())) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo == 0 ? null : agreements.get(lo - 1);
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.RESOLUTION_AGREEMENT_VOID) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, CLOCK.due(trigger, counter),
        "within 3 business days of the resolution agreement's execution (34 CFR 300.510(e))"));
  }
}
