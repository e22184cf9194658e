package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.NotApplicable;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code IDEA.EXPEDITED.TIMELINES}: the clocks of an expedited (discipline) due process hearing.
 *
 * <p>34 CFR 300.532(c)(2): "The SEA or LEA is responsible for arranging the expedited due process
 * hearing, which must occur within 20 school days of the date the complaint requesting the hearing is
 * filed. The hearing officer must make a determination within 10 school days after the hearing."
 * 300.532(c)(3): "Unless the parents and LEA agree in writing to waive the resolution meeting described
 * in paragraph (c)(3)(i) of this section, or agree to use the mediation process described in §
 * 300.506— (i) A resolution meeting must occur within seven days of receiving notice of the due
 * process complaint; and (ii) The due process hearing may proceed unless the matter has been resolved
 * to the satisfaction of both parties within 15 days of the receipt of the due process complaint." The
 * waiver and mediation clause governs both (i) and (ii).
 *
 * <p>What is checked, for each {@link RequestKind#EXPEDITED_DUE_PROCESS_COMPLAINT}:
 * <ol>
 *   <li>(parent's complaint) a held {@link MeetingKind#RESOLUTION} meeting within 7 calendar days of
 *       the LEA's receipt, unless both sides waived it in writing or agreed to mediate (the same
 *       excuse as {@link ResolutionMeeting15Days}; the deadline is then reported as not applicable,
 *       naming the agreement);
 *   <li>(parent's complaint) no hearing held within the 15-day resolution period: a hearing held on
 *       or before day 15 after receipt is a violation, unless both sides had waived the resolution
 *       meeting in writing or agreed in writing that no agreement is possible. The 15 days run
 *       concurrently with the 20 school days (Letter to Gerl, 51 IDELR 166 (OSEP 2008), a
 *       secondary-source report), so they do not delay the 20-school-day deadline;
 *   <li>a held {@link MeetingKind#EXPEDITED_HEARING} (or {@link MeetingKind#HEARING}) within 20 school
 *       days of the filing day;
 *   <li>a {@link DecisionKind#EXPEDITED_HEARING_DECISION} (or {@link DecisionKind#HEARING_DECISION})
 *       within 10 school days after the hearing day. No extension moves it: 300.532(c)(1) makes §§ 300.510-300.514
 *       apply to the expedited hearing, not § 300.515, whose paragraph (c) allows extensions; each
 *       {@code Extension} of the complaint is reported ({@code extension_unlawful}).
 * </ol>
 *
 * <p>Counting: calendar days for 1-2 (trigger day 0, no roll-forward); school days for 3-4, from the
 * district calendar the caller supplies ({@link EvaluationOptions#schoolCalendar()}), landing on a
 * school day by construction. Without a school calendar the calendar-day deadlines of every complaint
 * are reported first, then the school-day part throws {@link MissingCalendarException} and the engine
 * marks the rule INCOMPLETE in the trace. Likewise {@link #plan} for
 * {@link ProposedAct#EXPEDITED_HEARING} and {@link ProposedAct#EXPEDITED_HEARING_DECISION} throws
 * {@link MissingCalendarException} when the counter has no school calendar (a jurisdiction's own
 * counter has none).
 *
 * <p>A resolution meeting held after the complaint was filed but before the recorded receipt is early,
 * not late; a meeting or hearing dated before the complaint, or a decision dated before the hearing, is
 * reported as such.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ExpeditedTimelines extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.EXPEDITED.TIMELINES");

  static final DayPeriod MEETING = DayPeriod.calendarDays(7);
  static final DayPeriod RESOLUTION = DayPeriod.calendarDays(15);
  static final DayPeriod HEARING = DayPeriod.schoolDays(20);
  static final DayPeriod DECISION = DayPeriod.schoolDays(10);

  /**
   * The meeting clock, 300.532(c)(3)(i): "A resolution meeting must occur within seven days of receiving
   * notice of the due process complaint", "Unless the parents and LEA agree in writing to waive the
   * resolution meeting ..., or agree to use the mediation process described in § 300.506". A parent's
   * complaint only.
   */
  public static final Clock MEETING_CLOCK = Clock.after("meeting_deadline", MEETING)
      .startsAt("the LEA's receipt of the parent's expedited due process complaint")
      .satisfiedBy("the resolution meeting, held")
      .unless(Clock.Condition.Effect.EXCUSES, "the parent and the LEA agree in writing to waive the meeting, or agree"
          + " to use mediation", "300.532(c)(3)")
      .build();

  /**
   * The hearing clock, 300.532(c)(2): the expedited hearing "must occur within 20 school days of the date
   * the complaint requesting the hearing is filed". School days of the district's calendar.
   */
  public static final Clock HEARING_CLOCK = Clock.after("hearing_deadline", HEARING)
      .startsAt("the filing of the expedited due process complaint")
      .satisfiedBy("the expedited hearing, held")
      .build();

  /**
   * The decision clock, 300.532(c)(2): "The hearing officer must make a determination within 10 school
   * days after the hearing." Never extended: 300.532(c)(1) makes §§ 300.510-300.514 apply to an expedited
   * hearing but not § 300.515, whose paragraph (c) holds the extension clause; every extension of an
   * expedited complaint is refused and reported ({@code extension_unlawful}).
   */
  public static final Clock DECISION_CLOCK = Clock.after("decision_deadline", DECISION)
      .startsAt("the expedited hearing day")
      .satisfiedBy("the hearing officer's determination")
      .neverExtended("300.532(c)")
      .build();

  /** Creates the rule. */
  public ExpeditedTimelines() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
        .title("Expedited hearing: resolution meeting within 7 days, hearing after the 15-day resolution period"
            + " and within 20 school days of filing, decision within 10 school days after the hearing")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.532(c)(2)",
            "https://sites.ed.gov/idea/regs/b/e/300.532/c/2",
            "The SEA or LEA is responsible for arranging the expedited due process hearing, which must occur"
                + " within 20 school days of the date the complaint requesting the hearing is filed. The hearing"
                + " officer must make a determination within 10 school days after the hearing."))
        .addCitations(Citation.regulation("300.532(c)(3)",
            "https://sites.ed.gov/idea/regs/b/e/300.532/c/3",
            "Unless the parents and LEA agree in writing to waive the resolution meeting described in paragraph"
                + " (c)(3)(i) of this section, or agree to use the mediation process described in § 300.506— (i) A"
                + " resolution meeting must occur within seven days of receiving notice of the due process"
                + " complaint; and (ii) The due process hearing may proceed unless the matter has been resolved to"
                + " the satisfaction of both parties within 15 days of the receipt of the due process complaint."))
        .counting("7 and 15 calendar days from the LEA's receipt (day 0, no roll-forward); 20 school days from"
            + " filing; 10 school days from the hearing; school days need the district's school calendar")
        .build());
  }

  /** The hearings of a complaint, expedited or not. */
  private static final MeetingKind[] HEARINGS = {
    MeetingKind.EXPEDITED_HEARING, MeetingKind.HEARING
  };

  @Override
  public void evaluate(RuleContext ctx) {
    List<Request> complaints = ctx.requests(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT);
    for (Request complaint : complaints) {
      calendarDayClocks(ctx, complaint);
    }
    for (Request complaint : complaints) {
      schoolDayClocks(ctx, complaint);
    }
  }

  private static void calendarDayClocks(RuleContext ctx, Request complaint) {
    if (ctx.sideOf(complaint.filedBy()).orElse(Side.FAMILY) != Side.FAMILY) {
      ctx.note(() -> "expedited complaint " + complaint.id() + ": filed by the agency; no resolution meeting clock");
      return;
    }
    DueProcessReceipt receipt = DueProcessReceipt.of(ctx, complaint);
    LocalDate meetingDue = MEETING_CLOCK.due(receipt.date(), ctx.counter());
    Optional<Agreement> excuse = ResolutionMeeting15Days.excuse(ctx, complaint, meetingDue);
    if (excuse.isPresent()) {
      ctx.note(() -> "expedited complaint " + complaint.id() + ": resolution meeting not required (" + excuse.get().kind()
          + " " + excuse.get().id() + ")");
      // the clock no longer applies: reported as such, naming the waiver or agreement to mediate
      ctx.clock(MEETING_CLOCK).trigger(receipt.eventId(), receipt.date()).opensOn(receipt.filed())
          .notApplicable(NotApplicable.Reason.WAIVED, excuse.get().id()).report();
    } else {
      Optional<Meeting> held = RuleContext.first(
          ctx.meetingsFor(complaint.id(), MeetingKind.RESOLUTION).stream().filter(Meeting::held).toList());
      Deadline d = ctx.clock(MEETING_CLOCK)
          .trigger(receipt.eventId(), receipt.date())
          .opensOn(receipt.filed())
          .satisfiedBy(held)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        RuleContext.FindingDraft f = d.doneBeforeWindow()
            ? ctx.finding("meeting_before_complaint").date("held", d.satisfiedOn().get())
                .date("filed", receipt.filed())
            : held.isPresent()
            ? ctx.finding("meeting_late").date("held", d.satisfiedOn().get()).date("due", meetingDue)
                .date("received", receipt.date())
            : ctx.finding("meeting_missed").date("due", meetingDue).date("received", receipt.date());
        f.events(held.map(m -> new String[] {complaint.id(), m.id()}).orElse(new String[] {complaint.id()}))
            .report();
      }
    }
    LocalDate day15 = ctx.counter().plus(receipt.date(), RESOLUTION);
    for (Meeting hearing : hearings(ctx, complaint)) {
      LocalDate day = ctx.date(hearing);
      if (!hearing.held() || day.isAfter(day15) || endedEarly(ctx, complaint, hearing)) {
        continue;
      }
      ctx.finding("hearing_in_resolution_period").date("held", day).date("end", day15)
          .date("received", receipt.date()).events(complaint.id(), hearing.id()).report();
    }
  }

  private static void schoolDayClocks(RuleContext ctx, Request complaint) {
    LocalDate filed = ctx.date(complaint);
    LocalDate hearingDue = HEARING_CLOCK.due(filed, ctx.counter());
    Optional<Meeting> hearing = RuleContext.first(hearings(ctx, complaint).stream().filter(Meeting::held).toList());
    Deadline d = ctx.clock(HEARING_CLOCK)
        .trigger(complaint)
        .satisfiedBy(hearing)
        .report();
    if (d.status() == DeadlineStatus.MISSED) {
      RuleContext.FindingDraft f = d.doneBeforeWindow()
          ? ctx.finding("hearing_before_complaint").date("held", d.satisfiedOn().get()).date("filed", filed)
          : hearing.isPresent()
          ? ctx.finding("hearing_late").date("held", d.satisfiedOn().get()).date("due", hearingDue)
              .date("filed", filed)
          : ctx.finding("hearing_missed").date("due", hearingDue).date("filed", filed);
      f.events(hearing.map(m -> new String[] {complaint.id(), m.id()}).orElse(new String[] {complaint.id()}))
          .report();
    }
    if (hearing.isEmpty()) {
      return;
    }
    LocalDate heard = ctx.date(hearing.get());
    LocalDate decisionDue = DECISION_CLOCK.due(heard, ctx.counter());
    List<Decision> decisions = new ArrayList<>(ctx.decisions(complaint.id(), DecisionKind.EXPEDITED_HEARING_DECISION));
    decisions.addAll(ctx.decisions(complaint.id(), DecisionKind.HEARING_DECISION));
    decisions.sort((a, b) -> a.at().compareTo(b.at()));
    Optional<Decision> decision = RuleContext.first(decisions);
    Deadline dd = ctx.clock(DECISION_CLOCK)
        .concerning(complaint)
        .trigger(hearing.get())
        .satisfiedBy(decision)
        .report();
    if (dd.status() == DeadlineStatus.MISSED) {
      RuleContext.FindingDraft f = dd.doneBeforeWindow()
          ? ctx.finding("decision_before_hearing").date("issued", dd.satisfiedOn().get()).date("heard", heard)
          : decision.isPresent()
          ? ctx.finding("decision_late").date("issued", dd.satisfiedOn().get()).date("due", decisionDue)
              .date("heard", heard)
          : ctx.finding("decision_missed").date("due", decisionDue).date("heard", heard);
      f.events(decision.map(x -> new String[] {complaint.id(), hearing.get().id(), x.id()})
              .orElse(new String[] {complaint.id(), hearing.get().id()}))
          .report();
    }
  }

  private static List<Meeting> hearings(RuleContext ctx, Request complaint) {
    return ctx.meetingsFor(complaint.id(), HEARINGS);
  }

  private static boolean endedEarly(RuleContext ctx, Request complaint, Meeting hearing) {
    for (AgreementKind kind : List.of(AgreementKind.WAIVE_RESOLUTION_MEETING, AgreementKind.NO_AGREEMENT_POSSIBLE)) {
      // the first written agreement signed by both sides, in timeline order: if it is on or after the
      // hearing's day, every later one is too
      Optional<Agreement> a = ctx.firstSignedAgreementFor(complaint.id(), kind, true);
      if (a.isPresent() && ctx.date(a.get()).isBefore(ctx.date(hearing))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    switch (act) {
      case EXPEDITED_RESOLUTION_MEETING:
        return Optional.of(PlanConstraint.noLaterThan(ID, MEETING_CLOCK.due(trigger, counter),
            "within 7 days of receiving the expedited due process complaint (34 CFR 300.532(c)(3)(i))"));
      case EXPEDITED_HEARING:
        return Optional.of(PlanConstraint.noLaterThan(ID, HEARING_CLOCK.due(trigger, counter),
            "within 20 school days of the filing of the expedited due process complaint (34 CFR 300.532(c)(2))"));
      case EXPEDITED_HEARING_DECISION:
        return Optional.of(PlanConstraint.noLaterThan(ID, DECISION_CLOCK.due(trigger, counter),
            "within 10 school days after the expedited hearing (34 CFR 300.532(c)(2))"));
      default:
        return Optional.empty();
    }
  }
}
