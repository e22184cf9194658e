package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.NotApplicable;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code MO.MEETING.NOTICE_10_DAYS} (warning): notice of an IEP meeting at least 10 days before it, unless
 * the parent (or adult student) waived it.
 *
 * <p>Known only from a secondary source, a restatement: the Columbia Public Schools special education FAQ
 * speaks of "the parent/guardian/18-year-old student's waiver of the 10-day notice requirement". The
 * Missouri State Plan's own text was not retrieved, so the rule reports a {@link FindingKind#WARNING}.
 *
 * <p>Counting: 10 calendar days counted backward from the meeting date: the first meeting notice
 * ({@link DocumentKind#MEETING_NOTICE} among the meeting's documents) is on time when sent on or before
 * the meeting date minus 10 days; no roll-forward. Checked for IEP and facilitated IEP meetings that
 * were not cancelled; a waiver ({@code noticeWaivedBy}) by a family-side party lifts it (the deadline is
 * then reported as not applicable, naming the meeting that records the waiver). When no notice
 * is recorded at all the rule notes that it cannot tell (the federal parent-participation rule speaks to
 * notice as such) and reports nothing.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MeetingNotice10Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEETING.NOTICE_10_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(10);

  /**
   * The clock, the Missouri State Plan as a district's FAQ restates it (a secondary source): notice of an
   * IEP meeting at least 10 days before it, subject to "the parent/guardian/18-year-old student's waiver of
   * the 10-day notice requirement". Counted back from each IEP or facilitated IEP meeting not cancelled.
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the IEP meeting")
      .satisfiedBy("the first meeting notice sent")
      .unless(Clock.Condition.Effect.EXCUSES, "the parent (or adult student) waived the 10-day notice",
          "Missouri State Plan, as restated by Columbia Public Schools")
      .build();

  /** Creates the rule. */
  public MeetingNotice10Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .messages(Messages.CATALOG)
        .title("IEP meeting notice at least 10 days before the meeting, unless the parent waived it")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder().authority(Authority.SECONDARY).force(Force.DUTY).restatement(true)
            .document("Columbia Public Schools (Missouri), special education FAQ, reporting the Missouri State Plan"
                + " for IDEA Part B")
            .section("IEP meeting notice")
            .quote("the parent/guardian/18-year-old student's waiver of the 10-day notice requirement").build())
        .counting("10 calendar days backward from the meeting date: notice sent on or before meeting date - 10 is"
            + " on time; no roll-forward")
        .build());
  }

  /** The IEP meetings, facilitated or not. */
  private static final MeetingKind[] IEP_MEETINGS = {
    MeetingKind.IEP, MeetingKind.FACILITATED_IEP
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : ctx.meetings(IEP_MEETINGS)) {
      if (m.status() == Meeting.Status.CANCELLED) {
        continue;
      }
      boolean waived = m.noticeWaivedBy().flatMap(p -> Sources.partySide(ctx, p)).filter(Side.FAMILY::equals)
          .isPresent();
      if (waived) {
        ctx.note("meeting " + m.id() + ": the 10-day notice was waived by " + m.noticeWaivedBy().get());
        // the clock no longer applies: reported as such; the waiver is recorded on the meeting
        ctx.clock(CLOCK).trigger(m.id(), ctx.date(m)).notApplicable(NotApplicable.Reason.WAIVED, m.id()).report();
        continue;
      }
      Optional<DocumentSent> notice = m.documents().stream()
          .filter(d -> d.kind() == DocumentKind.MEETING_NOTICE)
          .min((a, b) -> a.sentAt().compareTo(b.sentAt()));
      if (notice.isEmpty()) {
        ctx.incomplete("meeting " + m.id() + ": no meeting notice recorded; the 10-day notice was not checked");
        continue;
      }
      LocalDate meetingDate = ctx.date(m);
      LocalDate latest = CLOCK.due(meetingDate, ctx.counter());
      LocalDate sent = ctx.date(notice.get().sentAt());
      Deadline d = ctx.clock(CLOCK)
          .trigger(m.id(), meetingDate)
          .satisfiedBy(m.id(), sent)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        ctx.finding("late").date("meeting", meetingDate).date("sent", sent).date("due", latest).events(m.id())
            .report();
      }
    }
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.IEP_MEETING) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noEarlierThan(ID, counter.plus(trigger, CLOCK.period()),
        "at least 10 days after the notice is sent, unless the parent waives the 10-day notice (Missouri State"
            + " Plan, secondary source)"));
  }
}
