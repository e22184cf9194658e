package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS}: each party discloses its evaluations and
 * recommendations at least 5 business days before the hearing.
 *
 * <p>34 CFR 300.512(b)(1): "At least five business days prior to a hearing ... each party must
 * disclose to all other parties all evaluations completed by that date and recommendations based on
 * the offering party's evaluations that the party intends to use at the hearing." 300.512(b)(2): "A
 * hearing officer may bar any party that fails to comply with paragraph (b)(1) of this section from
 * introducing the relevant evaluation or recommendation at the hearing". 300.512(a)(3): the right to
 * "Prohibit the introduction of any evidence at the hearing that has not been disclosed to that party
 * at least five business days before the hearing".
 *
 * <p>Facts: a {@link DocumentSent} of kind {@link DocumentKind#EVALUATIONS_AND_RECOMMENDATIONS} on a
 * {@link MeetingKind#HEARING} or {@link MeetingKind#EXPEDITED_HEARING} meeting (300.532(c)(4) keeps
 * 300.512 for expedited hearings), {@code sentBy} a party, {@code sentAt} when the other parties had
 * it. One deadline per side (family, agency) that disclosed anything; a side that disclosed nothing
 * is not reported (it may have no evaluations). A document with no sender is noted and skipped.
 *
 * <p>Counting: backward from the hearing day ({@link DayCounter#minus}): the last lawful day is the
 * fifth business day before it, business days excluding federal and State holidays. A Monday hearing
 * with no holiday in the week before: the Monday before.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class HearingDisclosure5BusinessDays extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS");

  static final DayPeriod PERIOD = DayPeriod.businessDays(5);

  /**
   * The clock, 300.512(b)(1): "At least five business days prior to a hearing ... each party must
   * disclose to all other parties all evaluations completed by that date and recommendations based on
   * the offering party's evaluations that the party intends to use at the hearing." Counted back from
   * the hearing day; one deadline per side that disclosed; the sanction is the hearing officer's bar
   * (300.512(b)(2)).
   */
  public static final Clock CLOCK = Clock.before("deadline", PERIOD)
      .startsAt("the hearing day (a cancelled hearing has none)")
      .satisfiedBy("each party's disclosure of its evaluations and recommendations (the last one sent)")
      .build();

  /** Creates the rule. */
  public HearingDisclosure5BusinessDays() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .title("Each party discloses evaluations and recommendations at least 5 business days before the hearing")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.512(b)",
            "https://sites.ed.gov/idea/regs/b/e/300.512/b",
            "At least five business days prior to a hearing conducted pursuant to § 300.511(a), each party must"
                + " disclose to all other parties all evaluations completed by that date and recommendations based"
                + " on the offering party's evaluations that the party intends to use at the hearing."))
        .addCitations(Citation.regulation("300.512(a)(3)",
            "https://sites.ed.gov/idea/regs/b/e/300.512/a",
            "Prohibit the introduction of any evidence at the hearing that has not been disclosed to that party"
                + " at least five business days before the hearing"))
        .counting("5 business days counted backward from the hearing day; federal and State holidays are not"
            + " business days")
        .build());
  }

  /** The hearings, expedited or not. */
  private static final MeetingKind[] HEARINGS = {
    MeetingKind.HEARING, MeetingKind.EXPEDITED_HEARING
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting hearing : ctx.meetings(HEARINGS)) {
      if (hearing.status() == Meeting.Status.CANCELLED) {
        continue;
      }
      LocalDate day = ctx.date(hearing);
      LocalDate last = CLOCK.due(day, ctx.counter());
      for (Side side : Side.values()) {
        LocalDate first = null;
        LocalDate latest = null;
        for (DocumentSent doc : hearing.documents()) {
          if (doc.kind() != DocumentKind.EVALUATIONS_AND_RECOMMENDATIONS) {
            continue;
          }
          if (doc.sentBy().isEmpty()) {
            if (side == Side.FAMILY) {
              ctx.note(() -> "hearing " + hearing.id() + ": a disclosure without a sender was not attributed to a party");
            }
            continue;
          }
          if (ctx.sideOf(doc.sentBy().get()).filter(side::equals).isEmpty()) {
            continue;
          }
          LocalDate sent = ctx.date(doc.sentAt());
          first = first == null || sent.isBefore(first) ? sent : first;
          latest = latest == null || sent.isAfter(latest) ? sent : latest;
        }
        if (first == null || latest == null) {
          continue;
        }
        ctx.clock(CLOCK).label("side", side)
            .trigger(hearing.id(), day)
            .satisfiedBy(hearing.id(), first)
            .report();
        if (latest.isAfter(last)) {
          ctx.finding(side == Side.FAMILY ? "late_family" : "late_district").label("side", side)
              .date("disclosed", latest).date("due", last).date("hearing", day).events(hearing.id()).report();
        }
      }
    }
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.HEARING_DISCLOSURE) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, CLOCK.due(trigger, counter),
        "at least 5 business days before the hearing (34 CFR 300.512(b))"));
  }
}
