package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.RuleContext;

/**
 * Which parts of a state complaint are set aside because a due process hearing addresses them (34 CFR
 * 300.152(c)), as of an evaluation's date: the one place the library decides it, read by
 * {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS} (a set-aside part has no 60-day violation) and
 * {@code IDEA.STATE_COMPLAINT.SET_ASIDE}.
 *
 * <p>300.152(c)(1): "If a written complaint is received that is also the subject of a due process
 * hearing under § 300.507 or §§ 300.530 through 300.532, or contains multiple issues of which one or
 * more are part of that hearing, the State must set aside any part of the complaint that is being
 * addressed in the due process hearing until the conclusion of the hearing. However, any issue in the
 * complaint that is not a part of the due process action must be resolved using the time limit and
 * procedures described in paragraphs (a) and (b) of this section." (c)(2): "If an issue raised in a
 * complaint filed under this section has previously been decided in a due process hearing involving the
 * same parties— (i) The due process hearing decision is binding on that issue; and (ii) The SEA must
 * inform the complainant to that effect."
 *
 * <p>The case says which parts a hearing addresses in one of two ways: the whole complaint, when the
 * state complaint {@link Request#relatesTo() relates to} a due process complaint; an issue, when its
 * {@link ComplaintIssue#raisedIn()} names one. The hearing concludes with a hearing decision or a
 * dismissal of that due process complaint, or with its withdrawal by its filer. An issue is decided by a
 * hearing decision whose {@link Decision#decides()} is empty (the whole complaint) or names the issue's
 * id. After a hearing concludes without deciding an issue, the regulation sets no time limit for the
 * part set aside: it stays set aside here, and the trace says so ({@link Part#CONCLUDED_UNDECIDED}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SetAside {

  /** Where one part of a state complaint stands. */
  public enum Part {
    /** Not part of a due process hearing: it keeps the 60-day clock. */
    LIVE,
    /** Addressed in a due process hearing that has not concluded: set aside (300.152(c)(1)). */
    PENDING_HEARING,
    /** Decided in the hearing: the hearing decision binds (300.152(c)(2)). */
    DECIDED,
    /** The hearing concluded without deciding it: the regulation sets no time limit for it. */
    CONCLUDED_UNDECIDED
  }

  /**
   * One issue (or the whole complaint, when it names no issues) and where it stands.
   *
   * @param issue the issue's id, or the complaint's id for the whole complaint
   * @param part where it stands
   * @param hearing the due process complaint whose hearing addresses it, if one does
   * @param concluded the day that hearing concluded, if it did
   * @param decision the hearing decision that decided it, if one did
   */
  public record Issue(String issue, Part part, Optional<String> hearing, Optional<LocalDate> concluded,
      Optional<String> decision) {

    /**
     * Creates the record.
     *
     * @param issue issue
     * @param part part
     * @param hearing hearing
     * @param concluded concluded
     * @param decision decision
     */
    public Issue {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(hearing, "hearing");
      Objects.requireNonNull(concluded, "concluded");
      Objects.requireNonNull(decision, "decision");
    }
  }

  private final List<Issue> issues;
  private final List<Issue> live;
  private final List<Issue> aside;

  private SetAside(List<Issue> issues) {
    this.issues = List.copyOf(issues);
    int asideCount = 0;
    for (Issue i : this.issues) {
      if (i.part() != Part.LIVE) {
        asideCount++;
      }
    }
    if (asideCount == 0) {
      this.live = this.issues;
      this.aside = List.of();
    } else {
      List<Issue> l = new ArrayList<>(this.issues.size() - asideCount);
      List<Issue> a = new ArrayList<>(asideCount);
      for (Issue i : this.issues) {
        (i.part() == Part.LIVE ? l : a).add(i);
      }
      this.live = List.copyOf(l);
      this.aside = List.copyOf(a);
    }
  }

  /**
   * Reads a state complaint's parts from a rule's context (the events known on its as-of date).
   *
   * @param ctx the rule context
   * @param complaint a state complaint
   * @return its parts
   */
  public static SetAside of(RuleContext ctx, Request complaint) {
    Objects.requireNonNull(ctx, "ctx");
    Objects.requireNonNull(complaint, "complaint");
    Optional<Request> whole = dueProcess(ctx, complaint.relatesTo());
    if (complaint.complaintIssues().isEmpty() || whole.isPresent()) {
      return new SetAside(List.of(part(ctx, complaint.id(), whole)));
    }
    List<Issue> out = new ArrayList<>(complaint.complaintIssues().size());
    for (ComplaintIssue i : complaint.complaintIssues()) {
      out.add(part(ctx, i.id(), dueProcess(ctx, i.raisedIn())));
    }
    return new SetAside(out);
  }

  /** The due process complaint (expedited or not) an id names, if it names one. */
  private static Optional<Request> dueProcess(RuleContext ctx, Optional<String> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Request> r = ctx.request(id.get());
    return r.isPresent() && dueProcess(r.get()) ? r : Optional.empty();
  }

  private static boolean dueProcess(Request r) {
    return r.kind() == RequestKind.DUE_PROCESS_COMPLAINT || r.kind() == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT;
  }

  private static Issue part(RuleContext ctx, String id, Optional<Request> hearing) {
    if (hearing.isEmpty()) {
      return new Issue(id, Part.LIVE, Optional.empty(), Optional.empty(), Optional.empty());
    }
    Request dp = hearing.get();
    Decision ending = null;
    List<Decision> endings = new java.util.ArrayList<>(ctx.decisions(dp.id(), DecisionKind.HEARING_DECISION));
    endings.addAll(ctx.decisions(dp.id(), DecisionKind.EXPEDITED_HEARING_DECISION));
    endings.addAll(HearingDecision45Days.dismissals(ctx, dp));
    for (Decision d : endings) {
      if (!d.denied() && (ending == null || d.at().isBefore(ending.at()))) {
        ending = d;
      }
    }
    Optional<LocalDate> withdrawn = Optional.empty();
    for (Withdrawal w : ctx.eventsFor(dp.id(), Withdrawal.class)) {
      if (w.from() == Withdrawal.From.REQUEST && w.by().equals(dp.filedBy())) {
        withdrawn = Optional.of(ctx.date(w));
        break;
      }
    }
    if (ending != null && ending.kind() != DecisionKind.DISMISSAL
        && (ending.decides().isEmpty() || ending.decides().contains(id))) {
      return new Issue(id, Part.DECIDED, Optional.of(dp.id()), Optional.of(ctx.date(ending)), Optional.of(ending.id()));
    }
    Optional<LocalDate> concluded = ending != null ? Optional.of(ctx.date(ending)) : withdrawn;
    if (ending != null && withdrawn.isPresent() && withdrawn.get().isBefore(concluded.get())) {
      concluded = withdrawn;
    }
    return new Issue(id, concluded.isPresent() ? Part.CONCLUDED_UNDECIDED : Part.PENDING_HEARING, Optional.of(dp.id()),
        concluded, Optional.empty());
  }

  /**
   * Returns each part, in the complaint's order.
   *
   * @return the parts
   */
  public List<Issue> issues() {
    return issues;
  }

  /**
   * Returns the parts that keep the 60-day clock.
   *
   * @return the live parts
   */
  public List<Issue> live() {
    return live;
  }

  /**
   * Returns the parts set aside or decided in a hearing.
   *
   * @return the parts the 60-day clock does not reach
   */
  public List<Issue> aside() {
    return aside;
  }
}
