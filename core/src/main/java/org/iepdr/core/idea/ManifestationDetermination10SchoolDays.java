package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS}: the manifestation determination is made within 10
 * school days of the decision to change the placement of a child with a disability because of a violation
 * of a code of student conduct.
 *
 * <p>34 CFR 300.530(e)(1): "Within 10 school days of any decision to change the placement of a child with
 * a disability because of a violation of a code of student conduct, the LEA, the parent, and relevant
 * members of the child's IEP Team (as determined by the parent and the LEA) must review all relevant
 * information in the student's file".
 *
 * <p>Counting: 10 school days after the day of the decision (a {@link PlacementChange} of kind
 * {@link PlacementChange.Kind#DISCIPLINARY_REMOVAL}; day 0), on the district calendar the caller supplies,
 * the one the expedited timelines use; the due date is a school day by construction. The first held
 * {@link MeetingKind#MANIFESTATION_DETERMINATION} on or after the decision day answers it. Without a
 * school calendar the rule throws {@link MissingCalendarException} and the engine reports the evaluation
 * incomplete.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ManifestationDetermination10SchoolDays extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS");

  /** The time limit: 10 school days. */
  public static final DayPeriod PERIOD = DayPeriod.schoolDays(10);

  /** The clock, 300.530(e)(1): within 10 school days of the decision to change the placement. */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the decision to change the placement because of a violation of a code of student conduct")
      .satisfiedBy("the manifestation determination review")
      .build();

  /** Creates the rule. */
  public ManifestationDetermination10SchoolDays() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(PlacementChange.class)
        .title("The manifestation determination is made within 10 school days of a disciplinary change of placement")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.530(e)(1)", "http://framework.esc18.net/display/Webforms/"
                + "ESC18-FW-Citation.aspx?ID=2013",
            "Within 10 school days of any decision to change the placement of a child with a disability because of a"
                + " violation of a code of student conduct, the LEA, the parent, and relevant members of the child's"
                + " IEP Team (as determined by the parent and the LEA) must review all relevant information in the"
                + " student's file"))
        .counting("10 school days from the day of the decision (day 0), on the district's school calendar; lands on"
            + " a school day")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (PlacementChange change : ctx.events(PlacementChange.class)) {
      if (change.kind() != PlacementChange.Kind.DISCIPLINARY_REMOVAL) {
        continue;
      }
      LocalDate decided = ctx.date(change);
      Optional<Meeting> review = ctx.meetings(MeetingKind.MANIFESTATION_DETERMINATION).stream()
          .filter(m -> m.status() == Meeting.Status.HELD)
          .filter(m -> !ctx.date(m).isBefore(decided))
          .min(Comparator.comparing(Meeting::at));
      Deadline d = ctx.clock(CLOCK).trigger(change.id(), decided).satisfiedBy(review).report();
      if (d.status() == DeadlineStatus.MISSED) {
        if (review.isPresent()) {
          ctx.finding("late").date("held", ctx.date(review.get())).date("due", d.due()).date("decided", decided)
              .events(change.id(), review.get().id()).report();
        } else {
          ctx.finding("missed").date("due", d.due()).date("decided", decided).events(change.id()).report();
        }
      }
    }
  }
}
