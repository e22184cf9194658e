package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.MEDIATION.MEDIATOR_AGREED} (warning): the mediator is chosen by both parties from DESE's list.
 *
 * <p>Known only from secondary sources: the Special Ed Start Guide article "Missouri IEP Mediation: How
 * the Free Process Works and When to Use It": "Both parties must agree on a mediator from DESE's
 * approved list."; the MoDE Foundation: "Parents can choose the mediator as long as the mediator is on MO
 * DESE's list of approved mediators, and mutually agreed upon by the school district." Neither RSMo
 * 162.959 nor the State Plan's words on it were retrieved, so the rule reports a
 * {@link FindingKind#WARNING}.
 *
 * <p>For each {@link Appointment} of a {@link ParticipantRole#MEDIATOR}: {@code selectedBy} must include a
 * family-side and an agency-side party, and the mediator must be {@code onStateList}. One finding per
 * appointment naming every failing point. No day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationMediatorAgreed extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEDIATION.MEDIATOR_AGREED");

  /** Creates the rule. */
  public MediationMediatorAgreed() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Appointment.class)
        .messages(Messages.CATALOG)
        .title("The mediator is chosen by both parties from DESE's list")
        .kind(FindingKind.WARNING)
        .addCitations(Sources.article("How to Request Mediation in Missouri", Force.DUTY,
            "Both parties must agree on a mediator from DESE's approved list."))
        .addCitations(Citation.of(Authority.SECONDARY, Force.DUTY, Sources.MODE_FOUNDATION, "Parents Should Know",
            Sources.MODE_FOUNDATION_LINK,
            "Parents can choose the mediator as long as the mediator is on MO DESE's list of approved mediators,"
                + " and mutually agreed upon by the school district."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Appointment a : Sources.appointments(ctx, ParticipantRole.MEDIATOR)) {
      Participant mediator = ctx.participant(a.participant()).orElseThrow();
      List<Message> problems = new ArrayList<>();
      if (!Sources.bothSides(ctx, a.selectedBy())) {
        problems.add(ctx.phrase("not_both_sides").build());
      }
      if (!mediator.onStateList()) {
        problems.add(ctx.phrase("not_on_list").build());
      }
      if (!problems.isEmpty()) {
        ctx.finding("not_agreed").date("appointed", ctx.date(a)).parts("problems", problems).events(a.id()).report();
      }
    }
  }
}
