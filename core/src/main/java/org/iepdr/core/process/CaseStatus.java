package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.iepdr.core.idea.ResolutionPeriod;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.jspecify.annotations.Nullable;

/**
 * What a case shows, computed once from its events: where it stands on the ladder ({@link #position()}),
 * the {@link CaseFact facts} about each process with the events they rest on, which processes are closed,
 * and the first day a pending due process hearing may be held. An {@link EscalationPath} evaluates the
 * {@link CaseCondition conditions} of its steps and advice against it.
 *
 * <p>Why one summary rather than conditions that each read the events: the events are read once, in
 * timeline order, by one piece of code that knows which event starts, continues or ends which process;
 * conditions stay plain data (sets of facts) that a path can list and a test can enumerate.
 *
 * <h2>Reading the events</h2>
 * In timeline order. A request starts a new instance of its process (a mediation request, or an agreement
 * to mediate, does only when no mediation is open; a mediation session only when the case shows no
 * mediation) and clears the facts of the earlier instance; a reply, withdrawal or decision
 * counts only for the latest request of its process. The position is the process of the latest event
 * that starts or continues one, except that: a written waiver of the resolution meeting, or a written
 * agreement that no agreement is possible, while a due process complaint is pending, puts the case at the
 * {@link DisputeProcess#DUE_PROCESS_HEARING hearing} (34 CFR 300.510(c)); a withdrawal of a continued
 * mediation on a pending complaint does too (300.510(c)(3)); a withdrawn or dismissed request (but a
 * mediation request, whose withdrawal ends the mediation without agreement) puts the case back where it
 * stood before the request. A dismissal request or a hearing timeline request (34 CFR 300.510(b)(4)-(5))
 * is a motion within a due process case and starts no process; a decision on it acts on the complaint it
 * relates to; a {@linkplain Decision#denied() denied} dismissal dismisses nothing.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CaseStatus {

  private final DisputeProcess position;
  private final Map<CaseFact, List<String>> facts;
  private final Set<DisputeProcess> closed;
  private final Set<IssueKind> issues;
  private final Optional<LocalDate> firstHearingDay;
  private final List<String> firstHearingDayRestsOn;
  private final Map<String, Integer> order;

  private CaseStatus(DisputeProcess position, Map<CaseFact, List<String>> facts, Set<DisputeProcess> closed,
      Set<IssueKind> issues, Optional<LocalDate> firstHearingDay, List<String> firstHearingDayRestsOn,
      Map<String, Integer> order) {
    this.position = position;
    this.facts = facts;
    this.closed = closed;
    this.issues = issues;
    this.firstHearingDay = firstHearingDay;
    this.firstHearingDayRestsOn = firstHearingDayRestsOn;
    this.order = order;
  }

  /**
   * Computes what a case shows.
   *
   * @param aCase the case
   * @param zone the jurisdiction's zone, which turns instants into dates (for the first hearing day)
   * @return the status
   */
  public static CaseStatus of(Case aCase, ZoneId zone) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(zone, "zone");
    return new Reader(aCase.events()).read().finish(periods(aCase, aCase.events(), zone));
  }

  /**
   * Computes what a case shows from the events known on an evaluation's as-of date (the engine passes
   * {@link org.iepdr.core.rules.RuleContext#knownEvents()}): an act dated later has not happened yet for
   * the ladder either, while a scheduled meeting is a plan.
   *
   * @param aCase the case
   * @param known the events known, in timeline order (a subset of the case's)
   * @param zone the jurisdiction's zone
   * @return the status
   */
  public static CaseStatus of(Case aCase, List<? extends CaseEvent> known, ZoneId zone) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(zone, "zone");
    return new Reader(known).read().finish(periods(aCase, known, zone));
  }

  /**
   * Computes what a case shows from the events known on an evaluation's as-of date, with the resolution
   * periods the evaluation's rules computed: the engine passes its {@link
   * org.iepdr.core.rules.RuleContext#knownEvents()} and {@code r -> ResolutionPeriod.of(ctx, r)}, so that
   * the index of the periods is built once per evaluation. The answer is the one
   * {@link #of(Case, List, ZoneId)} gives for the same events, since that computes the same periods
   * from them.
   *
   * @param known the events known, in timeline order
   * @param periods the resolution period of a due process complaint among them
   * @return the status
   */
  @API(status = INTERNAL, since = "0.2.0")
  public static CaseStatus of(List<? extends CaseEvent> known, Function<? super Request, ResolutionPeriod> periods) {
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(periods, "periods");
    return new Reader(known).read().finish(periods);
  }

  /** The resolution periods of a case's complaints, each computed from the known events (see ResolutionPeriod). */
  private static Function<Request, ResolutionPeriod> periods(Case aCase, List<? extends CaseEvent> known,
      ZoneId zone) {
    return complaint -> ResolutionPeriod.of(aCase, known, complaint, zone);
  }

  /**
   * Returns where a case stands, without computing dates.
   *
   * @param aCase the case
   * @return the position
   */
  static DisputeProcess positionOf(Case aCase) {
    return new Reader(aCase.events()).read().at;
  }

  /**
   * Returns the process the case stands at: see the class description.
   *
   * @return the position
   */
  public DisputeProcess position() {
    return position;
  }

  /**
   * Returns whether the case shows a fact.
   *
   * @param fact the fact
   * @return true when it does
   */
  public boolean shows(CaseFact fact) {
    return facts.containsKey(Objects.requireNonNull(fact, "fact"));
  }

  /**
   * Returns the facts the case shows.
   *
   * @return the facts, in declaration order
   */
  public Set<CaseFact> facts() {
    Set<CaseFact> s = EnumSet.noneOf(CaseFact.class);
    s.addAll(facts.keySet());
    return Collections.unmodifiableSet(s);
  }

  /**
   * Returns the ids of the events a fact rests on.
   *
   * @param fact the fact
   * @return the event ids in timeline order, empty when the case does not show the fact
   */
  public List<String> eventsFor(CaseFact fact) {
    return facts.getOrDefault(Objects.requireNonNull(fact, "fact"), List.of());
  }

  /**
   * Returns the processes whose latest instance the case shows ended: decided, settled, declined,
   * withdrawn or dismissed (see {@link CaseFact#closes()}).
   *
   * @return the closed processes
   */
  public Set<DisputeProcess> closed() {
    return closed;
  }

  /**
   * Returns the kinds of dispute the case's requests name.
   *
   * @return the issues, possibly empty
   */
  public Set<IssueKind> issues() {
    return issues;
  }

  /**
   * Returns the first day the hearing of the pending due process complaint may be held: the day after
   * the resolution period ends, as adjusted by the case's events (34 CFR 300.510(b)-(c); computed by
   * {@link ResolutionPeriod}).
   *
   * @return the day, or empty when no due process complaint is pending or mediation continues by
   *     written agreement
   */
  public Optional<LocalDate> firstHearingDay() {
    return firstHearingDay;
  }

  /**
   * Returns the events the first hearing day is counted from: the complaint's receipt, or the event that
   * adjusted the period.
   *
   * @return event ids, empty when there is no first hearing day
   */
  public List<String> firstHearingDayRestsOn() {
    return firstHearingDayRestsOn;
  }

  /** Returns event ids in the case's timeline order. */
  List<String> inTimelineOrder(java.util.Collection<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(java.util.Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
    return List.copyOf(sorted);
  }

  @Override
  public String toString() {
    return "CaseStatus[" + position + ", " + facts.keySet() + ", closed " + closed + "]";
  }

  /** Reads the events once, in timeline order. */
  private static final class Reader {
    private final List<? extends CaseEvent> events;
    private DisputeProcess at = DisputeProcess.IEP_MEETING;
    private final Map<CaseFact, List<String>> facts = new EnumMap<>(CaseFact.class);
    private final Map<String, Request> requests = new HashMap<>();
    private final Map<DisputeProcess, String> latest = new EnumMap<>(DisputeProcess.class);
    private final Map<DisputeProcess, DisputeProcess> before = new EnumMap<>(DisputeProcess.class);
    private final Set<IssueKind> issues = EnumSet.noneOf(IssueKind.class);
    private final Map<String, Integer> order = new HashMap<>();

    Reader(List<? extends CaseEvent> events) {
      this.events = events;
    }

    Reader read() {
      for (CaseEvent e : events) {
        order.putIfAbsent(e.id(), order.size());
        if (e instanceof Request r) {
          request(r);
        } else if (e instanceof Meeting m) {
          meeting(m);
        } else if (e instanceof Agreement a) {
          agreement(a);
        } else if (e instanceof Withdrawal w) {
          withdrawal(w);
        } else if (e instanceof Decision d) {
          decision(d);
        } else if (e instanceof Reply r) {
          reply(r);
        }
      }
      return this;
    }

    CaseStatus finish(Function<? super Request, ResolutionPeriod> periods) {
      String dp = latest.get(DisputeProcess.RESOLUTION_MEETING);
      derive(dp, DisputeProcess.RESOLUTION_MEETING, CaseFact.DUE_PROCESS_COMPLAINT_FILED,
          CaseFact.DUE_PROCESS_COMPLAINT_PENDING);
      derive(latest.get(DisputeProcess.STATE_COMPLAINT), DisputeProcess.STATE_COMPLAINT,
          CaseFact.STATE_COMPLAINT_FILED, CaseFact.STATE_COMPLAINT_PENDING);
      derive(latest.get(DisputeProcess.EXPEDITED_HEARING), DisputeProcess.EXPEDITED_HEARING,
          CaseFact.EXPEDITED_COMPLAINT_FILED, CaseFact.EXPEDITED_COMPLAINT_PENDING);
      Optional<LocalDate> first = Optional.empty();
      List<String> restsOn = List.of();
      if (dp != null && facts.containsKey(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)) {
        Request complaint = requests.get(dp);
        if (complaint != null && complaint.kind() == RequestKind.DUE_PROCESS_COMPLAINT) {
          ResolutionPeriod period = periods.apply(complaint);
          first = period.firstHearingDay();
          restsOn = first.isPresent() ? List.of(period.clockEventId()) : List.of();
        }
      }
      Map<CaseFact, List<String>> copy = new EnumMap<>(CaseFact.class);
      facts.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      Set<DisputeProcess> closed = EnumSet.noneOf(DisputeProcess.class);
      for (DisputeProcess p : DisputeProcess.values()) {
        if (isClosed(p)) {
          closed.add(p);
        }
      }
      return new CaseStatus(at, Collections.unmodifiableMap(copy), Collections.unmodifiableSet(closed),
          Collections.unmodifiableSet(issues), first, restsOn, order);
    }

    private void derive(@Nullable String id, DisputeProcess p, CaseFact filed, CaseFact pending) {
      if (id != null && facts.containsKey(filed) && !isClosed(p)) {
        add(pending, id);
      }
    }

    private boolean isClosed(DisputeProcess p) {
      for (CaseFact f : facts.keySet()) {
        if (f.closes().contains(p)) {
          return true;
        }
      }
      return false;
    }

    private boolean dueProcessPending() {
      return facts.containsKey(CaseFact.DUE_PROCESS_COMPLAINT_FILED) && !isClosed(DisputeProcess.RESOLUTION_MEETING);
    }

    private void add(CaseFact f, String eventId) {
      facts.computeIfAbsent(f, k -> new ArrayList<>(2)).add(eventId);
    }

    private void clear(DisputeProcess p) {
      facts.keySet().removeIf(f -> f.process() == p);
    }

    /** A new instance of a process: the earlier instance's facts go, and the position before it is kept. */
    private void start(DisputeProcess p, @Nullable String requestId) {
      clear(p);
      if (p == DisputeProcess.RESOLUTION_MEETING) {
        clear(DisputeProcess.DUE_PROCESS_HEARING);
      }
      before.put(p, at);
      if (requestId != null) {
        latest.put(p, requestId);
      } else {
        latest.remove(p);
      }
    }

    private static @Nullable DisputeProcess processOf(RequestKind kind) {
      switch (kind) {
        case FACILITATED_IEP: return DisputeProcess.FACILITATED_IEP;
        case MEDIATION: return DisputeProcess.MEDIATION;
        case STATE_COMPLAINT: return DisputeProcess.STATE_COMPLAINT;
        case DUE_PROCESS_COMPLAINT: return DisputeProcess.RESOLUTION_MEETING;
        case EXPEDITED_DUE_PROCESS_COMPLAINT: return DisputeProcess.EXPEDITED_HEARING;
        default: return null;
      }
    }

    private void request(Request r) {
      requests.put(r.id(), r);
      issues.addAll(r.issues());
      DisputeProcess p = processOf(r.kind());
      if (p == null) {
        return;
      }
      if (p == DisputeProcess.MEDIATION) {
        mediationStarts(r.id());
        latest.put(p, r.id());
      } else {
        start(p, r.id());
        add(filedFact(p), r.id());
      }
      at = p;
    }

    private static CaseFact filedFact(DisputeProcess p) {
      switch (p) {
        case FACILITATED_IEP: return CaseFact.FACILITATION_REQUESTED;
        case STATE_COMPLAINT: return CaseFact.STATE_COMPLAINT_FILED;
        case RESOLUTION_MEETING: return CaseFact.DUE_PROCESS_COMPLAINT_FILED;
        default: return CaseFact.EXPEDITED_COMPLAINT_FILED;
      }
    }

    /** A mediation request, agreement to mediate or session: a new instance unless one is open. */
    private void mediationStarts(String eventId) {
      boolean open = facts.keySet().stream().anyMatch(f -> f.process() == DisputeProcess.MEDIATION)
          && !isClosed(DisputeProcess.MEDIATION);
      if (!open) {
        start(DisputeProcess.MEDIATION, null);
        add(CaseFact.MEDIATION_REQUESTED, eventId);
      }
      if (dueProcessPending() && !facts.containsKey(CaseFact.RESOLUTION_MEETING_HELD)
          && !facts.containsKey(CaseFact.RESOLUTION_MEETING_WAIVED)
          && !facts.containsKey(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING)) {
        add(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING, eventId);
      }
    }

    private void meeting(Meeting m) {
      boolean held = m.status() == Meeting.Status.HELD;
      switch (m.kind()) {
        case IEP:
          at = DisputeProcess.IEP_MEETING;
          break;
        case FACILITATED_IEP:
          if (held) {
            add(CaseFact.FACILITATION_HELD, m.id());
          }
          at = DisputeProcess.FACILITATED_IEP;
          break;
        case MEDIATION_SESSION:
          if (held) {
            // a session starts a mediation only when the case shows none; one held at the instant a mediation
            // agreement is signed (or after it) belongs to that mediation, which stays closed
            if (CaseFact.about(DisputeProcess.MEDIATION).stream().noneMatch(facts::containsKey)) {
              mediationStarts(m.id());
            }
            add(CaseFact.MEDIATION_HELD, m.id());
          }
          at = DisputeProcess.MEDIATION;
          break;
        case RESOLUTION:
          if (held) {
            add(CaseFact.RESOLUTION_MEETING_HELD, m.id());
          }
          at = DisputeProcess.RESOLUTION_MEETING;
          break;
        case HEARING:
          if (held) {
            add(CaseFact.HEARING_HELD, m.id());
          }
          at = DisputeProcess.DUE_PROCESS_HEARING;
          break;
        case EXPEDITED_HEARING:
          if (held) {
            add(CaseFact.EXPEDITED_HEARING_HELD, m.id());
          }
          at = DisputeProcess.EXPEDITED_HEARING;
          break;
        default:
          break;
      }
    }

    private void agreement(Agreement a) {
      switch (a.kind()) {
        case TO_MEDIATE:
          mediationStarts(a.id());
          at = DisputeProcess.MEDIATION;
          break;
        case MEDIATION_AGREEMENT:
          if (a.inWriting()) {
            add(CaseFact.MEDIATION_AGREEMENT_SIGNED, a.id());
            at = DisputeProcess.MEDIATION;
          }
          break;
        case RESOLUTION_AGREEMENT:
          if (a.inWriting() && dueProcessPending()) {
            add(CaseFact.RESOLUTION_AGREEMENT_SIGNED, a.id());
          }
          break;
        case WAIVE_RESOLUTION_MEETING:
          if (a.inWriting() && dueProcessPending()) {
            add(CaseFact.RESOLUTION_MEETING_WAIVED, a.id());
            at = DisputeProcess.DUE_PROCESS_HEARING;
          }
          break;
        case NO_AGREEMENT_POSSIBLE:
          if (!a.inWriting()) {
            break;
          }
          if (facts.containsKey(CaseFact.MEDIATION_HELD) && !isClosed(DisputeProcess.MEDIATION)) {
            add(CaseFact.MEDIATION_ENDED_WITHOUT_AGREEMENT, a.id());
          }
          if (dueProcessPending()) {
            add(CaseFact.NO_AGREEMENT_POSSIBLE, a.id());
            at = DisputeProcess.DUE_PROCESS_HEARING;
          }
          break;
        default:
          break;
      }
    }

    private @Nullable DisputeProcess latestOf(String requestId) {
      Request r = requests.get(requestId);
      if (r == null) {
        return null;
      }
      DisputeProcess p = processOf(r.kind());
      return p != null && requestId.equals(latest.get(p)) ? p : null;
    }

    private void withdrawal(Withdrawal w) {
      DisputeProcess p = latestOf(w.request());
      if (p == null) {
        return;
      }
      if (w.from() == Withdrawal.From.AGREEMENT) {
        facts.remove(CaseFact.RESOLUTION_AGREEMENT_SIGNED);
        return;
      }
      if (p == DisputeProcess.MEDIATION || w.from() == Withdrawal.From.MEDIATION) {
        if (!isClosed(DisputeProcess.MEDIATION) && facts.containsKey(CaseFact.MEDIATION_REQUESTED)) {
          add(CaseFact.MEDIATION_ENDED_WITHOUT_AGREEMENT, w.id());
        }
        if (p == DisputeProcess.RESOLUTION_MEETING && dueProcessPending()) {
          at = DisputeProcess.DUE_PROCESS_HEARING;
        }
        return;
      }
      CaseFact f = switch (p) {
        case FACILITATED_IEP -> CaseFact.FACILITATION_WITHDRAWN;
        case STATE_COMPLAINT -> CaseFact.STATE_COMPLAINT_WITHDRAWN;
        case RESOLUTION_MEETING -> CaseFact.DUE_PROCESS_COMPLAINT_WITHDRAWN;
        default -> CaseFact.EXPEDITED_COMPLAINT_WITHDRAWN;
      };
      ends(p, f, w.id());
    }

    /** A request withdrawn or dismissed: the fact, and the case back where it stood before it. */
    private void ends(DisputeProcess p, CaseFact f, String eventId) {
      if (isClosed(p)) {
        return;
      }
      add(f, eventId);
      boolean inside = at == p || p == DisputeProcess.RESOLUTION_MEETING && (at == DisputeProcess.DUE_PROCESS_HEARING
          || at == DisputeProcess.MEDIATION && facts.containsKey(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING));
      DisputeProcess back = before.get(p);
      if (inside && back != null) {
        at = back;
      }
    }

    private void decision(Decision d) {
      if (d.denied() && d.kind() == DecisionKind.DISMISSAL) {
        return; // a dismissal request refused: the complaint goes on
      }
      DisputeProcess p = latestOf(complaintOf(d.request()));
      switch (d.kind()) {
        case STATE_COMPLAINT_DECISION:
          if (p == DisputeProcess.STATE_COMPLAINT && !isClosed(p)) {
            add(CaseFact.STATE_COMPLAINT_DECIDED, d.id());
          }
          at = DisputeProcess.STATE_COMPLAINT;
          break;
        case HEARING_DECISION:
          if (p == DisputeProcess.RESOLUTION_MEETING && !isClosed(DisputeProcess.DUE_PROCESS_HEARING)) {
            add(CaseFact.HEARING_DECISION_ISSUED, d.id());
          }
          at = DisputeProcess.DUE_PROCESS_HEARING;
          break;
        case EXPEDITED_HEARING_DECISION:
          if (p == DisputeProcess.EXPEDITED_HEARING && !isClosed(p)) {
            add(CaseFact.EXPEDITED_DECISION_ISSUED, d.id());
          }
          at = DisputeProcess.EXPEDITED_HEARING;
          break;
        case DISMISSAL:
          if (p == DisputeProcess.STATE_COMPLAINT) {
            ends(p, CaseFact.STATE_COMPLAINT_DISMISSED, d.id());
          } else if (p == DisputeProcess.RESOLUTION_MEETING) {
            ends(p, CaseFact.DUE_PROCESS_COMPLAINT_DISMISSED, d.id());
          } else if (p == DisputeProcess.EXPEDITED_HEARING) {
            ends(p, CaseFact.EXPEDITED_COMPLAINT_DISMISSED, d.id());
          }
          break;
        default:
          break;
      }
    }

    /**
     * The complaint a decision acts on: the complaint that a dismissal request or a hearing timeline request
     * (a motion within a due process case, which opens no process of its own) relates to, else the request.
     */
    private String complaintOf(String requestId) {
      Request r = requests.get(requestId);
      if (r != null && (r.kind() == RequestKind.DISMISSAL_REQUEST || r.kind() == RequestKind.HEARING_TIMELINE_REQUEST)
          && r.relatesTo().isPresent()) {
        return r.relatesTo().get();
      }
      return requestId;
    }

    private void reply(Reply r) {
      if (r.answer() != Reply.Answer.DECLINED) {
        return;
      }
      DisputeProcess p = latestOf(r.request());
      if (p == DisputeProcess.FACILITATED_IEP && !isClosed(p)) {
        add(CaseFact.FACILITATION_DECLINED, r.id());
      } else if (p == DisputeProcess.MEDIATION && !isClosed(p)) {
        add(CaseFact.MEDIATION_DECLINED, r.id());
      }
    }
  }
}
