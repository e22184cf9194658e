package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.jspecify.annotations.Nullable;

/**
 * {@code IDEA.MEDIATION.VOLUNTARY}: mediation happens only when both parties agree to it; nobody
 * orders it, and it is never used to deny or delay a hearing.
 *
 * <p>34 CFR 300.506(b)(1): "The procedures must ensure that the mediation process— (i) Is voluntary on
 * the part of the parties; (ii) Is not used to deny or delay a parent's right to a hearing on the
 * parent's due process complaint, or to deny any other rights afforded under Part B of the Act". 2006
 * preamble (the Department's analysis, guidance): "we do not believe that a hearing officer can order
 * that the parties to a due process complaint engage in mediation."
 *
 * <p>A held {@link MeetingKind#MEDIATION_SESSION} is voluntary when, at or before its start, either
 * <ul>
 *   <li>an {@link AgreementKind#TO_MEDIATE} agreement (for the session's request, or naming none) was
 *       signed by parties of both sides, or
 *   <li>a party of the other side than the filer {@link Reply.Answer#ACCEPTED accepted} the mediation
 *       request, or
 *   <li>parties of both sides signed the mediation request itself (a joint request).
 * </ul>
 * The mediation requests considered are the session's own request when it is a
 * {@link RequestKind#MEDIATION} request, else every mediation request of the case. Otherwise the
 * session is a VIOLATION. Every {@link Demand.Kind#MEDIATION_ORDERED} demand is a VIOLATION: an order
 * to mediate is never voluntary. Using mediation to delay a hearing is measured by the hearing-timeline
 * rules, not here.
 *
 * <p>Counting: no day count; the agreement must exist at or before the session's start (instants).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationVoluntary extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.MEDIATION.VOLUNTARY");

  /** Creates the rule. */
  public MediationVoluntary() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class, Demand.class)
        .title("Mediation is voluntary: both parties agree to it, nobody orders it, and it does not delay a hearing")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.506(b)(1)",
            "The procedures must ensure that the mediation process— (i) Is voluntary on the part of the parties;"
                + " (ii) Is not used to deny or delay a parent's right to a hearing on the parent's due process"
                + " complaint, or to deny any other rights afforded under Part B of the Act"))
        .addCitations(Citation.of(Authority.AGENCY_GUIDANCE, Force.DUTY,
            "2006 Part B preamble, Analysis of Comments and Changes (idea.ed.gov)", "on 300.506",
            "we do not believe that a hearing officer can order that the parties to a due process complaint engage"
                + " in mediation."))
        .counting("no day count; both sides' agreement must exist at or before the session starts")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting session : ctx.meetings(MeetingKind.MEDIATION_SESSION)) {
      if (!session.held()) {
        continue;
      }
      Optional<CaseEvent> consent = agreedBy(ctx, session);
      if (consent.isPresent()) {
        ctx.note(() -> "session " + session.id() + ": both sides agreed (" + consent.get().id() + ")");
      } else {
        String[] ids = session.request().map(r -> new String[] {session.id(), r}).orElse(new String[] {session.id()});
        ctx.finding("no_agreement_recorded").date("held", ctx.date(session)).events(ids).report();
      }
    }
    for (Demand d : ctx.events(Demand.class)) {
      if (d.kind() == Demand.Kind.MEDIATION_ORDERED) {
        ctx.finding("ordered").date("ordered", ctx.date(d)).events(d.id()).report();
      }
    }
  }

  private static Optional<CaseEvent> agreedBy(RuleContext ctx, Meeting session) {
    String request = session.request().orElse(null);
    List<Agreement> agreements = request != null ? ctx.agreementsFor(request, AgreementKind.TO_MEDIATE)
        : ctx.agreements(AgreementKind.TO_MEDIATE);
    for (Agreement a : agreements) {
      if (a.at().isAfter(session.at())) {
        break; // timeline order: every later agreement is after the session too
      }
      if (ctx.signedByBothSides(a)) {
        return Optional.of(a);
      }
    }
    Request named = request != null ? ctx.request(request).orElse(null) : null;
    List<Request> requests = named != null && named.kind() == RequestKind.MEDIATION ? List.of(named)
        : ctx.requests(RequestKind.MEDIATION);
    for (Request r : requests) {
      if (r.at().isAfter(session.at())) {
        break; // timeline order: every later request is after the session too
      }
      if (signedByBothSides(ctx, r.signedBy())) {
        return Optional.of(r);
      }
      Side filer = ctx.sideOf(r.filedBy()).orElse(null);
      for (Reply reply : ctx.eventsFor(r.id(), Reply.class)) {
        if (reply.answer() == Reply.Answer.ACCEPTED
            && !reply.at().isAfter(session.at()) && filer != null
            && opposite(ctx.sideOf(reply.by()).orElse(null), filer)) {
          return Optional.of(reply);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a side is known and not the filer's. */
  private static boolean opposite(@Nullable Side side, Side filer) {
    return side != null && side != filer;
  }

  private static boolean signedByBothSides(RuleContext ctx, Set<String> signers) {
    boolean family = false;
    boolean agency = false;
    for (String s : signers) {
      Party p = ctx.party(s).orElse(null);
      family |= p != null && p.side() == Side.FAMILY;
      agency |= p != null && p.side() == Side.AGENCY;
    }
    return family && agency;
  }
}
