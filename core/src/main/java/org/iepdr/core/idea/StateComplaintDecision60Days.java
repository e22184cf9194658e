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
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.NotApplicable;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import org.jspecify.annotations.Nullable;

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

  /** The citation of 300.152(a) among the descriptor's, found once (every deadline cites it). */
  private volatile @Nullable Citation citation300152a;

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

  /**
   * The clock: 60 days after the complaint is filed (300.152(a)), to the written decision; extended only
   * for exceptional circumstances or an agreement to mediate or use other alternative means
   * (300.152(b)(1)); ended by the complaint's withdrawal; not running for a part set aside because a due
   * process hearing addresses it (300.152(c)(1)), nor for an issue a hearing decided (300.152(c)(2)).
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the filing of the complaint (a state's filing-date rule may fix the day)")
      .satisfiedBy("the written decision")
      .extendedOnlyFor("300.152(b)(1)", Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES,
          Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR)
      .endsOnWithdrawal("the library's reading: a complaint withdrawn by its filer needs no decision")
      .unless(Clock.Condition.Effect.SETS_ASIDE, "a part of the complaint is addressed in a due process hearing that"
          + " has not concluded", "300.152(c)(1)")
      .unless(Clock.Condition.Effect.ENDS, "an issue was decided in a due process hearing, whose decision binds",
          "300.152(c)(2)")
      .build();

  @Override
  public final void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      Filing filing = filing(ctx, complaint);
      SetAside parts = SetAside.of(ctx, complaint);
      List<SetAside.Issue> aside = parts.aside();
      // the decision that answers the clock: the first that decides a live part (one that names no issue
      // decides the whole complaint); a decision on a set-aside issue alone does not
      Optional<Decision> decision = decidingLive(ctx.decisions(complaint.id(), DecisionKind.STATE_COMPLAINT_DECISION),
          aside.isEmpty(), parts.live());
      for (SetAside.Issue i : aside) {
        ctx.note(() -> "complaint " + complaint.id() + ": " + (i.issue().equals(complaint.id()) ? "the complaint" : "issue "
            + i.issue()) + " " + switch (i.part()) {
              case PENDING_HEARING -> "is set aside while the hearing on " + i.hearing().orElseThrow() + " is pending";
              case DECIDED -> "was decided in the hearing on " + i.hearing().orElseThrow() + " (" + i.decision().orElseThrow()
                  + "), whose decision binds";
              case CONCLUDED_UNDECIDED -> "was set aside; the hearing on " + i.hearing().orElseThrow() + " concluded on "
                  + i.concluded().orElseThrow() + " without deciding it, and 300.152(c) sets no time limit for it then;"
                  + " not checked";
              case LIVE -> "keeps the 60 days";
            } + " (300.152(c))");
      }
      if (!aside.isEmpty()) {
        boolean decided = aside.stream().allMatch(i -> i.part() == SetAside.Part.DECIDED);
        SetAside.Issue first = aside.get(0);
        RuleContext.DeadlineDraft part = draft(ctx, complaint, filing)
            .text("issues", String.join(", ", aside.stream().map(SetAside.Issue::issue).toList()))
            .notApplicable(decided ? NotApplicable.Reason.DECIDED_IN_HEARING : NotApplicable.Reason.SET_ASIDE,
                decided ? first.decision().orElseThrow() : first.hearing().orElseThrow());
        part.report();
        if (parts.live().isEmpty()) {
          continue;
        }
      }
      RuleContext.DeadlineDraft draft = draft(ctx, complaint, filing).satisfiedBy(decision);
      if (!aside.isEmpty()) {
        draft.text("issues", String.join(", ", parts.live().stream().map(SetAside.Issue::issue).toList()));
      }
      Deadline d = draft.report();
      if (d.status() == DeadlineStatus.MISSED) {
        String[] ids = decision.map(x -> new String[] {complaint.id(), x.id()}).orElse(new String[] {complaint.id()});
        LocalDate issued = d.satisfiedOn().orElse(null);
        if (d.doneBeforeWindow()) {
          ctx.finding(ID, "before_filing").date("issued", d.satisfiedOn().get()).date("received", filing.received())
              .events(ids).report();
          continue;
        }
        boolean extended = d.extendedBy().isPresent();
        RuleContext.FindingDraft f = issued != null
            ? ctx.finding(ID, extended ? "late_extended" : "late").date("issued", issued)
            : ctx.finding(ID, extended ? "missed_extended" : "missed");
        if (extended) {
          f.date("due", d.due());
        } else {
          f.date("due", d.due()).part("filing", filing.words());
        }
        f.events(ids).report();
      }
    }
  }

  /** The complaint's clock from its filing, citing 300.152(a) whichever rule (federal or a state's) runs it. */
  /**
   * The first decision that decides a live part: any decision when nothing is set aside, else one that names
   * no issue (it decides the whole complaint) or names a live issue.
   */
  private static Optional<Decision> decidingLive(List<Decision> decisions, boolean noneAside, List<SetAside.Issue> live) {
    for (int i = 0, n = decisions.size(); i < n; i++) {
      Decision x = decisions.get(i);
      if (noneAside || x.decides().isEmpty()) {
        return Optional.of(x);
      }
      for (SetAside.Issue issue : live) {
        if (x.decides().contains(issue.issue())) {
          return Optional.of(x);
        }
      }
    }
    return Optional.empty();
  }

  private RuleContext.DeadlineDraft draft(RuleContext ctx, Request complaint, Filing filing) {
    return ctx.clock(ID, CLOCK).citing(citation300152a(ctx)).concerning(complaint).trigger(filing.eventId(), filing.date())
        .opensOn(filing.received());
  }

  private Citation citation300152a(RuleContext ctx) {
    Citation found = citation300152a;
    if (found == null) {
      found = descriptor().citation();
      for (Citation c : descriptor().citations()) {
        if (c.section().equals("300.152(a)")) {
          found = c;
          break;
        }
      }
      citation300152a = found; // the same value whichever thread computes it first
    }
    return found;
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
