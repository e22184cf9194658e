package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.EffectivePeriod;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE}: from 2025-07-23, the date of OSEP's review of
 * Mississippi, a family is not asked to sign a confidentiality pledge after reaching a dispute
 * resolution with a district.
 *
 * <p>Families as Allies (faams.org/?p=14222), reporting OSEP's review issued 2025-07-23: "families cannot
 * be asked to sign a confidentiality pledge after reaching a dispute resolution with a district". A
 * secondary source (the OSEP letter itself was not retrieved).
 *
 * <p>What the rule keeps, and what it left: a pledge as a condition of taking part in mediation is
 * contrary to federal law as OSEP reads 34 CFR 300.506(b)(1)(i) since long before the review, and is
 * judged by {@code IDEA.MEDIATION.NO_PLEDGE_PRECONDITION}, which Mississippi inherits. (A Mississippi
 * parent article says the review "struck down Mississippi's prior requirement that parents sign a
 * confidentiality pledge before mediation could begin": that is the federal rule's subject.) What the
 * review adds, and this rule keeps, is the pledge asked for once the dispute is resolved. Its only source is a
 * secondary restatement, so the rule reports {@link org.iepdr.core.rules.FindingKind#WARNING}s.
 *
 * <p>Effective date: {@link RuleDescriptor#inForce()} is {@code EffectivePeriod.from(2025-07-23)}. The
 * engine judges each pledge by the rule in force on its date: a pledge asked for or signed before
 * 2025-07-23 is not judged by this rule, whatever the as-of date (the trace names it).
 *
 * <p>What it checks: a {@link Demand} of kind {@link Demand.Kind#CONFIDENTIALITY_PLEDGE} made by an
 * agency-side party, or an {@link Agreement} of kind {@link AgreementKind#CONFIDENTIALITY_PLEDGE} that a
 * family-side party signed, on or after a mediation, resolution or settlement agreement (the dispute
 * resolved). A pledge before any such agreement is only noted. The confidentiality clause that 34 CFR
 * 300.506(b)(6) requires in a mediation agreement ({@link Agreement#statesConfidentiality()}) is not a
 * pledge and is not reported.
 *
 * <p>Counting: no day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class NoConfidentialityPledge extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE");

  /** The first day the rule is in force: OSEP issued its review of Mississippi on 2025-07-23. */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2025, 7, 23);

  private static final Set<AgreementKind> RESOLUTIONS = EnumSet.of(AgreementKind.MEDIATION_AGREEMENT,
      AgreementKind.RESOLUTION_AGREEMENT, AgreementKind.SETTLEMENT_AGREEMENT);

  /** Creates the rule. */
  public NoConfidentialityPledge() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Demand.class, Agreement.class)
        .messages(Messages.CATALOG)
        .title("A family is not asked to sign a confidentiality pledge after reaching a dispute resolution")
        .kind(FindingKind.WARNING)
        .inForce(EffectivePeriod.from(IN_FORCE_FROM))
        .addCitations(Citation.builder().authority(Authority.SECONDARY).force(Force.DUTY).restatement(true)
            .document("Families as Allies of Mississippi (faams.org)")
            .section("OSEP DMS review of Mississippi, 2025-07-23").link("https://faams.org/?p=14222")
            .quote("families cannot be asked to sign a confidentiality pledge after reaching a dispute resolution"
                + " with a district")
            .build())
        .counting("no day count; in force from 2025-07-23")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Demand d : ctx.events(Demand.class)) {
      if (d.kind() != Demand.Kind.CONFIDENTIALITY_PLEDGE || !onSide(ctx, d.by(), Side.AGENCY)) {
        continue;
      }
      Optional<Agreement> resolved = resolvedBefore(ctx, d);
      if (resolved.isEmpty()) {
        ctx.note("demand " + d.id() + " is not made after a dispute resolution; not judged by this rule");
        continue;
      }
      ctx.finding("asked").date("asked", ctx.date(d)).date("resolved", ctx.date(resolved.get()))
          .date("review", IN_FORCE_FROM).events(d.id(), resolved.get().id()).report();
    }
    for (Agreement a : ctx.agreements(AgreementKind.CONFIDENTIALITY_PLEDGE)) {
      if (a.signatories().stream().noneMatch(s -> onSide(ctx, s, Side.FAMILY))) {
        continue;
      }
      Optional<Agreement> resolved = resolvedBefore(ctx, a);
      if (resolved.isEmpty()) {
        ctx.note("pledge " + a.id() + " is not signed after a dispute resolution; not judged by this rule");
        continue;
      }
      ctx.finding("signed").date("signed", ctx.date(a)).date("resolved", ctx.date(resolved.get()))
          .date("review", IN_FORCE_FROM).events(a.id(), resolved.get().id()).report();
    }
  }

  /** The first resolution (a mediation, resolution or settlement agreement) at or before an event, if any. */
  private static Optional<Agreement> resolvedBefore(RuleContext ctx, CaseEvent e) {
    Agreement first = null;
    for (AgreementKind kind : RESOLUTIONS) {
      // the first of a kind, in timeline order, is the earliest: if it is after the event, all are
      Optional<Agreement> earliest = RuleContext.first(ctx.agreements(kind));
      if (earliest.isPresent() && !earliest.get().at().isAfter(e.at())
          && (first == null || earliest.get().at().isBefore(first.at()))) {
        first = earliest.get();
      }
    }
    return Optional.ofNullable(first);
  }

  private static boolean onSide(RuleContext ctx, String person, Side side) {
    return ctx.sideOf(person).filter(side::equals).isPresent();
  }
}
