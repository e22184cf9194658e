package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
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
import org.iepdr.core.time.DayPeriod;
import org.jspecify.annotations.Nullable;

/**
 * {@code IDEA.SAFEGUARDS.NOTICE}: the parents get a copy of the procedural safeguards once a school year,
 * and also upon an initial referral or their request for evaluation, upon the first state complaint and
 * the first due process complaint in a school year, on the day of a decision to make a disciplinary
 * removal that changes the placement, and upon their request.
 *
 * <p>34 CFR 300.504(a): "A copy of the procedural safeguards available to the parents of a child with a
 * disability must be given to the parents only one time a school year, except that a copy also must be
 * given to the parents- (1) Upon initial referral or parent request for evaluation; (2) Upon receipt of the
 * first State complaint under §§ 300.151 through 300.153 and upon receipt of the first due process
 * complaint under § 300.507 in a school year; (3) In accordance with the discipline procedures in §
 * 300.530(h); and (4) Upon request by a parent." 300.530(h): "On the date on which the decision is made to
 * make a removal that constitutes a change of placement of a child with a disability because of a
 * violation of a code of student conduct, the LEA must notify the parents of that decision, and provide
 * the parents the procedural safeguards notice described in §300.504."
 *
 * <p>What counts as given: a {@link Notice} of kind {@link Notice.Kind#PROCEDURAL_SAFEGUARDS} by the agency
 * side, a {@link DocumentKind#PROCEDURAL_SAFEGUARDS} document sent for a meeting (not by the family side),
 * and a {@link Reply} {@link Reply.Answer#FULFILLED} to a {@link RequestKind#SAFEGUARDS_REQUEST}.
 *
 * <p>Counting and reading: the school year runs from July 1 to June 30. The disciplinary notice is a clock
 * of 0 days: due on the day of the decision (a {@link PlacementChange} of kind
 * {@link PlacementChange.Kind#DISCIPLINARY_REMOVAL}); a notice given later is late. "Upon" sets no number of
 * days: for a request for evaluation ({@link RequestKind#EVALUATION_REQUEST}), the first state complaint
 * and the first due process complaint (expedited or not) of a school year, and a parent's
 * {@link RequestKind#SAFEGUARDS_REQUEST}, the rule looks for a notice given on or after the event; when
 * none is recorded it reports a {@link FindingKind#WARNING} (the case may simply not record it), and only
 * if the case records any safeguards notice at all: a case that records none is noted as not checked. The
 * copy once a school year cannot be told from most cases: a school year (up to the as-of date) in which
 * the case records no notice is noted as not checkable, never reported as a finding.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SafeguardsNotice extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.SAFEGUARDS.NOTICE");

  /**
   * The disciplinary clock, 300.530(h) with 300.504(a)(3): the notice "On the date on which the decision is
   * made to make a removal that constitutes a change of placement".
   */
  public static final Clock DISCIPLINE = Clock.after("discipline", DayPeriod.calendarDays(0))
      .startsAt("the decision to make a removal that constitutes a change of placement")
      .satisfiedBy("the procedural-safeguards notice given to the parents")
      .build();

  /** The month a school year starts in: July (school years run from July 1 to June 30). */
  public static final int SCHOOL_YEAR_START_MONTH = 7;

  /** Creates the rule. */
  public SafeguardsNotice() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reportsAbsence(true)
        .title("The procedural-safeguards notice once a school year and upon the events 300.504(a) names")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.504(a)", "https://www.ecfr.gov/current/title-34/section-300.504",
            "A copy of the procedural safeguards available to the parents of a child with a disability must be given"
                + " to the parents only one time a school year, except that a copy also must be given to the"
                + " parents- (1) Upon initial referral or parent request for evaluation;(2) Upon receipt of the first"
                + " State complaint under §§ 300.151 through 300.153 and upon receipt of the first due process"
                + " complaint under § 300.507 in a school year;(3) In accordance with the discipline procedures in §"
                + " 300.530(h) ; and(4) Upon request by a parent."))
        .addCitations(Citation.regulation("300.530(h)", "https://sites.ed.gov/idea/regs/b/e/300.530/h",
            "On the date on which the decision is made to make a removal that constitutes a change of placement of a"
                + " child with a disability because of a violation of a code of student conduct, the LEA must notify"
                + " the parents of that decision, and provide the parents the procedural safeguards notice described"
                + " in §300.504."))
        .counting("school year July 1 to June 30; the disciplinary notice on the day of the decision (0 days);"
            + " \"upon\" sets no number of days; the yearly copy is not checkable from most cases")
        .build());
  }

  /** A notice given, with the event that records it. */
  private record Given(LocalDate date, String eventId) {
  }

  /**
   * Returns the school year a day falls in, named by the calendar year in which it starts (July 1).
   *
   * @param day the day
   * @return the year the school year starts in
   */
  public static int schoolYear(LocalDate day) {
    java.util.Objects.requireNonNull(day, "day");
    return day.getMonthValue() >= SCHOOL_YEAR_START_MONTH ? day.getYear() : day.getYear() - 1;
  }

  /** The notices in date order, then by event id. */
  private static final Comparator<Given> BY_DATE = Comparator.comparing(Given::date).thenComparing(Given::eventId);

  /** Requests by their instant (a stable sort keeps the timeline's order among equal instants). */
  private static final Comparator<Request> BY_AT = Comparator.comparing(Request::at);

  /** The due process complaints, expedited or not. */
  private static final RequestKind[] COMPLAINTS = {
    RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT
  };

  @Override
  public void evaluate(RuleContext ctx) {
    List<Given> given = given(ctx);
    for (PlacementChange change : ctx.events(PlacementChange.class)) {
      if (change.kind() != PlacementChange.Kind.DISCIPLINARY_REMOVAL) {
        continue;
      }
      LocalDate decided = ctx.date(change);
      Given first = onOrAfter(given, decided);
      RuleContext.DeadlineDraft draft = ctx.clock(DISCIPLINE).trigger(change.id(), decided);
      if (first != null) {
        draft.satisfiedBy(first.eventId(), first.date());
      }
      Deadline d = draft.report();
      if (d.status() == DeadlineStatus.MISSED) {
        if (first != null) {
          ctx.finding("discipline_late").date("given", first.date()).date("decided", decided)
              .events(change.id(), first.eventId()).report();
        } else {
          ctx.finding("discipline_missed").date("decided", decided).events(change.id()).report();
        }
      }
    }
    List<Request> upon = upon(ctx);
    if (given.isEmpty()) {
      if (!upon.isEmpty()) {
        ctx.note(() -> "no procedural-safeguards notice is recorded in the case; the copies due upon "
            + String.join(", ", upon.stream().map(Request::id).toList()) + " (300.504(a)) were not checked");
      }
    } else {
      for (Request r : upon) {
        LocalDate day = ctx.date(r);
        Given after = onOrAfter(given, day);
        if (after != null) {
          ctx.note(() -> "request " + r.id() + ": procedural-safeguards notice given on " + after.date() + " ("
              + after.eventId() + ")");
        } else {
          String key = switch (r.kind()) {
            case EVALUATION_REQUEST -> "evaluation_missing";
            case STATE_COMPLAINT -> "state_complaint_missing";
            case SAFEGUARDS_REQUEST -> "request_missing";
            default -> "due_process_missing";
          };
          ctx.finding(key).kind(FindingKind.WARNING).date("filed", day).events(r.id()).report();
          ctx.note(() -> "request " + r.id() + ": no procedural-safeguards notice is recorded on or after its"
              + " filing by the as-of date; \"upon\" sets no number of days, so a copy given later answers it"
              + " and this warning may not stand on a later as-of date");
        }
      }
    }
    yearly(ctx, given);
  }

  /** The first notice given on or after a day, or null. */
  private static @Nullable Given onOrAfter(List<Given> given, LocalDate day) {
    for (int i = 0, n = given.size(); i < n; i++) {
      Given g = given.get(i);
      if (!g.date().isBefore(day)) {
        return g;
      }
    }
    return null;
  }

  /**
   * The requests upon which a copy is due, by their instant: every evaluation request, the first state
   * complaint and the first due process complaint of each school year, every parent's request.
   */
  private static List<Request> upon(RuleContext ctx) {
    List<Request> evaluations = ctx.requests(RequestKind.EVALUATION_REQUEST);
    List<Request> states = ctx.requests(RequestKind.STATE_COMPLAINT);
    List<Request> complaints = ctx.requests(COMPLAINTS);
    List<Request> asked = ctx.requests(RequestKind.SAFEGUARDS_REQUEST);
    if (evaluations.isEmpty() && states.isEmpty() && complaints.isEmpty() && asked.isEmpty()) {
      return List.of();
    }
    List<Request> upon = new ArrayList<>(evaluations);
    firstInSchoolYear(ctx, states, upon);
    firstInSchoolYear(ctx, complaints, upon);
    for (Request r : asked) {
      if (ctx.sideOf(r.filedBy()).orElse(null) == Side.FAMILY) {
        upon.add(r);
      }
    }
    upon.sort(BY_AT);
    return upon;
  }

  private static void yearly(RuleContext ctx, List<Given> given) {
    List<org.iepdr.core.model.CaseEvent> known = ctx.knownEvents();
    if (known.isEmpty()) {
      return;
    }
    LocalDate firstDay = ctx.date(known.get(0));
    for (int i = 1, n = known.size(); i < n; i++) {
      LocalDate day = ctx.date(known.get(i));
      if (day.isBefore(firstDay)) {
        firstDay = day;
      }
    }
    int from = schoolYear(firstDay);
    int to = schoolYear(ctx.asOf());
    for (int y = from; y <= to; y++) {
      if (!covered(given, y)) {
        ctx.note(() -> {
          List<String> unknown = new ArrayList<>();
          for (int year = from; year <= to; year++) {
            if (!covered(given, year)) {
              unknown.add(year + "-" + (year + 1));
            }
          }
          return "the copy of the procedural safeguards once a school year (July 1 to June 30, 300.504(a)) is not"
              + " checkable for school year(s) " + String.join(", ", unknown) + ": the case records no notice in them";
        });
        return;
      }
    }
  }

  /** Whether a notice was given in a school year. */
  private static boolean covered(List<Given> given, int year) {
    for (int i = 0, n = given.size(); i < n; i++) {
      if (schoolYear(given.get(i).date()) == year) {
        return true;
      }
    }
    return false;
  }

  /** Adds to {@code out} the first request of each school year, by instant. */
  private static void firstInSchoolYear(RuleContext ctx, List<Request> requests, List<Request> out) {
    if (requests.isEmpty()) {
      return;
    }
    List<Request> sorted = new ArrayList<>(requests);
    sorted.sort(BY_AT);
    int[] seen = new int[sorted.size()];
    int years = 0;
    for (Request r : sorted) {
      int year = schoolYear(ctx.date(r));
      boolean first = true;
      for (int i = 0; i < years; i++) {
        if (seen[i] == year) {
          first = false;
          break;
        }
      }
      if (first) {
        seen[years++] = year;
        out.add(r);
      }
    }
  }

  private static boolean sentByFamily(RuleContext ctx, DocumentSent doc) {
    String sender = doc.sentBy().orElse(null);
    return sender != null && ctx.sideOf(sender).orElse(null) == Side.FAMILY;
  }

  private static List<Given> given(RuleContext ctx) {
    List<Given> given = new ArrayList<>();
    for (Notice n : ctx.events(Notice.class)) {
      if (n.kind() == Notice.Kind.PROCEDURAL_SAFEGUARDS && ctx.sideOf(n.by()).orElse(null) == Side.AGENCY) {
        given.add(new Given(ctx.date(n), n.id()));
      }
    }
    for (Meeting m : ctx.events(Meeting.class)) {
      for (DocumentSent doc : m.documents()) {
        if (doc.kind() == DocumentKind.PROCEDURAL_SAFEGUARDS
            && !sentByFamily(ctx, doc)) {
          given.add(new Given(ctx.date(doc.sentAt()), m.id()));
        }
      }
    }
    for (Request r : ctx.requests(RequestKind.SAFEGUARDS_REQUEST)) {
      for (Reply reply : ctx.eventsFor(r.id(), Reply.class)) {
        if (reply.answer() == Reply.Answer.FULFILLED) {
          given.add(new Given(ctx.date(reply), reply.id()));
        }
      }
    }
    given.sort(BY_DATE);
    return given;
  }
}
