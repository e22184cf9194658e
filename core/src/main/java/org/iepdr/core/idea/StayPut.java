package org.iepdr.core.idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.STAY_PUT}: while a due process complaint is pending, the child stays in the current
 * educational placement unless the agency and the parents agree otherwise.
 *
 * <p>34 CFR 300.518(a): "Except as provided in § 300.533, during the pendency of any administrative or
 * judicial proceeding regarding a due process complaint [...] unless the State or local agency and the
 * parents of the child agree otherwise, the child involved in the complaint must remain in his or her
 * current educational placement."
 *
 * <p>A {@link PlacementChange} is a VIOLATION when, at its instant, a {@link RequestKind#DUE_PROCESS_COMPLAINT}
 * is pending and no {@link AgreementKind#PLACEMENT_CHANGE} agreement (for that complaint, or naming
 * none) signed by parties of both sides exists at or before the change. A complaint is pending from its
 * filing instant (a change at the same instant counts) until it is withdrawn ({@link Withdrawal} from the
 * request) or decided or dismissed ({@link DecisionKind#HEARING_DECISION}, {@link DecisionKind#DISMISSAL}),
 * strictly before the change. The model records no appeal, so pendency ends with the hearing decision;
 * a decision agreeing with the parents counts as an agreement under 300.518(d) and ends the question.
 * The rule fires whoever made the change (the regulation speaks of where the child remains, not of who
 * moves the child).
 *
 * <p>Expedited complaints: {@link RequestKind#EXPEDITED_DUE_PROCESS_COMPLAINT} is skipped. During an
 * expedited (discipline) appeal 300.533 keeps the child in the interim alternative educational setting,
 * not the prior placement; that exception is not modelled, so this rule neither requires nor forbids a
 * change while only an expedited complaint is pending.
 *
 * <p>Counting: no day count; instants are compared.
 */
public final class StayPut extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.STAY_PUT");

  /** Creates the rule. */
  public StayPut() {
    super(RuleDescriptor.builder()
        .id(ID)
        .title("While a due process complaint is pending the child stays in the current placement unless the agency"
            + " and the parents agree otherwise")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of("34 CFR Part 300", "300.518(a)",
            "Except as provided in § 300.533, during the pendency of any administrative or judicial proceeding regarding"
                + " a due process complaint [...] unless the State or local agency and the parents of the child agree"
                + " otherwise, the child involved in the complaint must remain in his or her current educational"
                + " placement."))
        .counting("no day count; pending from the filing instant until a withdrawal, decision or dismissal before the"
            + " change")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (PlacementChange change : ctx.events(PlacementChange.class)) {
      for (Request complaint : ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT)) {
        if (!pendingAt(ctx, complaint, change)) {
          continue;
        }
        Optional<Agreement> agreed = ctx.agreementsFor(complaint.id(), AgreementKind.PLACEMENT_CHANGE).stream()
            .filter(a -> !a.at().isAfter(change.at()) && ctx.signedByBothSides(a)).findFirst();
        if (agreed.isPresent()) {
          ctx.note("placement change " + change.id() + ": agreed by both sides (" + agreed.get().id() + ")");
          continue;
        }
        ctx.report("The child's placement was changed on " + ctx.date(change) + " while the due process complaint"
            + " filed on " + ctx.date(complaint) + " was pending, without the parents and the district agreeing to"
            + " the change. The child stays in the current placement until the complaint is resolved"
            + " (34 CFR 300.518(a)).", change.id(), complaint.id());
      }
    }
  }

  private static boolean pendingAt(RuleContext ctx, Request complaint, PlacementChange change) {
    if (complaint.at().isAfter(change.at())) {
      return false;
    }
    List<Instant> ends = new ArrayList<>();
    for (Withdrawal w : ctx.events(Withdrawal.class)) {
      if (w.request().equals(complaint.id()) && w.from() == Withdrawal.From.REQUEST) {
        ends.add(w.at());
      }
    }
    for (DecisionKind kind : List.of(DecisionKind.HEARING_DECISION, DecisionKind.DISMISSAL)) {
      for (Decision d : ctx.decisions(complaint.id(), kind)) {
        ends.add(d.at());
      }
    }
    return ends.stream().noneMatch(end -> end.isBefore(change.at()));
  }
}
