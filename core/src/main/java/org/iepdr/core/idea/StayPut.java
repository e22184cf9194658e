package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.ArrayList;
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
import org.iepdr.core.model.CourtProceeding;
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
import org.jspecify.annotations.Nullable;

/**
 * {@code IDEA.STAY_PUT}: while a due process complaint is pending, the child stays in the current
 * educational placement unless the agency and the parents agree otherwise.
 *
 * <p>34 CFR 300.518(a): "Except as provided in § 300.533, during the pendency of any administrative or
 * judicial proceeding regarding a due process complaint [...] unless the State or local agency and the
 * parents of the child agree otherwise, the child involved in the complaint must remain in his or her
 * current educational placement."
 *
 * <p>A {@link PlacementChange} of kind {@link PlacementChange.Kind#CHANGE} (not a disciplinary removal
 * nor the parents' removal to a private school) is a VIOLATION when, at its instant, a {@link RequestKind#DUE_PROCESS_COMPLAINT}
 * is pending and no {@link AgreementKind#PLACEMENT_CHANGE} agreement (for that complaint, or naming
 * none) exists at or before the change. "Agree otherwise" needs no form: an agreement recorded in the
 * case counts whether or not it is in writing and whoever signed it.
 *
 * <p>Pending: "during the pendency of any administrative or judicial proceeding". The administrative
 * proceeding runs from the complaint's filing instant (a change at the same instant counts) until it is
 * withdrawn ({@link Withdrawal} from the request) or decided or dismissed
 * ({@link DecisionKind#HEARING_DECISION}, {@link DecisionKind#DISMISSAL}), strictly before the change.
 * A judicial proceeding regarding the complaint ({@link CourtProceeding}) keeps it pending from the
 * proceeding's start until its {@link CourtProceeding#endedAt() end} (while it has none, for good). The
 * time between a hearing decision and the start of a civil action is not counted as pending: the
 * regulation speaks of a proceeding, and none is under way then. A decision agreeing with the parents
 * counts as an agreement under 300.518(d), which the model does not record.
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
        .reads(PlacementChange.class)
        .title("While a due process complaint is pending the child stays in the current placement unless the agency"
            + " and the parents agree otherwise")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.518(a)",
            "Except as provided in § 300.533, during the pendency of any administrative or judicial proceeding regarding"
                + " a due process complaint [...] unless the State or local agency and the parents of the child agree"
                + " otherwise, the child involved in the complaint must remain in his or her current educational"
                + " placement."))
        .counting("no day count; pending from the filing instant until a withdrawal, decision or dismissal before the"
            + " change, and during any court proceeding on the complaint")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    // only a change of placement as such: a disciplinary removal (300.530-300.533) and the parents' own
    // removal to a private school (300.148) follow rules of their own
    List<PlacementChange> changes = ctx.events(PlacementChange.class).stream()
        .filter(c -> c.kind() == PlacementChange.Kind.CHANGE).toList();
    List<Request> complaints = ctx.requests(RequestKind.DUE_PROCESS_COMPLAINT);
    if (changes.isEmpty() || complaints.isEmpty()) {
      return;
    }
    // Each complaint's facts, read once: when its administrative proceeding ends, and its first agreement.
    Map<String, Instant> withdrawn = new HashMap<>();
    for (Withdrawal w : ctx.events(Withdrawal.class)) {
      if (w.from() == Withdrawal.From.REQUEST) {
        withdrawn.merge(w.request(), w.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    // "agree otherwise" needs no form: any recorded agreement to the change counts, written or not, signed
    // or not (the regulation asks only that the agency and the parents agree)
    Agreement general = null;
    Map<String, Agreement> agreed = new HashMap<>();
    for (Agreement a : ctx.agreements(AgreementKind.PLACEMENT_CHANGE)) {
      if (a.request().isEmpty()) {
        general = general == null ? a : general;
      } else {
        agreed.putIfAbsent(a.request().get(), a);
      }
    }
    int n = complaints.size();
    Map<String, Integer> placeOf = new HashMap<>();
    Agreement[] agreements = new Agreement[n];
    // The proceedings during which the complaint is pending, each a span [start, end] of one complaint:
    // the administrative one (filing to withdrawal, decision or dismissal) and each judicial one.
    List<Span> spans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Request complaint = complaints.get(i);
      placeOf.putIfAbsent(complaint.id(), i);
      Instant end = withdrawn.get(complaint.id());
      for (DecisionKind kind : List.of(DecisionKind.HEARING_DECISION, DecisionKind.DISMISSAL)) {
        for (Decision d : ctx.decisions(complaint.id(), kind)) {
          end = end == null || d.at().isBefore(end) ? d.at() : end;
        }
      }
      spans.add(new Span(i, complaint.at(), end));
      Agreement own = agreed.get(complaint.id());
      // the first agreement in timeline order (the complaint's own list and the general ones merged)
      agreements[i] = own == null ? general : general == null ? own
          : TIMELINE.compare(own, general) <= 0 ? own : general;
    }
    for (CourtProceeding p : ctx.events(CourtProceeding.class)) {
      Integer i = placeOf.get(p.request());
      if (i != null) {
        spans.add(new Span(i, p.at(), p.endedAt().orElse(null)));
      }
    }
    spans.sort(Comparator.comparing(Span::start).thenComparingInt(Span::complaint));
    // A sweep over the changes in timeline order: a span enters the pending set at its start and leaves
    // once a change comes strictly after its end; its complaint is unagreed until its first agreement. Each
    // span enters and leaves each set once, so the rule is n log n, however many changes, complaints and
    // proceedings the case holds. Sets are ordered by complaint (the earliest filed first), then span.
    int m = spans.size();
    Comparator<Integer> byComplaint = Comparator.comparingInt((Integer k) -> spans.get(k).complaint())
        .thenComparingInt(k -> k);
    TreeSet<Integer> pending = new TreeSet<>(byComplaint);
    TreeSet<Integer> unagreed = new TreeSet<>(byComplaint);
    int[] unagreedSpans = new int[n];
    int[] distinct = new int[1];
    PriorityQueue<Integer> byEnd = new PriorityQueue<>(Comparator.comparing((Integer k) -> endOf(spans.get(k))));
    PriorityQueue<Integer> byAgreement = new PriorityQueue<>(
        Comparator.comparing((Integer k) -> agreements[spans.get(k).complaint()].at()));
    int next = 0;
    for (PlacementChange change : changes) {
      Instant t = change.at();
      while (next < m && !spans.get(next).start().isAfter(t)) {
        Span sp = spans.get(next);
        pending.add(next);
        if (sp.end() != null) {
          byEnd.add(next);
        }
        Agreement a = agreements[sp.complaint()];
        if (a == null || a.at().isAfter(t)) {
          unagree(unagreed, unagreedSpans, distinct, next, sp.complaint());
          if (a != null) {
            byAgreement.add(next);
          }
        }
        next++;
      }
      while (!byEnd.isEmpty() && endOf(spans.get(byEnd.peek())).isBefore(t)) {
        int k = byEnd.poll();
        pending.remove(k);
        agree(unagreed, unagreedSpans, distinct, k, spans.get(k).complaint());
      }
      while (!byAgreement.isEmpty() && !agreements[spans.get(byAgreement.peek()).complaint()].at().isAfter(t)) {
        int k = byAgreement.poll();
        agree(unagreed, unagreedSpans, distinct, k, spans.get(k).complaint());
      }
      if (unagreed.isEmpty()) {
        if (!pending.isEmpty()) {
          Agreement a = agreements[spans.get(pending.first()).complaint()];
          ctx.note(() -> "placement change " + change.id() + ": agreed (" + a.id() + ")");
        }
        continue;
      }
      Request complaint = complaints.get(spans.get(unagreed.first()).complaint());
      int others = distinct[0] - 1;
      RuleContext.FindingDraft f = others == 0 ? ctx.finding("changed")
          : ctx.finding(others == 1 ? "changed_one_more" : "changed_more").number("others", others);
      f.date("changed", ctx.date(change)).date("filed", ctx.date(complaint)).events(change.id(), complaint.id())
          .report();
    }
  }

  /** One proceeding during which a complaint is pending: its complaint's place, start and end (or none). */
  private record Span(int complaint, Instant start, @Nullable Instant end) {}

  /** The end of a span that has one (only those enter the queue by end). */
  private static Instant endOf(Span span) {
    return java.util.Objects.requireNonNull(span.end(), "a span with an end");
  }

  private static void unagree(TreeSet<Integer> unagreed, int[] perComplaint, int[] distinct, int span, int complaint) {
    if (unagreed.add(span) && perComplaint[complaint]++ == 0) {
      distinct[0]++;
    }
  }

  private static void agree(TreeSet<Integer> unagreed, int[] perComplaint, int[] distinct, int span, int complaint) {
    if (unagreed.remove(span) && --perComplaint[complaint] == 0) {
      distinct[0]--;
    }
  }

  private static final Comparator<CaseEvent> TIMELINE =
      Comparator.comparing(CaseEvent::at).thenComparing(CaseEvent::id);
}
