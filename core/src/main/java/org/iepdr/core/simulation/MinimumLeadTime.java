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
import org.iepdr.core.rules.Clock;
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
 * <p>Counting: the state rules' own lead-time clock, counted back from the meeting ({@link #clock()},
 * {@link Clock#due}): the request must have arrived on or before the day {@code period} before the
 * meeting. The arrival is the day the request is filed with the body it names
 * ({@link Request#filedWith()}), whatever later receipts the case records; calendar days do not roll. The
 * first day the meeting may be held (the finding's and the plan's date) is the first day on or after the
 * arrival whose count back reaches the arrival: for calendar days, the arrival plus {@code period}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MinimumLeadTime extends BaseRule {

  private final RequestKind request;
  private final MeetingKind meeting;
  private final ProposedAct act;
  private final DayPeriod period;
  private final Clock clock;

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
    this.clock = Clock.before("lead_time", period)
        .startsAt("the meeting held for the request")
        .satisfiedBy("the request's arrival at the body it was filed with")
        .build();
  }

  /**
   * Returns the lead-time clock: {@code period} counted back from the meeting, to the request's arrival.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The first day on or after the request's arrival on which the meeting may be held: the first whose
   * count back ({@link Clock#due}) reaches the arrival. The count back never decreases as the meeting
   * moves later, so a meeting before this day is exactly one whose count back falls before the arrival.
   */
  private LocalDate firstMeetingDay(LocalDate arrival, DayCounter counter) {
    LocalDate day = arrival;
    while (clock.due(day, counter).isBefore(arrival)) {
      day = day.plusDays(1);
    }
    return day;
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
      for (Meeting m : ctx.meetingsFor(r.id(), meeting)) {
        if (m.held() && clock.due(ctx.date(m), ctx.counter()).isBefore(day0)) {
          LocalDate first = firstMeetingDay(day0, ctx.counter());
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
    return Optional.of(PlanConstraint.noEarlierThan(descriptor().id(), firstMeetingDay(trigger, counter),
        "at least " + period + " after the request arrives (" + descriptor().citations().get(0).document() + ")"));
  }
}
