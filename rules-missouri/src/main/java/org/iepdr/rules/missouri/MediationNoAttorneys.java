package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.MEDIATION.NO_ATTORNEYS}: no attorney participates in or attends a mediation session on
 * behalf of any party; non-attorney advocates may.
 *
 * <p>Seed {@code 003_951cc2b96321038a.txt}: "attorneys shall not participate in or attend mediation
 * sessions on behalf of either party." and "Non-attorney advocates are permitted." The Missouri State
 * Plan (p. 63, quoted by MPACT, VERIFIED-2ND): "no attorney shall participate or attend on behalf of any
 * party at the mediation session". RSMo 162.959's heading (VERIFIED): "Mediation of dispute available,
 * when--agreement to be in writing--attorney not permitted, when"; the statutory sentence itself was not
 * retrieved.
 *
 * <p>Every {@link ParticipantRole#ATTORNEY} among the attendees of a mediation session that was not
 * cancelled is a violation, whichever side the attorney acts for and whoever brought them (the model
 * requires every attorney to act for a side). An {@link ParticipantRole#ADVOCATE} is not. One finding
 * per attorney and session. No day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationNoAttorneys extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEDIATION.NO_ATTORNEYS");

  /** Creates the rule. */
  public MediationNoAttorneys() {
    super(RuleDescriptor.builder()
        .id(ID)
        .messages(Messages.CATALOG)
        .title("No attorney attends or takes part in a mediation session on behalf of any party")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.seed(Sources.MEDIATION_ARTICLE, "The No-Attorneys Rule in Missouri Mediation",
            "attorneys shall not participate in or attend mediation sessions on behalf of either party."))
        .addCitations(Sources.secondary("Missouri State Plan for IDEA Part B, p. 63, as quoted by MPACT",
            "Mediation", "no attorney shall participate or attend on behalf of any party at the mediation session"))
        .addCitations(org.iepdr.core.rules.Citation.of(Sources.RSMO_162_959, "section heading",
            "Mediation of dispute available, when--agreement to be in writing--attorney not permitted, when"))
        .addCitations(Sources.seed(Sources.MEDIATION_ARTICLE, "The No-Attorneys Rule in Missouri Mediation",
            "Non-attorney advocates are permitted."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : ctx.meetings(MeetingKind.MEDIATION_SESSION)) {
      if (m.status() == Meeting.Status.CANCELLED) {
        continue;
      }
      for (Participant attorney : ctx.attendees(m, ParticipantRole.ATTORNEY)) {
        String side = attorney.actsFor().map(s -> s == Side.FAMILY ? "side_family" : "side_district")
            .orElse("side_unknown");
        ctx.finding("attorney").part("side", ctx.phrase(side).build()).date("session", ctx.date(m)).events(m.id())
            .report();
        ctx.note("attorney " + attorney.id() + " (" + attorney.role().name().toLowerCase(Locale.ROOT)
            + ") at " + m.id());
      }
    }
  }
}
