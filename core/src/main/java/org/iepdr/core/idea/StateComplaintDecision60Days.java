package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.InvalidInputException;
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
 * {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS}: the state agency issues its written decision on a
 * state complaint within 60 days after the complaint is filed, unless the time limit is lawfully
 * extended.
 *
 * <p>34 CFR 300.152(a): the State's procedures include "a time limit of 60 days after a complaint is
 * filed under § 300.153 to—" investigate, let the parties be heard, decide and issue "a written
 * decision to the complainant". 300.152(b)(1) permits an extension "only if" "(i) Exceptional
 * circumstances exist with respect to a particular complaint", or (ii) the parent (or the individual or
 * organization, where the State makes mediation or other alternative dispute resolution available to
 * them) and the public agency agree to extend the time to use mediation or other alternative dispute
 * resolution.
 *
 * <p>Counting: 60 calendar days; the filing date is day 0; the due date is the last day on which the
 * decision is on time and does not roll off a weekend or holiday. The decision is on time from the day
 * the state agency had the complaint ({@link Filing#received()}): where a state's filing date falls
 * after that day (Missouri files a complaint received after hours on the next business day), a
 * decision issued in between is early, not late. A decision dated before the agency had the complaint
 * is reported as such. An {@link Extension} with reason
 * {@link Extension.Reason#EXCEPTIONAL_CIRCUMSTANCES} or {@link Extension.Reason#AGREED_FOR_MEDIATION_OR_ADR},
 * dated on or before the due date it extends, moves the due date to its
 * {@link Extension#newDueDate()}; a later lawful extension moves it again. An extension with any other
 * reason does not move it and is itself reported (300.152(b) allows no other ground). An extension dated
 * after the due date had passed is not applied (noted in the trace). The parties' agreement behind an
 * {@code AGREED_FOR_MEDIATION_OR_ADR} extension is taken from the extension's reason; it is not
 * cross-checked against an {@code Agreement}. A complaint withdrawn on or before its due date without a
 * decision has no deadline (noted in the trace).
 *
 * <p>Extending this rule (states): the filing date is computed in one place,
 * {@link #filing(RuleContext, Request)}, which returns the complaint's local date here. A state whose
 * filing date differs (Missouri: a complaint received after business hours is filed the next business
 * day) or that adds its own rule on the same clock (Mississippi: the clock runs from filing, never from
 * the district's verification) subclasses this class, passes its own descriptor to
 * {@link #StateComplaintDecision60Days(RuleDescriptor)} (same id to replace this rule, or a new id that
 * lists this one in {@link RuleDescriptor#replaces()}), may add {@link #federalCitations()}, and overrides
 * {@code filing}. Evaluation and planning are otherwise fixed.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public class StateComplaintDecision60Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.STATE_COMPLAINT.DECISION_60_DAYS");

  /** The time limit: 60 calendar days. */
  public static final DayPeriod PERIOD = DayPeriod.calendarDays(60);

  /** Creates the federal rule. */
  public StateComplaintDecision60Days() {
    this(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.STATE_COMPLAINT)
        .title("The state agency issues a written decision on a state complaint within 60 days of filing")
        .kind(FindingKind.VIOLATION)
        .addAllCitations(federalCitations())
        .counting("60 calendar days from the filing date; filing date is day 0; no roll-forward; moved only by an"
            + " extension for exceptional circumstances or agreed mediation/ADR")
        .build());
  }

  /**
   * Creates the rule with another descriptor, for a state's subclass.
   *
   * @param descriptor the state rule's descriptor
   */
  protected StateComplaintDecision60Days(RuleDescriptor descriptor) {
    super(descriptor);
  }

  /**
   * Returns the federal citations (300.152(a) and (b)(1)), for a subclass's descriptor.
   *
   * @return the citations
   */
  public static List<Citation> federalCitations() {
    return List.of(
        Citation.regulation("300.152(a)", "https://law.lawstack.com/cfr/34/300.152/",
            "a time limit of 60 days after a complaint is filed under § 300.153 to—"),
        Citation.regulation("300.152(b)(1)", "https://sites.ed.gov/idea/regs/b/b/300.152/b/1",
            "Exceptional circumstances exist with respect to a particular complaint"));
  }

  /**
   * When and how a complaint was filed: day 0 of the 60-day clock, the event that fixes it, how to say
   * it in a message, and the day the state agency had the complaint.
   *
   * @param date the filing date (day 0)
   * @param eventId the id of the event the filing date rests on (the complaint, or its receipt)
   * @param words how a message says it, completing "60 days after the complaint was ...", e.g.
   *     "filed on 2026-03-02": a phrase of the rule's catalog (the federal one is
   *     {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS.filed}, "filed on {filed}")
   * @param received the day the state agency had the complaint, on or before the filing date: a
   *     decision from that day on is on time (early, if before the filing date); one dated before it
   *     is reported as dated before the agency had the complaint
   */
  public record Filing(LocalDate date, String eventId, Message words, LocalDate received) {

    /**
     * Creates the record.
     *
     * @param date date
     * @param eventId event id
     * @param words words
     * @param received the day the agency had the complaint
     * @throws InvalidInputException if {@code received} is after {@code date}
     */
    public Filing {
      java.util.Objects.requireNonNull(date, "date");
      java.util.Objects.requireNonNull(eventId, "eventId");
      java.util.Objects.requireNonNull(words, "words");
      java.util.Objects.requireNonNull(received, "received");
      if (received.isAfter(date)) {
        throw new InvalidInputException("received", received, "on or before the filing date " + date);
      }
    }

    /**
     * Creates a filing on the day the agency received the complaint.
     *
     * @param date the filing date, which is also the day the agency had the complaint
     * @param eventId event id
     * @param words words
     */
    public Filing(LocalDate date, String eventId, Message words) {
      this(date, eventId, words, date);
    }

    /**
     * Creates a filing worded in English only.
     *
     * @param date date
     * @param eventId event id
     * @param words words, in English
     * @param received the day the agency had the complaint
     * @deprecated transitional: word the filing as a phrase of the rule's catalog
     */
    @Deprecated
    public Filing(LocalDate date, String eventId, String words, LocalDate received) {
      this(date, eventId, Message.literal(java.util.Objects.requireNonNull(words, "words")), received);
    }

    /**
     * Creates a filing worded in English only, on the day the agency received the complaint.
     *
     * @param date date
     * @param eventId event id
     * @param words words, in English
     * @deprecated transitional: word the filing as a phrase of the rule's catalog
     */
    @Deprecated
    public Filing(LocalDate date, String eventId, String words) {
      this(date, eventId, Message.literal(java.util.Objects.requireNonNull(words, "words")), date);
    }
  }

  /**
   * Returns the filing of a complaint: day 0 of the 60-day clock. The federal rule uses the local date
   * the complaint was filed (the request's instant in the jurisdiction's zone). Override to apply a
   * state's filing-date rule; the result must depend on nothing but the case.
   *
   * @param ctx the evaluation context
   * @param complaint the state complaint
   * @return the filing
   */
  protected Filing filing(RuleContext ctx, Request complaint) {
    LocalDate date = ctx.date(complaint);
    return new Filing(date, complaint.id(), ctx.phrase(ID, "filed").date("filed", date).build());
  }

  @Override
  public final void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      Filing filing = filing(ctx, complaint);
      LocalDate day0 = filing.date();
      final LocalDate original = ctx.counter().plus(day0, PERIOD);
      LocalDate due = original;
      Optional<Extension> applied = Optional.empty();
      for (Extension ext : ctx.eventsFor(complaint.id(), Extension.class)) {
        if (!lawful(ext.reason())) {
          ctx.finding(ID, "extension_unlawful").date("extended_on", ctx.date(ext)).date("due", due)
              .events(complaint.id(), ext.id()).report();
        } else if (ctx.date(ext).isAfter(due)) {
          ctx.note("extension " + ext.id() + " is dated after the due date " + due + " had passed; not applied");
        } else if (ext.newDueDate().isBefore(original)) {
          // an extension extends: a new date before the due date counted without extensions is reported,
          // never applied (a later extension may still revise an earlier one within that bound)
          ctx.finding(ID, "extension_earlier").kind(FindingKind.WARNING).date("extended_on", ctx.date(ext))
              .date("new_due", ext.newDueDate()).date("due", original).events(complaint.id(), ext.id()).report();
        } else {
          due = ext.newDueDate();
          applied = Optional.of(ext);
        }
      }
      Optional<Decision> decision = RuleContext.first(ctx.decisions(complaint.id(), DecisionKind.STATE_COMPLAINT_DECISION));
      if (decision.isEmpty() && withdrawnBy(ctx, complaint, due)) {
        ctx.note("complaint " + complaint.id() + ": withdrawn before its due date; no decision needed");
        continue;
      }
      Deadline d = ctx.deadline(ID, "deadline")
          .trigger(filing.eventId(), day0)
          .period(PERIOD)
          .opensOn(filing.received())
          .due(due)
          .satisfiedBy(decision)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        String[] ids = decision.map(x -> new String[] {complaint.id(), x.id()}).orElse(new String[] {complaint.id()});
        LocalDate issued = d.satisfiedOn().orElse(null);
        if (d.doneBeforeWindow()) {
          ctx.finding(ID, "before_filing").date("issued", d.satisfiedOn().get()).date("received", filing.received())
              .events(ids).report();
          continue;
        }
        RuleContext.FindingDraft f = issued != null
            ? ctx.finding(ID, applied.isPresent() ? "late_extended" : "late").date("issued", issued)
            : ctx.finding(ID, applied.isPresent() ? "missed_extended" : "missed");
        if (applied.isPresent()) {
          f.date("due", applied.get().newDueDate());
        } else {
          f.date("due", original).part("filing", filing.words());
        }
        f.events(ids).report();
      }
    }
  }

  private static boolean lawful(Extension.Reason reason) {
    return reason == Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES || reason == Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR;
  }

  private static boolean withdrawnBy(RuleContext ctx, Request complaint, LocalDate due) {
    return ctx.eventsFor(complaint.id(), Withdrawal.class).stream().anyMatch(w -> w.from() == Withdrawal.From.REQUEST && !ctx.date(w).isAfter(due));
  }

  @Override
  public final Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.STATE_COMPLAINT_DECISION) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(id(), counter.plus(trigger, PERIOD),
        "within 60 days after the state complaint is filed (34 CFR 300.152(a))"));
  }
}
