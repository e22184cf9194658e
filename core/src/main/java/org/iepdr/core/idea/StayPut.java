package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.iepdr.core.model.CaseEvent;
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
 * <p>One finding per change: when several complaints are pending and unagreed at a change, the finding
 * names the earliest of them (its events are the change and that complaint) and counts the others, so
 * that a case with many changes and many complaints gets a report the size of its input.
 *
 * <p>Expedited complaints: {@link RequestKind#EXPEDITED_DUE_PROCESS_COMPLAINT} is skipped. During an
 * expedited (discipline) appeal 300.533 keeps the child in the interim alternative educational setting,
 * not the prior placement; that exception is not modelled, so this rule neither requires nor forbids a
 * change while only an expedited complaint is pending.
 *
 * <p>Counting: no day count; instants are compared.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
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
    List<PlacementChange> changes = ctx.events(PlacementChange.class);
    List<Request> complaints = ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT);
    if (changes.isEmpty() || complaints.isEmpty()) {
      return;
    }
    // Each complaint's facts, read once: when its pendency ends, and its first agreement to a change.
    Map<String, Instant> withdrawn = new HashMap<>();
    for (Withdrawal w : ctx.events(Withdrawal.class)) {
      if (w.from() == Withdrawal.From.REQUEST) {
        withdrawn.merge(w.request(), w.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Agreement general = null;
    Map<String, Agreement> agreed = new HashMap<>();
    for (Agreement a : ctx.agreements(AgreementKind.PLACEMENT_CHANGE)) {
      if (ctx.signedByBothSides(a)) {
        if (a.request().isEmpty()) {
          general = general == null ? a : general;
        } else {
          agreed.putIfAbsent(a.request().get(), a);
        }
      }
    }
    int n = complaints.size();
    Instant[] ends = new Instant[n];
    Agreement[] agreements = new Agreement[n];
    for (int i = 0; i < n; i++) {
      Request complaint = complaints.get(i);
      Instant end = withdrawn.get(complaint.id());
      for (DecisionKind kind : List.of(DecisionKind.HEARING_DECISION, DecisionKind.DISMISSAL)) {
        for (Decision d : ctx.decisions(complaint.id(), kind)) {
          end = end == null || d.at().isBefore(end) ? d.at() : end;
        }
      }
      ends[i] = end;
      Agreement own = agreed.get(complaint.id());
      // the first agreement in timeline order (the complaint's own list and the general ones merged)
      agreements[i] = own == null ? general : general == null ? own
          : TIMELINE.compare(own, general) <= 0 ? own : general;
    }
    // A sweep over the changes in timeline order: a complaint enters the pending set at its filing and
    // leaves once a change comes strictly after its end; it is unagreed until its first agreement. Each
    // complaint enters and leaves each set once, so the rule is n log n, however many changes and
    // complaints the case holds.
    Comparator<Integer> byPlace = Comparator.naturalOrder();
    TreeSet<Integer> pending = new TreeSet<>(byPlace);
    TreeSet<Integer> unagreed = new TreeSet<>(byPlace);
    PriorityQueue<Integer> byEnd = new PriorityQueue<>(Comparator.comparing((Integer i) -> ends[i]));
    PriorityQueue<Integer> byAgreement = new PriorityQueue<>(Comparator.comparing((Integer i) -> agreements[i].at()));
    int next = 0;
    for (PlacementChange change : changes) {
      Instant t = change.at();
      while (next < n && !complaints.get(next).at().isAfter(t)) {
        pending.add(next);
        if (ends[next] != null) {
          byEnd.add(next);
        }
        if (agreements[next] == null || agreements[next].at().isAfter(t)) {
          unagreed.add(next);
          if (agreements[next] != null) {
            byAgreement.add(next);
          }
        }
        next++;
      }
      while (!byEnd.isEmpty() && ends[byEnd.peek()].isBefore(t)) {
        int i = byEnd.poll();
        pending.remove(i);
        unagreed.remove(i);
      }
      while (!byAgreement.isEmpty() && !agreements[byAgreement.peek()].at().isAfter(t)) {
        unagreed.remove(byAgreement.poll());
      }
      if (unagreed.isEmpty()) {
        if (!pending.isEmpty()) {
          Agreement a = agreements[pending.first()];
          ctx.note("placement change " + change.id() + ": agreed by both sides (" + a.id() + ")");
        }
        continue;
      }
      Request complaint = complaints.get(unagreed.first());
      int others = unagreed.size() - 1;
      RuleContext.FindingDraft f = others == 0 ? ctx.finding("changed")
          : ctx.finding(others == 1 ? "changed_one_more" : "changed_more").number("others", others);
      f.date("changed", ctx.date(change)).date("filed", ctx.date(complaint)).events(change.id(), complaint.id())
          .report();
    }
  }

  private static final Comparator<CaseEvent> TIMELINE =
      Comparator.comparing(CaseEvent::at).thenComparing(CaseEvent::id);
}
