package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
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
 * {@code IDEA.MEDIATION.NO_PLEDGE_PRECONDITION}: a public agency may not condition its participation in
 * mediation on the parent's signing a confidentiality pledge; mediation is voluntary (34 CFR
 * 300.506(b)(1)(i)), as OSEP reads it.
 *
 * <p>Sources. 34 CFR 300.506(b)(1)(i): the mediation process must be "voluntary on the part of the
 * parties". OSEP's Letter to Anonymous of 2020-07-31 (sites.ed.gov) answers "whether a public agency,
 * in this case a local educational agency, may condition its participation in mediation on a parent's
 * agreement to sign a confidentiality pledge": "Therefore, a parent's or public agency's participation
 * in the mediation process may not be condition[ed]" (the copy read breaks off inside that word). OSEP's
 * dispute-resolution Q&amp;A of July 2013 (Memo 13-08) is reported to say the same; its text was not read
 * here, so it is not quoted. History (restated): the 1997 Act and its 1999 regulations allowed the
 * parties to be required to sign a confidentiality pledge before mediation began; the 2004 Act dropped
 * that permission, and the 2006 regulations, in the Department's words, removed "the provision about the
 * 'confidentiality pledge,' in proposed paragraph (b)(9), because it is no longer required under the
 * Act" (Analysis of Comments and Changes to the final regulations published 2006-08-14, 71 FR 46540).
 *
 * <p>Kind: a {@link FindingKind#WARNING}. The duty is OSEP's reading of a regulation, given "as informal
 * guidance" that "is not legally binding" (the letter's own words); the regulation's text says
 * "voluntary", not "no pledge".
 *
 * <p>In force from 2006-10-13, the day the 2006 regulations took effect: before it, the 1999 regulation
 * expressly allowed a pledge to be required, so demanding one cannot have been contrary to federal law;
 * from it, the regulation no longer allows it and its voluntariness requirement, unchanged since, is
 * what OSEP reads in 2013 and 2020. Guidance states what the regulation in force means rather than
 * starting a new rule, so the rule is not dated from the guidance. Conduct is judged act by act: a demand
 * made before 2006-10-13 is left to the law of its day (see {@link org.iepdr.core.rules.Rule#governs}).
 *
 * <p>What it checks: a {@link Demand} of kind {@link Demand.Kind#CONFIDENTIALITY_PLEDGE} made by an
 * agency-side party before mediation is resolved and tied to mediation: it names a
 * {@link RequestKind#MEDIATION} request or a {@link MeetingKind#MEDIATION_SESSION}. A demand made on or
 * after a mediation, resolution or settlement agreement is a pledge after the dispute is resolved, not a
 * condition of taking part, and is left to the states' rules (Mississippi's
 * {@code MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE}). A pledge the family signed without a demand is not a
 * condition and is not reported. The confidentiality clause 34 CFR 300.506(b)(6)(i) requires in a
 * mediation agreement is not a pledge.
 *
 * <p>Counting: no day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationNoPledgePrecondition extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.MEDIATION.NO_PLEDGE_PRECONDITION");

  /** The first day the rule is in force: the 2006 Part B regulations took effect. */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2006, 10, 13);

  private static final Set<AgreementKind> RESOLUTIONS = EnumSet.of(AgreementKind.MEDIATION_AGREEMENT,
      AgreementKind.RESOLUTION_AGREEMENT, AgreementKind.SETTLEMENT_AGREEMENT);

  /** Creates the rule. */
  public MediationNoPledgePrecondition() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Demand.class)
        .title("A public agency does not make a confidentiality pledge a condition of taking part in mediation")
        .kind(FindingKind.WARNING)
        .inForce(EffectivePeriod.from(IN_FORCE_FROM))
        .addCitations(Citation.regulation("300.506(b)(1)(i)",
            "https://sites.ed.gov/idea/regs/b/e/300.506/b/1/i",
            "Is voluntary on the part of the parties"))
        .addCitations(Citation.of(Authority.AGENCY_GUIDANCE, Force.DUTY, "OSEP, Letter to Anonymous (2020-07-31)",
            "informal guidance",
            "https://sites.ed.gov/idea/files/osep-letter-to-anonymous-07-31-2020.pdf",
            "Therefore, a parent's or public agency's participation in the mediation process may not be"
                + " condition[ed]"))
        .addCitations(Citation.of(Authority.AGENCY_GUIDANCE, Force.DUTY,
            "Assistance to States for the Education of Children with Disabilities, final"
                + " regulations, Analysis of Comments and Changes (71 FR 46540, 2006-08-14)", "300.506(b)",
            "http://idea.ed.gov/explore/view/p-old/,root,regs,preamble1,prepart1,E,103,.html",
            "removing the provision about the \"confidentiality pledge,\" in proposed paragraph (b)(9), because it"
                + " is no longer required under the Act"))
        .counting("no day count; in force from 2006-10-13 (the 2006 regulations)")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    Agreement firstResolved = null;
    for (AgreementKind kind : RESOLUTIONS) {
      Optional<Agreement> a = RuleContext.first(ctx.agreements(kind));
      if (a.isPresent() && (firstResolved == null || a.get().at().isBefore(firstResolved.at()))) {
        firstResolved = a.get();
      }
    }
    for (Demand d : ctx.events(Demand.class)) {
      if (d.kind() != Demand.Kind.CONFIDENTIALITY_PLEDGE
          || ctx.sideOf(d.by()).orElse(null) != Side.AGENCY) {
        continue;
      }
      Optional<Message> mediation = mediation(ctx, d);
      if (mediation.isEmpty()) {
        continue;
      }
      if (firstResolved != null && !firstResolved.at().isAfter(d.at())) {
        String resolvedBy = firstResolved.id();
        ctx.note(() -> "demand " + d.id() + ": made after the dispute was resolved (" + resolvedBy + "), not as a"
            + " condition of mediating");
        continue;
      }
      ctx.finding("asked").date("asked", ctx.date(d)).part("mediation", mediation.get()).events(d.id()).report();
    }
  }

  /** The mediation a demand is tied to, in words, or empty. */
  private static Optional<Message> mediation(RuleContext ctx, Demand d) {
    if (d.request().isPresent()) {
      Optional<Request> r = ctx.request(d.request().get());
      if (r.isPresent() && r.get().kind() == RequestKind.MEDIATION) {
        return Optional.of(ctx.phrase("request").date("date", ctx.date(r.get())).build());
      }
    }
    if (d.meeting().isPresent()) {
      Optional<CaseEvent> m = ctx.event(d.meeting().get());
      if (m.isPresent() && m.get() instanceof Meeting mt && mt.kind() == MeetingKind.MEDIATION_SESSION) {
        return Optional.of(ctx.phrase("session").date("date", ctx.date(mt)).build());
      }
    }
    return Optional.empty();
  }
}
