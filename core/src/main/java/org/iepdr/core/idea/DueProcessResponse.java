package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
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
 * {@code IDEA.DUE_PROCESS.RESPONSE}: the party receiving a due process complaint responds to it
 * within 10 days of receipt (a WARNING: the rule catalogue sets it no higher, and the model cannot tell
 * (e) from (f), see below).
 *
 * <p>34 CFR 300.508(e)(1) (sites.ed.gov): "If the LEA has not sent a prior written notice under §300.503
 * to the parent regarding the subject matter contained in the parent's due process complaint, the LEA
 * must, within 10 days of receiving the due process complaint, send to the parent a response that
 * includes—" an explanation, the other options considered, the evaluations relied on and other relevant
 * factors. 300.508(f), as the IDEA Partnership restates it: "Except as provided in 34 CFR 300.508(e), the
 * party receiving a due process complaint must, within ten days of receiving the due process complaint,
 * send to the other party a response that specifically addresses the issues raised in the due process
 * complaint."
 *
 * <p>Facts: the response is a {@link Reply} with answer {@link Reply.Answer#RESPONSE} whose request
 * is the complaint, by a party on the receiving side. The case model does not say whether a prior
 * written notice was sent, so (e) and (f) are checked as one 10-day response.
 *
 * <p>Counting: 10 calendar days from the receiving party's receipt ({@link DueProcessReceipt}; the
 * filing day when none is recorded); receipt day is day 0; no roll-forward.
 *
 * <p>Not for expedited complaints: 300.532(a) and (c)(1) bring 300.508(a) through (c) into an expedited
 * hearing, not 300.508(e)-(f) (see {@link SufficiencyChallenge}); only a
 * {@link RequestKind#DUE_PROCESS_COMPLAINT} starts this clock.
 *
 * <p>A response sent after the complaint was filed but before the recorded receipt is early, not late;
 * one dated before the complaint is reported as such.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueProcessResponse extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.DUE_PROCESS.RESPONSE");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(10);

  /**
   * The clock, 300.508(e)(1): "the LEA must, within 10 days of receiving the due process complaint, send
   * to the parent a response"; 300.508(f) (as the IDEA Partnership restates it): "the party receiving a
   * due process complaint must, within ten days of receiving the due process complaint, send to the other
   * party a response". Not for an expedited complaint (300.532(a), (c)(1)).
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the receiving party's receipt of the due process complaint")
      .satisfiedBy("the receiving side's response to the complaint")
      .build();

  /** Creates the rule. */
  public DueProcessResponse() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT)
        .title("The party receiving a due process complaint responds within 10 days")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.regulation("300.508(e)(1)", "https://sites.ed.gov/idea/regs/b/e/300.508/e/1",
            "If the LEA has not sent a prior written notice under §300.503 to the parent regarding the subject"
                + " matter contained in the parent's due process complaint, the LEA must, within 10 days of"
                + " receiving the due process complaint, send to the parent a response that includes—"))
        .addCitations(Citation.builder().authority(Authority.REGULATION).force(Force.DUTY).restatement(true)
            .document(Citation.CFR_300 + ", as restated by the IDEA Partnership").section("300.508(f)")
            .link("http://www.ideapartnership.org/index.php?option=com_content&view=article&id=466&catid=31&Itemid=58")
            .quote("Except as provided in 34 CFR 300.508(e), the party receiving a due process complaint must, within"
                + " ten days of receiving the due process complaint, send to the other party a response that"
                + " specifically addresses the issues raised in the due process complaint.")
            .build())
        .counting("10 calendar days from receipt of the complaint; receipt day is day 0; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      DueProcessReceipt receipt = DueProcessReceipt.of(ctx, complaint);
      LocalDate due = CLOCK.due(receipt.date(), ctx.counter());
      Optional<Reply> response = response(ctx, complaint, receipt.receiver());
      Deadline d = ctx.clock(CLOCK)
          .trigger(receipt.eventId(), receipt.date())
          .opensOn(receipt.filed())
          .satisfiedBy(response)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        RuleContext.FindingDraft f = d.doneBeforeWindow()
            ? ctx.finding("before_complaint").date("sent", d.satisfiedOn().get()).date("filed", receipt.filed())
            : response.isPresent()
            ? ctx.finding("late").date("sent", d.satisfiedOn().get()).date("due", due).date("received", receipt.date())
            : ctx.finding("missed").date("due", due).date("received", receipt.date());
        f.events(response.map(r -> new String[] {complaint.id(), r.id()}).orElse(new String[] {complaint.id()}))
            .report();
      }
    }
  }

  /** The first response to the complaint by a party of the receiving side. */
  private static Optional<Reply> response(RuleContext ctx, Request complaint, Side receiver) {
    for (Reply r : ctx.eventsFor(complaint.id(), Reply.class)) {
      if (r.answer() == Reply.Answer.RESPONSE && ctx.sideOf(r.by()).orElse(null) == receiver) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.DUE_PROCESS_RESPONSE) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, CLOCK.due(trigger, counter),
        "within 10 days of receiving the due process complaint (34 CFR 300.508(e)-(f), secondary sources)"));
  }
}
