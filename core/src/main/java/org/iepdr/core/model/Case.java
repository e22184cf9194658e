package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one dispute: a student, a district, a state, the parties and participants, and a
 * timeline of dated events.
 *
 * <p>The events are kept in timeline order (by instant, then id), whatever order they were given
 * in, so two cases with the same facts are equal and evaluate identically.
 *
 * <p>Building a case checks that its facts can be true and throws one {@link InvalidCaseException}
 * listing every problem: duplicate ids, an event naming an unknown party, participant, request or
 * meeting, an agreement signed by someone who is not a party, a consent revoked before it was given,
 * two issues of one request with one id, an issue of a state complaint raised in something other than a
 * due process complaint, a decision deciding an issue its request does not have, an amendment recording
 * who granted it but no basis.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Case {

  private static final Comparator<CaseEvent> TIMELINE_ORDER =
      Comparator.comparing(CaseEvent::at).thenComparing(CaseEvent::id);

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Case}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableCase.Builder {
    Builder() {}
  }

  /**
   * Returns the caller's id for the case.
   *
   * @return the case id
   */
  public abstract String id();

  /**
   * Returns the student the case is about.
   *
   * @return the student
   */
  public abstract Student student();

  /**
   * Returns the caller's id or name for the school district (LEA).
   *
   * @return the district
   */
  public abstract String district();

  /**
   * Returns the two-letter code of the state whose rules apply, upper case (e.g. {@code "MO"}).
   *
   * @return the state code
   */
  public abstract String state();

  /**
   * Returns the parties to the dispute.
   *
   * @return the parties
   */
  public abstract List<Party> parties();

  /**
   * Returns the participants who are not parties.
   *
   * @return the participants
   */
  public abstract List<Participant> participants();

  /**
   * Returns the timeline: every event, ordered by instant and then by id.
   *
   * @return the events in timeline order
   */
  public abstract List<CaseEvent> events();

  /**
   * Returns the party with an id.
   *
   * @param partyId the id
   * @return the party, or empty
   */
  public final Optional<Party> party(String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    for (Party p : parties()) {
      if (p.id().equals(partyId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the participant with an id.
   *
   * @param participantId the id
   * @return the participant, or empty
   */
  public final Optional<Participant> participant(String participantId) {
    Objects.requireNonNull(participantId, "participantId");
    for (Participant p : participants()) {
      if (p.id().equals(participantId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  Case normalize() {
    List<CaseProblem> problems = validate();
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(id(), problems);
    }
    boolean sorted = true;
    List<CaseEvent> events = events();
    for (int i = 1; i < events.size() && sorted; i++) {
      sorted = TIMELINE_ORDER.compare(events.get(i - 1), events.get(i)) <= 0;
    }
    String upperState = state().toUpperCase(Locale.ROOT);
    if (sorted && upperState.equals(state())) {
      return this;
    }
    List<CaseEvent> ordered = new ArrayList<>(events);
    ordered.sort(TIMELINE_ORDER);
    return builder().from(this).events(ordered).state(upperState).build();
  }

  private List<CaseProblem> validate() {
    List<CaseProblem> problems = new ArrayList<>();
    if (id().isBlank()) {
      problems.add(new CaseProblem(Optional.empty(), "id", "the case id is blank; give a non-blank id"));
    }
    if (!state().matches("[A-Za-z]{2}")) {
      problems.add(new CaseProblem(Optional.empty(), "state",
          "'" + state() + "' is not a two-letter state code such as MO or MS"));
    }
    if (district().isBlank()) {
      problems.add(new CaseProblem(Optional.empty(), "district", "the district is blank; name the LEA"));
    }
    Map<String, Reference.Kind> people = new HashMap<>();
    for (Party p : parties()) {
      if (people.put(p.id(), Reference.Kind.PARTY) != null) {
        problems.add(new CaseProblem(Optional.empty(), "parties", "two parties have the id '" + p.id() + "'"));
      }
    }
    for (Participant p : participants()) {
      if (people.put(p.id(), Reference.Kind.PARTICIPANT) != null) {
        problems.add(new CaseProblem(Optional.empty(), "participants",
            "the id '" + p.id() + "' is used by more than one party or participant"));
      }
    }
    Map<String, CaseEvent> byId = new HashMap<>();
    for (CaseEvent e : events()) {
      if (byId.putIfAbsent(e.id(), e) != null) {
        problems.add(new CaseProblem(Optional.of(e.id()), "id", "two events have the id '" + e.id() + "'"));
      }
    }
    String[] known = new String[1];
    for (CaseEvent e : events()) {
      for (Reference r : e.references()) {
        String missing = checkReference(r, people, byId, known);
        if (missing != null) {
          problems.add(new CaseProblem(Optional.of(e.id()), r.field(), missing));
        }
      }
      if (e instanceof Consent c && c.revokedAt().isPresent() && c.revokedAt().get().isBefore(c.at())) {
        problems.add(new CaseProblem(Optional.of(e.id()), "revokedAt",
            "the consent is revoked at " + c.revokedAt().get() + ", before it was given at " + c.at()));
      }
      if (e instanceof CourtProceeding p && p.endedAt().isPresent() && p.endedAt().get().isBefore(p.at())) {
        problems.add(new CaseProblem(Optional.of(e.id()), "endedAt",
            "the court proceeding ends at " + p.endedAt().get() + ", before it began at " + p.at()));
      }
      if (e instanceof Request r && !r.complaintIssues().isEmpty()) {
        checkIssues(r, byId, problems);
      }
      if (e instanceof Decision d && !d.decides().isEmpty()) {
        checkDecides(d, byId, problems);
      }
      if (e instanceof Amendment a && a.basis() == Amendment.Basis.NONE
          && (a.grantedAt().isPresent() || a.grantedBy().isPresent())) {
        problems.add(new CaseProblem(Optional.of(e.id()), "basis", "the amendment records "
            + (a.grantedBy().isPresent() ? "who granted it (grantedBy)" : "when it was granted (grantedAt)")
            + " but its basis is NONE; give WRITTEN_CONSENT or HEARING_OFFICER_PERMISSION (34 CFR 300.508(d)(3))"));
      }
    }
    return problems;
  }

  /** Whether a request is a due process complaint, whose hearing can address an issue of a state complaint. */
  private static boolean dueProcessComplaint(@Nullable CaseEvent e) {
    return e instanceof Request r
        && (r.kind() == RequestKind.DUE_PROCESS_COMPLAINT || r.kind() == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT);
  }

  /** The issues of a request: ids unique, and each raisedIn a due process complaint, for a state complaint's issue. */
  private static void checkIssues(Request r, Map<String, CaseEvent> byId, List<CaseProblem> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (ComplaintIssue i : r.complaintIssues()) {
      if (!seen.add(i.id()) && reported.add(i.id())) {
        problems.add(new CaseProblem(Optional.of(r.id()), "complaintIssues.id", "'" + i.id()
            + "' is the id of two issues of the request; give each issue of a request its own id"));
      }
      if (i.raisedIn().isEmpty()) {
        continue;
      }
      String in = i.raisedIn().get();
      CaseEvent named = byId.get(in);
      if (r.kind() != RequestKind.STATE_COMPLAINT) {
        problems.add(new CaseProblem(Optional.of(r.id()), "complaintIssues.raisedIn", "'" + in
            + "' is named as the hearing that addresses issue '" + i.id() + "', but the request is a " + r.kind()
            + "; only an issue of a STATE_COMPLAINT is set aside for a due process hearing (34 CFR 300.152(c)(1))"));
      } else if (named instanceof Request && !dueProcessComplaint(named)) {
        problems.add(new CaseProblem(Optional.of(r.id()), "complaintIssues.raisedIn", "'" + in + "' is a "
            + ((Request) named).kind() + ", but raisedIn of issue '" + i.id() + "' must name a due process complaint"
            + " (DUE_PROCESS_COMPLAINT or EXPEDITED_DUE_PROCESS_COMPLAINT) whose hearing addresses the issue"
            + " (34 CFR 300.152(c)(1))"));
      }
    }
  }

  /** A decision decides issues of its request, or of the complaint its request relates to. */
  private static void checkDecides(Decision d, Map<String, CaseEvent> byId, List<CaseProblem> problems) {
    if (!(byId.get(d.request()) instanceof Request r)) {
      return; // the reference check reports the request
    }
    Set<String> issues = new LinkedHashSet<>();
    r.complaintIssues().forEach(i -> issues.add(i.id()));
    String where = "request '" + r.id() + "'";
    if (r.relatesTo().isPresent() && byId.get(r.relatesTo().get()) instanceof Request related) {
      related.complaintIssues().forEach(i -> issues.add(i.id()));
      where += " or of request '" + related.id() + "' it relates to";
    }
    for (String id : d.decides()) {
      if (!issues.contains(id)) {
        List<String> known = new ArrayList<>(issues);
        String list = known.size() <= KNOWN_LISTED ? known.toString()
            : known.subList(0, KNOWN_LISTED).toString().replaceFirst("]$", ", ... and "
                + (known.size() - KNOWN_LISTED) + " more]");
        problems.add(new CaseProblem(Optional.of(d.id()), "decides", "'" + id + "' is not an issue of " + where
            + " (issues: " + list + ")"));
      }
    }
  }

  /** How many known ids a message about an unknown person lists at most. */
  private static final int KNOWN_LISTED = 20;

  /**
   * Checks one reference. {@code known} caches the sorted list of known people, made once per case
   * and at most {@link #KNOWN_LISTED} ids long, so that many bad references among many people cost
   * linear time and messages of bounded size.
   */
  private static @Nullable String checkReference(
      Reference r, Map<String, Reference.Kind> people, Map<String, CaseEvent> events, String[] known) {
    switch (r.kind()) {
      case PARTY:
      case PARTICIPANT:
      case PERSON: {
        Reference.Kind found = people.get(r.id());
        if (found == null) {
          if (known[0] == null) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(people.keySet()));
            known[0] = sorted.size() <= KNOWN_LISTED ? sorted.toString()
                : sorted.subList(0, KNOWN_LISTED).toString().replaceFirst("]$", ", ... and "
                    + (sorted.size() - KNOWN_LISTED) + " more]");
          }
          return "'" + r.id() + "' is not a party or participant of the case (known: " + known[0] + ")";
        }
        if (r.kind() != Reference.Kind.PERSON && found != r.kind()) {
          return "'" + r.id() + "' is a " + found.name().toLowerCase(Locale.ROOT) + ", but this field needs a "
              + r.kind().name().toLowerCase(Locale.ROOT);
        }
        return null;
      }
      case REQUEST:
      case MEETING: {
        CaseEvent e = events.get(r.id());
        Class<?> needed = r.kind() == Reference.Kind.REQUEST ? Request.class : Meeting.class;
        if (e == null) {
          return "'" + r.id() + "' is not an event of the case";
        }
        if (!needed.isInstance(e)) {
          return "'" + r.id() + "' is not a " + needed.getSimpleName().toLowerCase(Locale.ROOT) + " event";
        }
        return null;
      }
      default:
        throw new AssertionError(r.kind());
    }
  }

  /**
   * Returns the ids of the parties on a side.
   *
   * @param side the side
   * @return the party ids, in the order given
   */
  public final Set<String> partiesOn(Side side) {
    Objects.requireNonNull(side, "side");
    Set<String> ids = new LinkedHashSet<>();
    for (Party p : parties()) {
      if (p.side() == side) {
        ids.add(p.id());
      }
    }
    return ids;
  }
}
