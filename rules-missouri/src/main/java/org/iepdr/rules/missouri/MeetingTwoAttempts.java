package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code MO.MEETING.TWO_ATTEMPTS} (warning): before a Missouri district holds an IEP meeting without the
 * parent, it makes two attempts to have the parent attend, each with at least 10 days' notice.
 *
 * <p>DESE's frequently asked questions on parent participation: "State regulations require the public
 * agency to make two attempts to convince the parent to attend a meeting before they hold the meeting
 * without the parent in attendance." The next sentence, as the copy read gives it, begins "On each attempt,
 * the agency must provide the parent with at least ten (10" and breaks off; that each attempt gives at
 * least 10 days' notice is the library's reading of it. Agency guidance (an FAQ page reporting the State's
 * regulations, which were not retrieved), so the rule reports a {@link FindingKind#WARNING}.
 *
 * <p>Counting: 10 calendar days counted back from the meeting day (no roll-forward): the second of the
 * meeting's {@link Meeting#participationAttempts() participation attempts}, in time order, is on time on or
 * before that day. Checked for each held IEP or facilitated IEP meeting that no family-side party attended.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MeetingTwoAttempts extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEETING.TWO_ATTEMPTS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(10);

  /** The number of attempts. */
  static final int ATTEMPTS = 2;

  /**
   * The clock, DESE's parent-participation FAQ: two attempts before a meeting without the parent, each
   * with at least ten days' notice (the library's reading of a sentence the copy read cuts off). Counted
   * back from the meeting; the second attempt answers it.
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the IEP meeting held without the parent")
      .satisfiedBy("the second attempt to have the parent attend")
      .build();

  /** Creates the rule. */
  public MeetingTwoAttempts() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .messages(Messages.CATALOG)
        .title("Two attempts, each with at least 10 days' notice, before an IEP meeting is held without the parent")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder().authority(Authority.AGENCY_GUIDANCE).force(Force.DUTY)
            .document("Missouri Department of Elementary and Secondary Education (DESE), \"Frequently Asked Questions:"
                + " Parent Participation\"")
            .section("What steps must a public agency take to demonstrate that they have provided the parent(s) with"
                + " an opportunity to participate in a meeting?")
            .link("http://dese.mo.gov/faqs/parent%20participation")
            .quote("State regulations require the public agency to make two attempts to convince the parent to attend"
                + " a meeting before they hold the meeting without the parent in attendance.").build())
        .counting("10 calendar days counted back from the meeting: the second attempt on or before meeting date - 10"
            + " is on time; no roll-forward")
        .build());
  }

  /** The IEP meetings, facilitated or not. */
  private static final MeetingKind[] IEP_MEETINGS = {
    MeetingKind.IEP, MeetingKind.FACILITATED_IEP
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : ctx.meetings(IEP_MEETINGS)) {
      if (m.status() != Meeting.Status.HELD
          || m.attendees().stream().anyMatch(a -> ctx.sideOf(a).filter(Side.FAMILY::equals).isPresent())) {
        continue;
      }
      LocalDate day = ctx.date(m);
      List<LocalDate> attempts = m.participationAttempts().stream().map(ParticipationAttempt::at).sorted()
          .map(ctx::date).toList();
      RuleContext.DeadlineDraft draft = ctx.clock(CLOCK).trigger(m.id(), day);
      if (attempts.size() >= ATTEMPTS) {
        draft.satisfiedBy(m.id(), attempts.get(ATTEMPTS - 1));
      }
      Deadline d = draft.report();
      if (d.status() == DeadlineStatus.MISSED) {
        if (attempts.size() >= ATTEMPTS) {
          ctx.finding("late").date("meeting", day).date("second", attempts.get(ATTEMPTS - 1)).date("due", d.due())
              .events(m.id()).report();
        } else {
          ctx.finding("too_few").date("meeting", day).date("due", d.due()).number("attempts", attempts.size())
              .events(m.id()).report();
        }
      }
    }
  }
}
