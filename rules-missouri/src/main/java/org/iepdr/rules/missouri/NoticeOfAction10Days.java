package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.NotApplicable;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code MO.NOTICE_OF_ACTION.10_DAYS} (warning): in Missouri a district waits 10 days after its notice of
 * action (the prior written notice of 34 CFR 300.503) before carrying out the change, unless the parent
 * waives the wait.
 *
 * <p>DESE's frequently asked questions on the notice of action: "The district must wait 10 days to
 * implement that change unless the parent waives the 10-day waiting period." Agency guidance (an FAQ
 * page), so the rule reports a {@link FindingKind#WARNING}; the State Plan text behind it was not
 * retrieved.
 *
 * <p>Counting: 10 calendar days counted back from the day the change was carried out
 * ({@link Notice#carriedOutAt()}): the notice is on time on or before that day less 10, so the change may
 * be carried out from the 10th day after the notice (the notice day is day 0); no roll-forward. Checked for
 * each {@link Notice.Kind#NOTICE_OF_ACTION} by the agency side whose action was carried out; a wait waived
 * by a family-side party ({@link Notice#waivedBy()}) is reported as not applicable.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class NoticeOfAction10Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.NOTICE_OF_ACTION.10_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(10);

  /**
   * The clock, DESE's notice-of-action FAQ: "The district must wait 10 days to implement that change unless
   * the parent waives the 10-day waiting period." Counted back from the day the change was carried out.
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the day the change proposed in the notice of action was carried out")
      .satisfiedBy("the notice of action")
      .unless(Clock.Condition.Effect.EXCUSES, "the parent waived the 10-day waiting period",
          "DESE, Frequently Asked Questions: Notice of Action")
      .build();

  /** Creates the rule. */
  public NoticeOfAction10Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Notice.class)
        .messages(Messages.CATALOG)
        .title("The district waits 10 days after a notice of action before carrying out the change, unless the"
            + " parent waives the wait")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder().authority(Authority.AGENCY_GUIDANCE).force(Force.DUTY)
            .document("Missouri Department of Elementary and Secondary Education (DESE), \"Frequently Asked Questions:"
                + " Notice Of Action\"")
            .section("Must parents sign a Notice of Action to waive the 10 days in order to begin earlier with the"
                + " implementation of an amended IEP?")
            .link("https://dese.mo.gov/faqs/notice%20of%20action")
            .quote("The district must wait 10 days to implement that change unless the parent waives the 10-day"
                + " waiting period.").build())
        .counting("10 calendar days counted back from the day the change was carried out: the notice on or before"
            + " that day - 10 is on time; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Notice notice : ctx.events(Notice.class)) {
      if (notice.kind() != Notice.Kind.NOTICE_OF_ACTION || notice.carriedOutAt().isEmpty()
          || Sources.partySide(ctx, notice.by()).filter(Side.AGENCY::equals).isEmpty()) {
        continue;
      }
      LocalDate noticed = ctx.date(notice);
      LocalDate done = ctx.date(notice.carriedOutAt().get());
      boolean waived = notice.waivedBy().flatMap(p -> Sources.partySide(ctx, p)).filter(Side.FAMILY::equals)
          .isPresent();
      RuleContext.DeadlineDraft draft = ctx.clock(CLOCK).trigger(notice.id(), done).satisfiedBy(notice.id(), noticed);
      if (waived) {
        draft.notApplicable(NotApplicable.Reason.WAIVED, notice.id()).report();
        continue;
      }
      Deadline d = draft.report();
      if (d.status() == DeadlineStatus.MISSED) {
        ctx.finding("early").date("noticed", noticed).date("done", done).date("due", d.due()).events(notice.id())
            .report();
      }
    }
  }
}
