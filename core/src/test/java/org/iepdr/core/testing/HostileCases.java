package org.iepdr.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.IepdrException;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.InvalidCaseException;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.UnknownJurisdictionException;

/**
 * jqwik generators of hostile input built through the API: valid cases mutated in one way each
 * (dates swapped, timeline moved to year 0001 or 9999, a leap day, a time in a daylight-saving gap,
 * duplicate ids, unknown people and events, revoked-before-given consents, odd state codes, extreme
 * dates inside events), builders missing required attributes, and extreme as-of dates; and the oracle
 * that says which outcomes are allowed.
 */
public final class HostileCases {

  /** One way of spoiling a valid case. */
  public enum Mutation {
    /** Left as it is. */
    NONE,
    /** One event repeated with the same id. */
    DUPLICATE_ID,
    /** Two events exchange their instants. */
    SWAP_DATES,
    /** The timeline reversed: the first event gets the last instant and so on. */
    REVERSE_TIMELINE,
    /** The whole timeline moved to begin in year 0001. */
    YEAR_0001,
    /** The whole timeline moved to begin in year 9999. */
    YEAR_9999,
    /** The whole timeline moved to end in the last weeks of the calendar's last covered year. */
    CALENDAR_EDGE,
    /** The timeline moved to begin on a leap day. */
    LEAP_DAY,
    /** One event placed at 02:30 local time on a spring-forward day (a time that does not exist). */
    DST_GAP,
    /** One event placed at 01:30 local time on a fall-back day (a time that exists twice). */
    DST_OVERLAP,
    /** A receipt and a meeting naming a person who is not in the case. */
    UNKNOWN_PERSON,
    /** A receipt of a request that is not in the case. */
    UNKNOWN_REQUEST,
    /** A consent revoked before it was given. */
    REVOKED_BEFORE_GIVEN,
    /** An extension to the last representable date, a request with extreme alleged-violation dates. */
    EXTREME_FIELD_DATES,
    /** An event at the first or last representable instant. */
    EXTREME_INSTANT,
    /** The state code of no installed module. */
    UNKNOWN_STATE,
    /** A state code that is not two letters. */
    MALFORMED_STATE,
    /** A lower-case state code. */
    LOWER_CASE_STATE,
    /** A blank case id and district. */
    BLANK_IDS,
    /** Two parties with one id. */
    DUPLICATE_PARTY,
    /**
     * Facts about complaint issues or an amendment that cannot all be true: two issues of a request with
     * one id, an issue raised in a request that is not a due process complaint, a decision deciding an
     * issue its request does not have, or an amendment naming who granted it but no basis.
     */
    CONTRADICTORY_ISSUES
  }

  private HostileCases() {}

  /**
   * The as-of dates to evaluate hostile cases at: none (the date of the facts), ordinary ones, and
   * the extremes.
   *
   * @return the arbitrary; {@code null} stands for "no as-of date"
   */
  public static Arbitrary<LocalDate> asOfDates() {
    return Arbitraries.oneOf(
        Arbitraries.just((LocalDate) null),
        Arbitraries.integers().between(0, 5 * 365).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)),
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31),
            LocalDate.of(2101, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 9)));
  }

  /**
   * Mutated valid cases: a valid case and a mutation, applied lazily since building may (and should)
   * throw.
   *
   * @param valid the valid cases to spoil
   * @param zone the zone their instants are in
   * @return suppliers of the mutated case, described by their mutation
   */
  public static Arbitrary<Attempt> mutated(Arbitrary<Case> valid, ZoneId zone) {
    return Combinators.combine(valid, Arbitraries.of(Mutation.class), Arbitraries.integers().between(0, 10_000))
        .as((c, m, pick) -> new Attempt(m, () -> mutate(c, m, pick, zone)));
  }

  /** A mutated case, built on demand. */
  public record Attempt(Mutation mutation, Supplier<Case> build) {
    @Override
    public String toString() {
      return mutation.name();
    }
  }

  /**
   * Applies a mutation to a valid case.
   *
   * @param c the valid case
   * @param m the mutation
   * @param pick a non-negative number that picks events and values
   * @param zone the zone of the case's instants
   * @return the spoiled case (building it may throw, which is the point)
   */
  public static Case mutate(Case c, Mutation m, int pick, ZoneId zone) {
    List<CaseEvent> events = new ArrayList<>(c.events());
    CaseCopy copy = new CaseCopy(c);
    switch (m) {
      case NONE:
        return c;
      case DUPLICATE_ID:
        if (events.isEmpty()) {
          return copy.withEvents(consent("dup", Instant.parse("2025-01-06T15:00:00Z")),
              consent("dup", Instant.parse("2025-01-07T15:00:00Z")));
        }
        events.add(withAt(events.get(pick % events.size()), events.get(0).at().plusSeconds(60)));
        return copy.withEvents(events);
      case SWAP_DATES: {
        if (events.size() < 2) {
          return c;
        }
        int i = pick % events.size();
        int j = (pick / 7 + 1 + i) % events.size();
        CaseEvent a = events.get(i);
        CaseEvent b = events.get(j);
        events.set(i, withAt(a, b.at()));
        events.set(j, withAt(b, a.at()));
        return copy.withEvents(events);
      }
      case REVERSE_TIMELINE: {
        List<CaseEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
          out.add(withAt(events.get(i), events.get(events.size() - 1 - i).at()));
        }
        return copy.withEvents(out);
      }
      case YEAR_0001:
        return moveTo(copy, events, LocalDateTime.of(1, 1, 1, 9, 0).atZone(zone).toInstant());
      case YEAR_9999:
        return moveTo(copy, events, LocalDateTime.of(9999, 12, 1, 9, 0).atZone(zone).toInstant());
      case CALENDAR_EDGE: {
        Instant end = LocalDateTime.of(2100, 12, 31, 12, 0).atZone(zone).toInstant();
        if (events.isEmpty()) {
          return copy.withEvents(consent("edge", end));
        }
        Duration span = Duration.between(events.get(0).at(), events.get(events.size() - 1).at());
        return moveTo(copy, events, end.minus(span).minus(Duration.ofDays(pick % 40)));
      }
      case LEAP_DAY:
        return moveTo(copy, events, LocalDateTime.of(2028, 2, 29, 9, 30).atZone(zone).toInstant());
      case DST_GAP:
        return place(copy, events, pick, LocalDateTime.of(2025, 3, 9, 2, 30).atZone(zone).toInstant());
      case DST_OVERLAP:
        return place(copy, events, pick, LocalDateTime.of(2025, 11, 2, 1, 30).atZone(zone).toInstant());
      case UNKNOWN_PERSON: {
        Instant at = events.isEmpty() ? Instant.parse("2025-01-06T15:00:00Z") : events.get(0).at();
        events.add(Meeting.builder().id("ghost-meeting").at(at).kind(MeetingKind.IEP).addAttendees("ghost").build());
        events.add(Request.builder().id("ghost-request").at(at).kind(RequestKind.MEDIATION).filedBy("nobody")
            .build());
        return copy.withEvents(events);
      }
      case UNKNOWN_REQUEST: {
        Instant at = events.isEmpty() ? Instant.parse("2025-01-06T15:00:00Z") : events.get(0).at();
        events.add(Receipt.builder().id("orphan").at(at).request("no-such-request").recipient(Recipient.LEA).build());
        return copy.withEvents(events);
      }
      case REVOKED_BEFORE_GIVEN: {
        Instant at = events.isEmpty() ? Instant.parse("2025-01-06T15:00:00Z") : events.get(0).at();
        events.add(Consent.builder().id("revoked").at(at).scope(ConsentScope.values()[pick % ConsentScope.values().length])
            .givenBy("parent").revokedAt(at.minusSeconds(1 + pick)).build());
        return copy.withEvents(events);
      }
      case EXTREME_FIELD_DATES: {
        Instant at = events.isEmpty() ? Instant.parse("2025-01-06T15:00:00Z") : events.get(0).at();
        LocalDate[] extremes = {LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)};
        LocalDate d = extremes[pick % extremes.length];
        Request.Builder r = Request.builder().id("extreme-request").at(at)
            .kind(RequestKind.values()[pick % RequestKind.values().length]).filedBy("parent")
            .allegedViolationDate(d).knewOrShouldHaveKnown(extremes[(pick / 4) % extremes.length]);
        events.add(r.build());
        events.add(Extension.builder().id("extreme-extension").at(at.plusSeconds(60)).request("extreme-request")
            .reason(Extension.Reason.values()[pick % Extension.Reason.values().length]).newDueDate(d).build());
        return copy.withEvents(events);
      }
      case EXTREME_INSTANT: {
        Instant[] extremes = {Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("-0001-01-01T00:00:00Z")};
        events.add(consent("extreme-instant", extremes[pick % extremes.length]));
        return copy.withEvents(events);
      }
      case UNKNOWN_STATE:
        return copy.withState("ZZ");
      case MALFORMED_STATE: {
        String[] bad = {"", "M", "MOO", "M0", "Ü1", " MO", "\u0130L"};
        return copy.withState(bad[pick % bad.length]);
      }
      case LOWER_CASE_STATE:
        return copy.withState(c.state().toLowerCase(java.util.Locale.ROOT));
      case BLANK_IDS:
        return Case.builder().from(c).id(pick % 2 == 0 ? "" : " \t").district(pick % 3 == 0 ? "" : c.district()).build();
      case DUPLICATE_PARTY:
        return copy.withParties(Party.of("parent", PartyRole.PARENT), Party.of("parent", PartyRole.LEA),
            Party.of("lea", PartyRole.LEA));
      case CONTRADICTORY_ISSUES: {
        Instant at = events.isEmpty() ? Instant.parse("2025-01-06T15:00:00Z") : events.get(0).at();
        Request.Builder sc = Request.builder().id("tangled-sc").at(at).kind(RequestKind.STATE_COMPLAINT)
            .filedBy("parent").addComplaintIssues(ComplaintIssue.of("i1", "an issue"));
        Request mediation = Request.builder().id("tangled-m").at(at).kind(RequestKind.MEDIATION).filedBy("parent")
            .build();
        switch (pick % 4) {
          case 0 -> sc.addComplaintIssues(ComplaintIssue.of("i1", "the same id"));
          case 1 -> sc.addComplaintIssues(ComplaintIssue.builder().id("i2").summary("s").raisedIn("tangled-m").build());
          case 2 -> events.add(Decision.builder().id("tangled-d").at(at.plusSeconds(60)).request("tangled-sc")
              .kind(DecisionKind.STATE_COMPLAINT_DECISION).addDecides("no-such-issue").build());
          default -> events.add(Amendment.builder().id("tangled-a").at(at.plusSeconds(60)).request("tangled-sc")
              .by("parent").grantedAt(at).build());
        }
        events.add(sc.build());
        events.add(mediation);
        return copy.withEvents(events);
      }
      default:
        throw new AssertionError(m);
    }
  }

  private static Case place(CaseCopy copy, List<CaseEvent> events, int pick, Instant at) {
    if (events.isEmpty()) {
      return copy.withEvents(consent("dst", at));
    }
    int i = pick % events.size();
    events.set(i, withAt(events.get(i), at));
    return copy.withEvents(events);
  }

  private static Case moveTo(CaseCopy copy, List<CaseEvent> events, Instant first) {
    if (events.isEmpty()) {
      return copy.withEvents(consent("moved", first));
    }
    Duration delta = Duration.between(events.get(0).at(), first);
    List<CaseEvent> out = new ArrayList<>();
    for (CaseEvent e : events) {
      out.add(withAt(e, e.at().plus(delta)));
    }
    return copy.withEvents(out);
  }

  private static Consent consent(String id, Instant at) {
    return Consent.builder().id(id).at(at).scope(ConsentScope.values()[0]).givenBy("parent").build();
  }

  /**
   * Returns a copy of an event at another instant (through the generated {@code withAt}, which is
   * package-private: the tests run on the class path, so reflection may open it).
   *
   * @param e the event
   * @param at the new instant
   * @return the copy
   */
  public static CaseEvent withAt(CaseEvent e, Instant at) {
    try {
      java.lang.reflect.Method withAt = e.getClass().getMethod("withAt", Instant.class);
      withAt.setAccessible(true);
      return (CaseEvent) withAt.invoke(e, at);
    } catch (InvocationTargetException ex) {
      if (ex.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(ex.getCause());
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * Case builders with a random subset of the required attributes left out.
   *
   * @return suppliers that build the case, named by what they leave out
   */
  public static Arbitrary<MissingAttributes> caseBuildersMissingAttributes() {
    return Arbitraries.subsetOf("id", "student", "district", "state").ofMinSize(1)
        .map(missing -> new MissingAttributes("Case", new TreeSet<>(missing), () -> {
          var b = Case.builder();
          if (!missing.contains("id")) {
            b.id("c");
          }
          if (!missing.contains("student")) {
            b.student(Student.builder().id("s").build());
          }
          if (!missing.contains("district")) {
            b.district("d");
          }
          if (!missing.contains("state")) {
            b.state("US");
          }
          return b.build();
        }));
  }

  /**
   * Request builders with a random subset of the required attributes left out.
   *
   * @return suppliers that build the request, named by what they leave out
   */
  public static Arbitrary<MissingAttributes> requestBuildersMissingAttributes() {
    return Arbitraries.subsetOf("id", "at", "kind", "filedBy").ofMinSize(1)
        .map(missing -> new MissingAttributes("Request", new TreeSet<>(missing), () -> {
          var b = Request.builder();
          if (!missing.contains("id")) {
            b.id("r");
          }
          if (!missing.contains("at")) {
            b.at(Instant.parse("2025-01-06T15:00:00Z"));
          }
          if (!missing.contains("kind")) {
            b.kind(RequestKind.MEDIATION);
          }
          if (!missing.contains("filedBy")) {
            b.filedBy("parent");
          }
          return b.build();
        }));
  }

  /** A builder call that leaves required attributes out. */
  public record MissingAttributes(String type, Set<String> missing, Supplier<Object> build) {
    @Override
    public String toString() {
      return type + " without " + missing;
    }
  }

  /**
   * Asserts that every deadline of an evaluation lies inside the years the jurisdiction's business
   * calendar covers ({@link LocalDate#MIN} as the earliest day is the documented open bound of a
   * deadline counted backward).
   *
   * @param j the jurisdiction
   * @param e the evaluation
   */
  public static void assertDeadlinesInsideTheCalendar(Jurisdiction j, Evaluation e) {
    LocalDate first = LocalDate.of(j.counter().businessCalendar().firstYear(), 1, 1);
    LocalDate last = LocalDate.of(j.counter().businessCalendar().lastYear(), 12, 31);
    for (Deadline d : e.deadlines()) {
      assertThat(d.triggerDate()).as("trigger of %s", d.description()).isBetween(first, last);
      d.window().earliest().ifPresent(
          day -> assertThat(day).as("earliest of %s", d.description()).isBetween(first, last));
      assertThat(d.due()).as("latest of %s", d.description()).isBetween(first, last);
    }
  }

  /**
   * Runs an evaluation attempt and returns what it ended in: the evaluation, or a documented exception.
   * Any other throwable, or a documented exception without a message, is an {@link AssertionError}.
   *
   * @param attempt the attempt
   * @return the evaluation or the documented exception
   */
  public static Object outcome(Supplier<Evaluation> attempt) {
    try {
      return attempt.get();
    } catch (InvalidCaseException | InvalidInputException | CalendarRangeException | UnknownJurisdictionException
        | MissingCalendarException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("documented exception without a message", e);
      }
      return e;
    } catch (IepdrException e) {
      throw new AssertionError("an undocumented IepdrException subtype", e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("undocumented exception " + e.getClass().getName() + ": " + e.getMessage(), e);
    }
  }

  /** A case to copy with one attribute replaced; each copy is built, so it is checked. */
  private static final class CaseCopy {
    private final Case c;

    CaseCopy(Case c) {
      this.c = c;
    }

    Case withEvents(CaseEvent... events) {
      return Case.builder().from(c).events(List.of(events)).build();
    }

    Case withEvents(List<CaseEvent> events) {
      return Case.builder().from(c).events(events).build();
    }

    Case withState(String state) {
      return Case.builder().from(c).state(state).build();
    }

    Case withParties(Party... parties) {
      return Case.builder().from(c).parties(List.of(parties)).build();
    }
  }
}
