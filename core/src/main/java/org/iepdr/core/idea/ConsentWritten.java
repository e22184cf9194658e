package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.CONSENT.WRITTEN}: a consent a process relies on is informed and in writing, and its
 * revocation is not retroactive.
 *
 * <p>34 CFR 300.9(a)-(b): "The parent has been fully informed of all information relevant to the
 * activity for which consent is sought" (in the parent's native language or other mode of
 * communication) and "The parent understands and agrees in writing to the carrying out of the activity
 * for which his or her consent is sought, and the consent describes that activity and lists the
 * records (if any) that will be released and to whom". 300.9(c)(2): "If a parent revokes consent,
 * that revocation is not retroactive (i.e., it does not negate an action that has occurred after the
 * consent was given and before the consent was revoked)."
 *
 * <p>What the rule checks, generically from the model:
 * <ul>
 *   <li>every 300.9 {@link Consent} recorded must be {@link Consent#inWriting() in writing} and
 *       {@link Consent#informed() informed}; one finding per defective consent naming what is missing.
 *       An agreement to take part in mediation or in a facilitated meeting ({@link ConsentScope#MEDIATION},
 *       {@link ConsentScope#FACILITATION}) is not a 300.9 consent: the parent's agreement to mediate is
 *       governed by 300.506 (voluntary participation), and a state's facilitation rules say what form
 *       it takes; this rule does not judge them;
 *   <li>every {@link RecordsShared} act must be covered, at its instant, by a consent of scope
 *       {@link ConsentScope#SHARE_RECORDS_WITH_FACILITATOR} (the model's records-release scope) given
 *       by a family-side party, written and informed, and {@link Consent#inEffectAt in effect}: given
 *       at or before the act and not revoked at or before it. Acts between the consent and its
 *       revocation stay lawful (revocation is not retroactive); acts before the consent or after the
 *       revocation are not covered.
 * </ul>
 * Whether a consent was voluntary is not a fact the model records. This overlaps Missouri's
 * {@code MO.FIEP.RECORDS_CONSENT} on purpose: the federal rule is about the consent's validity and
 * time span, the state rule about the FIEP procedure.
 *
 * <p>Counting: no day count; instants are compared (a revocation at the very instant of an act
 * means the act is not covered).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ConsentWritten extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.CONSENT.WRITTEN");

  /** Creates the rule. */
  public ConsentWritten() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Consent.class, RecordsShared.class)
        .title("A consent a process relies on is informed and in writing; revoking it is not retroactive")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.9(a)-(b)",
            "The parent has been fully informed of all information relevant to the activity for which consent"
                + " is sought [...]; The parent"
                + " understands and agrees in writing to the carrying out of the activity for which his or her"
                + " consent is sought, and the consent describes that activity and lists the records (if any)"
                + " that will be released and to whom"))
        .addCitations(Citation.regulation("300.9(c)(2)",
            "If a parent revokes consent, that revocation is not retroactive (i.e., it does not negate an action"
                + " that has occurred after the consent was given and before the consent was revoked)."))
        .counting("no day count; instants compared: covered when given at or before the act and revoked after it")
        .build());
  }

  /**
   * Returns whether a consent of a scope is a consent in the sense of 34 CFR 300.9: not an agreement
   * to take part in mediation or a facilitated meeting.
   */
  static boolean isPart300Consent(ConsentScope scope) {
    return scope != ConsentScope.MEDIATION && scope != ConsentScope.FACILITATION;
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<Consent> consents = ctx.events(Consent.class);
    for (Consent c : consents) {
      if (!isPart300Consent(c.scope())) {
        continue;
      }
      if (c.inWriting() && c.informed()) {
        continue;
      }
      List<Message> missing = new ArrayList<>(2);
      if (!c.inWriting()) {
        missing.add(ctx.phrase("not_in_writing").build());
      }
      if (!c.informed()) {
        missing.add(ctx.phrase("not_informed").build());
      }
      ctx.finding("invalid").date("given", ctx.date(c)).label("scope", c.scope()).parts("missing", missing)
          .events(c.id()).report();
    }
    List<RecordsShared> acts = ctx.events(RecordsShared.class);
    if (acts.isEmpty()) {
      return;
    }
    // the family's consents to share records, indexed once: each act then costs log n, not n
    List<Consent> valid = new ArrayList<>();
    List<Consent> invalid = new ArrayList<>();
    List<Consent> all = new ArrayList<>();
    for (Consent c : consents) {
      if (c.scope() == ConsentScope.SHARE_RECORDS_WITH_FACILITATOR
          && ctx.sideOf(c.givenBy()).orElse(Side.AGENCY) == Side.FAMILY) {
        all.add(c);
        (c.inWriting() && c.informed() ? valid : invalid).add(c);
      }
    }
    org.iepdr.core.rules.ConsentsInEffect validIndex = new org.iepdr.core.rules.ConsentsInEffect(valid);
    org.iepdr.core.rules.ConsentsInEffect invalidIndex = new org.iepdr.core.rules.ConsentsInEffect(invalid);
    org.iepdr.core.rules.ConsentsInEffect allIndex = new org.iepdr.core.rules.ConsentsInEffect(all);
    for (RecordsShared act : acts) {
      checkRecords(ctx, validIndex, invalidIndex, allIndex, act);
    }
  }

  /**
   * Reports an act not covered by a valid consent in effect, naming (in this order of preference) the
   * last invalid consent in effect, the last consent revoked by then, or the first consent given after.
   */
  private static void checkRecords(RuleContext ctx, org.iepdr.core.rules.ConsentsInEffect valid, org.iepdr.core.rules.ConsentsInEffect invalidIndex,
      org.iepdr.core.rules.ConsentsInEffect all, RecordsShared act) {
    if (valid.firstInEffectAt(act.at()).isPresent()) {
      return;
    }
    Optional<Consent> invalid = invalidIndex.lastInEffectAt(act.at());
    Optional<Consent> revoked = all.lastRevokedBy(act.at());
    Optional<Consent> later = all.firstGivenAfter(act.at());
    if (invalid.isPresent()) {
      ctx.finding("records_invalid_consent").text("with", act.sharedWith()).date("shared", ctx.date(act))
          .date("consent", ctx.date(invalid.get())).events(act.id(), invalid.get().id()).report();
    } else if (revoked.isPresent()) {
      Consent c = revoked.get();
      ctx.finding("records_after_revocation").text("with", act.sharedWith()).date("shared", ctx.date(act))
          .date("revoked", ctx.date(c.revokedAt().get())).events(act.id(), c.id()).report();
    } else if (later.isPresent()) {
      ctx.finding("records_before_consent").text("with", act.sharedWith()).date("shared", ctx.date(act))
          .date("consent", ctx.date(later.get())).events(act.id(), later.get().id()).report();
    } else {
      ctx.finding("records_without_consent").text("with", act.sharedWith()).date("shared", ctx.date(act))
          .events(act.id()).report();
    }
  }
}
