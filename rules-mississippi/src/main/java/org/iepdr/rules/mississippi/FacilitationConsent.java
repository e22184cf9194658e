package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MS.FACILITATION.CONSENT} (warning): IEP facilitation is voluntary; both the family and the
 * district agree and give written consent before the facilitated IEP meeting.
 *
 * <p>CADRE's profile of Mississippi's IEP facilitation: "Both parties must agree and provide written
 * consent." The Special Ed Start Guide article "Mississippi IEP Facilitator: When to Request One and
 * How": "Both parties — parent and district — must consent. The school cannot be compelled to
 * participate in facilitation".
 *
 * <p>Both are secondary sources (MDE's own words on facilitation were not retrieved), so the rule
 * reports {@link org.iepdr.core.rules.FindingKind#WARNING}s.
 *
 * <p>What it checks: for every facilitated IEP meeting that was held, a {@link Consent} of scope
 * {@link ConsentScope#FACILITATION}, in writing and in effect when the meeting started, from a
 * family-side party and one from an agency-side party. One finding per meeting names every side whose
 * written consent is missing (an oral consent does not count).
 *
 * <p>Counting: no day count; consent must be in effect at the meeting's start instant.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FacilitationConsent extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.FACILITATION.CONSENT");

  /** Creates the rule. */
  public FacilitationConsent() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .messages(Messages.CATALOG)
        .title("Facilitation is voluntary: both the family and the district consent in writing")
        .kind(FindingKind.WARNING)
        .addCitations(Sources.cadre(Force.DUTY, "Both parties must agree and provide written consent."))
        .addCitations(Sources.article("How to Request a Facilitator in Mississippi", Force.DUTY,
            "Both parties — parent and district — must consent. The school cannot be compelled to"
                + " participate in facilitation"))
        .counting("no day count; written consent of both sides in effect at the meeting's start")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    // the consents to facilitation, indexed on first need: each meeting costs log n (and its oral
    // consents), not n
    org.iepdr.core.rules.ConsentsInEffect writtenFamily = null;
    org.iepdr.core.rules.ConsentsInEffect writtenAgency = null;
    org.iepdr.core.rules.ConsentsInEffect oralOnly = null;
    for (Meeting meeting : ctx.meetings(MeetingKind.FACILITATED_IEP)) {
      if (!meeting.held()) {
        continue;
      }
      if (writtenFamily == null || writtenAgency == null || oralOnly == null) {
        List<Consent> family = new ArrayList<>();
        List<Consent> agency = new ArrayList<>();
        List<Consent> oral = new ArrayList<>();
        for (Consent c : ctx.events(Consent.class)) {
          if (c.scope() != ConsentScope.FACILITATION) {
            continue;
          }
          Side side = ctx.sideOf(c.givenBy()).orElse(null);
          if (!c.inWriting()) {
            oral.add(c);
          } else if (side == Side.FAMILY) {
            family.add(c);
          } else if (side == Side.AGENCY) {
            agency.add(c);
          }
        }
        writtenFamily = new org.iepdr.core.rules.ConsentsInEffect(family);
        writtenAgency = new org.iepdr.core.rules.ConsentsInEffect(agency);
        oralOnly = new org.iepdr.core.rules.ConsentsInEffect(oral);
      }
      Optional<Consent> family = writtenFamily.firstInEffectAt(meeting.at());
      Optional<Consent> agency = writtenAgency.firstInEffectAt(meeting.at());
      if (family.isPresent() && agency.isPresent()) {
        continue;
      }
      List<String> oral = new ArrayList<>();
      for (Consent c : oralOnly.allInEffectAt(meeting.at())) {
        oral.add(c.id());
      }
      List<Message> missing = new ArrayList<>();
      if (family.isEmpty()) {
        missing.add(ctx.phrase("family").build());
      }
      if (agency.isEmpty()) {
        missing.add(ctx.phrase("district").build());
      }
      List<String> ids = new ArrayList<>();
      ids.add(meeting.id());
      family.ifPresent(c -> ids.add(c.id()));
      agency.ifPresent(c -> ids.add(c.id()));
      ids.addAll(oral);
      ctx.finding(oral.isEmpty() ? "without_consent" : "without_consent_oral").date("meeting", ctx.date(meeting))
          .parts("missing", missing).events(ids).report();
    }
  }
}
