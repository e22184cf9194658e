package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
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
 * A reform's rule: a meeting held for a request happens no earlier than a lead time after the request
 * reaches the body it was filed with. Used by {@link Reforms#facilitationLeadTime(DayPeriod)} to replace
 * a state's facilitation lead-time rule with one of another period; it is hypothetical law, cited as
 * the reform that enacts it, and carries a new id (a rule that changes meaning gets a new id) that
 * {@link RuleDescriptor#replaces() replaces} the old one.
 *
 * <p>Counting: the day the request is filed with the body it names ({@link Request#filedWith()}) is
 * day 0, whatever later receipts the case records; the meeting may be held from day {@code period} on, counted by the jurisdiction's {@link DayCounter#plus}; calendar days do not roll.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MinimumLeadTime extends BaseRule {

  private final RequestKind request;
  private final MeetingKind meeting;
  private final ProposedAct act;
  private final DayPeriod period;

  /**
   * Creates the rule.
   *
   * @param id the new rule's id
   * @param replaces the id of the rule it replaces
   * @param reform the reform's name, cited as the rule's source
   * @param request the kind of request
   * @param meeting the kind of meeting held for it
   * @param act the act this rule plans
   * @param period the lead time
   */
  public MinimumLeadTime(RuleId id, RuleId replaces, String reform, RequestKind request, MeetingKind meeting,
      ProposedAct act, DayPeriod period) {
    super(RuleDescriptor.builder()
        .id(id)
        .title("A " + meeting.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " meeting is held at"
            + " least " + period + " after the request arrives (reform '" + reform + "')")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of(Authority.HYPOTHETICAL, Force.DUTY, "Simulation reform '" + reform + "'",
            "hypothetical",
            "The request reaches the agency at least " + period + " before the meeting (replaces " + replaces + ")."))
        .counting(period + " from the request's arrival; arrival day is day 0; no roll-forward for calendar days")
        .addReplaces(replaces)
        .build());
    this.request = Objects.requireNonNull(request, "request");
    this.meeting = Objects.requireNonNull(meeting, "meeting");
    this.act = Objects.requireNonNull(act, "act");
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * Returns the lead time.
   *
   * @return the period
   */
  public DayPeriod period() {
    return period;
  }

  /** The key owner of the wording every minimum lead time shares, whatever the reform calls its rule. */
  static final RuleId OWNER = RuleId.of("SIMULATION.MINIMUM_LEAD_TIME");

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request r : ctx.requests(request)) {
      LocalDate day0 = ctx.date(r);
      LocalDate first = ctx.counter().plus(day0, period);
      for (Meeting m : ctx.meetingsFor(r.id(), meeting)) {
        if (m.held() && ctx.date(m).isBefore(first)) {
          ctx.finding(OWNER, "early").date("held", ctx.date(m)).date("first", first).number("days", period.amount())
              .label("unit", period.unit()).date("received", day0).events(r.id(), m.id()).report();
        }
      }
    }
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct proposed, LocalDate trigger, DayCounter counter) {
    if (proposed != act) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noEarlierThan(descriptor().id(), counter.plus(trigger, period),
        "at least " + period + " after the request arrives (" + descriptor().citations().get(0).document() + ")"));
  }
}
