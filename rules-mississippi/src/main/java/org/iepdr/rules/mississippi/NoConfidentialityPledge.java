package org.iepdr.rules.mississippi;

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
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.EffectivePeriod;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MS.MEDIATION.NO_CONFIDENTIALITY_PLEDGE}: from 2025-07-23, the date of OSEP's review of
 * Mississippi, a family is not required to sign a confidentiality pledge to mediate or after resolving
 * a dispute. Before that date the rule is not in force.
 *
 * <p>Seed {@code 002_aac12704e11c44c8.txt}: "In its 2025 DMS report, OSEP also struck down
 * Mississippi's prior requirement that parents sign a confidentiality pledge before mediation could
 * begin — you can now participate without that precondition." Families as Allies (faams.org/?p=14222),
 * on OSEP's review issued 2025-07-23: "families cannot be asked to sign a confidentiality pledge after
 * reaching a dispute resolution with a district". Both are secondary sources (the OSEP letter itself
 * was not retrieved), so the citations are marked {@code VERIFIED-2ND}; the kind stays a violation, as
 * the rule catalogue sets it.
 *
 * <p>Effective date: {@link RuleDescriptor#inForce()} is {@code EffectivePeriod.from(2025-07-23)}. The
 * engine judges a case under the rules in force on its as-of date and records a {@code NOT_IN_FORCE}
 * trace entry for this rule before that date, so the same case evaluated as of 2025-07-22 reports
 * nothing and as of 2025-07-23 reports the pledge. A pledge asked for before 2025-07-23 is reported once
 * the rule is in force (the engine judges by the as-of date, not the event's date), and its message
 * says that it predates the review.
 *
 * <p>What it checks: a {@link Demand} of kind {@link Demand.Kind#CONFIDENTIALITY_PLEDGE} made by an
 * agency-side party, or an {@link Agreement} of kind {@link AgreementKind#CONFIDENTIALITY_PLEDGE} that a
 * family-side party signed, when it is tied to mediation or to resolving a dispute: it names a
 * mediation, state-complaint or due process request, or a mediation session or resolution meeting, or
 * it comes on or after a mediation, resolution or settlement agreement. A pledge tied to none of these
 * is outside the rule and only noted in the trace. The confidentiality clause that 34 CFR
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

  private static final Set<RequestKind> DISPUTES = EnumSet.of(RequestKind.MEDIATION, RequestKind.STATE_COMPLAINT,
      RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT);
  private static final Set<MeetingKind> SESSIONS = EnumSet.of(MeetingKind.MEDIATION_SESSION, MeetingKind.RESOLUTION);
  private static final Set<AgreementKind> RESOLUTIONS = EnumSet.of(AgreementKind.MEDIATION_AGREEMENT,
      AgreementKind.RESOLUTION_AGREEMENT, AgreementKind.SETTLEMENT_AGREEMENT);

  /** Creates the rule. */
  public NoConfidentialityPledge() {
    super(RuleDescriptor.builder()
        .id(ID)
        .messages(Messages.CATALOG)
        .title("A family is not required to sign a confidentiality pledge to mediate or after resolving a dispute")
        .kind(FindingKind.VIOLATION)
        .inForce(EffectivePeriod.from(IN_FORCE_FROM))
        .addCitations(Citation.builder().document(Sources.SEED).section("What to Do If Facilitation Doesn't"
                + " Resolve the Dispute")
            .quote("In its 2025 DMS report, OSEP also struck down Mississippi's prior requirement that parents sign"
                + " a confidentiality pledge before mediation could begin — you can now participate without that"
                + " precondition.")
            .verification(Sources.SECONDARY).build())
        .addCitations(Citation.builder().document("Families as Allies of Mississippi (faams.org)")
            .section("OSEP DMS review of Mississippi, 2025-07-23").link("https://faams.org/?p=14222")
            .quote("families cannot be asked to sign a confidentiality pledge after reaching a dispute resolution"
                + " with a district")
            .verification(Sources.SECONDARY).build())
        .counting("no day count; in force from 2025-07-23")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Demand d : ctx.events(Demand.class)) {
      if (d.kind() != Demand.Kind.CONFIDENTIALITY_PLEDGE || !onSide(ctx, d.by(), Side.AGENCY)) {
        continue;
      }
      Optional<Message> tie = tie(ctx, d, d.request(), d.meeting());
      if (tie.isEmpty()) {
        ctx.note("demand " + d.id() + " is not tied to mediation or a dispute resolution; not judged");
        continue;
      }
      ctx.finding(before(ctx, d) ? "asked_before_review" : "asked").date("asked", ctx.date(d)).part("tie", tie.get())
          .date("review", IN_FORCE_FROM).events(ids(d, d.request(), d.meeting())).report();
    }
    for (Agreement a : ctx.agreements(AgreementKind.CONFIDENTIALITY_PLEDGE)) {
      if (a.signatories().stream().noneMatch(s -> onSide(ctx, s, Side.FAMILY))) {
        continue;
      }
      Optional<Message> tie = tie(ctx, a, a.request(), Optional.empty());
      if (tie.isEmpty()) {
        ctx.note("pledge " + a.id() + " is not tied to mediation or a dispute resolution; not judged");
        continue;
      }
      ctx.finding(before(ctx, a) ? "signed_before_review" : "signed").date("signed", ctx.date(a))
          .part("tie", tie.get()).date("review", IN_FORCE_FROM).events(ids(a, a.request(), Optional.empty())).report();
    }
  }

  private static boolean onSide(RuleContext ctx, String person, Side side) {
    return ctx.sideOf(person).filter(side::equals).isPresent();
  }

  private static Optional<Message> tie(RuleContext ctx, CaseEvent e, Optional<String> request,
      Optional<String> meeting) {
    if (request.isPresent()) {
      Optional<Request> r = ctx.request(request.get());
      if (r.isPresent() && DISPUTES.contains(r.get().kind())) {
        return Optional.of(ctx.phrase(r.get().kind() == RequestKind.MEDIATION ? "tie_mediation_request" : "tie_dispute")
            .date("date", ctx.date(r.get())).build());
      }
    }
    if (meeting.isPresent()) {
      Optional<CaseEvent> m = ctx.event(meeting.get());
      if (m.isPresent() && m.get() instanceof Meeting mt && SESSIONS.contains(mt.kind())) {
        return Optional.of(ctx.phrase(mt.kind() == MeetingKind.MEDIATION_SESSION ? "tie_mediation_session"
            : "tie_resolution_meeting").date("date", ctx.date(mt)).build());
      }
    }
    for (AgreementKind kind : RESOLUTIONS) {
      for (Agreement resolved : ctx.agreements(kind)) {
        if (!resolved.at().isAfter(e.at()) && !resolved.id().equals(e.id())) {
          return Optional.of(ctx.phrase("tie_resolved").date("date", ctx.date(resolved)).build());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean before(RuleContext ctx, CaseEvent e) {
    return ctx.date(e).isBefore(IN_FORCE_FROM);
  }

  private static String[] ids(CaseEvent e, Optional<String> request, Optional<String> meeting) {
    java.util.List<String> out = new java.util.ArrayList<>();
    request.ifPresent(out::add);
    meeting.ifPresent(out::add);
    out.add(e.id());
    return out.toArray(String[]::new);
  }
}
