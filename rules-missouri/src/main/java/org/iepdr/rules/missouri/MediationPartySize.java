package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.MEDIATION.PARTY_SIZE} (warning): at most three people per side at a mediation session unless
 * both agree to more; the district sends someone with decision-making authority.
 *
 * <p>Known only from secondary sources (law-facts M5, VERIFIED-2ND: MPACT; MoDE Foundation). The project's
 * research notes record them as saying that each party may bring at most 3 people unless both agree to
 * more, and that the district must send someone with decision-making authority; their exact words were
 * not kept, so the citation quotes the notes' summary and the rule reports
 * {@link FindingKind#WARNING}s.
 *
 * <p>For each mediation session that was not cancelled, people are counted per side: parties by their
 * side, participants by the side they act for (neutrals such as the mediator are not counted). More than
 * three on one side is a warning unless a {@link AgreementKind#MORE_ATTENDEES} agreement for the session's
 * request (or naming none), signed by both sides, was made at or before the session.
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

  /** The most people one side may bring without both sides' agreement. */
  static final int MAX_PER_SIDE = 3;

  /** Creates the rule. */
  public MediationPartySize() {
    super(RuleDescriptor.builder()
        .id(ID)
        .messages(Messages.CATALOG)
        .title("At most three people per side at mediation unless both agree; the district sends someone with"
            + " decision-making authority")
        .kind(FindingKind.WARNING)
        .addCitations(Sources.secondary("MPACT; MoDE Foundation (as summarised in the project's research notes,"
                + " law-facts M5)", "Missouri mediation",
            "Each party may bring at most 3 people unless both agree to more. The district must send someone with"
                + " decision-making authority."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : ctx.meetings(MeetingKind.MEDIATION_SESSION)) {
      if (m.status() == Meeting.Status.CANCELLED) {
        continue;
      }
      Map<Side, Integer> count = new EnumMap<>(Side.class);
      List<Participant> agencyPeople = new ArrayList<>();
      boolean leaPartyAttends = false;
      for (String id : m.attendees()) {
        Optional<Side> side = ctx.sideOf(id);
        if (side.isEmpty()) {
          continue;
        }
        count.merge(side.get(), 1, Integer::sum);
        if (side.get() == Side.AGENCY) {
          Optional<Participant> p = ctx.participant(id);
          if (p.isPresent()) {
            agencyPeople.add(p.get());
          } else {
            leaPartyAttends = true;
          }
        }
      }
      for (Map.Entry<Side, Integer> e : count.entrySet()) {
        if (e.getValue() > MAX_PER_SIDE) {
          Optional<Agreement> more = agreedToMore(ctx, m);
          if (more.isPresent()) {
            ctx.note("session " + m.id() + ": " + e.getValue() + " people for " + e.getKey() + " under agreement "
                + more.get().id());
          } else {
            ctx.finding("too_many").date("session", ctx.date(m)).number("count", e.getValue())
                .part("side", ctx.phrase(e.getKey() == Side.FAMILY ? "side_family" : "side_district").build())
                .events(m.id()).report();
          }
        }
      }
      if (m.held()) {
        if (!agencyPeople.isEmpty()) {
          if (agencyPeople.stream().noneMatch(Participant::hasDecisionAuthority)) {
            ctx.finding("no_authority").date("session", ctx.date(m)).events(m.id()).report();
          }
        } else if (leaPartyAttends) {
          ctx.incomplete("session " + m.id() + ": the district attended, but the case does not name who came;"
              + " decision authority not checked");
        }
      }
    }
  }

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
