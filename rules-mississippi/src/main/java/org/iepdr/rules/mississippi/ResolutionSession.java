package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.idea.ResolutionMeeting15Days;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;

/**
 * {@code MS.DUE_PROCESS.RESOLUTION_SESSION}: the district convenes a resolution session within 15 days
 * of receiving a parent's due process complaint.
 *
 * <p>The Special Ed Start Guide article "Mississippi IEP Facilitator: When to Request One and How" (a
 * secondary source): "If the district receives your due process complaint, they
 * must convene a Resolution Session within 15 days." 34 CFR 300.510(a)(1): "Within 15 days of
 * receiving notice of the parent's due process complaint, and prior to the initiation of a due process
 * hearing under § 300.511, the LEA must convene a meeting with the parent and the relevant member or
 * members of the IEP Team".
 *
 * <p>Replaces {@code IDEA.RESOLUTION.MEETING_15_DAYS}: it restates the federal rule for Mississippi, so
 * it is listed in {@link RuleDescriptor#replaces()} and a late session gets one finding, under this id,
 * not two. Its behaviour is the federal rule's, by delegation (the same clock, {@link #CLOCK}, the same
 * waiver by written agreement or agreement to mediate, the same parent-only trigger, the same messages), so
 * the two cannot drift apart. The deadline is the federal clock's: it is reported under
 * {@code IDEA.RESOLUTION.MEETING_15_DAYS}, naming this rule in {@code Deadline.shapedBy()}, so software
 * reading the federal id finds the same obligation in every state; the findings keep this rule's id.
 *
 * <p>Counting: 15 calendar days from the district's receipt of the complaint (day 0, America/Chicago);
 * where no receipt by the district is recorded, the filing date, and the trace says so; no
 * roll-forward.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ResolutionSession extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.DUE_PROCESS.RESOLUTION_SESSION");

  /**
   * The clock: the federal one, 34 CFR 300.510(a)(1), "Within 15 days of receiving notice of the parent's
   * due process complaint [...] the LEA must convene a meeting", which Mississippi restates unchanged
   * ({@link ResolutionMeeting15Days#CLOCK}: its waiver, amendment and withdrawal exceptions included).
   */
  public static final Clock CLOCK = ResolutionMeeting15Days.CLOCK;

  private static final ResolutionMeeting15Days FEDERAL = new ResolutionMeeting15Days();

  /** Creates the rule. */
  public ResolutionSession() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT)
        .messages(Messages.CATALOG)
        .title("The district convenes a resolution session within 15 days of receiving the due process complaint")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.510(a)(1)", "https://sites.ed.gov/idea/regs/b/e/300.510/a",
            "Within 15 days of receiving notice of the parent's due process complaint, and prior to the"
                + " initiation of a due process hearing under § 300.511, the LEA must convene a meeting with"
                + " the parent and the relevant member or members of the IEP Team"))
        .addCitations(Sources.article("What to Do If Facilitation Doesn't Resolve the Dispute", Force.DUTY,
            "If the district receives your due process complaint, they must convene a Resolution Session within"
                + " 15 days."))
        .counting("15 calendar days from the district's receipt; receipt day is day 0; no roll-forward")
        .addReplaces(ResolutionMeeting15Days.ID)
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    FEDERAL.evaluate(ctx);
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    return FEDERAL.plan(act, trigger, counter)
        .map(c -> new PlanConstraint(ID, c.earliest(), c.latest(),
            "within 15 days of the district receiving the due process complaint (34 CFR 300.510(a)(1))"));
  }
}
