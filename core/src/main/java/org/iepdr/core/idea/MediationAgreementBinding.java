package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Participant;
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
 * {@code IDEA.MEDIATION.AGREEMENT_BINDING}: a mediation agreement binds only if it is written, states
 * that the discussions stay confidential, and is signed by the parent and by an agency representative
 * with authority to bind the agency.
 *
 * <p>34 CFR 300.506(b)(6): the parties "must execute a legally binding agreement" that "(i) States that
 * all discussions that occurred during the mediation process will remain confidential and may not be
 * used as evidence in any subsequent due process hearing or civil proceeding; and (ii) Is signed by both
 * the parent and a representative of the agency who has the authority to bind such agency."
 * 300.506(b)(7) (Part B wording known from summaries, so marked as a restatement): "A written, signed mediation agreement [...] is
 * enforceable in any State court of competent jurisdiction or in a district court of the United States."
 *
 * <p>For every {@link AgreementKind#MEDIATION_AGREEMENT} the rule lists, in one VIOLATION, every
 * missing element: not {@link Agreement#inWriting() in writing}; no
 * {@link Agreement#statesConfidentiality() confidentiality statement}; no family-side signatory; no
 * {@link Agreement#agencyRepresentative() agency representative}, or one who is not a participant of
 * the case, or one without {@link Participant#hasDecisionAuthority() authority to bind the agency}.
 * The recorded agency representative is taken to be the agency's signatory.
 *
 * <p>Counting: no day count. (A mediation agreement has no 3-business-day review period; that
 * belongs to resolution agreements, 300.510(e).)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationAgreementBinding extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.MEDIATION.AGREEMENT_BINDING");

  /** Creates the rule. */
  public MediationAgreementBinding() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Agreement.class)
        .title("A mediation agreement is written, states confidentiality, and is signed by the parent and an"
            + " agency representative with authority to bind the agency")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.506(b)(6)", "https://sites.ed.gov/idea/regs/b/e/300.506/b/6/i",
            "(i) States that all discussions that occurred during the mediation process will remain confidential and"
                + " may not be used as evidence in any subsequent due process hearing or civil proceeding; and (ii)"
                + " Is signed by both the parent and a representative of the agency who has the authority to bind"
                + " such agency."))
        .addCitations(Citation.builder().authority(Authority.REGULATION).force(Force.DUTY).restatement(true)
            .document(Citation.CFR_300).section("300.506(b)(7)")
            .quote("A written, signed mediation agreement [...] is enforceable in any State court of"
                + " competent jurisdiction or in a district court of the United States.").build())
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Agreement a : ctx.agreements(AgreementKind.MEDIATION_AGREEMENT)) {
      List<Message> missing = new ArrayList<>();
      if (!a.inWriting()) {
        missing.add(ctx.phrase("not_in_writing").build());
      }
      if (!a.statesConfidentiality()) {
        missing.add(ctx.phrase("no_confidentiality").build());
      }
      boolean familySigned = a.signatories().stream()
          .anyMatch(s -> ctx.party(s).filter(p -> p.side() == Side.FAMILY).isPresent());
      if (!familySigned) {
        missing.add(ctx.phrase("no_parent_signature").build());
      }
      Optional<Participant> rep = a.agencyRepresentative().flatMap(ctx::participant);
      if (a.agencyRepresentative().isEmpty() || rep.isEmpty()) {
        missing.add(ctx.phrase("no_district_signature").build());
      } else if (!rep.get().hasDecisionAuthority()) {
        missing.add(ctx.phrase("signer_without_authority").text("signer", rep.get().id()).build());
      }
      if (!missing.isEmpty()) {
        ctx.finding("not_binding").date("signed", ctx.date(a)).parts("missing", missing).events(a.id()).report();
      }
    }
  }
}
