package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCount;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code IDEA.PRIVATE_PLACEMENT.NOTICE} (warning): parents who remove their child to a private school and
 * seek reimbursement give the public agency written notice at least 10 business days before the removal,
 * holidays on a weekday included, unless they informed the IEP Team at the most recent IEP meeting;
 * otherwise the reimbursement may be reduced or denied.
 *
 * <p>34 CFR 300.148(d)(1): the cost of reimbursement may be reduced or denied if "(i) At the most recent IEP
 * Team meeting that the parents attended prior to removal of the child from the public school, the parents
 * did not inform the IEP Team that they were rejecting the placement proposed by the public agency to
 * provide FAPE to their child, including stating their concerns and their intent to enroll their child in
 * a private school at public expense; or (ii) At least ten (10) business days (including any holidays that
 * occur on a business day) prior to the removal of the child from the public school, the parents did not
 * give written notice to the public agency of the information described in paragraph (d)(1)(i) of this
 * section". A risk to reimbursement, not a breach: a warning.
 *
 * <p>Counting: 10 {@linkplain DayCount#WEEKDAYS weekdays} (Monday to Friday, holidays counted) back from the
 * day of the removal (a {@link PlacementChange} of kind {@link PlacementChange.Kind#PRIVATE_SCHOOL_ENROLLMENT}
 * by the family side): the written {@link Notice.Kind#PRIVATE_PLACEMENT} notice is on time on or before that
 * day. A notice given on the day of the most recent held IEP meeting before the removal (the parents told
 * the team there) satisfies 300.148(d)(1)(i) instead: no deadline is reported then, only a trace note.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class PrivatePlacementNotice extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.PRIVATE_PLACEMENT.NOTICE");

  /** The notice period: 10 weekdays, holidays included. */
  public static final DayPeriod PERIOD = DayPeriod.weekdays(10);

  /**
   * The clock, 300.148(d)(1)(ii): written notice "At least ten (10) business days (including any holidays
   * that occur on a business day) prior to the removal of the child from the public school".
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the removal of the child from the public school")
      .satisfiedBy("the parents' written notice of their intent to enroll the child in a private school at public"
          + " expense")
      .unless(Clock.Condition.Effect.EXCUSES, "the parents informed the IEP Team at the most recent IEP meeting they"
          + " attended before the removal", "300.148(d)(1)(i)")
      .build();

  /** Creates the rule. */
  public PrivatePlacementNotice() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(PlacementChange.class)
        .title("Parents give written notice at least 10 business days (holidays included) before removing the child"
            + " to a private school")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.regulation("300.148(d)(1)(ii)", "https://sites.ed.gov/idea/regs/b/b/300.148/d/1/i",
            "At least ten (10) business days (including any holidays that occur on a business day) prior to the"
                + " removal of the child from the public school, the parents did not give written notice to the"
                + " public agency of the information described in paragraph (d)(1)(i) of this section;"))
        .addCitations(Citation.regulation("300.148(d)(1)(i)", "https://sites.ed.gov/idea/regs/b/b/300.148/d/1/i",
            "At the most recent IEP Team meeting that the parents attended prior to removal of the child from the"
                + " public school, the parents did not inform the IEP Team that they were rejecting the placement"
                + " proposed by the public agency to provide FAPE to their child, including stating their concerns"
                + " and their intent to enroll their child in a private school at public expense; or"))
        .counting("10 weekdays (Monday to Friday, holidays included) counted back from the removal day")
        .build());
  }

  /** The IEP meetings, facilitated or not. */
  private static final MeetingKind[] IEP_MEETINGS = {
    MeetingKind.IEP, MeetingKind.FACILITATED_IEP
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (PlacementChange removal : ctx.events(PlacementChange.class)) {
      if (removal.kind() != PlacementChange.Kind.PRIVATE_SCHOOL_ENROLLMENT
          || ctx.sideOf(removal.by()).filter(Side.FAMILY::equals).isEmpty()) {
        continue;
      }
      LocalDate removed = ctx.date(removal);
      Optional<LocalDate> lastIep = ctx.meetings(IEP_MEETINGS).stream()
          .filter(m -> m.status() == Meeting.Status.HELD)
          .map(ctx::date)
          .filter(day -> day.isBefore(removed))
          .max(Comparator.naturalOrder());
      Optional<Notice> notice = ctx.events(Notice.class).stream()
          .filter(n -> n.kind() == Notice.Kind.PRIVATE_PLACEMENT && n.inWriting())
          .filter(n -> ctx.sideOf(n.by()).filter(Side.FAMILY::equals).isPresent())
          .filter(n -> !ctx.date(n).isAfter(removed))
          .min(Comparator.comparing(Notice::at));
      if (notice.isPresent() && lastIep.isPresent() && ctx.date(notice.get()).equals(lastIep.get())) {
        ctx.note(() -> "removal " + removal.id() + ": the parents' notice " + notice.get().id() + " was given on the day of"
            + " the most recent IEP meeting (" + lastIep.get() + "); 300.148(d)(1)(i) is met");
        continue;
      }
      Deadline d = ctx.clock(CLOCK).trigger(removal.id(), removed).satisfiedBy(notice).report();
      if (d.status() == DeadlineStatus.MISSED) {
        if (notice.isPresent()) {
          ctx.finding("late").date("sent", ctx.date(notice.get())).date("due", d.due()).date("removed", removed)
              .events(removal.id(), notice.get().id()).report();
        } else {
          ctx.finding("missed").date("due", d.due()).date("removed", removed).events(removal.id()).report();
        }
      }
    }
  }
}
