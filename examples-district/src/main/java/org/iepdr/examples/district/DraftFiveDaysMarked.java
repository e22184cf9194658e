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
import org.iepdr.core.time.DayPeriod;

/**
 * {@code XM.DRAFT.FIVE_DAYS_MARKED}: a draft the parent asked for reaches the parent at least 5 days
 * before the meeting, every page marked DRAFT.
 *
 * <p>The district's IEP meeting procedure (example local policy): "Ask if the parents would like a draft copy of the present level or proposed goals prior
 * to the meeting. If yes, please provide at least 5 days before the meeting. All sent pages should be
 * watermarked as DRAFT."
 *
 * <p>Counting: 5 calendar days backward from the meeting date (day 0); sent on that day or earlier is on
 * time; no roll-forward. The draft is the meeting's first {@code DRAFT_IEP} document; a meeting without
 * one is not flagged (the parent may not have asked).
 */
public final class DraftFiveDaysMarked extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("XM.DRAFT.FIVE_DAYS_MARKED");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(5);

  /**
   * The clock, the district's procedure: "If yes, please provide at least 5 days before the meeting. All
   * sent pages should be watermarked as DRAFT." 5 calendar days counted back from the meeting; only when
   * a draft was sent (the parent may not have asked).
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the IEP meeting")
      .satisfiedBy("the draft sent to the parent who asked for it")
      .build();

  /** Creates the rule. */
  public DraftFiveDaysMarked() {
    super(RuleDescriptor.builder().id(ID)
        .messages(Messages.CATALOG)
        .title("A requested draft reaches the parent at least 5 days before the meeting, marked DRAFT")
        .kind(FindingKind.WARNING)
        .addCitations(DistrictRules.procedure("Before the Meeting", "Ask if the parents would like a draft copy of the"
            + " present level or proposed goals prior to the meeting.  If yes, please provide at least 5 days"
            + " before the meeting.  All sent pages should be watermarked as DRAFT."))
        .counting("5 calendar days before the meeting date; meeting day is day 0; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : DistrictRules.iepMeetings(ctx)) {
      Optional<DocumentSent> draft = DistrictRules.first(m, DocumentKind.DRAFT_IEP);
      if (draft.isEmpty()) {
        ctx.note("meeting " + m.id() + ": no draft sent");
        continue;
      }
      LocalDate meetingDay = ctx.date(m);
      LocalDate due = CLOCK.due(meetingDay, ctx.counter());
      Deadline d = ctx.clock(CLOCK).trigger(m.id(), meetingDay)
          .satisfiedBy(m.id(), DistrictRules.sentOn(ctx, draft.get())).report();
      if (d.status() == DeadlineStatus.MISSED) {
        ctx.finding("late").date("meeting", meetingDay).date("sent", d.satisfiedOn().get()).date("due", due)
            .events(m.id()).report();
      }
      if (!draft.get().markedDraft()) {
        ctx.finding("not_marked").date("sent", DistrictRules.sentOn(ctx, draft.get())).date("meeting", meetingDay)
            .events(m.id()).report();
      }
    }
  }
}
