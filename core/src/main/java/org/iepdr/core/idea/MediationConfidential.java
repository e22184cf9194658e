package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.iepdr.core.model.EvidenceOffered;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.MEDIATION.CONFIDENTIAL}: what was said in mediation is not offered as evidence in a
 * later hearing or civil proceeding.
 *
 * <p>34 CFR 300.506(b)(8): discussions in mediation "must be confidential and may not be used as
 * evidence in any subsequent due process hearing or civil proceeding".
 *
 * <p>Every {@link EvidenceOffered} with {@link EvidenceOffered#fromMediation()} is a VIOLATION, whoever
 * offered it; the finding names the hearing. Counting: no day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationConfidential extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.MEDIATION.CONFIDENTIAL");

  /** Creates the rule. */
  public MediationConfidential() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(EvidenceOffered.class)
        .title("Mediation discussions are not used as evidence in a later hearing or civil proceeding")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.506(b)(8)",
            "must be confidential and may not be used as evidence in any subsequent due process hearing or civil"
                + " proceeding"))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (EvidenceOffered e : ctx.events(EvidenceOffered.class)) {
      if (e.fromMediation()) {
        ctx.finding("used_as_evidence").date("offered", ctx.date(e)).text("by", e.by()).text("hearing", e.hearing())
            .events(e.id(), e.hearing()).report();
      }
    }
  }
}
