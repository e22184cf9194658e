package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
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
 * {@code MO.MEDIATION.NO_ATTORNEYS} (warning): no attorney participates in or attends a mediation session
 * on behalf of any party; non-attorney advocates may.
 *
 * <p>The Special Ed Start Guide article "Missouri IEP Mediation: How the Free Process Works and When to
 * Use It": "attorneys shall not participate in or attend mediation sessions on behalf of either party."
 * and "Non-attorney advocates are permitted." The Missouri State Plan (p. 63), as MPACT quotes it: "no
 * attorney shall participate or attend on behalf of any party at the mediation session". The MoDE
 * Foundation: "Please note that an attorney can not attend or participate on behalf of any party at
 * mediation." RSMo 162.959's section heading reads "Mediation of dispute available, when--agreement to be
 * in writing--attorney not permitted, when"; the statute's sentence behind "attorney not permitted, when"
 * was searched for and not retrieved (the public copies read stop inside subsection 5), nor was the State
 * Plan's own page. A heading and second-hand quotations support no more than a
 * {@link FindingKind#WARNING}.
 *
 * <p>Every {@link ParticipantRole#ATTORNEY} among the attendees of a mediation session that was not
 * cancelled is reported, whichever side the attorney acts for and whoever brought them (the model
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
        .reads(Meeting.class)
        .messages(Messages.CATALOG)
        .title("No attorney attends or takes part in a mediation session on behalf of any party")
        .kind(FindingKind.WARNING)
        .addCitations(Sources.article("The No-Attorneys Rule in Missouri Mediation", Force.DUTY,
            "attorneys shall not participate in or attend mediation sessions on behalf of either party."))
        .addCitations(Citation.builder().authority(Authority.STATE_RULE).force(Force.DUTY).restatement(true)
            .document("Missouri State Plan for IDEA Part B, p. 63, as quoted by MPACT (Missouri Parents Act)")
            .section("Mediation")
            .quote("no attorney shall participate or attend on behalf of any party at the mediation session").build())
        .addCitations(Citation.of(Authority.SECONDARY, Force.DUTY, Sources.MODE_FOUNDATION, "Parents Should Know",
            Sources.MODE_FOUNDATION_LINK,
            "Please note that an attorney can not attend or participate on behalf of any party at mediation."))
        .addCitations(Citation.builder().authority(Authority.STATUTE).force(Force.DUTY).restatement(true)
            .document(Sources.RSMO_162_959).section("section heading").link(Sources.RSMO_162_959_LINK)
            .quote("Mediation of dispute available, when--agreement to be in writing--attorney not permitted, when")
            .build())
        .addCitations(Sources.article("The No-Attorneys Rule in Missouri Mediation", Force.ADVICE,
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
        ctx.note(() -> "attorney " + attorney.id() + " (" + attorney.role().name().toLowerCase(Locale.ROOT)
            + ") at " + m.id());
      }
    }
  }
}
