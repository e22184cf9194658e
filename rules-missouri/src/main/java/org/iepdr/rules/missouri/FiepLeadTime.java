package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
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
 * {@code MO.FIEP.LEAD_TIME} (warning): the facilitated IEP request reaches DESE at least 10 days before the
 * meeting.
 *
 * <p>DESE's "Facilitated IEP Process" flyer (2016-2017): "In general, a request should be made at least 10
 * days in advance of a meeting, so an independent facilitator can be assigned to complete the preparation
 * work." and "Formal requests should allow for at least a 10-day lead time for facilitator preparation."
 * Both are recommendations ("in general", "should"), so a late request is a {@link FindingKind#WARNING}.
 *
 * <p>Counting: 10 calendar days counted backward from the meeting date: the request is on time when it
 * reached DESE on or before the meeting date minus 10 days (a meeting 10 days after DESE's receipt is on
 * time, 9 days is late); no roll-forward. DESE's receipt is {@link RuleContext#receivedBy} the state
 * agency (the filing itself when the request was filed with DESE); the meeting is the one the request
 * names ({@code forMeeting}), else the facilitated IEP meetings held or scheduled for the request.
 * Cancelled meetings are not checked.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FiepLeadTime extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.FIEP.LEAD_TIME");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(10);

  /**
   * The clock, DESE's FIEP flyer: "In general, a request should be made at least 10 days in advance of a
   * meeting, so an independent facilitator can be assigned to complete the preparation work." Counted
   * back from each facilitated IEP meeting (not cancelled); a recommendation, so a late request is a
   * warning.
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the facilitated IEP meeting")
      .satisfiedBy("DESE's receipt of the facilitation request (its filing, when filed with DESE)")
      .build();

  /** Creates the rule. */
  public FiepLeadTime() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.FACILITATED_IEP)
        .messages(Messages.CATALOG)
        .title("A facilitated IEP request reaches DESE at least 10 days before the meeting")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder().authority(Authority.AGENCY_GUIDANCE).force(Force.RECOMMENDATION)
            .document(Sources.FIEP_FLYER).section("How far in advance should a facilitator be requested?")
            .link(Sources.FIEP_LINK)
            .quote("In general, a request should be made at least 10 days in advance of a meeting, so an independent"
                + " facilitator can be assigned to complete the preparation work.").build())
        .addCitations(Citation.builder().authority(Authority.AGENCY_GUIDANCE).force(Force.RECOMMENDATION)
            .document(Sources.FIEP_FLYER).section("When will FIEP facilitators be available?")
            .link(Sources.FIEP_LINK)
            .quote("Formal requests should allow for at least a 10-day lead time for facilitator preparation.").build())
        .counting("10 calendar days backward from the meeting date: DESE's receipt on or before meeting date - 10"
            + " is on time; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request r : ctx.requests(RequestKind.FACILITATED_IEP)) {
      List<Meeting> meetings = meetings(ctx, r);
      if (meetings.isEmpty()) {
        ctx.note(() -> "request " + r.id() + ": no facilitated IEP meeting recorded for it; lead time not checked");
        continue;
      }
      Optional<CaseEvent> reached = ctx.arrival(r, Recipient.STATE_AGENCY);
      if (reached.isEmpty()) {
        ctx.note(() -> "request " + r.id() + ": no receipt by DESE recorded; counted from the filing date");
      }
      CaseEvent receiptEvent = reached.orElse(r);
      LocalDate receiptDate = ctx.date(receiptEvent);
      for (Meeting m : meetings) {
        if (m.status() == Meeting.Status.CANCELLED) {
          continue;
        }
        LocalDate meetingDate = ctx.date(m);
        LocalDate latest = CLOCK.due(meetingDate, ctx.counter());
        Deadline d = ctx.clock(CLOCK)
            .trigger(m.id(), meetingDate)
            .satisfiedBy(receiptEvent.id(), receiptDate)
            .report();
        if (d.status() == DeadlineStatus.MISSED) {
          ctx.finding("late").date("received", receiptDate).date("meeting", meetingDate).date("due", latest)
              .events(r.id(), m.id()).report();
        }
      }
    }
  }

  /**
   * The meetings of a request, each once: the meeting it names, then the facilitated IEP meetings held
   * for it.
   */
  private static List<Meeting> meetings(RuleContext ctx, Request r) {
    String named = r.forMeeting().orElse(null);
    Meeting forMeeting = named != null && ctx.event(named).orElse(null) instanceof Meeting m ? m : null;
    List<Meeting> held = ctx.meetingsFor(r.id(), MeetingKind.FACILITATED_IEP);
    if (forMeeting == null && held.isEmpty()) {
      return List.of();
    }
    List<Meeting> out = new ArrayList<>(held.size() + 1);
    if (forMeeting != null) {
      out.add(forMeeting);
    }
    for (Meeting m : held) {
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.FACILITATED_IEP_MEETING) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noEarlierThan(ID, counter.plus(trigger, CLOCK.period()),
        "at least 10 days after the request reaches DESE, for the facilitator's preparation (DESE FIEP flyer)"));
  }
}
