package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
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
 * {@code MS.FACILITATION.LEAD_TIME} (warning): a facilitator is requested at least 10 days before the
 * scheduled date of the IEP meeting.
 *
 * <p>CADRE's profile of Mississippi's IEP facilitation (a secondary source): Mississippi "requires that
 * the district or parent request a facilitator at least 10 days before the scheduled date of the IEP
 * meeting". The lead time is the programme's administrative need (time to find an available facilitator),
 * known only through CADRE's summary, so a late request is a
 * {@link org.iepdr.core.rules.FindingKind#WARNING}.
 *
 * <p>Counting: 10 calendar days counted backward from the scheduled meeting's date (day 0, in
 * America/Chicago); the last day on which the request is on time is the meeting date minus 10 days
 * (a request 10 days before is on time, 9 days before is late); no roll-forward. The request's date is
 * the day it was made ({@link Request#at()}). The meeting is the one the request names in
 * {@link Request#forMeeting()}; a request that names none cannot be checked, and the trace says so.
 * A cancelled meeting is not checked.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FacilitationLeadTime extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.FACILITATION.LEAD_TIME");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(10);

  /**
   * The clock, CADRE's profile of Mississippi's IEP facilitation (a secondary source): Mississippi
   * "requires that the district or parent request a facilitator at least 10 days before the scheduled date
   * of the IEP meeting". Counted back from the meeting the request names (not cancelled).
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the scheduled facilitated IEP meeting the request names")
      .satisfiedBy("the request for a facilitator")
      .build();

  /** Creates the rule. */
  public FacilitationLeadTime() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.FACILITATED_IEP)
        .messages(Messages.CATALOG)
        .title("A facilitator is requested at least 10 days before the scheduled IEP meeting")
        .kind(FindingKind.WARNING)
        .addCitations(Sources.cadre(Force.DUTY,
            "requires that the district or parent request a facilitator at least 10 days before the scheduled"
                + " date of the IEP meeting"))
        .counting("10 calendar days backward from the meeting date (day 0); on time on the meeting date minus"
            + " 10 days or earlier; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request r : ctx.requests(RequestKind.FACILITATED_IEP)) {
      if (r.forMeeting().isEmpty()) {
        ctx.note(() -> "request " + r.id() + " names no meeting; the 10-day lead time cannot be checked");
        continue;
      }
      Optional<CaseEvent> event = ctx.event(r.forMeeting().get());
      if (event.isEmpty() || !(event.get() instanceof Meeting meeting)) {
        continue;
      }
      if (meeting.status() == Meeting.Status.CANCELLED) {
        ctx.note(() -> "meeting " + meeting.id() + " was cancelled; lead time not checked");
        continue;
      }
      LocalDate meetingDate = ctx.date(meeting);
      LocalDate latest = CLOCK.due(meetingDate, ctx.counter());
      Deadline d = ctx.clock(CLOCK)
          .trigger(meeting.id(), meetingDate)
          .satisfiedBy(r)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        ctx.finding("late").date("requested", ctx.date(r)).date("meeting", meetingDate).date("due", latest)
            .events(r.id(), meeting.id()).report();
      }
    }
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.FACILITATED_IEP_MEETING) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noEarlierThan(ID, counter.plus(trigger, CLOCK.period()),
        "at least 10 days after the facilitation request (CADRE profile of Mississippi's IEP facilitation)"));
  }
}
