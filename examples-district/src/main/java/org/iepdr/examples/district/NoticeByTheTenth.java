package org.iepdr.examples.district;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code XM.NOTICE.BY_10TH}: the meeting notice is entered by the 10th of the month before the
 * month of the IEP meeting.
 *
 * <p>The district's IEP meeting procedure (example local policy): "Meeting notice information must be entered by the 10th of each month for IEPs beginning
 * in September for October IEPs an all subsequent month."
 *
 * <p>Counting: the last day is the 10th of the calendar month before the meeting's month (in the
 * district's zone), whatever day of the week it is; no roll-forward. The notice is the meeting's
 * {@code MEETING_NOTICE} document; its sent date is when it was entered.
 */
public final class NoticeByTheTenth extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("XM.NOTICE.BY_10TH");

  /** Creates the rule. */
  public NoticeByTheTenth() {
    super(RuleDescriptor.builder().id(ID)
        .messages(Messages.CATALOG)
        .title("The IEP meeting notice is entered by the 10th of the month before the meeting")
        .kind(FindingKind.WARNING)
        .addCitations(DistrictRules.procedure("Before the Meeting", "Meeting notice information must be entered by the"
            + " 10th of each month for IEPs beginning in September for October IEPs an all subsequent month."))
        .counting("the 10th of the month before the meeting's month; calendar date, no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : DistrictRules.iepMeetings(ctx)) {
      LocalDate meetingDay = ctx.date(m);
      LocalDate due = meetingDay.minusMonths(1).withDayOfMonth(10);
      Optional<DocumentSent> notice = DistrictRules.first(m, DocumentKind.MEETING_NOTICE);
      var draft = ctx.deadline("deadline").trigger(m.id(), meetingDay)
          .period(DayPeriod.calendarDays((int) ChronoUnit.DAYS.between(due, meetingDay))).due(due);
      notice.ifPresent(n -> draft.satisfiedBy(m.id(), DistrictRules.sentOn(ctx, n)));
      Deadline d = draft.report();
      if (d.status() == DeadlineStatus.MISSED) {
        (notice.isPresent()
            ? ctx.finding("late").date("entered", d.satisfiedOn().get())
            : ctx.finding("missed"))
            .date("meeting", meetingDay).date("due", due).events(m.id()).report();
      }
    }
  }
}
