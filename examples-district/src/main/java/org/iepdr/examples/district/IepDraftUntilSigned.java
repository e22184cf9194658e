package org.iepdr.examples.district;

import java.util.Optional;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code XM.IEP.DRAFT_UNTIL_SIGNED}: after the meeting the IEP stays a draft until the parent signs
 * consent; nothing is implemented from it before.
 *
 * <p>The district's IEP meeting procedure (example local policy): "Remind the team that consent is not obtained until the parent has signed the IEP and that
 * IEP is in draft form until consent is received."
 *
 * <p>Counting: none. The parent's signature is a written {@code SERVICES} consent by a family-side party
 * given at or after the meeting. A placement change by the district after the meeting and before that
 * consent is a warning; an IEP still unsigned on the as-of date gets an advisory.
 */
public final class IepDraftUntilSigned extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("XM.IEP.DRAFT_UNTIL_SIGNED");

  /** Creates the rule. */
  public IepDraftUntilSigned() {
    super(RuleDescriptor.builder().id(ID)
        .messages(Messages.CATALOG)
        .title("The IEP is a draft until the parent signs consent")
        .kind(FindingKind.WARNING)
        .addCitations(DistrictRules.procedure("Ending the Meeting", "Remind the team that consent is not obtained until"
            + " the parent has signed the IEP and that IEP is in draft form until consent is received."))
        .counting("none")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : DistrictRules.iepMeetings(ctx)) {
      if (!m.held()) {
        continue;
      }
      Optional<Consent> signed = RuleContext.first(ctx.events(Consent.class).stream()
          .filter(c -> c.scope() == ConsentScope.SERVICES && c.inWriting() && !c.at().isBefore(m.at())
              && ctx.sideOf(c.givenBy()).orElse(Side.AGENCY) == Side.FAMILY)
          .toList());
      for (PlacementChange p : ctx.events(PlacementChange.class)) {
        boolean byAgency = ctx.sideOf(p.by()).orElse(Side.AGENCY) == Side.AGENCY;
        boolean afterMeeting = p.at().isAfter(m.at());
        boolean beforeConsent = signed.map(c -> p.at().isBefore(c.at())).orElse(true);
        if (byAgency && afterMeeting && beforeConsent) {
          ctx.finding("placement_before_consent").date("changed", ctx.date(p)).date("meeting", ctx.date(m))
              .events(m.id(), p.id()).report();
        }
      }
      if (signed.isEmpty()) {
        ctx.finding("still_draft").kind(FindingKind.ADVISORY).date("meeting", ctx.date(m)).date("asOf", ctx.asOf())
            .events(m.id()).report();
      }
    }
  }
}
