package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
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
 * {@code MO.MEDIATION.PARTY_SIZE} (warning): no more than three people accompany each party at a mediation
 * session unless both agree to more; the district sends someone with decision-making authority.
 *
 * <p>Known only from secondary sources: MPACT (Missouri Parents Act), "No more than 3 people can
 * accompany each party", and the MoDE Foundation, "Each party may only have three participants unless
 * additional participants are mutually agreed upon by both parties". Where the two differ, MPACT's
 * sentence is followed: a party plus three companions. A secondary source gives at most a
 * {@link FindingKind#WARNING}.
 *
 * <p>For each mediation session that was not cancelled, the companions of each side are counted: the
 * participants who attended acting for that side (the parties themselves, and neutrals such as the
 * mediator, are not counted). More than three companions on one side is a warning unless a
 * {@link AgreementKind#MORE_ATTENDEES} agreement for the session's request (or naming none), signed by
 * both sides, was made at or before the session.
 *
 * <p>Decision authority, decided here: for a session that was held, when the district is represented by
 * participants acting for the agency and none of them {@code hasDecisionAuthority}, that is a warning.
 * When the district is represented only by the LEA party itself (no named person), the case does not say
 * who came, so the rule notes that it cannot tell and reports nothing. No day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationPartySize extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEDIATION.PARTY_SIZE");

  /** The most people who may accompany one party without both sides' agreement. */
  static final int MAX_COMPANIONS = 3;

  /** Creates the rule. */
  public MediationPartySize() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .messages(Messages.CATALOG)
        .title("No more than three people accompany each party at mediation unless both agree; the district"
            + " sends someone with decision-making authority")
        .kind(FindingKind.WARNING)
        .addCitations(Citation.builder().authority(Authority.SECONDARY).force(Force.DUTY)
            .document("MPACT (Missouri Parents Act), mediation guidance for parents").section("Mediation")
            .link("https://www.missouriparentsact.org")
            .quote("No more than 3 people can accompany each party").build())
        .addCitations(Citation.of(Authority.SECONDARY, Force.DUTY, Sources.MODE_FOUNDATION, "Parents Should Know",
            Sources.MODE_FOUNDATION_LINK,
            "Each party may only have three participants unless additional participants are mutually agreed upon"
                + " by both parties."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : ctx.meetings(MeetingKind.MEDIATION_SESSION)) {
      if (m.status() == Meeting.Status.CANCELLED) {
        continue;
      }
      // the participants (not the parties) who came for each side, in the order of Side (family, then agency)
      int[] count = new int[SIDES.length];
      int agencyPeople = 0;
      boolean authority = false;
      boolean leaPartyAttends = false;
      for (String id : m.attendees()) {
        Side side = ctx.sideOf(id).orElse(null);
        if (side == null) {
          continue;
        }
        Participant p = ctx.participant(id).orElse(null);
        if (p != null) {
          count[side.ordinal()]++;
        }
        if (side == Side.AGENCY) {
          if (p != null) {
            agencyPeople++;
            authority |= p.hasDecisionAuthority();
          } else {
            leaPartyAttends = true;
          }
        }
      }
      for (Side side : SIDES) {
        int people = count[side.ordinal()];
        if (people > MAX_COMPANIONS) {
          Optional<Agreement> more = agreedToMore(ctx, m);
          if (more.isPresent()) {
            String agreement = more.get().id();
            ctx.note(() -> "session " + m.id() + ": " + people + " people accompanied " + side
                + " under agreement " + agreement);
          } else {
            ctx.finding("too_many").date("session", ctx.date(m)).number("count", people)
                .part("side", ctx.phrase(side == Side.FAMILY ? "side_family" : "side_district").build())
                .events(m.id()).report();
          }
        }
      }
      if (m.held()) {
        if (agencyPeople > 0) {
          if (!authority) {
            ctx.finding("no_authority").date("session", ctx.date(m)).events(m.id()).report();
          }
        } else if (leaPartyAttends) {
          ctx.incomplete("session " + m.id() + ": the district attended, but the case does not name who came;"
              + " decision authority not checked");
        }
      }
    }
  }

  /** The sides, in the order the findings report them. */
  private static final Side[] SIDES = Side.values();

  private static Optional<Agreement> agreedToMore(RuleContext ctx, Meeting m) {
    List<Agreement> candidates = m.request().isPresent()
        ? ctx.agreementsFor(m.request().get(), AgreementKind.MORE_ATTENDEES)
        : ctx.agreements(AgreementKind.MORE_ATTENDEES);
    for (Agreement a : candidates) {
      if (ctx.signedByBothSides(a) && !a.at().isAfter(m.at())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
