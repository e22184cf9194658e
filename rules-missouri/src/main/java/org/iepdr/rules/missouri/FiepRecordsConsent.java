package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.FIEP.RECORDS_CONSENT}: the parent consented before the school shares confidential student
 * information with the facilitator.
 *
 * <p>DESE's "Facilitated IEP Process" flyer (2016-2017), a procedure of the programme DESE runs:
 * "The parent must provide consent to allow
 * the school to share confidential information about the student with the independent facilitator. This
 * is required under the Family Education Rights Privacy Act."
 *
 * <p>For each {@link RecordsShared} event whose recipient is a {@link ParticipantRole#FACILITATOR}, a
 * {@link ConsentScope#SHARE_RECORDS_WITH_FACILITATOR} consent given by a family-side party must be in
 * effect at the instant of sharing ({@link Consent#inEffectAt}: given at or before it and not revoked by
 * then). Consent given after the sharing does not cure it. No day count; instants are compared.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FiepRecordsConsent extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.FIEP.RECORDS_CONSENT");

  /** Creates the rule. */
  public FiepRecordsConsent() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(RecordsShared.class)
        .messages(Messages.CATALOG)
        .title("The parent consents before the school shares confidential information with the facilitator")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.fiepProcedure("How is the confidentiality of the student and family"
                + " maintained?",
            "The parent must provide consent to allow the school to share confidential information about the student"
                + " with the independent facilitator. This is required under the Family Education Rights Privacy"
                + " Act."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    // the family's consents to share records, indexed on first need: each act costs log n, not n
    org.iepdr.core.rules.ConsentsInEffect consents = null;
    for (RecordsShared shared : ctx.events(RecordsShared.class)) {
      boolean toFacilitator = ctx.participant(shared.sharedWith()).map(Participant::role)
          .filter(ParticipantRole.FACILITATOR::equals).isPresent();
      if (!toFacilitator) {
        continue;
      }
      if (consents == null) {
        java.util.List<Consent> family = new java.util.ArrayList<>();
        for (Consent c : ctx.events(Consent.class)) {
          if (c.scope() == ConsentScope.SHARE_RECORDS_WITH_FACILITATOR
              && Sources.partySide(ctx, c.givenBy()).filter(Side.FAMILY::equals).isPresent()) {
            family.add(c);
          }
        }
        consents = new org.iepdr.core.rules.ConsentsInEffect(family);
      }
      Optional<Consent> consent = consents.firstInEffectAt(shared.at());
      if (consent.isPresent()) {
        ctx.note("records shared " + shared.id() + " under consent " + consent.get().id());
      } else {
        ctx.finding("without_consent").date("shared", ctx.date(shared)).events(shared.id()).report();
      }
    }
  }
}
