package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MS.MEDIATION.JOINT_REQUEST}: the written mediation request carries both parties' signatures
 * before a mediator is assigned.
 *
 * <p>Mississippi Department of Education (mdek12.org/node/2110): "A request must include both parties'
 * signature indicating that the decision to mediate is agreed upon by both parties in order for the
 * BPES to assign a mediator."
 *
 * <p>What it checks: when a mediator is assigned to a {@link RequestKind#MEDIATION} request (an
 * {@link Appointment} naming the request), the request is written (not oral) and its
 * {@link Request#signedBy()} includes a family-side party and an agency-side party. One finding per
 * request names what is missing. Before any assignment there is nothing to check.
 *
 * <p>Counting: no day count. That a mediation agreement binds only when written and signed by both is
 * the federal {@code IDEA.MEDIATION.AGREEMENT_BINDING}, inherited.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationJointRequest extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.MEDIATION.JOINT_REQUEST");

  /** Creates the rule. */
  public MediationJointRequest() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.MEDIATION)
        .messages(Messages.CATALOG)
        .title("The written mediation request carries both parties' signatures before a mediator is assigned")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of(Authority.AGENCY_PROCEDURE, Force.DUTY,
            "Mississippi Department of Education, Office of Special Education",
            "Mediation", "https://www.mdek12.org/node/2110",
            "A request must include both parties' signature indicating that the decision to mediate is agreed"
                + " upon by both parties in order for the BPES to assign a mediator."))
        .counting("no day count; judged when a mediator is assigned")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request r : ctx.requests(RequestKind.MEDIATION)) {
      Optional<Appointment> assigned = RuleContext.first(ctx.eventsFor(r.id(), Appointment.class));
      if (assigned.isEmpty()) {
        continue;
      }
      boolean family = false;
      boolean agency = false;
      for (String s : r.signedBy()) {
        Party p = ctx.party(s).orElse(null);
        family |= p != null && p.side() == Side.FAMILY;
        agency |= p != null && p.side() == Side.AGENCY;
      }
      List<Message> missing = new ArrayList<>();
      if (r.form() == RequestForm.ORAL) {
        missing.add(ctx.phrase("oral").build());
      }
      if (!family) {
        missing.add(ctx.phrase("family_signature").build());
      }
      if (!agency) {
        missing.add(ctx.phrase("district_signature").build());
      }
      if (!missing.isEmpty()) {
        ctx.finding("unsigned").date("assigned", ctx.date(assigned.get())).date("requested", ctx.date(r))
            .parts("missing", missing).events(r.id(), assigned.get().id()).report();
      }
    }
  }
}
