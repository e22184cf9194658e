package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Reply;
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
 * {@code IDEA.DUE_PROCESS.RESPONSE}: the party receiving a due process complaint responds to it
 * within 10 days of receipt (a WARNING: the rule is known from secondary sources only).
 *
 * <p>34 CFR 300.508(e)-(f), as summarised by our secondary sources (NYSED; Montana ARM) — the
 * regulation's wording was not retrieved verbatim: if the LEA has not sent the parent prior written
 * notice on the subject of the complaint, the LEA must, within 10 days of receiving the complaint,
 * send the parent a response with the contents of a prior written notice (e); otherwise the party
 * receiving the complaint must, within 10 days of receiving it, send the other party a response that
 * specifically addresses the issues raised in the complaint (f).
 *
 * <p>Facts: the response is a {@link Reply} with answer {@link Reply.Answer#RESPONSE} whose request
 * is the complaint, by a party on the receiving side. The case model does not say whether a prior
 * written notice was sent, so (e) and (f) are checked as one 10-day response.
 *
 * <p>Counting: 10 calendar days from the receiving party's receipt ({@link DueProcessReceipt}; the
 * filing day when none is recorded); receipt day is day 0; no roll-forward.
 *
 * <p>A response sent after the complaint was filed but before the recorded receipt is early, not late;
 * one dated before the complaint is reported as such.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueProcessResponse extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.DUE_PROCESS.RESPONSE");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(10);

  /** Creates the rule. */
  public DueProcessResponse() {
    super(RuleDescriptor.builder()
        .id(ID)
        .title("The party receiving a due process complaint responds within 10 days")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder()
            .document("34 CFR Part 300")
            .section("300.508(e)-(f)")
            .quote("Within 10 days of receiving the due process complaint, the LEA (if it has not sent prior"
                + " written notice on the subject matter) sends the parent a response with the contents of a"
                + " prior written notice; otherwise the receiving party sends the other party a response that"
                + " specifically addresses the issues raised in the complaint. (Secondary-source summary:"
                + " NYSED; Montana ARM; the regulation's wording was not retrieved.)")
            .verification("VERIFIED-2ND")
            .build())
        .counting("10 calendar days from receipt of the complaint; receipt day is day 0; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      DueProcessReceipt receipt = DueProcessReceipt.of(ctx, complaint);
      LocalDate due = ctx.counter().plus(receipt.date(), PERIOD);
      Optional<Reply> response = RuleContext.first(ctx.eventsFor(complaint.id(), Reply.class).stream()
          .filter(r -> r.answer() == Reply.Answer.RESPONSE)
          .filter(r -> ctx.sideOf(r.by()).filter(receipt.receiver()::equals).isPresent())
          .toList());
      Deadline d = ctx.deadline("deadline")
          .trigger(receipt.eventId(), receipt.date())
          .period(PERIOD)
          .opensOn(receipt.filed())
          .due(due)
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

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.DUE_PROCESS_RESPONSE) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, counter.plus(trigger, PERIOD),
        "within 10 days of receiving the due process complaint (34 CFR 300.508(e)-(f), secondary sources)"));
  }
}
