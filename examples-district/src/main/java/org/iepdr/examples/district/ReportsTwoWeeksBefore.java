package org.iepdr.examples.district;

import java.time.LocalDate;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code XM.REPORTS.TWO_WEEKS}: the general-education feedback form and the providers' reports are in
 * 2 weeks before the IEP meeting.
 *
 * <p>The district's IEP meeting procedure (example local policy): "Send/Share GE Feedback Form to General Education ToR by the 10th of each for IEPs to be
 * held the subsequent month. (forms are due 2 weeks prior to IEP date)"; the same for the Provider
 * Report.
 *
 * <p>Counting: 14 calendar days backward from the meeting date (the meeting day is day 0); the form is
 * on time on that day or earlier; no roll-forward. Each {@code GENERAL_EDUCATION_FEEDBACK} and
 * {@code PROVIDER_REPORT} document recorded for the meeting is checked; a meeting without them is not
 * flagged (not every IEP has contracted providers), and the trace says so.
 */
public final class ReportsTwoWeeksBefore extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("XM.REPORTS.TWO_WEEKS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(14);

  /**
   * The feedback clock, the district's procedure: the GE Feedback Form goes out by the 10th of the month
   * before, and "(forms are due 2 weeks prior to IEP date)": 14 calendar days counted back from the meeting.
   */
  public static final Clock FEEDBACK_CLOCK = Clock.before("deadline_feedback", PERIOD)
      .startsAt("the IEP meeting")
      .satisfiedBy("the general-education feedback form, received back")
      .build();

  /**
   * The provider-report clock, the district's procedure for the Provider Report: "(forms are due 2 weeks
   * prior to IEP date)": 14 calendar days counted back from the meeting.
   */
  public static final Clock PROVIDER_REPORT_CLOCK = Clock.before("deadline_provider_report", PERIOD)
      .startsAt("the IEP meeting")
      .satisfiedBy("the contracted provider's report, received back")
      .build();

  /** Creates the rule. */
  public ReportsTwoWeeksBefore() {
    super(RuleDescriptor.builder().id(ID)
        .messages(Messages.CATALOG)
        .title("General-education feedback and provider reports are in 2 weeks before the IEP meeting")
        .kind(FindingKind.WARNING)
        .addCitations(DistrictRules.procedure("Before the Meeting", "Send/Share GE Feedback Form to General Education"
            + " ToR by the 10th of each for IEPs to be held the subsequent month. (forms are due 2 weeks prior to"
            + " IEP date)"))
        .addCitations(DistrictRules.procedure("Before the Meeting", "Send/Share Provider Report to all contracted"
            + " providers by the 10th of each month for the subsequent month.  (forms are due 2 weeks prior to IEP"
            + " date)"))
        .counting("14 calendar days before the meeting date; meeting day is day 0; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : DistrictRules.iepMeetings(ctx)) {
      LocalDate meetingDay = ctx.date(m);
      boolean any = false;
      for (DocumentSent doc : m.documents()) {
        if (doc.kind() != DocumentKind.GENERAL_EDUCATION_FEEDBACK && doc.kind() != DocumentKind.PROVIDER_REPORT) {
          continue;
        }
        any = true;
        boolean report = doc.kind() == DocumentKind.PROVIDER_REPORT;
        String what = report ? "provider_report" : "feedback";
        Clock clock = report ? PROVIDER_REPORT_CLOCK : FEEDBACK_CLOCK;
        LocalDate due = clock.due(meetingDay, ctx.counter());
        Deadline d = ctx.clock(clock).trigger(m.id(), meetingDay)
            .satisfiedBy(m.id(), DistrictRules.sentOn(ctx, doc)).report();
        if (d.status() == DeadlineStatus.MISSED) {
          ctx.finding("late_" + what).date("meeting", meetingDay).date("received", d.satisfiedOn().get())
              .date("due", due).events(m.id()).report();
        }
      }
      if (!any) {
        ctx.note("meeting " + m.id() + ": no general-education feedback or provider report recorded");
      }
    }
  }
}
