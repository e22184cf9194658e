package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Force;
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
import org.iepdr.core.time.LastDayRule;

/**
 * {@code MO.DUE_PROCESS.COMMISSIONER_15_DAYS}: the Administrative Hearing Commission assigns a
 * commissioner within 15 days of receiving notice of a due process request; complaints are filed with
 * DESE.
 *
 * <p>RSMo 162.961.1 (revisor.mo.gov): "A parent, guardian or the responsible educational agency may
 * request a due process hearing before the administrative hearing commission [...]. Except as provided in
 * subsection 4 of this section, the administrative hearing commission shall within fifteen days after
 * receiving notice assign a commissioner who is not an employee of the state board of education or
 * department of elementary and secondary education to hear the case." Subsection 4 (the expedited
 * hearing) was not retrieved, so its exception is not encoded. The AHC's Special Education page
 * (ahc.mo.gov/special-education) says the Commission "cannot accept a complaint directly": due process
 * complaints are filed with DESE.
 *
 * <p>Counting: 15 calendar days under RSMo 1.040 ({@link MissouriTime}): the day the hearing body
 * received notice (a {@link Receipt} by {@link Recipient#HEARING_BODY}, or the filing itself if filed
 * with it) is day 0, the first day, excluded; a last day on a Sunday is excluded, so the period ends on
 * the Monday (a Saturday or a holiday stays). The
 * act is the first {@link Appointment} of a {@link ParticipantRole#HEARING_OFFICER} (the commissioner)
 * for the request. Applies to due process and expedited due process complaints. A complaint filed with
 * the hearing body itself is also reported: it should have gone to DESE. Without a record of the AHC's
 * notice, the clock is not started (noted).
 *
 * <p>The Commission learns of a complaint only through DESE's notice (it cannot accept one directly):
 * an assignment dated before that notice is reported as such ({@code Deadline.doneBeforeWindow()}), not
 * as late.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueProcessCommissioner15Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.DUE_PROCESS.COMMISSIONER_15_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(15);

  /**
   * The clock, RSMo 162.961.1: "the administrative hearing commission shall within fifteen days after
   * receiving notice assign a commissioner [...] to hear the case", counted under RSMo 1.040 (a last day
   * on a Sunday moves to the Monday). The expedited exception of subsection 4 was not retrieved and is
   * not encoded.
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the Administrative Hearing Commission's receipt of notice of the due process request")
      .satisfiedBy("the assignment of a commissioner (the hearing officer's appointment)")
      .lastDayRule(LastDayRule.RSMO_1_040)
      .build();

  /** Creates the rule. */
  public DueProcessCommissioner15Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
        .messages(Messages.CATALOG)
        .title("The Administrative Hearing Commission assigns a commissioner within 15 days of receiving notice;"
            + " complaints are filed with DESE")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of(Authority.STATUTE, Force.DUTY, Sources.RSMO_162_961, "162.961.1",
            "https://revisor.mo.gov/main/OneSection.aspx?section=162.961",
            "A parent, guardian or the responsible educational agency may request a due process hearing before the"
                + " administrative hearing commission with respect to any matter relating to identification,"
                + " evaluation, educational placement, or the provision of a free appropriate public education of"
                + " the child. [...] Except as provided in subsection 4 of this section, the administrative hearing"
                + " commission shall within fifteen days after receiving notice assign a commissioner who is not an"
                + " employee of the state board of education or department of elementary and secondary education to"
                + " hear the case."))
        .addCitations(Citation.of(Authority.AGENCY_GUIDANCE, Force.DUTY,
            "Missouri Administrative Hearing Commission, Special Education page",
            "Special education", "https://ahc.mo.gov/special-education", "cannot accept a complaint directly"))
        .addCitations(MissouriTime.citation())
        .counting(MissouriTime.counting(15, "the AHC's receipt of notice", "the receipt day"))
        .build());
  }

  /** The complaints whose notice to the Commission starts the clock. */
  private static final RequestKind[] COMPLAINTS = {
    RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(COMPLAINTS)) {
      if (complaint.filedWith() == Recipient.HEARING_BODY) {
        ctx.finding("filed_with_commission").date("filed", ctx.date(complaint)).events(complaint.id()).report();
      }
      Optional<CaseEvent> notice = ctx.arrival(complaint, Recipient.HEARING_BODY);
      if (notice.isEmpty()) {
        ctx.note(() -> "complaint " + complaint.id() + ": no notice to the Administrative Hearing Commission recorded;"
            + " the 15-day assignment clock is not started");
        continue;
      }
      String triggerId = notice.get().id();
      LocalDate day0 = ctx.date(notice.get());
      LocalDate due = CLOCK.due(day0, ctx.counter());
      Optional<Appointment> assigned = Optional.empty();
      for (Appointment a : ctx.eventsFor(complaint.id(), Appointment.class)) {
        Participant p = ctx.participant(a.participant()).orElse(null);
        if (p != null && p.role() == ParticipantRole.HEARING_OFFICER) {
          assigned = Optional.of(a);
          break;
        }
      }
      Deadline d = ctx.clock(CLOCK)
          .trigger(triggerId, day0)
          .satisfiedBy(assigned)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        RuleContext.FindingDraft f = d.doneBeforeWindow()
            ? ctx.finding("before_notice").date("assigned", d.satisfiedOn().get()).date("received", day0)
            : assigned.isPresent()
            ? ctx.finding("late").date("assigned", d.satisfiedOn().get()).date("due", due).date("received", day0)
            : ctx.finding("missed").date("due", due).date("received", day0);
        f.events(assigned.map(a -> new String[] {triggerId, a.id()}).orElse(new String[] {triggerId})).report();
      }
    }
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.HEARING_OFFICER_ASSIGNMENT) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, CLOCK.due(trigger, counter),
        "within 15 days of the Administrative Hearing Commission receiving notice (RSMo 162.961)"));
  }
}
