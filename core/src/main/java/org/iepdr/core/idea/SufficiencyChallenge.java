package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
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

/**
 * {@code IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE}: a party that thinks a due process complaint is
 * insufficient must say so within 15 days of receiving it, and the hearing officer must rule within
 * 5 days of receiving that notice.
 *
 * <p>34 CFR 300.508(d)(1): the complaint "must be deemed sufficient unless the party receiving the
 * due process complaint notifies the hearing officer and the other party in writing, within 15 days
 * of receipt of the due process complaint, that the receiving party believes the due process
 * complaint does not meet the requirements". 300.508(d)(2): "Within five days of receipt of
 * notification ... the hearing officer must make a determination on the face of the due process
 * complaint".
 *
 * <p>Facts: the challenge is a {@link RequestKind#SUFFICIENCY_CHALLENGE} whose {@code relatesTo}
 * names the complaint; the ruling is a {@link DecisionKind#SUFFICIENCY_RULING} whose {@code request}
 * names the challenge.
 *
 * <p>Counting: calendar days, trigger day 0, no roll-forward. The 15 days run from the challenging
 * party's receipt of the complaint ({@link DueProcessReceipt}; the filing day when none is recorded)
 * to the day the challenge was made (its filing instant). The 5 days run from the hearing officer's
 * receipt of the challenge (a {@link Recipient#HEARING_OFFICER} receipt, else the challenge's filing
 * day) to the ruling. A challenge is optional: its deadline is reported when a challenge was made or
 * while the 15 days are still open; the ruling's deadline is reported for every challenge.
 *
 * <p>Not for expedited complaints: 300.532(a) says the expedited hearing "is requested by filing a
 * complaint pursuant to §§ 300.507 and 300.508(a) and (b)", and 300.532(c)(1) makes it "consistent with
 * the requirements of §§ 300.507 and 300.508(a) through (c)" (wording as reproduced by the IDEA
 * Partnership; the sites.ed.gov paragraph was not read): 300.508(d), the sufficiency challenge, is not
 * among them. So an {@link RequestKind#EXPEDITED_DUE_PROCESS_COMPLAINT} starts no 15-day clock, and a
 * challenge of one starts no ruling clock (noted).
 *
 * <p>A challenge made after the complaint was filed but before the recorded receipt, or a ruling made
 * after the challenge but before the hearing officer's recorded receipt, is early, not late; one dated
 * before the complaint (or the challenge) it answers is reported as such.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SufficiencyChallenge extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE");

  static final DayPeriod CHALLENGE = DayPeriod.calendarDays(15);
  static final DayPeriod RULING = DayPeriod.calendarDays(5);

  /**
   * The challenge clock, 300.508(d)(1): the complaint "must be deemed sufficient unless the party
   * receiving the due process complaint notifies the hearing officer and the other party in writing,
   * within 15 days of receipt of the due process complaint". Optional: reported when a challenge was made
   * or while the 15 days are open. Not for an expedited complaint (300.532(a), (c)(1)).
   */
  public static final Clock CHALLENGE_CLOCK = Clock.after("challenge_deadline", CHALLENGE)
      .startsAt("the receiving party's receipt of the due process complaint")
      .satisfiedBy("the written notice that the complaint is insufficient (optional: without it the complaint is"
          + " deemed sufficient)")
      .unless(Clock.Condition.Effect.ENDS, "the complaint is expedited: 300.508(d) is not among the paragraphs an"
          + " expedited hearing follows", "300.532(a), (c)(1)")
      .build();

  /**
   * The ruling clock, 300.508(d)(2): "Within five days of receipt of notification under paragraph (d)(1)
   * of this section, the hearing officer must make a determination on the face of the due process
   * complaint". Counted from the hearing officer's receipt of the challenge (else its filing day).
   */
  public static final Clock RULING_CLOCK = Clock.after("ruling_deadline", RULING)
      .startsAt("the hearing officer's receipt of the sufficiency challenge")
      .satisfiedBy("the hearing officer's determination on the face of the complaint")
      .unless(Clock.Condition.Effect.ENDS, "the challenged complaint is expedited", "300.532(a), (c)(1)")
      .build();

  /** Creates the rule. */
  public SufficiencyChallenge() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.SUFFICIENCY_CHALLENGE, RequestKind.DUE_PROCESS_COMPLAINT)
        .title("A sufficiency challenge is made within 15 days of receiving the complaint; the hearing officer"
            + " rules within 5 days")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.508(d)(1)",
            "https://sites.ed.gov/idea/regs/b/e/300.508/d",
            "The due process complaint required by this section must be deemed sufficient unless the party"
                + " receiving the due process complaint notifies the hearing officer and the other party in"
                + " writing, within 15 days of receipt of the due process complaint, that the receiving party"
                + " believes the due process complaint does not meet the requirements in paragraph (b) of this"
                + " section."))
        .addCitations(Citation.regulation("300.508(d)(2)",
            "Within five days of receipt of notification under paragraph (d)(1) of this section, the hearing"
                + " officer must make a determination on the face of the due process complaint"))
        .addCitations(Citation.regulation("300.532(a)", "https://sites.ed.gov/idea/regs/b/e/300.532/a",
            "The hearing is requested by filing a complaint pursuant to §§ 300.507 and 300.508(a) and (b)."))
        .counting("15 calendar days from receipt of the complaint; 5 calendar days from the hearing officer's"
            + " receipt of the challenge; trigger day is day 0; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    // the first challenge of each complaint, found in one pass (not one pass per complaint)
    List<Request> made = ctx.requests(RequestKind.SUFFICIENCY_CHALLENGE);
    java.util.Map<String, Request> challenges = made.isEmpty() ? java.util.Map.of() : new java.util.HashMap<>();
    for (Request r : made) {
      String complaint = r.relatesTo().orElse(null);
      if (complaint != null) {
        challenges.putIfAbsent(complaint, r);
      }
    }
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      DueProcessReceipt receipt = DueProcessReceipt.of(ctx, complaint);
      LocalDate due = CHALLENGE_CLOCK.due(receipt.date(), ctx.counter());
      Optional<Request> challenge = Optional.ofNullable(challenges.get(complaint.id()));
      if (challenge.isEmpty() && ctx.asOf().isAfter(due)) {
        ctx.note(() -> "complaint " + complaint.id() + ": no sufficiency challenge by " + due + "; it is deemed sufficient");
        continue;
      }
      Deadline d = ctx.clock(CHALLENGE_CLOCK)
          .trigger(receipt.eventId(), receipt.date())
          .opensOn(receipt.filed())
          .satisfiedBy(challenge)
          .report();
      if (d.doneBeforeWindow() && d.status() == DeadlineStatus.MISSED) {
        ctx.finding("challenge_before_complaint").date("made", d.satisfiedOn().get()).date("filed", receipt.filed())
            .events(complaint.id(), challenge.get().id()).report();
      } else if (challenge.isPresent() && d.status() == DeadlineStatus.MISSED) {
        ctx.finding("challenge_late").date("made", d.satisfiedOn().get()).date("due", due)
            .date("received", receipt.date()).events(complaint.id(), challenge.get().id()).report();
      }
    }
    for (Request challenge : made) {
      String challenged = challenge.relatesTo().orElse(null);
      if (challenged != null && ctx.request(challenged).filter(SufficiencyChallenge::expedited).isPresent()) {
        ctx.note(() -> "challenge " + challenge.id() + ": it challenges an expedited complaint, to which 300.508(d)"
            + " does not apply (300.532(a), (c)(1)); no ruling clock");
        continue;
      }
      Optional<CaseEvent> heard = ctx.arrival(challenge, Recipient.HEARING_OFFICER);
      if (heard.isEmpty()) {
        ctx.note(() -> "challenge " + challenge.id() + ": no receipt by the hearing officer recorded; counted from the day"
            + " it was made");
      }
      CaseEvent trigger = heard.orElse(challenge);
      LocalDate day0 = ctx.date(trigger);
      LocalDate due = RULING_CLOCK.due(day0, ctx.counter());
      Optional<Decision> ruling = RuleContext.first(ctx.decisions(challenge.id(), DecisionKind.SUFFICIENCY_RULING));
      Deadline d = ctx.clock(RULING_CLOCK)
          .trigger(trigger.id(), day0)
          .opensOn(ctx.date(challenge))
          .satisfiedBy(ruling)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        RuleContext.FindingDraft f = d.doneBeforeWindow()
            ? ctx.finding("ruling_before_challenge").date("ruled", d.satisfiedOn().get()).date("made", ctx.date(challenge))
            : ruling.isPresent()
            ? ctx.finding("ruling_late").date("ruled", d.satisfiedOn().get()).date("due", due).date("received", day0)
            : ctx.finding("ruling_missed").date("due", due).date("received", day0);
        f.events(ruling.map(r -> new String[] {challenge.id(), r.id()}).orElse(new String[] {challenge.id()}))
            .report();
      }
    }
  }

  private static boolean expedited(Request r) {
    return r.kind() == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT;
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act == ProposedAct.SUFFICIENCY_CHALLENGE) {
      return Optional.of(PlanConstraint.noLaterThan(ID, CHALLENGE_CLOCK.due(trigger, counter),
          "within 15 days of receiving the due process complaint (34 CFR 300.508(d)(1))"));
    }
    if (act == ProposedAct.SUFFICIENCY_RULING) {
      return Optional.of(PlanConstraint.noLaterThan(ID, RULING_CLOCK.due(trigger, counter),
          "within 5 days of the hearing officer receiving the challenge (34 CFR 300.508(d)(2))"));
    }
    return Optional.empty();
  }
}
