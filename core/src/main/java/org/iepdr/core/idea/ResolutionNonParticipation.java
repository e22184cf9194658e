package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.RESOLUTION.NON_PARTICIPATION}: what happens to the resolution timelines when a party does not
 * take part in the resolution meeting (34 CFR 300.510(b)(3)-(5)).
 *
 * <p>The clocks themselves move in {@link ResolutionPeriod} (a parent's non-participation delays the
 * period until a meeting is held; a hearing officer's order under (b)(5) starts the 45 days), read by
 * {@link HearingDecision45Days} and {@link ResolutionPeriod30Days}. This rule says, for each parent's
 * complaint whose period one of them moved, from which day the 45 days run and why, and reports:
 * <ul>
 *   <li>an LEA's {@link RequestKind#DISMISSAL_REQUEST} made before the 30-day period ended ((b)(4): "at
 *       the conclusion of the 30-day period"), a warning;
 *   <li>a dismissal request with no documented attempt to obtain the parent's participation (no
 *       {@link Meeting#participationAttempts()} on the complaint's resolution meetings; (b)(4) requires
 *       reasonable efforts "documented using the procedures in § 300.322(d)"), a warning;
 *   <li>a hearing officer's {@link DecisionKind#HEARING_TIMELINE_ORDER} when the case shows neither ground
 *       of (b)(5) (a resolution meeting held within 15 days of receipt, with no LEA non-participation), a
 *       warning: the hearing officer may know more than the case records.
 * </ul>
 * Where the regulation does not say how to count (the delay of (b)(3), the start after an order under
 * (b)(5)), the trace says which reading the library took.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ResolutionNonParticipation extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.RESOLUTION.NON_PARTICIPATION");

  /** Creates the rule. */
  public ResolutionNonParticipation() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT)
        .title("A party that does not take part in the resolution meeting moves the resolution timelines")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.510(b)(3)", "https://sites.ed.gov/idea/regs/b/e/300.510/b/3",
            "Except where the parties have jointly agreed to waive the resolution process or to use mediation,"
                + " notwithstanding paragraphs (b)(1) and (2) of this section, the failure of the parent filing a due"
                + " process complaint to participate in the resolution meeting will delay the timelines for the"
                + " resolution process and due process hearing until the meeting is held."))
        .addCitations(Citation.regulation("300.510(b)(4)", "https://sites.ed.gov/idea/regs/b/e/300.510/b/4",
            "If the LEA is unable to obtain the participation of the parent in the resolution meeting after"
                + " reasonable efforts have been made (and documented using the procedures in §300.322(d)), the LEA"
                + " may, at the conclusion of the 30-day period, request that a hearing officer dismiss the parent’s"
                + " due process complaint."))
        .addCitations(Citation.regulation("300.510(b)(5)", "https://sites.ed.gov/idea/regs/b/e/300.510/b/5",
            "If the LEA fails to hold the resolution meeting specified in paragraph (a) of this section within 15"
                + " days of receiving notice of a parent’s due process complaint or fails to participate in the"
                + " resolution meeting, the parent may seek the intervention of a hearing officer to begin the due"
                + " process hearing timeline."))
        .counting("15 and 30 calendar days from the LEA's receipt; a parent's non-participation delays the 30-day"
            + " period until a meeting is held (the days of delay are added: the library's reading); after a hearing"
            + " officer's order under (b)(5) the 45 days start the day after it (the library's reading)")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
      if (ctx.sideOf(complaint.filedBy()).orElse(Side.FAMILY) != Side.FAMILY) {
        continue;
      }
      ResolutionPeriod period = ResolutionPeriod.of(ctx, complaint);
      switch (period.ending()) {
        case DELAYED_BY_PARENT -> ctx.note(() -> "complaint " + complaint.id() + ": " + period.explanation() + "; the 45 days"
            + " run from the day after " + period.end().orElseThrow() + ". 300.510(b)(3) says the timelines wait"
            + " \"until the meeting is held\" but not how to count: the library adds the days of delay");
        case PARENT_NOT_PARTICIPATING -> ctx.note(() -> "complaint " + complaint.id() + ": " + period.explanation()
            + "; the 45-day clock has not started");
        case HEARING_OFFICER_ORDER -> ctx.note(() -> "complaint " + complaint.id() + ": " + period.explanation() + "; the 45"
            + " days run from the day after the order (300.510(b)(5) does not say: the library's reading, by analogy"
            + " with 300.510(c))");
        default -> { }
      }
      LocalDate day30 = period.scheduledEnd();
      List<Meeting> meetings = ctx.meetingsFor(complaint.id(), MeetingKind.RESOLUTION);
      boolean documented = false;
      for (Meeting m : meetings) {
        documented |= !m.participationAttempts().isEmpty();
      }
      for (Request r : ctx.requests(RequestKind.DISMISSAL_REQUEST)) {
        if (!complaint.id().equals(r.relatesTo().orElse(null))) {
          continue;
        }
        LocalDate made = ctx.date(r);
        if (!made.isAfter(day30) && period.applies()) {
          ctx.finding("dismissal_request_early").kind(FindingKind.WARNING).date("made", made).date("end", day30)
              .events(complaint.id(), r.id()).report();
        }
        if (!documented) {
          ctx.finding("dismissal_request_undocumented").kind(FindingKind.WARNING).date("made", made)
              .events(complaint.id(), r.id()).report();
        }
      }
      LocalDate day15 = ResolutionMeeting15Days.CLOCK.due(period.receiptDate(), ctx.counter());
      boolean heldInTime = false;
      boolean leaAbsent = false;
      for (Meeting m : meetings) {
        heldInTime |= m.held() && !ctx.date(m).isAfter(day15);
        leaAbsent |= m.nonParticipation().orElse(null) == Side.AGENCY;
      }
      for (Decision order : orders(ctx, complaint)) {
        if (heldInTime && !leaAbsent) {
          ctx.finding("order_without_ground").kind(FindingKind.WARNING).date("ordered", ctx.date(order))
              .date("due", day15).events(complaint.id(), order.id()).report();
        }
      }
    }
  }

  /** The hearing officer's orders, not denied, beginning the timeline of a complaint. */
  private static List<Decision> orders(RuleContext ctx, Request complaint) {
    List<Decision> out = new java.util.ArrayList<>(ctx.decisions(complaint.id(), DecisionKind.HEARING_TIMELINE_ORDER));
    for (Request r : ctx.requests(RequestKind.HEARING_TIMELINE_REQUEST)) {
      if (complaint.id().equals(r.relatesTo().orElse(null))) {
        out.addAll(ctx.decisions(r.id(), DecisionKind.HEARING_TIMELINE_ORDER));
      }
    }
    out.removeIf(Decision::denied);
    return out;
  }
}
