package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS} (warning): MDE forwards a formal state complaint
 * to the district within 3 business days of receiving it.
 *
 * <p>Families as Allies (faams.org/?p=6876), quoting MDE's guide (p. 12): "MDE forwards the complaint to
 * the district within 3 business days of receipt." That is a restatement in a secondary source; neither
 * FAAMS's exact sentence nor the Rule 74.19 text was retrieved, so the citation is marked as a
 * restatement and the finding is a warning.
 *
 * <p>What it checks: for every {@link RequestKind#STATE_COMPLAINT}, a {@link Receipt} by the
 * {@link Recipient#LEA} {@link Receipt.Via#FORWARDED via forwarding} no later than 3 business days
 * after MDE received the complaint. The copy the complainant sends the district under 34 CFR
 * 300.153(d) ({@code DELIVERED}) is not MDE's forwarding and does not satisfy it.
 *
 * <p>Counting: 3 business days on the Mississippi calendar (weekdays except federal and Mississippi
 * holidays, America/Chicago); the day MDE received the complaint is day 0, and the deadline is the
 * third business day after it (received on Thursday 2026-04-23: Friday is day 1, Monday 2026-04-27 is
 * Confederate Memorial Day, so the deadline is Wednesday 2026-04-29).
 *
 * <p>MDE can forward only what it has: a forwarded copy dated before MDE received the complaint is
 * reported as such ({@code Deadline.doneBeforeWindow()}), not as late.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StateComplaintForwarding extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS");

  static final DayPeriod PERIOD = DayPeriod.businessDays(3);

  /**
   * The clock, MDE's guide as Families as Allies quotes it (a restatement): "MDE forwards the complaint to
   * the district within 3 business days of receipt." Business days of the Mississippi calendar; the
   * complainant's own copy to the district (300.153(d)) does not satisfy it.
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("MDE's receipt of the state complaint")
      .satisfiedBy("the district's receipt of the complaint forwarded by MDE")
      .build();

  /** Creates the rule. */
  public StateComplaintForwarding() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.STATE_COMPLAINT)
        .messages(Messages.CATALOG)
        .title("MDE forwards a state complaint to the district within 3 business days of receipt")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder().authority(Authority.SECONDARY).force(Force.DUTY).restatement(true)
            .document("Families as Allies of Mississippi (faams.org), quoting the MDE"
                + " guide p. 12").section("Formal State Complaint").link("https://faams.org/?p=6876")
            .quote("MDE forwards the complaint to the district within 3 business days of receipt.")
            .build())
        .counting("3 business days (Mississippi calendar) after MDE's receipt; receipt day is day 0")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      Optional<CaseEvent> mdeReceipt = ctx.arrival(complaint, Recipient.STATE_AGENCY);
      if (mdeReceipt.isEmpty()) {
        ctx.note(() -> "complaint " + complaint.id() + ": no receipt by MDE recorded; forwarding not checked");
        continue;
      }
      LocalDate day0 = ctx.date(mdeReceipt.get());
      LocalDate due = CLOCK.due(day0, ctx.counter());
      Optional<Receipt> forwarded = forwarded(ctx, complaint);
      Deadline d = ctx.clock(CLOCK)
          .trigger(mdeReceipt.get().id(), day0)
          .satisfiedBy(forwarded)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        String[] ids = forwarded.map(f -> new String[] {complaint.id(), f.id()}).orElse(new String[] {complaint.id()});
        RuleContext.FindingDraft f = d.doneBeforeWindow()
            ? ctx.finding("before_receipt").date("forwarded", d.satisfiedOn().get()).date("received", day0)
            : forwarded.isPresent()
            ? ctx.finding("late").date("forwarded", d.satisfiedOn().get()).date("due", due).date("received", day0)
            : ctx.finding("missed").date("due", due).date("received", day0);
        f.events(ids).report();
      }
    }
  }

  /** The first receipt of the complaint by the district, forwarded by MDE. */
  private static Optional<Receipt> forwarded(RuleContext ctx, Request complaint) {
    for (Receipt r : ctx.receipts(complaint.id())) {
      if (r.recipient() == Recipient.LEA && r.via() == Receipt.Via.FORWARDED) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.STATE_COMPLAINT_FORWARDING) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, CLOCK.due(trigger, counter),
        "within 3 business days of MDE receiving the complaint (MDE guide, via FAAMS)"));
  }
}
