package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.NotApplicable;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code IDEA.RESOLUTION.MEETING_15_DAYS}: the LEA convenes a resolution meeting within 15 days of
 * receiving a parent's due process complaint, unless both parties waive it in writing or agree to
 * use mediation.
 *
 * <p>34 CFR 300.510(a)(1): "Within 15 days of receiving notice of the parent's due process
 * complaint, and prior to the initiation of a due process hearing under § 300.511, the LEA must
 * convene a meeting with the parent and the relevant member or members of the IEP Team".
 *
 * <p>Excuses, recorded on or before the last day: a {@link AgreementKind#WAIVE_RESOLUTION_MEETING}
 * agreement in writing and signed by both sides ("agree in writing to waive the meeting",
 * 300.510(a)(3)(i)); or an agreement to use mediation ({@link AgreementKind#TO_MEDIATE}), which the
 * regulation does not require in writing nor signed (300.510(a)(3)(ii): "agree to use the mediation
 * process"), so any recorded agreement to mediate counts, written or not, whoever signed it.
 *
 * <p>Counting: 15 calendar days; the day the LEA received the complaint is day 0; no roll-forward.
 * The trigger is the event that brought the complaint to the LEA ({@link RuleContext#arrival}: the
 * complaint itself when filed with the LEA, else the LEA's receipt); where the case records none,
 * the filing date is used and the trace says so. Only a parent's (family-side) complaint starts the
 * clock; a complaint filed by the agency does not. A complaint withdrawn on or before the last day,
 * with no meeting held, needs no meeting (noted in the trace).
 *
 * <p>A meeting held after the complaint was filed but before the recorded receipt is early, not late
 * (the district may have had another copy first); one dated before the complaint is reported as such,
 * since the case's dates cannot all be right.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ResolutionMeeting15Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.RESOLUTION.MEETING_15_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(15);

  /** Creates the rule. */
  public ResolutionMeeting15Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT)
        .title("The LEA convenes a resolution meeting within 15 days of receiving a parent's due process complaint")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.510(a)(1)",
            "https://sites.ed.gov/idea/regs/b/e/300.510/a",
            "Within 15 days of receiving notice of the parent's due process complaint, and prior to the"
                + " initiation of a due process hearing under § 300.511, the LEA must convene a meeting with"
                + " the parent and the relevant member or members of the IEP Team"))
        .addCitations(Citation.regulation("300.510(a)(3)",
            "The meeting described in paragraph (a)(1) and (2) of this section need not be held if the parent"
                + " and the LEA agree in writing to waive the meeting; or the parent and the LEA agree to use the"
                + " mediation process described in § 300.506."))
        .counting("15 calendar days from the LEA's receipt; receipt day is day 0; no roll-forward")
        .build());
  }

  /**
   * The clock: 15 days after the LEA receives the parent's complaint, to the resolution meeting
   * (300.510(a)(1)); excused by a written waiver or an agreement to mediate (300.510(a)(3)); restarted by an
   * amended complaint (300.508(d)(4)); ended by the complaint's withdrawal. A meeting the LEA convened in
   * which the parent did not participate answers the clock: the LEA convened it, and the parent's
   * non-participation delays the other timelines (300.510(b)(3)).
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the LEA's receipt of the parent's due process complaint")
      .satisfiedBy("the resolution meeting, convened by the LEA")
      .unless(Clock.Condition.Effect.EXCUSES, "the parent and the LEA agree in writing to waive the meeting, or agree"
          + " to use mediation", "300.510(a)(3)")
      .restartsOnAmendment()
      .endsOnWithdrawal("the library's reading: a complaint withdrawn by its filer needs no meeting")
      .unless(Clock.Condition.Effect.DELAYS, "the parent does not participate in the meeting the LEA convened (the"
          + " meeting counts as convened)", "300.510(b)(3)")
      .build();

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      if (ctx.sideOf(complaint.filedBy()).orElse(Side.FAMILY) != Side.FAMILY) {
        continue;
      }
      DueProcessReceipt receipt = DueProcessReceipt.of(ctx, complaint);
      LocalDate day0 = receipt.date();
      List<Meeting> convened = convened(ctx, complaint);
      RuleContext.DeadlineDraft draft = ctx.clock(ID, CLOCK).concerning(complaint).trigger(receipt.eventId(), day0)
          .opensOn(receipt.filed()).satisfiedByFirstOf(convened);
      Optional<Agreement> excuse = excuse(ctx, complaint, CLOCK.due(day0, ctx.counter()));
      // a waiver or an agreement to mediate after the meeting was convened excuses nothing: the clock was met
      if (excuse.isPresent() && !convenedBy(ctx, convened, ctx.date(excuse.get()))) {
        Agreement waiver = excuse.get();
        ctx.note(() -> "complaint " + complaint.id() + ": meeting not required (" + waiver.kind() + " "
            + waiver.id() + ")");
        draft.notApplicable(NotApplicable.Reason.WAIVED, waiver.id());
      }
      for (Deadline d : draft.reportAll()) {
        if (d.status() != DeadlineStatus.MISSED) {
          continue;
        }
        Optional<String> held = d.satisfiedBy();
        RuleContext.FindingDraft f = d.doneBeforeWindow()
            ? ctx.finding(ID, "before_complaint").date("held", d.satisfiedOn().get()).date("filed", receipt.filed())
            : held.isPresent()
            ? ctx.finding(ID, "late").date("held", d.satisfiedOn().get()).date("due", d.due())
                .date("received", d.triggerDate())
            : ctx.finding(ID, "missed").date("due", d.due()).date("received", d.triggerDate());
        f.events(held.map(m -> new String[] {complaint.id(), m}).orElse(new String[] {complaint.id()})).report();
      }
    }
  }

  /**
   * The complaint's resolution meetings that answer the 15-day clock, in timeline order: those held, and
   * those the LEA convened in which the parent did not participate (300.510(b)(3)).
   */
  static List<Meeting> convened(RuleContext ctx, Request complaint) {
    List<Meeting> meetings = ctx.meetingsFor(complaint.id(), MeetingKind.RESOLUTION);
    List<Meeting> out = null;
    for (int i = 0, n = meetings.size(); i < n; i++) {
      Meeting m = meetings.get(i);
      if (m.held() || m.nonParticipation().orElse(null) == Side.FAMILY) {
        if (out == null) {
          out = new ArrayList<>(n);
        }
        out.add(m);
      }
    }
    return out == null ? List.of() : out;
  }

  /** Whether one of the meetings was convened on or before a day. */
  private static boolean convenedBy(RuleContext ctx, List<Meeting> convened, LocalDate day) {
    for (int i = 0, n = convened.size(); i < n; i++) {
      if (!ctx.date(convened.get(i)).isAfter(day)) {
        return true;
      }
    }
    return false;
  }

  /** The written waiver or agreement to mediate, signed by both sides by the due date, that excuses the meeting. */
  static Optional<Agreement> excuse(RuleContext ctx, Request complaint, LocalDate due) {
    // a waiver counts when in writing and signed by both sides (300.510(a)(3)(i)); the first that counts,
    // in timeline order: if it is after the due date, every later one is too
    Optional<Agreement> waiver = ctx.firstSignedAgreementFor(complaint.id(), AgreementKind.WAIVE_RESOLUTION_MEETING,
        true);
    if (waiver.isPresent() && !ctx.date(waiver.get()).isAfter(due)) {
      return waiver;
    }
    // an agreement to use mediation instead (300.510(a)(3)(ii)) needs neither writing nor signatures: the
    // case records that the parties agreed, and that is enough
    Optional<Agreement> toMediate = RuleContext.first(ctx.agreementsFor(complaint.id(), AgreementKind.TO_MEDIATE));
    if (toMediate.isPresent() && !ctx.date(toMediate.get()).isAfter(due)) {
      return toMediate;
    }
    return Optional.empty();
  }


  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.RESOLUTION_MEETING) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, counter.plus(trigger, PERIOD),
        "within 15 days of the LEA receiving the parent's due process complaint (34 CFR 300.510(a)(1))"));
  }
}
