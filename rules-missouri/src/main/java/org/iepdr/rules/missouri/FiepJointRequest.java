package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.FIEP.JOINT_REQUEST}: either the educational decision-maker or the LEA may ask for a
 * facilitated IEP; the FIEP Request Form is signed by both, and the LEA submits it to DESE.
 *
 * <p>DESE's "Facilitated IEP Process" flyer (2016-2017), a procedure of the programme DESE runs:
 * "Either the educational decision-maker
 * or the LEA can ask for a facilitated IEP. If both agree, the LEA calls DESE to request a facilitator and
 * submits a completed FIEP Request Form signed by both the educational decision-maker and the LEA."
 *
 * <p>For each {@link RequestKind#FACILITATED_IEP} request it checks, and names in one finding every
 * point that fails: the asker ({@code requestedBy}, else {@code filedBy}) is a family-side party (parent,
 * educational decision-maker or adult student) or the LEA, not the state agency; the form was written
 * (an oral request alone is not the completed form); the signatories include a family-side party and the
 * LEA; and the LEA submitted it ({@code filedBy} is a party in the role LEA). No day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FiepJointRequest extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.FIEP.JOINT_REQUEST");

  /** Creates the rule. */
  public FiepJointRequest() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.FACILITATED_IEP)
        .messages(Messages.CATALOG)
        .title("The FIEP Request Form is signed by both the educational decision-maker and the LEA, and the LEA"
            + " submits it")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.fiepProcedure("Who can request a FIEP?",
            "Either the educational decision-maker or the LEA can ask for a facilitated IEP. If both agree, the LEA"
                + " calls DESE to request a facilitator and submits a completed FIEP Request Form signed by both"
                + " the educational decision-maker and the LEA."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request r : ctx.requests(RequestKind.FACILITATED_IEP)) {
      List<Message> problems = new ArrayList<>();
      String asker = r.requestedBy().orElse(r.filedBy());
      Optional<Party> askingParty = ctx.party(asker);
      if (askingParty.isPresent() && askingParty.get().side() == Side.AGENCY
          && askingParty.get().role() != PartyRole.LEA) {
        problems.add(ctx.phrase("asked_by_state").build());
      }
      if (!r.form().isWritten()) {
        problems.add(ctx.phrase("oral").build());
      }
      boolean familySigned = false;
      boolean leaSigned = false;
      for (String s : r.signedBy()) {
        Optional<Party> p = ctx.party(s);
        familySigned |= p.map(Party::side).filter(Side.FAMILY::equals).isPresent();
        leaSigned |= p.map(Party::role).filter(PartyRole.LEA::equals).isPresent();
      }
      if (!familySigned) {
        problems.add(ctx.phrase("unsigned_family").build());
      }
      if (!leaSigned) {
        problems.add(ctx.phrase("unsigned_district").build());
      }
      boolean filedByLea = ctx.party(r.filedBy()).map(Party::role).filter(PartyRole.LEA::equals).isPresent();
      if (!filedByLea) {
        problems.add(ctx.phrase("not_submitted_by_district").build());
      }
      if (!problems.isEmpty()) {
        ctx.finding("not_joint").date("requested", ctx.date(r)).parts("problems", problems).events(r.id()).report();
      }
    }
  }
}
