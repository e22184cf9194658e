package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.ParticipantRole;
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
import org.iepdr.core.time.LastDayRule;

/**
 * {@code MO.MEDIATION.SCHEDULE_15_DAYS}: the mediation session is scheduled within 15 days of selecting
 * the mediator.
 *
 * <p>RSMo 162.959.4, as the public copy at statutes.laws.com reads: "Mediation conducted pursuant to this
 * section shall be scheduled within fifteen days of selecting a mediator at a time and place mutually
 * acceptable to all parties engaged in mediation."
 *
 * <p>Counting: 15 calendar days under RSMo 1.040 ({@link MissouriTime}): the day the mediator was
 * selected (the mediator's {@link Appointment}) is day 0, the first day, excluded; the last day is
 * included, and a last day on a Sunday is excluded, so the period ends on the Monday (a Saturday or a
 * holiday stays). Read, as the project's catalogue does, as: the first session's date is no
 * later than day 15. The session is the first mediation session (held or scheduled, not cancelled) of the
 * appointment's request (any mediation session when the appointment names no request) on or after the
 * selection date. A session already scheduled for a date after day 15 is reported at once.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationSchedule15Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEDIATION.SCHEDULE_15_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(15);

  /**
   * The clock, RSMo 162.959.4: "Mediation conducted pursuant to this section shall be scheduled within
   * fifteen days of selecting a mediator at a time and place mutually acceptable to all parties", read as
   * the first session's date falling on or before day 15; counted under RSMo 1.040.
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the mediator's selection (appointment)")
      .satisfiedBy("the first mediation session, held or scheduled, dated on or before the last day")
      .lastDayRule(LastDayRule.RSMO_1_040)
      .build();

  /** Creates the rule. */
  public MediationSchedule15Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Appointment.class)
        .messages(Messages.CATALOG)
        .title("The mediation session takes place within 15 days of selecting the mediator")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.rsmo162959("162.959.4",
            "Mediation conducted pursuant to this section shall be scheduled within fifteen days of selecting a"
                + " mediator at a time and place mutually acceptable to all parties engaged in mediation."))
        .addCitations(MissouriTime.citation())
        .counting(MissouriTime.counting(15, "the mediator's selection", "the selection day"))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Appointment a : Sources.appointments(ctx, ParticipantRole.MEDIATOR)) {
      LocalDate day0 = ctx.date(a);
      LocalDate due = CLOCK.due(day0, ctx.counter());
      List<Meeting> sessions = a.request().isPresent()
          ? ctx.meetingsFor(a.request().get(), MeetingKind.MEDIATION_SESSION)
          : ctx.meetings(MeetingKind.MEDIATION_SESSION);
      Optional<Meeting> first = firstSession(ctx, sessions, day0);
      Deadline d = ctx.clock(CLOCK)
          .trigger(a.id(), day0)
          .satisfiedBy(first)
          .report();
      if (first.isPresent() && ctx.date(first.get()).isAfter(due)) {
        ctx.finding("late").date("session", ctx.date(first.get())).date("due", due).date("selected", day0)
            .events(a.id(), first.get().id()).report();
      } else if (first.isEmpty() && d.status() == DeadlineStatus.MISSED) {
        ctx.finding("missed").date("due", due).date("selected", day0).events(a.id()).report();
      }
    }
  }

  /** The first session not cancelled on or after the day the mediator was selected. */
  private static Optional<Meeting> firstSession(RuleContext ctx, List<Meeting> sessions, LocalDate day0) {
    for (Meeting m : sessions) {
      if (m.status() != Meeting.Status.CANCELLED && !ctx.date(m).isBefore(day0)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.MEDIATION_SESSION) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, CLOCK.due(trigger, counter),
        "within 15 days of selecting the mediator (RSMo 162.959(4))"));
  }
}
