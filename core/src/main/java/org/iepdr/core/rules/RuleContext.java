package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.FactsDraft;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.time.LastDayRule;

/**
 * What a rule sees while it evaluates a case: the case (with lookups by id and kind), the as-of
 * date, the jurisdiction's day counting, and the sink for its findings, deadlines and notes.
 *
 * <p>A context belongs to one evaluation on one thread; rules must not keep it.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class RuleContext {

  private final Case theCase;
  private final LocalDate asOf;
  private final DayCounter counter;
  /** The events known on the as-of date ({@link #knownEvents()}), in timeline order. */
  private final List<CaseEvent> known;
  private final Map<String, CaseEvent> byId;
  /**
   * The known events by type, in timeline order, at the type's number in {@link #EVENT_TYPES}; {@code null}
   * where the case has none (an array: no map entries made per evaluation).
   */
  private final @Nullable List<CaseEvent>[] byType;
  /** The known events of a type not numbered in {@link #EVENT_TYPES}; {@code null} until one is met. */
  @Nullable private Map<Class<?>, List<CaseEvent>> byOtherType;

  /** The types of event ({@link CaseEvent}'s permitted subclasses), numbered once for {@link #byType}. */
  private static final Class<?>[] EVENT_TYPES = eventTypes();

  private static Class<?>[] eventTypes() {
    Class<?>[] types = CaseEvent.class.getPermittedSubclasses();
    return types == null ? new Class<?>[0] : types;
  }

  /**
   * Each class's number in {@link #EVENT_TYPES}, or -1 for a class outside them: a per-class cache, read
   * without hashing a map on every look-up.
   */
  private static final ClassValue<Integer> TYPE_NUMBER = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> type) {
      for (int i = 0; i < EVENT_TYPES.length; i++) {
        if (EVENT_TYPES[i] == type) {
          return i;
        }
      }
      return -1;
    }
  };

  /** The numbered types (at most 32) of which the case has known events, one bit per number. */
  private int presentTypes;

  /**
   * Returns the bits of the types numbered in {@link #EVENT_TYPES} among some types (for
   * {@link #knowsAny(int, Class[], RequestKind[])}); the types outside them are left to {@link #unnumbered}.
   */
  static int typeMask(Class<?>[] types) {
    int mask = 0;
    for (Class<?> t : types) {
      int number = TYPE_NUMBER.get(t);
      if (number >= 0 && number < Integer.SIZE) {
        mask |= 1 << number;
      }
    }
    return mask;
  }

  /** Returns the types among some that {@link #typeMask} does not cover, in their order. */
  static Class<?>[] unnumbered(Class<?>[] types) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> t : types) {
      int number = TYPE_NUMBER.get(t);
      if (number < 0 || number >= Integer.SIZE) {
        out.add(t);
      }
    }
    return out.toArray(new Class<?>[0]);
  }
  /** The instants of the known events, in timeline order (ascending), for {@link #date(Instant)}'s search. */
  private final Instant[] knownAt;
  /** The epoch seconds of {@link #knownAt}, ascending: the search compares numbers, not instants. */
  private final long[] knownSeconds;
  /** The place in {@link #known} of the last instant {@link #date(Instant)} found there (checked first). */
  private int lastHit;
  /**
   * The local dates of the known events, by their place in {@link #known}, each computed when first
   * asked for: rules ask for the same few dates (the events' own) many times.
   */
  private final @Nullable LocalDate[] knownDates;
  /**
   * The local dates of other instants already computed (a permission's date, ...), keyed by identity;
   * {@code null} until one is asked for.
   */
  @Nullable private Map<Instant, LocalDate> otherDates;

  private final List<Finding> findings = new ArrayList<>();
  private final List<Deadline> deadlines = new ArrayList<>();

  @Nullable private RuleDescriptor current;
  /** The running rule's event ids, first mention first, without repeats (see {@link #rests(String)}). */
  private final List<String> currentEvents = new ArrayList<>();
  /** The same ids as a set, made only once a rule names many events; {@code null} until then. */
  @Nullable private Set<String> currentEventSet;
  /** The running rule's notes: strings, or suppliers of a note rendered only if the trace keeps it. */
  private final List<Object> currentNotes = new ArrayList<>();
  /** The impossible receipts the running rule has reported (see {@link #arrival}); made on first use. */
  @Nullable private Set<String> impossibleReported;
  /** The extensions the running rule has judged (see {@link DeadlineDraft#reportAll()}); made on first use. */
  @Nullable private Set<String> judgedExtensions;
  private boolean currentIncomplete;
  /** The running rule when its period in force begins or ends inside the case; {@code null} otherwise. */
  @Nullable private Rule governing;
  /** The acts and triggers the running rule does not govern, with their dates, first mention first; made on first use. */
  @Nullable private Map<String, LocalDate> notGoverned;
  private int currentFindings;
  private int currentDeadlines;

  /** Whether the caller asked for the full trace (see {@link EvaluationOptions#trace()}). */
  private final boolean tracing;

  RuleContext(Case theCase, LocalDate asOf, DayCounter counter) {
    this(theCase, asOf, counter, true);
  }

  RuleContext(Case theCase, LocalDate asOf, DayCounter counter, boolean tracing) {
    this.tracing = tracing;
    this.theCase = theCase;
    this.asOf = asOf;
    this.counter = counter;
    this.known = known(theCase.events(), asOf, counter);
    List<CaseEvent> allCaseEvents = known;
    this.byId = new HashMap<>(allCaseEvents.size() * 4 / 3 + 2);
    this.knownAt = new Instant[allCaseEvents.size()];
    this.knownSeconds = new long[allCaseEvents.size()];
    this.knownDates = new LocalDate[allCaseEvents.size()];
    @SuppressWarnings("unchecked")
    List<CaseEvent>[] typed = (List<CaseEvent>[]) new List<?>[EVENT_TYPES.length];
    this.byType = typed;
    for (int i = 0, n = allCaseEvents.size(); i < n; i++) {
      CaseEvent e = allCaseEvents.get(i);
      knownAt[i] = e.at();
      knownSeconds[i] = knownAt[i].getEpochSecond();
      byId.put(e.id(), e);
      Class<?> type = e.getClass().getSuperclass();
      int number = TYPE_NUMBER.get(type);
      if (number >= 0) {
        if (typed[number] == null) {
          typed[number] = new ArrayList<>(4);
          if (number < Integer.SIZE) {
            presentTypes |= 1 << number;
          }
        }
        typed[number].add(e);
      } else {
        Map<Class<?>, List<CaseEvent>> others = byOtherType;
        if (others == null) {
          others = new HashMap<>(4);
          byOtherType = others;
        }
        others.computeIfAbsent(type, k -> new ArrayList<>(4)).add(e);
      }
    }
  }

  /** The known events of a type (keyed as {@link #byType} is, by the event's class's superclass), or null. */
  private @Nullable List<CaseEvent> ofType(Class<?> type) {
    int number = TYPE_NUMBER.get(type);
    if (number >= 0) {
      return byType[number];
    }
    Map<Class<?>, List<CaseEvent>> others = byOtherType;
    return others == null ? null : others.get(type);
  }

  /** The requests by kind, indexed on first use; {@code null} until then. */
  private List<Request> @Nullable [] requestsByKind;
  /** The meetings by kind, indexed on first use; {@code null} until then. */
  private List<Meeting> @Nullable [] meetingsByKind;
  /** The agreements by kind, indexed on first use; {@code null} until then. */
  private List<Agreement> @Nullable [] agreementsByKind;
  /** The agreements naming no request, by kind (indexed by ordinal), built by {@link #agreementsFor}. */
  private List<Agreement> @Nullable [] agreementsForNoRequest;
  /** The first agreement naming no request signed by both sides, by kind and whether in writing; see {@link #firstSignedAgreementFor}. */
  private @Nullable Optional<Agreement> @Nullable [] signedNoRequest;
  /**
   * The known events that name a request, grouped by the request they name: the one per-request index
   * behind {@link #eventsFor}, {@link #meetingsFor}, {@link #agreementsFor}, {@link #receipts} and
   * {@link #decisions}, built on first use; {@code null} until then.
   */
  @Nullable private Map<String, RequestEvents> eventsByRequest;
  /** Results derived once per evaluation and shared by rules (see {@link #shared}). */
  @Nullable private Map<Object, Object> shared;
  /** Parties and participants by id, built on first use. */
  @Nullable private Map<String, Party> partiesById;
  @Nullable private Map<String, Participant> participantsById;

  private static final java.util.Comparator<CaseEvent> TIMELINE =
      java.util.Comparator.comparing(CaseEvent::at).thenComparing(CaseEvent::id);

  @SuppressWarnings("unchecked")
  private List<Request> requestsOfKind(RequestKind kind) {
    if (requestsByKind == null) {
      requestsByKind = (List<Request>[]) index(events(Request.class), RequestKind.values().length, r -> r.kind().ordinal());
    }
    return requestsByKind[kind.ordinal()];
  }

  @SuppressWarnings("unchecked")
  private List<Meeting> meetingsOfKind(MeetingKind kind) {
    if (meetingsByKind == null) {
      meetingsByKind = (List<Meeting>[]) index(events(Meeting.class), MeetingKind.values().length, m -> m.kind().ordinal());
    }
    return meetingsByKind[kind.ordinal()];
  }

  /** Splits events by an ordinal into unmodifiable lists, in timeline order (empty lists shared). */
  private static <T> List<?>[] index(List<T> all, int kinds, java.util.function.ToIntFunction<T> ordinal) {
    // one array: the kinds' lists while they are built, then their unmodifiable views
    @SuppressWarnings("unchecked")
    List<T>[] out = (List<T>[]) new List<?>[kinds];
    for (int i = 0, n = all.size(); i < n; i++) {
      T e = all.get(i);
      int k = ordinal.applyAsInt(e);
      if (out[k] == null) {
        out[k] = new ArrayList<>(2);
      }
      out[k].add(e);
    }
    for (int k = 0; k < kinds; k++) {
      out[k] = out[k] == null ? List.of() : Collections.unmodifiableList(out[k]);
    }
    return out;
  }

  /** How many sets of several kinds of requests or meetings an evaluation keeps the matches of. */
  private static final int KIND_SETS = 8;

  /** The sets of kinds asked for, as bit masks (meetings with bit 62), and their matches; null until used. */
  private long @Nullable [] kindSetMasks;
  private List<?> @Nullable [] kindSetMatches;
  private int kindSets;

  /**
   * Returns the requests or meetings of several kinds, computed once per set of kinds in an evaluation
   * (the rules ask for the same few sets, e.g. both kinds of due process complaint, again and again).
   */
  private List<?> ofKindsCached(Enum<?>[] kinds, boolean meetings) {
    long mask = meetings ? 1L << 62 : 0L;
    for (Enum<?> k : kinds) {
      if (k.ordinal() >= 62) {
        mask = -1L;
        break;
      }
      mask |= 1L << k.ordinal();
    }
    long[] masks = kindSetMasks;
    List<?>[] matches = kindSetMatches;
    if (mask != -1L && masks != null && matches != null) {
      for (int i = 0; i < kindSets; i++) {
        if (masks[i] == mask) {
          return matches[i];
        }
      }
    }
    List<?> out = meetings ? ofKinds(kinds, events(Meeting.class), Meeting::kind)
        : ofKinds(kinds, events(Request.class), Request::kind);
    if (mask != -1L && kindSets < KIND_SETS) {
      if (masks == null || matches == null) {
        masks = new long[KIND_SETS];
        matches = new List<?>[KIND_SETS];
        kindSetMasks = masks;
        kindSetMatches = matches;
      }
      masks[kindSets] = mask;
      matches[kindSets] = out;
      kindSets++;
    }
    return out;
  }

  /**
   * Returns the matches of {@code all} among several kinds (one kind is answered from the per-kind
   * index instead), in timeline order.
   */
  private static <T> List<T> ofKinds(Enum<?>[] kinds, List<T> all, java.util.function.Function<T, Enum<?>> kindOf) {
    List<T> out = null;
    for (int i = 0, n = all.size(); i < n; i++) {
      T e = all.get(i);
      Enum<?> k = kindOf.apply(e);
      for (Enum<?> w : kinds) {
        if (w == k) {
          if (out == null) {
            out = new ArrayList<>(4);
          }
          out.add(e);
          break;
        }
      }
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  // ---------------------------------------------------------------- the facts

  /**
   * Returns the case evaluated, whole: with the acts dated after the as-of date, which have not happened
   * yet on it. Rules read events through this context's look-ups or {@link #knownEvents()}.
   *
   * @return the case
   */
  public Case caseFile() {
    return theCase;
  }

  /**
   * Returns the events known on the as-of date, in timeline order: those dated on or before it, and the
   * meetings recorded as {@link Meeting.Status#SCHEDULED scheduled} whatever their date (a plan, which
   * stays checkable before it happens). An act dated after the as-of date has not happened yet: every
   * look-up of this context ({@link #events}, {@link #event}, {@link #requests}, {@link #meetings},
   * {@link #agreementsFor}, {@link #eventsFor}, ...) answers from these events only, so every rule treats
   * a later act alike, as not yet done. {@link #caseFile()} still returns the whole case; a rule that
   * reads events from it directly must use this list instead.
   *
   * @return the known events (unmodifiable)
   */
  public List<CaseEvent> knownEvents() {
    return known;
  }

  /**
   * Returns the events of a case known on a date (see {@link #knownEvents()}): the case's own list when
   * all are, else a copy without the acts dated after it. One comparison of instants per event: the
   * first instant of the day after the as-of date is computed once.
   */
  private static List<CaseEvent> known(List<CaseEvent> events, LocalDate asOf, DayCounter counter) {
    if (events.isEmpty() || asOf.equals(LocalDate.MAX)) {
      return events;
    }
    Instant after = asOf.plusDays(1).atStartOfDay(counter.zone()).toInstant();
    int firstLater = -1;
    for (int i = 0, n = events.size(); i < n; i++) {
      if (!events.get(i).at().isBefore(after)) {
        firstLater = i;
        break;
      }
    }
    if (firstLater < 0) {
      return events;
    }
    List<CaseEvent> out = new ArrayList<>(events.subList(0, firstLater));
    for (int i = firstLater, n = events.size(); i < n; i++) {
      CaseEvent e = events.get(i);
      if (e.at().isBefore(after) || (e instanceof Meeting m && m.status() == Meeting.Status.SCHEDULED)) {
        out.add(e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns whether the caller asked for the full trace ({@link EvaluationOptions#trace()}). Without
   * it the notes of a rule that checked everything are dropped; a rule that could not check everything
   * keeps its notes either way.
   *
   * @return true when the full trace is kept
   */
  public boolean tracing() {
    return tracing;
  }

  /**
   * Returns the date the evaluation speaks as of.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the jurisdiction's day counting (zone, business days, school days if supplied).
   *
   * @return the counter
   */
  public DayCounter counter() {
    return counter;
  }

  /**
   * Returns the jurisdiction's time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return counter.zone();
  }

  /**
   * Returns the local date of an instant in the jurisdiction's zone.
   *
   * @param instant the instant
   * @return its date
   */
  public LocalDate date(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    int i = knownIndex(instant);
    if (i >= 0) {
      // a known event's instant (or one equal to it, which has the same date): computed once per evaluation
      LocalDate d = knownDates[i];
      if (d == null) {
        d = counter.localDate(instant);
        knownDates[i] = d;
      }
      return d;
    }
    Map<Instant, LocalDate> others = otherDates;
    if (others == null) {
      others = new IdentityHashMap<>(4);
      otherDates = others;
    }
    LocalDate d = others.get(instant);
    if (d == null) {
      d = counter.localDate(instant);
      others.put(instant, d);
    }
    return d;
  }

  /**
   * Returns the place in {@link #known} of an event whose instant equals this one, or a negative number:
   * the last place found if it holds this very instant, otherwise a search of the epoch seconds and, among
   * the events of the same second, of the nanoseconds.
   */
  private int knownIndex(Instant instant) {
    Instant[] at = knownAt;
    int last = lastHit;
    if (last < at.length && at[last] == instant) {
      return last;
    }
    long seconds = instant.getEpochSecond();
    int i = Arrays.binarySearch(knownSeconds, seconds);
    if (i < 0) {
      return -1;
    }
    int nanos = instant.getNano();
    // the events of that second sit together; find one of them with the same nanoseconds
    int from = i;
    while (from > 0 && knownSeconds[from - 1] == seconds) {
      from--;
    }
    for (int j = from; j < at.length && knownSeconds[j] == seconds; j++) {
      if (at[j].getNano() == nanos) {
        lastHit = j;
        return j;
      }
    }
    return -1;
  }

  /**
   * Returns the local date of an event in the jurisdiction's zone.
   *
   * @param event the event
   * @return its date
   */
  public LocalDate date(CaseEvent event) {
    Objects.requireNonNull(event, "event");
    return date(event.at());
  }

  /**
   * Returns the events of a type, in timeline order.
   *
   * @param type the event type, e.g. {@code Meeting.class}
   * @param <T> the type
   * @return the events
   */
  @SuppressWarnings("unchecked")
  public <T extends CaseEvent> List<T> events(Class<T> type) {
    Objects.requireNonNull(type, "type");
    List<CaseEvent> events = ofType(type);
    return events == null ? List.of() : (List<T>) events;
  }

  /**
   * Returns the event with an id.
   *
   * @param id the id
   * @return the event, or empty
   */
  public Optional<CaseEvent> event(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the request with an id.
   *
   * @param id the id
   * @return the request, or empty when there is none or the id names another kind of event
   */
  public Optional<Request> request(String id) {
    Objects.requireNonNull(id, "id");
    CaseEvent e = byId.get(id);
    return e instanceof Request r ? Optional.of(r) : Optional.empty();
  }

  /**
   * Returns the requests of the given kinds, in timeline order.
   *
   * @param kinds the kinds
   * @return the requests (unmodifiable)
   */
  public List<Request> requests(RequestKind... kinds) {
    Objects.requireNonNull(kinds, "kinds");
    if (kinds.length == 1) {
      return requestsOfKind(kinds[0]);
    }
    @SuppressWarnings("unchecked")
    List<Request> out = (List<Request>) ofKindsCached(kinds, false);
    return out;
  }

  /**
   * Returns the meetings of the given kinds, in timeline order.
   *
   * @param kinds the kinds
   * @return the meetings (unmodifiable)
   */
  public List<Meeting> meetings(MeetingKind... kinds) {
    Objects.requireNonNull(kinds, "kinds");
    if (kinds.length == 1) {
      return meetingsOfKind(kinds[0]);
    }
    @SuppressWarnings("unchecked")
    List<Meeting> out = (List<Meeting>) ofKindsCached(kinds, true);
    return out;
  }

  /**
   * Returns the meetings held or scheduled for a request, of the given kinds, in timeline order.
   *
   * @param requestId the request's id
   * @param kinds the kinds
   * @return the meetings (unmodifiable)
   */
  public List<Meeting> meetingsFor(String requestId, MeetingKind... kinds) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(kinds, "kinds");
    List<Meeting> out = null;
    List<Meeting> forRequest = eventsFor(requestId, Meeting.class);
    for (int i = 0, n = forRequest.size(); i < n; i++) {
      Meeting m = forRequest.get(i);
      if (oneOf(m.kind(), kinds)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(m);
      }
    }
    return unmodifiable(out);
  }

  private static boolean oneOf(Enum<?> kind, Enum<?>[] kinds) {
    for (Enum<?> k : kinds) {
      if (k == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the agreements of a kind, in timeline order.
   *
   * @param kind the kind
   * @return the agreements (unmodifiable)
   */
  @SuppressWarnings("unchecked")
  public List<Agreement> agreements(AgreementKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (agreementsByKind == null) {
      agreementsByKind = (List<Agreement>[]) index(events(Agreement.class), AgreementKind.values().length,
          a -> a.kind().ordinal());
    }
    return agreementsByKind[kind.ordinal()];
  }

  /**
   * Returns the agreements of a kind that belong to a request, or that name no request, in timeline
   * order.
   *
   * @param requestId the request's id
   * @param kind the kind
   * @return the agreements (unmodifiable)
   */
  public List<Agreement> agreementsFor(String requestId, AgreementKind kind) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(kind, "kind");
    if (agreementsForNoRequest == null) {
      List<Agreement> general = new ArrayList<>();
      for (Agreement a : events(Agreement.class)) {
        if (a.request().isEmpty()) {
          general.add(a);
        }
      }
      @SuppressWarnings("unchecked")
      List<Agreement>[] byKind = (List<Agreement>[]) index(general, AgreementKind.values().length, a -> a.kind().ordinal());
      agreementsForNoRequest = byKind;
    }
    List<Agreement> own = eventsFor(requestId, Agreement.class);
    List<Agreement> general =
        Objects.requireNonNull(agreementsForNoRequest, "built above")[kind.ordinal()];
    // the request's own agreements of the kind, merged with those naming no request in timeline order; the
    // latter are indexed by kind once and shared (unmodifiable) when the request has none of its own, so
    // that asking for each of many requests costs its own agreements, not every agreement of the case
    List<Agreement> out = null;
    for (int i = 0, n = own.size(); i < n; i++) {
      if (own.get(i).kind() == kind) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(own.get(i));
      }
    }
    if (out == null) {
      return general;
    }
    if (general.isEmpty()) {
      return Collections.unmodifiableList(out);
    }
    List<Agreement> mine = out;
    out = new ArrayList<>(mine.size() + general.size());
    int i = 0;
    int j = 0;
    while (i < mine.size() || j < general.size()) {
      if (j >= general.size() || (i < mine.size() && TIMELINE.compare(mine.get(i), general.get(j)) <= 0)) {
        out.add(mine.get(i++));
      } else {
        out.add(general.get(j++));
      }
    }
    return unmodifiable(out);
  }

  /**
   * Returns the first agreement of a kind, in timeline order, that belongs to a request or names no
   * request and that is signed by both sides ({@link #signedByBothSides}) and, when asked, in writing: the
   * first that {@link #agreementsFor} would give and a rule would accept. The agreements naming no request
   * are filtered once per evaluation, so asking for each of many requests costs the request's own
   * agreements, not every agreement of the case (issue 13: 20,000 complaints among 20,000 agreements
   * signed by one side took 10 s, a rule scanning them for each complaint).
   *
   * @param requestId the request's id
   * @param kind the kind
   * @param inWritingOnly whether only an agreement in writing counts
   * @return the agreement, or empty
   */
  public Optional<Agreement> firstSignedAgreementFor(String requestId, AgreementKind kind, boolean inWritingOnly) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(kind, "kind");
    agreementsFor(requestId, kind); // builds the indexes
    Agreement own = null;
    for (Agreement a : eventsFor(requestId, Agreement.class)) {
      if (a.kind() == kind && (!inWritingOnly || a.inWriting()) && signedByBothSides(a)) {
        own = a;
        break;
      }
    }
    if (signedNoRequest == null) {
      @SuppressWarnings("unchecked")
      Optional<Agreement>[] firsts = (Optional<Agreement>[]) new Optional<?>[2 * AgreementKind.values().length];
      signedNoRequest = firsts;
    }
    int slot = 2 * kind.ordinal() + (inWritingOnly ? 1 : 0);
    @Nullable Optional<Agreement> general = signedNoRequest[slot];
    if (general == null) {
      general = Optional.empty();
      for (Agreement a : Objects.requireNonNull(agreementsForNoRequest, "built by agreementsFor")[kind.ordinal()]) {
        if ((!inWritingOnly || a.inWriting()) && signedByBothSides(a)) {
          general = Optional.of(a);
          break;
        }
      }
      signedNoRequest[slot] = general;
    }
    if (own == null) {
      return general;
    }
    return general.isPresent() && TIMELINE.compare(general.get(), own) < 0 ? general : Optional.of(own);
  }

  /**
   * Returns the events of a type that name a request in their {@code request} field (receipts,
   * meetings, agreements, decisions, extensions, withdrawals, replies, demands, appointments), in
   * timeline order. The events are grouped by request once per evaluation, so a rule that asks for
   * each request in turn reads the case once in all, not once per request.
   *
   * @param requestId the request's id
   * @param type the event type, e.g. {@code Withdrawal.class}
   * @param <T> the type
   * @return the events (unmodifiable)
   */
  public <T extends CaseEvent> List<T> eventsFor(String requestId, Class<T> type) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(type, "type");
    Map<String, RequestEvents> index = eventsByRequest;
    if (index == null) {
      index = new HashMap<>();
      List<CaseEvent> all = known;
      for (int i = 0, n = all.size(); i < n; i++) {
        CaseEvent e = all.get(i);
        String request = requestOf(e);
        if (request != null) {
          RequestEvents named = index.get(request);
          if (named == null) {
            named = new RequestEvents();
            index.put(request, named);
          }
          named.all.add(e);
        }
      }
      eventsByRequest = index;
    }
    RequestEvents named = index.get(requestId);
    return named == null ? List.of() : named.ofType(type);
  }

  /**
   * The known events naming one request, in timeline order, and their lists by type, each filtered once
   * per evaluation when first asked for (rules ask for the same request's extensions, withdrawals,
   * amendments and receipts clock after clock).
   */
  private static final class RequestEvents {
    /** How many lists by type are kept; a request is named by a handful of types of event. */
    private static final int TYPES = 8;

    final List<CaseEvent> all = new ArrayList<>(4);
    private final Class<?>[] types = new Class<?>[TYPES];
    private final List<?>[] ofTypes = new List<?>[TYPES];
    private int kept;

    @SuppressWarnings("unchecked")
    <T extends CaseEvent> List<T> ofType(Class<T> type) {
      for (int i = 0; i < kept; i++) {
        if (types[i] == type) {
          return (List<T>) ofTypes[i];
        }
      }
      List<T> out = null;
      for (int i = 0, n = all.size(); i < n; i++) {
        CaseEvent e = all.get(i);
        if (type.isInstance(e)) {
          if (out == null) {
            out = new ArrayList<>(2);
          }
          out.add(type.cast(e));
        }
      }
      List<T> list = unmodifiable(out);
      if (kept < TYPES) {
        types[kept] = type;
        ofTypes[kept] = list;
        kept++;
      }
      return list;
    }
  }

  /**
   * Returns the request an event names in its {@code request} field, as its {@link CaseEvent#references()}
   * do, without building them (a list and a reference per field): {@code null} for an event without the
   * field or with it empty. {@code RuleContextRequestOfTest} checks it against the references.
   */
  static @Nullable String requestOf(CaseEvent e) {
    if (e instanceof Receipt r) {
      return r.request();
    } else if (e instanceof Meeting m) {
      return m.request().orElse(null);
    } else if (e instanceof Reply r) {
      return r.request();
    } else if (e instanceof Agreement a) {
      return a.request().orElse(null);
    } else if (e instanceof Appointment a) {
      return a.request().orElse(null);
    } else if (e instanceof Decision d) {
      return d.request();
    } else if (e instanceof Demand d) {
      return d.request().orElse(null);
    } else if (e instanceof Extension x) {
      return x.request();
    } else if (e instanceof Withdrawal w) {
      return w.request();
    } else if (e instanceof CourtProceeding c) {
      return c.request();
    } else if (e instanceof Amendment a) {
      return a.request();
    } else if (e instanceof Notice n) {
      return n.request().orElse(null);
    }
    return null;
  }

  /**
   * Returns the receipts of a request, in timeline order.
   *
   * @param requestId the request's id
   * @return the receipts (unmodifiable)
   */
  public List<Receipt> receipts(String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return eventsFor(requestId, Receipt.class);
  }

  /**
   * Returns the event by which a request first reached a recipient: the request itself when it was
   * filed with that recipient, else the recipient's earliest receipt of it that is not a later
   * verification ({@link Receipt#arrivalOf}). Rules name this event as the trigger of a clock counted
   * from receipt.
   *
   * <p>A receipt dated before the request it receives cannot be true: it is never the arrival (a clock
   * counted from it would end before the request existed). When the running rule meets one, it reports
   * a {@link FindingKind#WARNING} naming the request and the receipt (once per rule and receipt) and
   * looks at the later receipts.
   *
   * @param request the request
   * @param recipient the recipient
   * @return the request or the receipt, or empty when the case does not say
   */
  public Optional<CaseEvent> arrival(Request request, Recipient recipient) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(recipient, "recipient");
    if (request.filedWith() == recipient) {
      return Optional.of(request);
    }
    String requestId = request.id();
    List<Receipt> ofRequest = receipts(requestId);
    for (int i = 0, n = ofRequest.size(); i < n; i++) {
      Receipt r = ofRequest.get(i);
      if (r.arrivalOf(request, recipient)) {
        return Optional.of(r);
      }
      if (r.brings(requestId, recipient) && current != null && firstReport(r.id())) {
        new FindingDraft(current, "RECEIPT.before_request").date("received", date(r)).date("made", date(request))
            .kind(FindingKind.WARNING).events(requestId, r.id()).report();
      }
    }
    return Optional.empty();
  }

  /** Records an impossible receipt as reported by the running rule; true the first time. */
  private boolean firstReport(String receiptId) {
    Set<String> reported = impossibleReported;
    if (reported == null) {
      reported = new HashSet<>(4);
      impossibleReported = reported;
    }
    return reported.add(receiptId);
  }

  /** Records an extension as judged by the running rule; true the first time. */
  private boolean firstJudgement(String extensionId) {
    Set<String> judged = judgedExtensions;
    if (judged == null) {
      judged = new HashSet<>(4);
      judgedExtensions = judged;
    }
    return judged.add(extensionId);
  }

  /**
   * Returns when a recipient first had a request: the instant of its {@link #arrival}.
   *
   * @param request the request
   * @param recipient the recipient
   * @return the instant, or empty when the case does not say
   */
  public Optional<Instant> receivedBy(Request request, Recipient recipient) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(recipient, "recipient");
    return arrival(request, recipient).map(CaseEvent::at);
  }

  /**
   * Returns the decisions of a kind on a request, in timeline order.
   *
   * @param requestId the request's id
   * @param kind the kind
   * @return the decisions (unmodifiable)
   */
  public List<Decision> decisions(String requestId, DecisionKind kind) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(kind, "kind");
    List<Decision> out = null;
    List<Decision> ofRequest = eventsFor(requestId, Decision.class);
    for (int i = 0, n = ofRequest.size(); i < n; i++) {
      Decision d = ofRequest.get(i);
      if (d.kind() == kind) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(d);
      }
    }
    return unmodifiable(out);
  }

  private static <T> List<T> unmodifiable(@Nullable List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /**
   * Returns the first event of a list, if any.
   *
   * @param events the events
   * @param <T> the type
   * @return the first, or empty
   */
  public static <T> Optional<T> first(List<T> events) {
    return Objects.requireNonNull(events, "events").isEmpty() ? Optional.empty() : Optional.of(events.get(0));
  }

  /**
   * Returns the party with an id.
   *
   * @param id the id
   * @return the party, or empty
   */
  public Optional<Party> party(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(partyOrNull(id));
  }

  /** The party with an id, or {@code null}: {@link #party} without an {@code Optional}. */
  private @Nullable Party partyOrNull(String id) {
    Map<String, Party> byId = partiesById;
    if (byId == null) {
      byId = byFirstId(theCase.parties(), Party::id);
      partiesById = byId;
    }
    return byId.get(id);
  }

  /**
   * Returns the participant with an id.
   *
   * @param id the id
   * @return the participant, or empty
   */
  public Optional<Participant> participant(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(participantOrNull(id));
  }

  /** The participant with an id, or {@code null}: {@link #participant} without an {@code Optional}. */
  private @Nullable Participant participantOrNull(String id) {
    Map<String, Participant> byId = participantsById;
    if (byId == null) {
      byId = byFirstId(theCase.participants(), Participant::id);
      participantsById = byId;
    }
    return byId.get(id);
  }

  /** The items by id, the first of each id winning (made once per evaluation, on first use). */
  private static <T> Map<String, T> byFirstId(List<T> items, java.util.function.Function<? super T, String> id) {
    Map<String, T> byId = new HashMap<>(items.size() * 4 / 3 + 2);
    for (int i = 0, n = items.size(); i < n; i++) {
      byId.putIfAbsent(id.apply(items.get(i)), items.get(i));
    }
    return byId;
  }

  /**
   * Returns a value derived from the case once per evaluation and shared by every rule that asks for
   * it: an index a family of rules needs (say, every complaint's resolution period), computed by the
   * first rule that asks and reused by the others, so that each rule's look-ups stay linear in the size
   * of the case. The key is the value's class, which should be private to the class that computes it
   * (so that nobody else can collide with it); the value must be immutable, or at least never changed
   * after it is returned.
   *
   * @param type the class of the value, which is also its key
   * @param compute computes the value from this context when it is first asked for
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException if {@code compute} returns null
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public <T> T shared(Class<T> type, java.util.function.Function<? super RuleContext, ? extends T> compute) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(compute, "compute");
    if (shared == null) {
      shared = new HashMap<>(4);
    }
    Object value = shared.get(type);
    if (value == null) {
      value = Objects.requireNonNull(compute.apply(this), "the value computed for " + type.getName());
      shared.put(type, value);
    }
    return type.cast(value);
  }

  /**
   * Returns the side a person (party or participant) is on: a party's own side, or the side a
   * participant acts for; empty for a neutral.
   *
   * @param personId the id
   * @return the side, or empty
   */
  public Optional<Side> sideOf(String personId) {
    Objects.requireNonNull(personId, "personId");
    Party p = partyOrNull(personId);
    if (p != null) {
      return Optional.of(p.side());
    }
    Participant q = participantOrNull(personId);
    return q == null ? Optional.empty() : q.actsFor();
  }

  /**
   * Returns whether parties of both sides signed an agreement.
   *
   * @param agreement the agreement
   * @return true when a family-side party and an agency-side party are among its signatories
   */
  public boolean signedByBothSides(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    boolean family = false;
    boolean agency = false;
    for (String s : agreement.signatories()) {
      Party p = partyOrNull(s);
      if (p != null) {
        family |= p.side() == Side.FAMILY;
        agency |= p.side() == Side.AGENCY;
      }
    }
    return family && agency;
  }

  /**
   * Returns the attendees of a meeting who are participants in a role.
   *
   * @param meeting the meeting
   * @param role the role
   * @return the participants, in the meeting's order
   */
  public List<Participant> attendees(Meeting meeting, ParticipantRole role) {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(role, "role");
    List<Participant> out = new ArrayList<>();
    for (String id : meeting.attendees()) {
      Participant p = participantOrNull(id);
      if (p != null && p.role() == role) {
        out.add(p);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- reporting

  /**
   * Starts a finding of the running rule, of the rule's own kind and resting on its primary citation
   * unless the draft says otherwise; finish it with {@link FindingDraft#report()}.
   *
   * <pre>{@code
   * ctx.finding("missed").date("due", due).date("received", day0).events(complaint.id()).report();
   * }</pre>
   *
   * @param key the key's last part: the finding's key is the rule's id, a dot and this part, and the
   *     rule's catalog ({@link RuleDescriptor#messages()}) holds its wording in every language
   * @return a draft to fill in
   */
  public FindingDraft finding(String key) {
    Objects.requireNonNull(key, "key");
    RuleDescriptor d = current();
    return new FindingDraft(d, d.key(key));
  }

  /**
   * Starts a finding of the running rule worded under another rule's id: for a rule whose behaviour
   * other rules reuse (a state rule that delegates to the federal one, or extends it), so that the
   * wording keeps one key wherever it is reported. The running rule's catalog must reach the owner's
   * (every catalog has core's behind it).
   *
   * @param owner the rule whose key the wording is under
   * @param key the key's last part
   * @return a draft to fill in
   */
  public FindingDraft finding(RuleId owner, String key) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(key, "key");
    RuleDescriptor d = current();
    return new FindingDraft(d, d.key(owner, key));
  }

  /**
   * Starts a phrase of the running rule: a part of a finding's or a deadline's wording that has facts
   * of its own (one missing element of a complaint, one reason), set on the finding with
   * {@link FactsDraft#part} or {@link FactsDraft#parts}.
   *
   * @param key the key's last part, as for {@link #finding(String)}
   * @return a message builder
   */
  public Message.Builder phrase(String key) {
    Objects.requireNonNull(key, "key");
    RuleDescriptor d = current();
    return Message.builder(d.messages(), d.key(key));
  }

  /**
   * Starts a phrase worded under another rule's id (see {@link #finding(RuleId, String)}).
   *
   * @param owner the rule whose key the wording is under
   * @param key the key's last part
   * @return a message builder
   */
  public Message.Builder phrase(RuleId owner, String key) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(key, "key");
    RuleDescriptor d = current();
    return Message.builder(d.messages(), d.key(owner, key));
  }

  /**
   * Starts a deadline of the running rule; finish it with {@link DeadlineDraft#report()}.
   *
   * @param key the key's last part of what must be done (e.g. {@code deadline}, worded "convene the
   *     resolution meeting" in the rule's catalog); the full key is the rule's id, a dot and this part
   * @return a draft to complete
   */
  public DeadlineDraft deadline(String key) {
    Objects.requireNonNull(key, "key");
    RuleDescriptor d = current();
    return new DeadlineDraft(d.id(), d.key(key), null);
  }

  /**
   * Starts a deadline worded under another rule's id (see {@link #finding(RuleId, String)}).
   *
   * @param owner the rule whose key the wording is under
   * @param key the key's last part
   * @return a draft to complete
   */
  public DeadlineDraft deadline(RuleId owner, String key) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(key, "key");
    return new DeadlineDraft(owner, current().key(owner, key), null);
  }

  /**
   * Starts a deadline on a declared {@link Clock}: the draft knows the clock's period, direction and
   * last-day rule, computes the due date from the trigger, and applies the clock's standard exceptions
   * (withdrawal, amendment, extensions) for the request named with
   * {@link DeadlineDraft#concerning(Request)}. The deadline is worded under the running rule's id and the
   * clock's {@link Clock#name()}.
   *
   * @param clock the clock
   * @return a draft to complete
   */
  public DeadlineDraft clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    RuleDescriptor d = current();
    return new DeadlineDraft(d.id(), d.key(clock.name()), clock);
  }

  /**
   * Starts a deadline on a declared {@link Clock} of another rule: a state rule that shapes a federal
   * clock (its day 0, its trigger) and lists that rule in {@link RuleDescriptor#replaces()} reports the
   * deadline under the federal rule's id, naming itself in {@link Deadline#shapedBy()}; otherwise the
   * owner only chooses the wording, as {@link #deadline(RuleId, String)}.
   *
   * @param owner the rule whose clock and wording it is
   * @param clock the clock
   * @return a draft to complete
   */
  public DeadlineDraft clock(RuleId owner, Clock clock) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(clock, "clock");
    return new DeadlineDraft(owner, current().key(owner, clock.name()), clock);
  }

  /**
   * Returns the amendments of a due process complaint known on the as-of date, in timeline order.
   *
   * @param complaint the complaint
   * @return its amendments
   */
  public List<Amendment> amendments(Request complaint) {
    Objects.requireNonNull(complaint, "complaint");
    return eventsFor(complaint.id(), Amendment.class);
  }

  /**
   * Returns whether an amendment of a due process complaint takes effect (34 CFR 300.508(d)(3)): the
   * other party consented in writing, or the hearing officer granted permission not later than five days
   * before the due process hearing begins (the first hearing of the complaint held or scheduled, if the
   * case records one; the permission's date is {@link Amendment#grantedAt()}, else the amendment's).
   * Only an amendment that takes effect restarts the complaint's timelines (300.508(d)(4)).
   *
   * @param amendment the amendment
   * @return true when it takes effect
   */
  public boolean amendmentTakesEffect(Amendment amendment) {
    Objects.requireNonNull(amendment, "amendment");
    return switch (amendment.basis()) {
      case WRITTEN_CONSENT -> true;
      case NONE -> false;
      case HEARING_OFFICER_PERMISSION -> permissionInTime(amendment);
    };
  }

  /**
   * Returns the latest day on which a hearing officer may permit an amendment of a complaint: five days
   * before its first hearing (held or scheduled), if the case records one.
   *
   * @param complaint the complaint
   * @return the last day for permission, or empty when no hearing is recorded
   */
  public Optional<LocalDate> lastDayForPermission(Request complaint) {
    Objects.requireNonNull(complaint, "complaint");
    LocalDate first = null;
    for (Meeting m : meetingsFor(complaint.id(), MeetingKind.HEARING, MeetingKind.EXPEDITED_HEARING)) {
      if (m.status() != Meeting.Status.CANCELLED) {
        LocalDate d = date(m);
        first = first == null || d.isBefore(first) ? d : first;
      }
    }
    return Optional.ofNullable(first).map(d -> d.minusDays(5));
  }

  private boolean permissionInTime(Amendment amendment) {
    Optional<Request> complaint = request(amendment.request());
    LocalDate granted = amendment.grantedAt().map(this::date).orElseGet(() -> date(amendment));
    Optional<LocalDate> firstHearing = complaint.flatMap(this::lastDayForPermission).map(d -> d.plusDays(5));
    return amendmentTakesEffect(amendment.basis(), granted, firstHearing);
  }

  /**
   * Returns whether an amendment on a basis takes effect (34 CFR 300.508(d)(3)): always with the other
   * party's written consent, never without consent or permission, and with the hearing officer's
   * permission when it was granted not later than five (calendar) days before the hearing begins.
   *
   * @param basis the amendment's basis
   * @param granted the day the consent was given or the permission granted
   * @param firstHearing the day the complaint's hearing begins, if the case records one
   * @return true when the amendment takes effect
   */
  public static boolean amendmentTakesEffect(Amendment.Basis basis, LocalDate granted, Optional<LocalDate> firstHearing) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(firstHearing, "firstHearing");
    return switch (basis) {
      case WRITTEN_CONSENT -> true;
      case NONE -> false;
      case HEARING_OFFICER_PERMISSION -> firstHearing.map(h -> !granted.isAfter(h.minusDays(5))).orElse(true);
    };
  }

  /**
   * Adds a note to the running rule's trace entry.
   *
   * @param note what the rule assumed or could not decide
   */
  public void note(String note) {
    Objects.requireNonNull(note, "note");
    current();
    currentNotes.add(note);
  }

  /**
   * Adds a note to the running rule's trace entry, written only if the entry is kept: a note whose
   * wording costs something to build (a rendered message, a list of dates) costs nothing when the caller
   * did not ask for the trace ({@link #tracing()}) and the rule checked everything.
   *
   * @param note supplies the note; called at most once, after the rule ends, and must not return null
   */
  public void note(java.util.function.Supplier<String> note) {
    Objects.requireNonNull(note, "note");
    current();
    currentNotes.add(note);
  }

  /**
   * Marks the running rule as unable to decide everything, with the reason.
   *
   * @param reason what was missing
   */
  public void incomplete(String reason) {
    Objects.requireNonNull(reason, "reason");
    note(reason);
    currentIncomplete = true;
  }

  /**
   * Records that the running rule rests on an event, keeping the first mention's place (what a
   * {@code LinkedHashSet} did, without its entry objects; a rule names a handful of events).
   */
  private void rests(String eventId) {
    List<String> ids = currentEvents;
    int n = ids.size();
    if (n >= 16) {
      // many events: index them rather than scan (a case with hundreds of events stays linear)
      if (currentEventSet == null) {
        currentEventSet = new HashSet<>(ids);
      }
      if (currentEventSet.add(eventId)) {
        ids.add(eventId);
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      if (ids.get(i).equals(eventId)) {
        return;
      }
    }
    ids.add(eventId);
  }

  /** How many acts a note on a rule's period in force lists at most. */
  private static final int NOT_GOVERNED_LISTED = 20;

  /**
   * Returns whether the running rule governs an act or trigger of a date; records it when not. Always
   * true when the rule's period in force covers the whole case.
   */
  private boolean governs(@Nullable String eventId, LocalDate date) {
    Rule g = governing;
    if (g == null || g.governs(date)) {
      return true;
    }
    Map<String, LocalDate> outside = notGoverned;
    if (outside == null) {
      outside = new java.util.LinkedHashMap<>();
      notGoverned = outside;
    }
    outside.putIfAbsent(eventId == null ? "(no event)" : eventId, date);
    return false;
  }

  /** The date that decides which rule governs a finding: its first event's, or the as-of date. */
  private LocalDate actDate(String[] eventIds) {
    if (eventIds.length > 0) {
      CaseEvent e = byId.get(eventIds[0]);
      if (e != null) {
        return date(e);
      }
    }
    return asOf;
  }

  private RuleDescriptor current() {
    if (current == null) {
      throw new IllegalStateException("no rule is running in this context");
    }
    return current;
  }

  // ---------------------------------------------------------------- engine side

  /**
   * Returns whether the known events include one of the types, or a request of one of the kinds: whether
   * a rule that declares them ({@link RuleDescriptor#reads()}) has anything to check.
   */
  boolean knowsAny(Class<?>[] types, RequestKind[] kinds) {
    return knowsAny(typeMask(types), unnumbered(types), kinds);
  }

  /**
   * Returns {@link #knowsAny(Class[], RequestKind[])} for types given as the bits of the numbered ones
   * ({@link #typeMask}) and the others ({@link #unnumbered}), computed once per rule by the jurisdiction.
   */
  boolean knowsAny(int typeMask, Class<?>[] otherTypes, RequestKind[] kinds) {
    if ((presentTypes & typeMask) != 0) {
      return true;
    }
    for (Class<?> t : otherTypes) {
      if (ofType(t) != null) {
        return true;
      }
    }
    if (kinds.length > 0 && ofType(Request.class) != null) {
      for (RequestKind k : kinds) {
        if (!requestsOfKind(k).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  void begin(RuleDescriptor descriptor) {
    begin(descriptor, null);
  }

  /**
   * Starts a rule. With {@code governing} (a rule whose period in force begins or ends inside the case),
   * only the findings and deadlines the rule {@link Rule#governs governs} are kept: a finding by the date
   * of the first event it names (the act judged, or the trigger of its clock), a deadline by its trigger
   * date; the others are left to the rules in force on their dates and listed in a note.
   */
  void begin(RuleDescriptor descriptor, @Nullable Rule governing) {
    current = descriptor;
    this.governing = governing;
    notGoverned = null;
    currentEvents.clear();
    currentEventSet = null;
    currentNotes.clear();
    impossibleReported = null;
    judgedExtensions = null;
    currentIncomplete = false;
    currentFindings = 0;
    currentDeadlines = 0;
  }

  /**
   * Ends the running rule and returns its trace entry: {@code quiet} itself when the rule reported
   * nothing, noted nothing and rested on no event (most rules on most cases), so that no entry is
   * built; else a new entry. Without the full trace, {@code null} unless the rule was incomplete.
   */
  @Nullable TraceEntry end(TraceEntry quiet) {
    if (!tracing && !currentIncomplete) {
      // no trace asked for, and the rule checked everything: no entry, and no note to write
      governing = null;
      current = null;
      return null;
    }
    Rule g = governing;
    if (g != null) {
      StringBuilder note = new StringBuilder("in force ").append(g.descriptor().inForce())
          .append(", a period that begins or ends inside the case: this rule judged only the acts and clocks"
              + " dated in it");
      Map<String, LocalDate> outside = notGoverned;
      if (outside == null || outside.isEmpty()) {
        note.append("; every act it spoke to lies in it");
      } else {
        note.append("; not judged by it, being dated outside it: ");
        int listed = 0;
        for (Map.Entry<String, LocalDate> e : outside.entrySet()) {
          if (listed == NOT_GOVERNED_LISTED) {
            note.append(", ... and ").append(outside.size() - listed).append(" more");
            break;
          }
          note.append(listed == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(')');
          listed++;
        }
      }
      currentNotes.add(note.toString());
      governing = null;
    }
    TraceEntry entry;
    if (currentEvents.isEmpty() && currentNotes.isEmpty() && !currentIncomplete && currentFindings == 0
        && currentDeadlines == 0) {
      entry = quiet;
    } else {
      entry = ImmutableTraceEntry.of(current().id(),
          currentIncomplete ? TraceEntry.Outcome.INCOMPLETE : TraceEntry.Outcome.RAN,
          currentEvents, currentFindings, currentDeadlines, notes());
    }
    current = null;
    return entry;
  }

  /** The running rule's notes, written. */
  private List<String> notes() {
    List<String> out = new ArrayList<>(currentNotes.size());
    for (int i = 0, size = currentNotes.size(); i < size; i++) {
      Object n = currentNotes.get(i);
      if (n instanceof String text) {
        out.add(text);
      } else {
        @SuppressWarnings("unchecked")
        java.util.function.Supplier<String> lazy = (java.util.function.Supplier<String>) n;
        out.add(Objects.requireNonNull(lazy.get(), "a note supplied null"));
      }
    }
    return out;
  }

  List<Finding> findings() {
    return findings;
  }

  List<Deadline> deadlines() {
    return deadlines;
  }

  /**
   * A finding being described by a rule: its facts (the typed setters of {@link FactsDraft}), the
   * events it rests on, and optionally a kind other than the rule's and the citation it rests on.
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public final class FindingDraft extends FactsDraft<FindingDraft> {
    private final RuleDescriptor rule;
    private final String key;
    /** The facts given; {@code null} until the first. */
    private Facts.@Nullable Builder facts;
    private FindingKind kind;
    private Citation citation;
    private String[] events = new String[0];

    private FindingDraft(RuleDescriptor rule, String key) {
      this.rule = rule;
      this.key = key;
      this.kind = rule.kind();
      this.citation = rule.citation();
    }

    @Override
    protected FindingDraft put(String name, Object value) {
      Facts.Builder given = facts;
      if (given == null) {
        given = Facts.builder();
        facts = given;
      }
      given.put(name, value);
      return this;
    }

    /**
     * Sets an instant as a time in the jurisdiction's zone.
     *
     * @param name the fact's name
     * @param instant the instant
     * @return this draft
     */
    public FindingDraft time(String name, Instant instant) {
      return time(name, Objects.requireNonNull(instant, "instant").atZone(zone()));
    }

    /**
     * Sets the kind, when it is not the rule's own (a warning from a rule of violations).
     *
     * @param k the kind
     * @return this draft
     */
    public FindingDraft kind(FindingKind k) {
      this.kind = Objects.requireNonNull(k, "kind");
      return this;
    }

    /**
     * Sets the citation the finding rests on, when it is not the rule's primary citation. The finding's
     * kind is then at most what that citation allows ({@link KindPolicy#strongest(Citation)}): a
     * finding that rests on an article's figure is a warning even in a rule of violations.
     *
     * @param c the citation
     * @return this draft
     */
    public FindingDraft citing(Citation c) {
      Objects.requireNonNull(c, "citation");
      if (!rule.citations().contains(c)) {
        throw new IllegalArgumentException("finding '" + key + "' cites a source that is not one of rule " + rule.id()
            + "'s citations (" + c.document() + " " + c.section() + "); add it to the rule's descriptor");
      }
      this.citation = c;
      return this;
    }

    /**
     * Sets the ids of the events the finding rests on. The array is read again when the finding is
     * reported (the finding keeps a copy): do not change it in between.
     *
     * @param eventIds the ids
     * @return this draft
     */
    public FindingDraft events(String... eventIds) {
      Objects.requireNonNull(eventIds, "eventIds");
      for (int i = 0; i < eventIds.length; i++) {
        Objects.requireNonNull(eventIds[i], "eventIds element");
      }
      this.events = eventIds;
      return this;
    }

    /**
     * Sets the ids of the events the finding rests on.
     *
     * @param eventIds the ids
     * @return this draft
     */
    public FindingDraft events(List<String> eventIds) {
      return events(Objects.requireNonNull(eventIds, "eventIds").toArray(String[]::new));
    }

    /**
     * Records the finding, unless the running rule does not govern the act it judges (its first event;
     * see {@link Rule#governs}): the finding is then returned but not kept, and the trace names it.
     *
     * @return the finding
     * @throws IllegalStateException if the rule that started the draft is no longer running
     */
    public Finding report() {
      if (current() != rule) {
        throw new IllegalStateException("finding '" + key + "' reported after its rule " + rule.id() + " ended");
      }
      Message statement = Message.of(rule.messages(), key, facts == null ? Facts.none() : facts.build());
      // the kind follows the citation the finding rests on: never stronger than that source allows
      FindingKind allowed = KindPolicy.strongest(citation);
      if (KindPolicy.atMost(rule.kind(), allowed)) {
        allowed = rule.kind();
      }
      // and never stronger than the rule's own kind (the catalogue's bound)
      FindingKind kind = KindPolicy.atMost(this.kind, allowed) ? this.kind : allowed;
      if (governing != null && !governs(events.length > 0 ? events[0] : null, actDate(events))) {
        return ImmutableFinding.of(rule.id(), kind, statement, citation, Arrays.asList(events));
      }
      for (int i = 0; i < events.length; i++) {
        rests(events[i]);
      }
      currentFindings++;
      Finding f = ImmutableFinding.of(rule.id(), kind, statement, citation, Arrays.asList(events));
      findings.add(f);
      return f;
    }
  }

  /**
   * A deadline being described by a rule. Set the trigger, the period and the window (or the due
   * date), then the act that satisfies it if there is one, and {@link #report()} it.
   *
   * <p>Experimental: it grows into the one clock model (trigger, satisfying act, extensions and
   * excuses declared, not hand-coded), and its methods may change in a minor version.
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public final class DeadlineDraft extends FactsDraft<DeadlineDraft> {
    private final RuleId owner;
    private final String description;
    @Nullable private final Clock clock;
    /** The facts given; {@code null} until the first. */
    private Facts.@Nullable Builder facts;
    @Nullable private String trigger;
    @Nullable private LocalDate triggerDate;
    @Nullable private DayPeriod period;
    @Nullable private DateWindow window;
    @Nullable private LocalDate opensOn;
    private LastDayRule lastDayRule = LastDayRule.AS_COUNTED;
    /** The events that may do the act, in timeline order; the first in a window's reach is the act. */
    /** The candidate acts; shared and empty until one is set. */
    private List<Act> acts = List.of();
    @Nullable private Request concerning;
    @Nullable private NotApplicable notApplicable;
    @Nullable private Citation citation;
    /** The changes of the clock; shared and empty until one is added. */
    private List<ClockChange> changes = List.of();

    /** An event that does the act, with its date. */
    private record Act(String id, LocalDate date, @Nullable Instant at) {}

    private DeadlineDraft(RuleId owner, String description, @Nullable Clock clock) {
      this.owner = owner;
      this.description = description;
      this.clock = clock;
      if (clock != null) {
        this.period = clock.period();
        this.lastDayRule = clock.lastDayRule();
      }
    }

    @Override
    protected DeadlineDraft put(String name, Object value) {
      Facts.Builder given = facts;
      if (given == null) {
        given = Facts.builder();
        facts = given;
      }
      given.put(name, value);
      return this;
    }

    /**
     * Sets the event that starts the clock and its date (day 0).
     *
     * @param eventId the trigger event's id
     * @param date the trigger date
     * @return this draft
     */
    public DeadlineDraft trigger(String eventId, LocalDate date) {
      this.trigger = Objects.requireNonNull(eventId, "eventId");
      this.triggerDate = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the event that starts the clock; day 0 is its local date.
     *
     * @param event the trigger event
     * @return this draft
     */
    public DeadlineDraft trigger(CaseEvent event) {
      return trigger(event.id(), RuleContext.this.date(event));
    }

    /**
     * Sets the number and kind of days counted.
     *
     * @param p the period
     * @return this draft
     */
    public DeadlineDraft period(DayPeriod p) {
      this.period = Objects.requireNonNull(p, "period");
      return this;
    }

    /**
     * Names the rule by which the period's last day was found (a statute's own computation of time, such
     * as Missouri's {@link LastDayRule#RSMO_1_040}); the due date or window given must already be its
     * result. Defaults to {@link LastDayRule#AS_COUNTED}.
     *
     * @param rule the last-day rule
     * @return this draft
     */
    public DeadlineDraft lastDayRule(LastDayRule rule) {
      this.lastDayRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the lawful window.
     *
     * @param w the window
     * @return this draft
     * @throws IllegalStateException if an opening day was set (use {@link #due(LocalDate)} with it)
     * @throws InvalidInputException if the window has no last day (a deadline's window ends on its due
     *     date)
     */
    public DeadlineDraft window(DateWindow w) {
      Objects.requireNonNull(w, "window");
      if (w.latest().isEmpty()) {
        throw new InvalidInputException("window", w, "a window with a last day (the due date)");
      }
      if (opensOn != null) {
        throw new IllegalStateException("deadline '" + description + "': a whole window cannot be combined with an"
            + " opening day; use due(...)");
      }
      this.window = w;
      return this;
    }

    /**
     * Opens the window before day 0, for an act that answers something earlier than the trigger: a
     * district may hold the resolution meeting after the complaint was filed but before the receipt the
     * case records, a state agency may decide a complaint received after hours before its filing date.
     * Such an act is early, not late. The limit is the day the act's subject came into being (the
     * complaint's date); an act before it is still outside the window. Has no effect when the day is not
     * before the trigger date, nor on a window counted backward (a due date before the opening day).
     * Call after {@link #trigger} and before {@link #due(LocalDate)}; {@link #window(DateWindow)} sets
     * the window whole and cannot be combined with it.
     *
     * @param day the first day on which the act can answer its subject
     * @return this draft
     * @throws IllegalStateException if the window was already set
     */
    public DeadlineDraft opensOn(LocalDate day) {
      Objects.requireNonNull(day, "day");
      if (window != null) {
        throw new IllegalStateException("deadline '" + description + "': set the opening day before the due date");
      }
      this.opensOn = day;
      return this;
    }

    /**
     * Sets the window from the trigger date (or the earlier {@link #opensOn(LocalDate) opening day}) to
     * a due date, or a window open at its start (every day up to the due date) for a deadline counted
     * backward.
     *
     * @param due the last lawful day
     * @return this draft
     */
    public DeadlineDraft due(LocalDate due) {
      Objects.requireNonNull(due, "due");
      if (triggerDate == null) {
        throw new IllegalStateException("set the trigger before the due date");
      }
      LocalDate start = opensOn != null && opensOn.isBefore(triggerDate) ? opensOn : triggerDate;
      this.window = due.isBefore(start) ? DateWindow.onOrBefore(due) : DateWindow.of(start, due);
      return this;
    }

    /**
     * Sets the event that did the act, and the date it was done.
     *
     * @param eventId the event's id
     * @param date the date the act was done
     * @return this draft
     */
    public DeadlineDraft satisfiedBy(String eventId, LocalDate date) {
      acts = List.of(new Act(Objects.requireNonNull(eventId, "eventId"), Objects.requireNonNull(date, "date"), null));
      return this;
    }

    /**
     * Sets the event that did the act, if there is one; its local date is the date of the act.
     *
     * @param event the event, or null / empty when the act was not done
     * @return this draft
     */
    public DeadlineDraft satisfiedBy(@Nullable CaseEvent event) {
      if (event != null) {
        acts = List.of(new Act(event.id(), RuleContext.this.date(event), event.at()));
      }
      return this;
    }

    /**
     * Sets the event that did the act, if there is one.
     *
     * @param event the event
     * @return this draft
     */
    public DeadlineDraft satisfiedBy(Optional<? extends CaseEvent> event) {
      return satisfiedBy(event.orElse(null));
    }

    /**
     * Sets the events that may do the act, in timeline order: the act is the first of them, and after a
     * restart (an amended complaint) the first on or after the restart. Use it for a clock that
     * {@link Clock#restartsOnAmendment() restarts}, so that a meeting held before the amendment does not
     * answer the amended complaint.
     *
     * @param events the candidate acts
     * @return this draft
     */
    public DeadlineDraft satisfiedByFirstOf(List<? extends CaseEvent> events) {
      Objects.requireNonNull(events, "events");
      List<Act> candidates = new ArrayList<>(events.size());
      for (CaseEvent e : events) {
        candidates.add(new Act(e.id(), RuleContext.this.date(e), e.at()));
      }
      acts = candidates;
      return this;
    }

    /**
     * Names the request whose withdrawal, amendments and extensions move this clock, as its
     * {@link Clock} declares; without it (or without a clock) none is read.
     *
     * @param request the request
     * @return this draft
     */
    public DeadlineDraft concerning(Request request) {
      this.concerning = Objects.requireNonNull(request, "request");
      return this;
    }

    /**
     * Marks the clock as no longer applying: the deadline is still reported, with status
     * {@link DeadlineStatus#NOT_APPLICABLE} and the reason, instead of disappearing.
     *
     * @param reason why
     * @param eventId the event that made it so
     * @return this draft
     */
    public DeadlineDraft notApplicable(NotApplicable.Reason reason, String eventId) {
      this.notApplicable = NotApplicable.of(reason, eventId);
      return this;
    }

    /**
     * Records something that moved the clock and that the rule applied itself (a 300.510(c) event, a
     * parent's non-participation).
     *
     * @param kind what the event did
     * @param eventId the event
     * @param date its date
     * @return this draft
     */
    public DeadlineDraft changedBy(ClockChange.Kind kind, String eventId, LocalDate date) {
      if (changes.isEmpty()) {
        changes = new ArrayList<>(2);
      }
      changes.add(new ClockChange(kind, eventId, date));
      return this;
    }

    /**
     * Sets the citation the deadline carries, one of the running rule's citations (a state rule that
     * shapes a federal clock cites the federal paragraph). Defaults to the rule's primary citation.
     *
     * @param c the citation
     * @return this draft
     * @throws IllegalArgumentException if the citation is not one of the rule's
     */
    public DeadlineDraft citing(Citation c) {
      Objects.requireNonNull(c, "c");
      if (!current().citations().contains(c)) {
        throw new IllegalArgumentException("deadline '" + description + "': " + c.section() + " is not a citation of "
            + current().id());
      }
      this.citation = c;
      return this;
    }

    private void requireCovered(RuleDescriptor d, String from, LocalDate day) {
      BusinessCalendar cal = counter.businessCalendar();
      LocalDate first = LocalDate.of(cal.firstYear(), 1, 1);
      LocalDate last = LocalDate.of(cal.lastYear(), 12, 31);
      if (day.isBefore(first) || day.isAfter(last)) {
        throw new CalendarRangeException(cal.name(), "the deadline '" + description + "' of rule " + d.id()
            + " counted from event '" + from + "'", day, first, last);
      }
    }

    /**
     * Computes the status and outcome as of the evaluation date, applies the clock's standard exceptions,
     * records the deadline and returns it. When an amended complaint restarted the clock, the deadline
     * returned is the last one; {@link #reportAll()} returns each.
     *
     * @return the deadline
     * @throws IllegalStateException if the trigger, period or window is not set
     * @throws CalendarRangeException if a day of the window, or the trigger date (day 0), lies outside
     *     the years the business calendar covers (a deadline there could not be checked against
     *     holidays, so it is refused rather than reported)
     */
    public Deadline report() {
      return run(null);
    }

    /**
     * Like {@link #report()}, returning every deadline the clock produced: before an amendment that
     * restarted it, the clock as first counted (met, missed, or not applicable because the amendment
     * came before it ran out), then the restarted clock.
     *
     * @return the deadlines, the last one the clock as it now runs
     */
    public List<Deadline> reportAll() {
      List<Deadline> out = new ArrayList<>(1);
      run(out);
      return out;
    }

    /**
     * Runs the clock, adding every deadline it produced to {@code out} when given, and returns the last
     * (the clock as it now runs): {@link #report()} needs no list.
     */
    private Deadline run(@Nullable List<Deadline> out) {
      if (trigger == null || triggerDate == null || period == null || (window == null && clock == null)) {
        throw new IllegalStateException("deadline '" + description + "' needs a trigger, a period and a window");
      }
      RuleDescriptor d = current();
      String trig = trigger;
      LocalDate day0 = triggerDate;
      DayPeriod days = period;
      Clock c = clock;
      DateWindow win = window != null ? window : windowTo(day0, opensOn, Objects.requireNonNull(c).due(day0, counter));
      List<ClockChange> segmentChanges = changes.isEmpty() ? List.of() : new ArrayList<>(changes);
      @Nullable Amendment restart = null;
      if (c != null && c.restartsOnAmendment() && concerning != null) {
        List<Amendment> amendments = amendments(concerning);
        for (int i = 0, n = amendments.size(); i < n; i++) {
          Amendment a = amendments.get(i);
          LocalDate on = RuleContext.this.date(a);
          if (on.isBefore(day0) || !amendmentTakesEffect(a)) {
            continue;
          }
          // the clock as counted before this restart answers only acts from its own day 0 (a restarted
          // clock is not answered by a meeting that answered the complaint as first filed)
          Act act = firstAct(restart, a);
          LocalDate due = win.latest().orElseThrow();
          // a waiver or agreement the rule gave excuses this clock as it excused it before the amendment;
          // otherwise it was met, or missed before the amendment came, or superseded by it
          NotApplicable stop = notApplicable != null ? notApplicable
              : act != null || on.isAfter(due) ? null : NotApplicable.of(NotApplicable.Reason.AMENDED, a.id());
          Deadline before = finish(d, days, trig, day0, win, act, segmentChanges, false, stop);
          if (out != null) {
            out.add(before);
          }
          segmentChanges = List.of(new ClockChange(ClockChange.Kind.RESTARTED, a.id(), on));
          trig = a.id();
          day0 = on;
          win = windowTo(on, null, c.due(on, counter));
          restart = a;
        }
      }
      Act act = firstAct(restart, null);
      Deadline last = finish(d, days, trig, day0, win, act, segmentChanges, true, notApplicable);
      if (out != null) {
        out.add(last);
      }
      return last;
    }

    private DateWindow windowTo(LocalDate day0, @Nullable LocalDate opens, LocalDate due) {
      LocalDate start = opens != null && opens.isBefore(day0) ? opens : day0;
      return due.isBefore(start) ? DateWindow.onOrBefore(due) : DateWindow.of(start, due);
    }

    /**
     * The first candidate act from one amendment (if given: the clock it restarted) up to the next (if given:
     * the amendment that ends this clock): in timeline order by instant, an act on an amendment's day
     * answers the clock of whichever side of the amendment it falls on; an act given by its date alone is
     * placed by date (on the amendment's day: the clock that ends there).
     */
    private @Nullable Act firstAct(@Nullable Amendment from, @Nullable Amendment until) {
      for (int i = 0, n = acts.size(); i < n; i++) {
        Act a = acts.get(i);
        boolean afterStart = from == null || (a.at() != null ? !a.at().isBefore(from.at())
            : a.date().isAfter(RuleContext.this.date(from)));
        boolean beforeEnd = until == null || (a.at() != null ? a.at().isBefore(until.at())
            : !a.date().isAfter(RuleContext.this.date(until)));
        if (afterStart && beforeEnd) {
          return a;
        }
      }
      return null;
    }

    private Deadline finish(RuleDescriptor d, DayPeriod days, String trig, LocalDate day0, DateWindow counted, @Nullable Act act,
        List<ClockChange> segmentChanges, boolean last, @Nullable NotApplicable given) {
      requireCovered(d, trig, counted.latest().orElseThrow());
      counted.earliest().ifPresent(day -> requireCovered(d, trig, day));
      requireCovered(d, trig, day0);
      DateWindow win = counted;
      NotApplicable stopped = given;
      @Nullable String extendedBy = null;
      @Nullable LocalDate unextended = null;
      // the changes as reported: the segment's, copied only when an extension adds one
      List<ClockChange> moved = segmentChanges;
      if (clock != null && concerning != null) {
        // extensions move only the clock as it now runs, and only one that still applies; each extension is
        // judged (and reported) once per rule run, as a complaint's set-aside part and its live part share them
        if (last && clock.extensionsChecked()) {
          LocalDate original = counted.latest().orElseThrow();
          LocalDate due = original;
          List<Extension> extensions = eventsFor(concerning.id(), Extension.class);
          for (int i = 0, n = extensions.size(); i < n; i++) {
            Extension ext = extensions.get(i);
            LocalDate on = RuleContext.this.date(ext);
            boolean report = firstJudgement(ext.id());
            if (!clock.extensionReasons().contains(ext.reason())) {
              if (report) {
                finding(owner, "extension_unlawful").citing(extensionSource(d, clock)).label("reason", ext.reason())
                    .date("extended_on", on).date("due", due).events(concerning.id(), ext.id()).report();
              }
            } else if (on.isAfter(due)) {
              if (report) {
                finding(owner, "extension_after_due").citing(extensionSource(d, clock)).kind(FindingKind.WARNING)
                    .date("extended_on", on).date("due", due).date("new_due", ext.newDueDate())
                    .events(concerning.id(), ext.id()).report();
              }
            } else if (ext.newDueDate().isBefore(due)) {
              // an extension extends: a new date before the due date as it stands (counted, or already
              // extended) is reported, never applied, so adding a valid extension never makes a deadline
              // that was met late
              if (report) {
                finding(owner, "extension_earlier").citing(extensionSource(d, clock)).kind(FindingKind.WARNING)
                    .date("extended_on", on).date("new_due", ext.newDueDate()).date("due", due)
                    .events(concerning.id(), ext.id()).report();
              }
            } else {
              // a due date the calendar does not cover could not be checked against holidays: refused, as a
              // day 0 outside it is
              requireCovered(d, ext.id(), ext.newDueDate());
              due = ext.newDueDate();
              extendedBy = ext.id();
              unextended = original;
              moved = moved == segmentChanges ? new ArrayList<>(segmentChanges) : moved;
              moved.add(new ClockChange(ClockChange.Kind.EXTENDED, ext.id(), on));
              continue;
            }
            moved = moved == segmentChanges ? new ArrayList<>(segmentChanges) : moved;
            moved.add(new ClockChange(ClockChange.Kind.EXTENSION_REFUSED, ext.id(), on));
          }
          if (stopped != null) {
            // a clock that no longer applies keeps its due date as counted
            extendedBy = null;
            unextended = null;
            moved = segmentChanges;
          } else if (extendedBy != null) {
            LocalDate start = counted.earliest().orElse(null);
            win = start == null || due.isBefore(start) ? DateWindow.onOrBefore(due) : DateWindow.of(start, due);
          }
        }
        if (stopped == null && clock.endsOnWithdrawal()) {
          LocalDate due = win.latest().orElseThrow();
          List<Withdrawal> withdrawals = eventsFor(concerning.id(), Withdrawal.class);
          for (int i = 0, n = withdrawals.size(); i < n; i++) {
            Withdrawal w = withdrawals.get(i);
            LocalDate on = RuleContext.this.date(w);
            if (w.from() == Withdrawal.From.REQUEST && w.by().equals(concerning.filedBy()) && !on.isAfter(due)
                && (act == null || act.date().isAfter(on))) {
              stopped = NotApplicable.of(NotApplicable.Reason.WITHDRAWN, w.id());
              note("request " + concerning.id() + ": withdrawn on " + on + ", on or before the due date " + due
                  + "; the clock no longer applies");
              break;
            }
          }
        }
      }
      DeadlineStatus status = stopped != null ? DeadlineStatus.NOT_APPLICABLE
          : DeadlineStatus.of(win, act == null ? null : act.date(), asOf);
      boolean shaped = !owner.equals(d.id()) && d.replaces().contains(owner);
      Message action = Message.of(d.messages(), description, facts == null ? Facts.none() : facts.build());
      Citation cited = citation != null ? citation : d.citation();
      Deadline deadline;
      if (!shaped && extendedBy == null && stopped == null && moved.isEmpty() && lastDayRule == LastDayRule.AS_COUNTED) {
        // the usual clock, all of whose parts are the constructor's: made at once, without a builder (its checks
        // run all the same)
        deadline = ImmutableDeadline.of(d.id(), cited, action, trig, day0, days, win, status,
            act == null ? Optional.empty() : Optional.of(act.id()),
            act == null ? Optional.empty() : Optional.of(act.date()));
      } else {
        // the optional parts are set only when present (no Optional made and dropped, no empty list copied)
        Deadline.Builder b = Deadline.builder()
            .ruleId(shaped ? owner : d.id())
            .citation(cited)
            .action(action)
            .trigger(trig)
            .triggerDate(day0)
            .period(days)
            .window(win)
            .status(status)
            .lastDayRule(lastDayRule);
        if (act != null) {
          b.satisfiedBy(act.id()).satisfiedOn(act.date());
        }
        if (extendedBy != null && unextended != null) {
          b.extendedBy(extendedBy).unextendedDue(unextended);
        }
        if (stopped != null) {
          b.notApplicable(stopped);
        }
        if (!moved.isEmpty()) {
          b.addAllChanges(moved);
        }
        if (shaped) {
          b.addShapedBy(d.id());
        }
        deadline = b.build();
      }
      if (governing != null && !governs(trig, day0)) {
        return deadline; // a clock triggered outside the rule's period: the rule in force then governs it
      }
      rests(trig);
      if (act != null) {
        rests(act.id());
      }
      for (int i = 0, n = moved.size(); i < n; i++) {
        rests(moved.get(i).event());
      }
      restsOnStop(stopped);
      currentDeadlines++;
      deadlines.add(deadline);
      return deadline;
    }

    /**
     * The citation of the extension findings: the paragraph the clock names for its extensions, when the
     * rule cites it; else the rule's primary citation.
     */
    private static Citation extensionSource(RuleDescriptor d, Clock clock) {
      for (Clock.Condition k : clock.conditions()) {
        if (k.effect() == Clock.Condition.Effect.EXTENDS) {
          for (Citation x : d.citations()) {
            if (x.section().equals(k.source())) {
              return x;
            }
          }
        }
      }
      return d.citation();
    }

    private void restsOnStop(@Nullable NotApplicable stopped) {
      if (stopped != null) {
        stopped.event().ifPresent(RuleContext.this::rests);
      }
    }
  }
}
