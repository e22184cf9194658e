package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.MEDIATION.MEDIATOR_AGREED}: the mediator is chosen by both parties from DESE's list.
 *
 * <p>Seed {@code 003_951cc2b96321038a.txt}: "Both parties must agree on a mediator from DESE's approved
 * list." (MoDE Foundation and MPACT say the same, law-facts M6, VERIFIED-2ND.)
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
        .messages(Messages.CATALOG)
        .title("The mediator is chosen by both parties from DESE's list")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.seed(Sources.MEDIATION_ARTICLE, "How to Request Mediation in Missouri",
            "Both parties must agree on a mediator from DESE's approved list."))
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
