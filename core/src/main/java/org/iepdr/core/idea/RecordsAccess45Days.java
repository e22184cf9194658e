package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
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
 * {@code IDEA.RECORDS.ACCESS_45_DAYS} (warning): the agency gives a parent access to the child's education
 * records without unnecessary delay, before any IEP meeting, resolution session or hearing, and in no case
 * more than 45 days after the request.
 *
 * <p>34 CFR 300.613(a), restated: the agency "must comply with a request without unnecessary delay and
 * before any meeting regarding an IEP, or any hearing pursuant to § 300.507 or §§ 300.530 through 300.532,
 * or resolution session pursuant to § 300.510, and in no case more than 45 days after the request has been
 * made." The federal text was not retrieved from an official copy; the words quoted are those of the
 * States' rules that adopt it word for word (Iowa 281-41.613(1), Louisiana XLIII-613, Delaware 927-13.1),
 * so the citation is marked as a restatement and the rule reports a {@link FindingKind#WARNING}.
 *
 * <p>Counting: 45 calendar days from the request (day 0; no roll-forward) for each
 * {@link RequestKind#RECORDS_REQUEST} filed by the family side; access given is the first {@link Reply}
 * with {@link Reply.Answer#FULFILLED} by the agency side. Separately, an IEP meeting, resolution meeting or
 * hearing held after the request day and before the access (or, without access, on or before the as-of
 * date) is reported: access is due before it. "Without unnecessary delay" has no number and is not
 * checked.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RecordsAccess45Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.RECORDS.ACCESS_45_DAYS");

  /** The outer limit: 45 calendar days. */
  public static final DayPeriod PERIOD = DayPeriod.calendarDays(45);

  /**
   * The clock, 300.613(a): access "in no case more than 45 days after the request has been made", and
   * sooner when a meeting or hearing comes first.
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the parent's request to inspect and review the education records")
      .satisfiedBy("the agency's giving access to the records")
      .unless(Clock.Condition.Effect.STARTS, "an IEP meeting, resolution session or hearing comes before the"
          + " 45th day: access is due before it", "300.613(a)")
      .build();

  /** Creates the rule. */
  public RecordsAccess45Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.RECORDS_REQUEST)
        .title("Access to education records before any IEP meeting, resolution session or hearing, and within 45"
            + " days of the request")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder().authority(Authority.REGULATION).force(Force.DUTY).restatement(true)
            .document(Citation.CFR_300 + ", in the words of the State rules that adopt it (Iowa Administrative Code"
                + " 281-41.613(1))")
            .section("300.613(a)")
            .link("http://iarules.elaws.us/rule/281.41.613")
            .quote("The agency must comply with a request without unnecessary delay and before any meeting regarding"
                + " an IEP, or any hearing pursuant to rule 281—41.507(256B,34CFR300) or rules"
                + " 281—41.530(256B,34CFR300) to 281—41.532(256B,34CFR300), or resolution session pursuant to rule"
                + " 281—41.510(256B,34CFR300), and in no case more than 45 days after the request has been made.")
            .build())
        .counting("45 calendar days from the request (day 0); no roll-forward; sooner if an IEP meeting, resolution"
            + " session or hearing comes first")
        .build());
  }

  /** The meetings at which the records may be wanted. */
  private static final MeetingKind[] MEETINGS = {
    MeetingKind.IEP, MeetingKind.FACILITATED_IEP, MeetingKind.RESOLUTION, MeetingKind.HEARING,
    MeetingKind.EXPEDITED_HEARING
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request request : ctx.requests(RequestKind.RECORDS_REQUEST)) {
      if (ctx.sideOf(request.filedBy()).filter(Side.FAMILY::equals).isEmpty()) {
        continue;
      }
      LocalDate asked = ctx.date(request);
      Optional<Reply> access = RuleContext.first(ctx.eventsFor(request.id(), Reply.class).stream()
          .filter(r -> r.answer() == Reply.Answer.FULFILLED)
          .filter(r -> ctx.sideOf(r.by()).filter(Side.AGENCY::equals).isPresent())
          .filter(r -> !ctx.date(r).isBefore(asked))
          .toList());
      Deadline d = ctx.clock(CLOCK).concerning(request).trigger(request.id(), asked).satisfiedBy(access).report();
      String[] ids = access.map(r -> new String[] {request.id(), r.id()}).orElse(new String[] {request.id()});
      if (d.status() == DeadlineStatus.MISSED) {
        if (access.isPresent()) {
          ctx.finding("late").date("given", ctx.date(access.get())).date("due", d.due()).date("requested", asked)
              .events(ids).report();
        } else {
          ctx.finding("missed").date("due", d.due()).date("requested", asked).events(ids).report();
        }
      }
      LocalDate until = access.map(ctx::date).orElse(ctx.asOf().plusDays(1));
      Optional<Meeting> before = ctx.meetings(MEETINGS).stream()
          .filter(m -> m.status() == Meeting.Status.HELD)
          .filter(m -> ctx.date(m).isAfter(asked) && ctx.date(m).isBefore(until))
          .min(Comparator.comparing(Meeting::at));
      if (before.isPresent()) {
        Meeting m = before.get();
        ctx.finding("after_meeting").label("meeting", m.kind()).date("held", ctx.date(m)).date("requested", asked)
            .events(ids.length == 2 ? new String[] {request.id(), m.id(), ids[1]} : new String[] {request.id(), m.id()})
            .report();
      }
    }
  }
}
