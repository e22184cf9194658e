package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.FIEP.NEUTRAL_FACILITATOR}: the facilitator completed the three-day training, is not on the IEP
 * team, and has no relationship with the school or the parents.
 *
 * <p>DESE's "Facilitated IEP Process" flyer (2016-2017), a procedure of the programme DESE runs:
 * "The neutral facilitator is a trained
 * professional who has completed a three-day training in IEP Team Meeting Facilitation. The facilitator
 * is not a member of the IEP team and does not have a relationship with the school or the parents, other
 * than to assist in the meeting."
 *
 * <p>Checks every facilitator who attends a facilitated IEP meeting (not cancelled) or is appointed for a
 * facilitated IEP request: {@code trainingDays >= 3}, not {@code onIepTeam}, no {@code relationships}
 * with either side. One finding per facilitator, naming every failing point and the events it rests
 * on. No day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FiepNeutralFacilitator extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.FIEP.NEUTRAL_FACILITATOR");

  /** The training the flyer requires, in days. */
  static final int TRAINING_DAYS = 3;

  /** Creates the rule. */
  public FiepNeutralFacilitator() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class, Appointment.class)
        .messages(Messages.CATALOG)
        .title("The facilitator is trained (three days), not on the IEP team, and has no relationship with the"
            + " school or the parents")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.fiepProcedure("Who serves as the neutral facilitator?",
            "The neutral facilitator is a trained professional who has completed a three-day training in IEP Team"
                + " Meeting Facilitation. The facilitator is not a member of the IEP team and does not have a"
                + " relationship with the school or the parents, other than to assist in the meeting."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    Map<String, List<String>> eventsByFacilitator = new LinkedHashMap<>();
    for (Meeting m : ctx.meetings(MeetingKind.FACILITATED_IEP)) {
      if (m.status() == Meeting.Status.CANCELLED) {
        continue;
      }
      for (Participant p : ctx.attendees(m, ParticipantRole.FACILITATOR)) {
        eventsByFacilitator.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(m.id());
      }
    }
    for (Appointment a : Sources.appointments(ctx, ParticipantRole.FACILITATOR)) {
      String named = a.request().orElse(null);
      Request r = named == null ? null : ctx.request(named).orElse(null);
      boolean forFiep = r == null || r.kind() == RequestKind.FACILITATED_IEP;
      if (forFiep) {
        eventsByFacilitator.computeIfAbsent(a.participant(), k -> new ArrayList<>()).add(a.id());
      }
    }
    eventsByFacilitator.forEach((id, events) -> {
      Participant p = ctx.participant(id).orElseThrow();
      List<Message> problems = new ArrayList<>();
      if (p.trainingDays() < TRAINING_DAYS) {
        problems.add(ctx.phrase("training").number("days", p.trainingDays()).build());
      }
      if (p.onIepTeam()) {
        problems.add(ctx.phrase("on_team").build());
      }
      if (p.relationships().contains(Side.AGENCY)) {
        problems.add(ctx.phrase("tie_school").build());
      }
      if (p.relationships().contains(Side.FAMILY)) {
        problems.add(ctx.phrase("tie_family").build());
      }
      if (!problems.isEmpty()) {
        ctx.finding("not_neutral").parts("problems", problems).events(events).report();
      }
    });
  }
}
