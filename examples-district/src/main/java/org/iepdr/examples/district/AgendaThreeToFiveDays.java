package org.iepdr.examples.district;

import java.time.LocalDate;
import java.util.Optional;
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
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code XM.AGENDA.WINDOW_3_TO_5_DAYS}: the meeting agenda goes to the parent 3 to 5 days before the
 * meeting, with a request for the parent's input (a window, not a single deadline).
 *
 * <p>The district's IEP meeting procedure (example local policy): "Send meeting agenda 3-5 days before the meeting and ask for parent input".
 *
 * <p>Counting: the window runs from 5 to 3 calendar days before the meeting date (day 0), both ends
 * included; no roll-forward. Sent earlier than the window is reported as well as sent later: an agenda
 * sent a fortnight ahead misses the point of asking for fresh input.
 */
public final class AgendaThreeToFiveDays extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("XM.AGENDA.WINDOW_3_TO_5_DAYS");

  /**
   * The clock, the district's procedure: "Send meeting agenda 3-5 days before the meeting and ask for
   * parent input". Its last day is 3 calendar days before the meeting; the window opens on
   * {@link #OPENS}'s day, 5 days before, and an agenda sent earlier is reported too.
   */
  public static final Clock CLOCK = Clock.before("deadline", DayPeriod.calendarDays(3))
      .startsAt("the IEP meeting")
      .satisfiedBy("the agenda sent to the parent, asking for input, no earlier than 5 days before the meeting")
      .build();

  /**
   * The window's first day, the "5" of "3-5 days before the meeting": 5 calendar days counted back from the
   * meeting. Not a deadline of its own: it opens {@link #CLOCK}'s window.
   */
  public static final Clock OPENS = Clock.before("window_opens", DayPeriod.calendarDays(5))
      .startsAt("the IEP meeting")
      .satisfiedBy("nothing: the first day on which the agenda may be sent")
      .build();

  /** Creates the rule. */
  public AgendaThreeToFiveDays() {
    super(RuleDescriptor.builder().id(ID)
        .messages(Messages.CATALOG)
        .title("The agenda goes to the parent 3 to 5 days before the meeting")
        .kind(FindingKind.WARNING)
        .addCitations(DistrictRules.procedure("Before the Meeting",
            "Send meeting agenda 3-5 days before the meeting and ask for parent input"))
        .counting("a window from 5 to 3 calendar days before the meeting date, both included; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : DistrictRules.iepMeetings(ctx)) {
      LocalDate meetingDay = ctx.date(m);
      LocalDate opens = OPENS.due(meetingDay, ctx.counter());
      LocalDate closes = CLOCK.due(meetingDay, ctx.counter());
      DateWindow window = DateWindow.of(opens, closes);
      Optional<DocumentSent> agenda = DistrictRules.first(m, DocumentKind.AGENDA);
      var draft = ctx.clock(CLOCK).trigger(m.id(), meetingDay).window(window);
      agenda.ifPresent(a -> draft.satisfiedBy(m.id(), DistrictRules.sentOn(ctx, a)));
      Deadline d = draft.report();
      if (agenda.isPresent() && !window.contains(d.satisfiedOn().get())) {
        ctx.finding("outside_window").date("meeting", meetingDay).date("sent", d.satisfiedOn().get())
            .date("opens", opens).date("closes", closes).events(m.id()).report();
      } else if (agenda.isEmpty() && d.status() == DeadlineStatus.MISSED) {
        ctx.finding("missed").date("meeting", meetingDay).date("opens", opens).date("closes", closes).events(m.id())
            .report();
      }
    }
  }
}
