package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
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

  private static final CaseFact[] FACTS = CaseFact.values();
  private static final DisputeProcess[] PROCESSES = DisputeProcess.values();
  /** Per process (by ordinal), the facts that close it ({@link CaseFact#closes()}), a bit per fact's ordinal. */
  private static final long[] CLOSERS = new long[PROCESSES.length];
  /** Per process (by ordinal), the facts about it ({@link CaseFact#process()}), a bit per fact's ordinal. */
  private static final long[] ABOUT = new long[PROCESSES.length];
  /** The sets of closed processes, by their mask: unmodifiable, so shared by every status. */
  private static final List<Set<DisputeProcess>> CLOSED_SETS = allSubsets(DisputeProcess.class);
  /** The sets of issues, by their mask: unmodifiable, so shared by every status. */
  private static final List<Set<IssueKind>> ISSUE_SETS = allSubsets(IssueKind.class);

  static {
    for (CaseFact f : FACTS) {
      ABOUT[f.process().ordinal()] |= bit(f);
      for (DisputeProcess p : f.closes()) {
        CLOSERS[p.ordinal()] |= bit(f);
      }
    }
  }

  private final DisputeProcess position;
  /** The events read, in timeline order, unmodifiable: the facts point into it by position. */
  private final List<? extends CaseEvent> events;
  /** The facts shown, a bit per fact's ordinal. */
  private final long shown;
  /** Per fact (by ordinal), the positions in {@link #events} of the events it rests on; read only where shown. */
  private final int[][] positions;
  /** The closed processes, a bit per process's ordinal. */
  private final int closed;
  /** The kinds of dispute the requests name, a bit per kind's ordinal. */
  private final int issues;
  private final Optional<LocalDate> firstHearingDay;
  private final List<String> firstHearingDayRestsOn;
  /** The position in {@link #events} of the event the first hearing day rests on; -1 when none or absent. */
  private final int clock;

  private CaseStatus(DisputeProcess position, List<? extends CaseEvent> events, long shown, int[][] positions,
      int closed, int issues, Optional<LocalDate> firstHearingDay, List<String> firstHearingDayRestsOn,
      int clock) {
    this.position = position;
    this.events = events;
    this.shown = shown;
    this.positions = positions;
    this.closed = closed;
    this.issues = issues;
    this.firstHearingDay = firstHearingDay;
    this.firstHearingDayRestsOn = firstHearingDayRestsOn;
    this.clock = clock;
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
    // a case's events are immutable
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
    List<? extends CaseEvent> copy = List.copyOf(known);
    return new Reader(copy).read().finish(periods(aCase, copy, zone));
  }

  /**
   * Computes what a case shows from the events known on an evaluation's as-of date, with the resolution
   * periods the evaluation's rules computed: the engine passes its {@link
   * org.iepdr.core.rules.RuleContext#knownEvents()} and {@code r -> ResolutionPeriod.of(ctx, r)}, so that
   * the index of the periods is built once per evaluation. The answer is the one
   * {@link #of(Case, List, ZoneId)} gives for the same events, since that computes the same periods
   * from them.
   *
   * @param known the events known, in timeline order, with distinct ids; unmodifiable (the status keeps it)
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
    return (shown & bit(Objects.requireNonNull(fact, "fact"))) != 0;
  }

  /**
   * Returns the facts the case shows.
   *
   * @return the facts, in declaration order
   */
  public Set<CaseFact> facts() {
    Set<CaseFact> s = EnumSet.noneOf(CaseFact.class);
    for (long b = shown; b != 0; b &= b - 1) {
      s.add(FACTS[Long.numberOfTrailingZeros(b)]);
    }
    return Collections.unmodifiableSet(s);
  }

  /**
   * Returns the ids of the events a fact rests on.
   *
   * @param fact the fact
   * @return the event ids in timeline order, empty when the case does not show the fact
   */
  public List<String> eventsFor(CaseFact fact) {
    if (!shows(fact)) {
      return List.of();
    }
    int[] at = positions[fact.ordinal()];
    String[] ids = new String[at.length];
    for (int i = 0; i < at.length; i++) {
      ids[i] = events.get(at[i]).id();
    }
    return List.of(ids);
  }

  /**
   * Returns the processes whose latest instance the case shows ended: decided, settled, declined,
   * withdrawn or dismissed (see {@link CaseFact#closes()}).
   *
   * @return the closed processes
   */
  public Set<DisputeProcess> closed() {
    return CLOSED_SETS.get(closed);
  }

  /**
   * Returns the kinds of dispute the case's requests name.
   *
   * @return the issues, possibly empty
   */
  public Set<IssueKind> issues() {
    return ISSUE_SETS.get(issues);
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

  /** Returns the facts shown, a bit per fact's ordinal (see {@link #bit}). */
  long shownMask() {
    return shown;
  }

  /** Returns whether the case shows a process closed. */
  boolean isClosed(DisputeProcess p) {
    return (closed & 1 << p.ordinal()) != 0;
  }

  /** Returns the kinds of dispute the case's requests name, a bit per kind's ordinal. */
  int issueMask() {
    return issues;
  }

  /** Returns the facts that close a process, a bit per fact's ordinal. */
  static long closers(DisputeProcess p) {
    return CLOSERS[p.ordinal()];
  }

  /** Returns the bit of a fact in a mask of facts. */
  static long bit(CaseFact f) {
    return 1L << f.ordinal();
  }

  /** Returns a set of facts as a mask, a bit per fact's ordinal. */
  static long mask(Set<CaseFact> facts) {
    long m = 0;
    for (CaseFact f : facts) {
      m |= bit(f);
    }
    return m;
  }

  /**
   * Returns the ids of the events the shown facts of a mask rest on, and the event the first hearing day
   * rests on when asked, each once, in timeline order (an id the events do not hold last).
   */
  List<String> eventsOf(long factMask, boolean withFirstHearingDay) {
    long m = factMask & shown;
    boolean withClock = withFirstHearingDay && !firstHearingDayRestsOn.isEmpty();
    int total = withClock ? 1 : 0;
    for (long b = m; b != 0; b &= b - 1) {
      total += positions[Long.numberOfTrailingZeros(b)].length;
    }
    if (total == 0) {
      return List.of();
    }
    int[] at = new int[total];
    int k = 0;
    for (long b = m; b != 0; b &= b - 1) {
      for (int p : positions[Long.numberOfTrailingZeros(b)]) {
        at[k++] = p;
      }
    }
    if (withClock) {
      at[k++] = clock < 0 ? Integer.MAX_VALUE : clock;
    }
    Arrays.sort(at);
    String[] ids = new String[total];
    int n = 0;
    for (int i = 0; i < total; i++) {
      if (i > 0 && at[i] == at[i - 1]) {
        continue;
      }
      ids[n++] = at[i] == Integer.MAX_VALUE ? firstHearingDayRestsOn.get(0) : events.get(at[i]).id();
    }
    switch (n) {
      case 1: return List.of(ids[0]);
      case 2: return List.of(ids[0], ids[1]);
      default: return List.of(Arrays.copyOf(ids, n));
    }
  }

  @Override
  public String toString() {
    return "CaseStatus[" + position + ", " + facts() + ", closed " + closed() + "]";
  }

  /** The unmodifiable sets of an enum's constants, indexed by their mask (a bit per constant's ordinal). */
  private static <E extends Enum<E>> List<Set<E>> allSubsets(Class<E> type) {
    E[] all = type.getEnumConstants();
    List<Set<E>> sets = new ArrayList<>(1 << all.length);
    for (int m = 0; m < 1 << all.length; m++) {
      Set<E> s = EnumSet.noneOf(type);
      for (E e : all) {
        if ((m & 1 << e.ordinal()) != 0) {
          s.add(e);
        }
      }
      sets.add(Collections.unmodifiableSet(s));
    }
    return List.copyOf(sets);
  }

  /**
   * Reads the events once, in timeline order. Facts are kept as a mask of the facts shown and, per fact,
   * the positions of its events in the list read (a fact's array is replaced, never changed, when an event
   * is added, so the status can keep the arrays); a process is closed when a shown fact closes it.
   */
  private static final class Reader {
    private static final int[] NONE = new int[0];

    private final List<? extends CaseEvent> events;
    private DisputeProcess at = DisputeProcess.IEP_MEETING;
    /** The position of the event being read. */
    private int current;
    private long shown;
    private final int[][] positions = new int[FACTS.length][];
    /** Per process, the position of its latest request; -1 when none. */
    private final int[] latest = new int[PROCESSES.length];
    /** Per process, where the case stood when its latest instance started. */
    private final @Nullable DisputeProcess[] before = new DisputeProcess[PROCESSES.length];
    private int issues;
    /** The positions of the dismissal and hearing timeline requests read, for {@link #complaintOf}. */
    private int[] motions = NONE;

    Reader(List<? extends CaseEvent> events) {
      this.events = events;
      Arrays.fill(latest, -1);
    }

    Reader read() {
      for (int i = 0, n = events.size(); i < n; i++) {
        CaseEvent e = events.get(i);
        current = i;
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
      int dp = latest[DisputeProcess.RESOLUTION_MEETING.ordinal()];
      derive(dp, DisputeProcess.RESOLUTION_MEETING, CaseFact.DUE_PROCESS_COMPLAINT_FILED,
          CaseFact.DUE_PROCESS_COMPLAINT_PENDING);
      derive(latest[DisputeProcess.STATE_COMPLAINT.ordinal()], DisputeProcess.STATE_COMPLAINT,
          CaseFact.STATE_COMPLAINT_FILED, CaseFact.STATE_COMPLAINT_PENDING);
      derive(latest[DisputeProcess.EXPEDITED_HEARING.ordinal()], DisputeProcess.EXPEDITED_HEARING,
          CaseFact.EXPEDITED_COMPLAINT_FILED, CaseFact.EXPEDITED_COMPLAINT_PENDING);
      Optional<LocalDate> first = Optional.empty();
      List<String> restsOn = List.of();
      int clock = -1;
      if (dp >= 0 && has(CaseFact.DUE_PROCESS_COMPLAINT_PENDING)
          && events.get(dp) instanceof Request complaint && complaint.kind() == RequestKind.DUE_PROCESS_COMPLAINT) {
        ResolutionPeriod period = periods.apply(complaint);
        first = period.firstHearingDay();
        if (first.isPresent()) {
          String id = period.clockEventId();
          restsOn = List.of(id);
          clock = indexOf(id);
        }
      }
      int closed = 0;
      for (DisputeProcess p : PROCESSES) {
        if (isClosed(p)) {
          closed |= 1 << p.ordinal();
        }
      }
      return new CaseStatus(at, events, shown, positions, closed, issues, first, restsOn, clock);
    }

    private int indexOf(String id) {
      for (int i = 0, n = events.size(); i < n; i++) {
        if (events.get(i).id().equals(id)) {
          return i;
        }
      }
      return -1;
    }

    private void derive(int request, DisputeProcess p, CaseFact filed, CaseFact pending) {
      if (request >= 0 && has(filed) && !isClosed(p)) {
        add(pending, request);
      }
    }

    private boolean has(CaseFact f) {
      return (shown & bit(f)) != 0;
    }

    private boolean isClosed(DisputeProcess p) {
      return (shown & CLOSERS[p.ordinal()]) != 0;
    }

    private boolean dueProcessPending() {
      return has(CaseFact.DUE_PROCESS_COMPLAINT_FILED) && !isClosed(DisputeProcess.RESOLUTION_MEETING);
    }

    /** The fact rests on one more event (the one at a position of the list read). */
    private void add(CaseFact f, int position) {
      int o = f.ordinal();
      if (!has(f)) {
        positions[o] = new int[] {position};
        shown |= bit(f);
      } else {
        int[] was = positions[o];
        int[] now = Arrays.copyOf(was, was.length + 1);
        now[was.length] = position;
        positions[o] = now;
      }
    }

    private void remove(CaseFact f) {
      shown &= ~bit(f);
    }

    private void clear(DisputeProcess p) {
      shown &= ~ABOUT[p.ordinal()];
    }

    /** A new instance of a process: the earlier instance's facts go, and the position before it is kept. */
    private void start(DisputeProcess p, int request) {
      clear(p);
      if (p == DisputeProcess.RESOLUTION_MEETING) {
        clear(DisputeProcess.DUE_PROCESS_HEARING);
      }
      before[p.ordinal()] = at;
      latest[p.ordinal()] = request;
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
      Set<IssueKind> named = r.issues();
      if (!named.isEmpty()) {
        for (IssueKind k : named) {
          issues |= 1 << k.ordinal();
        }
      }
      if (r.kind() == RequestKind.DISMISSAL_REQUEST || r.kind() == RequestKind.HEARING_TIMELINE_REQUEST) {
        motions = Arrays.copyOf(motions, motions.length + 1);
        motions[motions.length - 1] = current;
      }
      DisputeProcess p = processOf(r.kind());
      if (p == null) {
        return;
      }
      if (p == DisputeProcess.MEDIATION) {
        mediationStarts();
        latest[p.ordinal()] = current;
      } else {
        start(p, current);
        add(filedFact(p), current);
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
    private void mediationStarts() {
      boolean open = (shown & ABOUT[DisputeProcess.MEDIATION.ordinal()]) != 0 && !isClosed(DisputeProcess.MEDIATION);
      if (!open) {
        start(DisputeProcess.MEDIATION, -1);
        add(CaseFact.MEDIATION_REQUESTED, current);
      }
      if (dueProcessPending() && !has(CaseFact.RESOLUTION_MEETING_HELD) && !has(CaseFact.RESOLUTION_MEETING_WAIVED)
          && !has(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING)) {
        add(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING, current);
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
            add(CaseFact.FACILITATION_HELD, current);
          }
          at = DisputeProcess.FACILITATED_IEP;
          break;
        case MEDIATION_SESSION:
          if (held) {
            // a session starts a mediation only when the case shows none; one held at the instant a mediation
            // agreement is signed (or after it) belongs to that mediation, which stays closed
            if ((shown & ABOUT[DisputeProcess.MEDIATION.ordinal()]) == 0) {
              mediationStarts();
            }
            add(CaseFact.MEDIATION_HELD, current);
          }
          at = DisputeProcess.MEDIATION;
          break;
        case RESOLUTION:
          if (held) {
            add(CaseFact.RESOLUTION_MEETING_HELD, current);
          }
          at = DisputeProcess.RESOLUTION_MEETING;
          break;
        case HEARING:
          if (held) {
            add(CaseFact.HEARING_HELD, current);
          }
          at = DisputeProcess.DUE_PROCESS_HEARING;
          break;
        case EXPEDITED_HEARING:
          if (held) {
            add(CaseFact.EXPEDITED_HEARING_HELD, current);
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
          mediationStarts();
          at = DisputeProcess.MEDIATION;
          break;
        case MEDIATION_AGREEMENT:
          if (a.inWriting()) {
            add(CaseFact.MEDIATION_AGREEMENT_SIGNED, current);
            at = DisputeProcess.MEDIATION;
          }
          break;
        case RESOLUTION_AGREEMENT:
          if (a.inWriting() && dueProcessPending()) {
            add(CaseFact.RESOLUTION_AGREEMENT_SIGNED, current);
          }
          break;
        case WAIVE_RESOLUTION_MEETING:
          if (a.inWriting() && dueProcessPending()) {
            add(CaseFact.RESOLUTION_MEETING_WAIVED, current);
            at = DisputeProcess.DUE_PROCESS_HEARING;
          }
          break;
        case NO_AGREEMENT_POSSIBLE:
          if (!a.inWriting()) {
            break;
          }
          if (has(CaseFact.MEDIATION_HELD) && !isClosed(DisputeProcess.MEDIATION)) {
            add(CaseFact.MEDIATION_ENDED_WITHOUT_AGREEMENT, current);
          }
          if (dueProcessPending()) {
            add(CaseFact.NO_AGREEMENT_POSSIBLE, current);
            at = DisputeProcess.DUE_PROCESS_HEARING;
          }
          break;
        default:
          break;
      }
    }

    /** The process whose latest request (read so far) has an id, or null when no process's latest has it. */
    private @Nullable DisputeProcess latestOf(String requestId) {
      for (DisputeProcess p : PROCESSES) {
        int r = latest[p.ordinal()];
        if (r >= 0 && events.get(r).id().equals(requestId)) {
          return p;
        }
      }
      return null;
    }

    private void withdrawal(Withdrawal w) {
      DisputeProcess p = latestOf(w.request());
      if (p == null) {
        return;
      }
      if (w.from() == Withdrawal.From.AGREEMENT) {
        remove(CaseFact.RESOLUTION_AGREEMENT_SIGNED);
        return;
      }
      if (p == DisputeProcess.MEDIATION || w.from() == Withdrawal.From.MEDIATION) {
        if (!isClosed(DisputeProcess.MEDIATION) && has(CaseFact.MEDIATION_REQUESTED)) {
          add(CaseFact.MEDIATION_ENDED_WITHOUT_AGREEMENT, current);
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
      ends(p, f);
    }

    /** A request withdrawn or dismissed: the fact, and the case back where it stood before it. */
    private void ends(DisputeProcess p, CaseFact f) {
      if (isClosed(p)) {
        return;
      }
      add(f, current);
      boolean inside = at == p || p == DisputeProcess.RESOLUTION_MEETING && (at == DisputeProcess.DUE_PROCESS_HEARING
          || at == DisputeProcess.MEDIATION && has(CaseFact.MEDIATION_INSTEAD_OF_RESOLUTION_MEETING));
      DisputeProcess back = before[p.ordinal()];
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
            add(CaseFact.STATE_COMPLAINT_DECIDED, current);
          }
          at = DisputeProcess.STATE_COMPLAINT;
          break;
        case HEARING_DECISION:
          if (p == DisputeProcess.RESOLUTION_MEETING && !isClosed(DisputeProcess.DUE_PROCESS_HEARING)) {
            add(CaseFact.HEARING_DECISION_ISSUED, current);
          }
          at = DisputeProcess.DUE_PROCESS_HEARING;
          break;
        case EXPEDITED_HEARING_DECISION:
          if (p == DisputeProcess.EXPEDITED_HEARING && !isClosed(p)) {
            add(CaseFact.EXPEDITED_DECISION_ISSUED, current);
          }
          at = DisputeProcess.EXPEDITED_HEARING;
          break;
        case DISMISSAL:
          if (p == DisputeProcess.STATE_COMPLAINT) {
            ends(p, CaseFact.STATE_COMPLAINT_DISMISSED);
          } else if (p == DisputeProcess.RESOLUTION_MEETING) {
            ends(p, CaseFact.DUE_PROCESS_COMPLAINT_DISMISSED);
          } else if (p == DisputeProcess.EXPEDITED_HEARING) {
            ends(p, CaseFact.EXPEDITED_COMPLAINT_DISMISSED);
          }
          break;
        default:
          break;
      }
    }

    /**
     * The complaint a decision acts on: the complaint that a dismissal request or a hearing timeline request
     * (a motion within a due process case, which opens no process of its own) read so far relates to, else
     * the request.
     */
    private String complaintOf(String requestId) {
      for (int m : motions) {
        Request r = (Request) events.get(m);
        if (r.id().equals(requestId) && r.relatesTo().isPresent()) {
          return r.relatesTo().get();
        }
      }
      return requestId;
    }

    private void reply(Reply r) {
      if (r.answer() != Reply.Answer.DECLINED) {
        return;
      }
      DisputeProcess p = latestOf(r.request());
      if (p == DisputeProcess.FACILITATED_IEP && !isClosed(p)) {
        add(CaseFact.FACILITATION_DECLINED, current);
      } else if (p == DisputeProcess.MEDIATION && !isClosed(p)) {
        add(CaseFact.MEDIATION_DECLINED, current);
      }
    }
  }
}
