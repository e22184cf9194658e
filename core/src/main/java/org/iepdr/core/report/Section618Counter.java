package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleId;
import org.jspecify.annotations.Nullable;

/**
 * Counts the Section 618 dispute-resolution elements over a stream of cases: {@link #add} each case with
 * the jurisdiction that evaluates it, then take the {@link #report()}. Memory holds one counter per element
 * (and the cases of the elements {@linkplain Section618Options#drillDown() drilled into}), whatever the
 * number of cases. Counters of parts of a population give reports that {@linkplain Section618Report#merge
 * merge} into the report of the whole.
 *
 * <p>Counting, per complaint or request (each request event of kind state complaint, mediation, due process
 * complaint or expedited due process complaint; a case may hold several):
 * <ul>
 *   <li>only a request filed in the reporting year, on or before the status date, counts (the collection:
 *       "Report only the actions initiated during the ... reporting year"); its status is the one it has on
 *       the status date, from the events dated on or before it;
 *   <li>a state complaint: a report issued (a state complaint decision not denied) is 1.1, within timeline
 *       when the 60-day deadline ({@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS}) it satisfies is
 *       {@link DeadlineOutcome#MET}, within an extended timeline when {@link DeadlineOutcome#MET_EXTENDED};
 *       otherwise withdrawn or dismissed (1.3) if it was, else pending (1.2), pending a due process hearing
 *       (1.2(a)) when one of its issues is set aside for a due process complaint. A complaint with several
 *       issues counts once: its first report makes it 1.1;
 *   <li>a mediation request: held (2.1) once a mediation session on it was held, related to due process
 *       as {@link Section618Options#mediationRelation()} says, with an agreement (2.1(a)(i), 2.1(b)(i)) when
 *       a mediation agreement on it was signed; withdrawn or not held (2.3) when withdrawn or declined before
 *       a session; otherwise pending (2.2);
 *   <li>a due process complaint: a resolution meeting held on it is 3.1, a written resolution agreement
 *       after one is 3.1(a); its first closing event decides between fully adjudicated (a hearing decision,
 *       3.2, within timeline when the decision deadline, {@code IDEA.HEARING.DECISION_45_DAYS} or the
 *       expedited {@code IDEA.EXPEDITED.TIMELINES} decision deadline, is met, within extended timeline when
 *       met within a valid extension) and withdrawn or dismissed, including resolved without a hearing (3.4:
 *       withdrawn, dismissed, settled by a resolution, settlement or mediation agreement not voided); with
 *       none it is pending (3.3). An expedited complaint counts in Section D, and in Section C too unless
 *       {@link Section618Options#expeditedInSectionC()} is false.
 * </ul>
 *
 * <p>Implementation Requirements: not thread-safe; use one counter per thread and merge the reports.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Section618Counter {

  private static final RuleId COMPLAINT_RULE = RuleId.of("IDEA.STATE_COMPLAINT.DECISION_60_DAYS");
  private static final RuleId HEARING_RULE = RuleId.of("IDEA.HEARING.DECISION_45_DAYS");
  private static final RuleId EXPEDITED_RULE = RuleId.of("IDEA.EXPEDITED.TIMELINES");
  private static final String EXPEDITED_DECISION_KEY = "decision_deadline";

  private final ReportingYear year;
  private final Section618Options options;
  private final LocalDate statusDate;
  private final long[] counts = new long[Section618Element.values().length];
  private final Map<Section618Element, List<CaseRef>> cases = new EnumMap<>(Section618Element.class);
  private long casesRead;
  private long requestsNotCounted;

  /**
   * Creates a counter.
   *
   * @param year the reporting year
   * @param options the options
   */
  public Section618Counter(ReportingYear year, Section618Options options) {
    this.year = Objects.requireNonNull(year, "year");
    this.options = Objects.requireNonNull(options, "options");
    this.statusDate = options.statusDate().orElse(year.end());
    for (Section618Element e : options.drillDown()) {
      cases.put(e, new ArrayList<>());
    }
  }

  /**
   * Counts a population: each case evaluated with the jurisdiction the function gives for it.
   *
   * @param population the cases
   * @param jurisdictions the jurisdiction of each case (for example {@code c -> book.jurisdiction(c.state())})
   * @param year the reporting year
   * @param options the options
   * @return the report
   */
  public static Section618Report count(Stream<Case> population, Function<? super Case, Jurisdiction> jurisdictions,
      ReportingYear year, Section618Options options) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(jurisdictions, "jurisdictions");
    Section618Counter counter = new Section618Counter(year, options);
    population.forEachOrdered(c -> counter.add(c, jurisdictions.apply(c)));
    return counter.report();
  }

  /**
   * Returns the date statuses are taken on.
   *
   * @return the status date
   */
  public LocalDate statusDate() {
    return statusDate;
  }

  /**
   * Counts a case, evaluated as of the status date with the jurisdiction given.
   *
   * @param aCase the case
   * @param jurisdiction the jurisdiction whose rules evaluate it
   * @throws org.iepdr.core.IepdrException as {@link Jurisdiction#evaluate(Case, EvaluationOptions)} does
   */
  public void add(Case aCase, Jurisdiction jurisdiction) {
    add(aCase, jurisdiction, EvaluationOptions.defaults());
  }

  /**
   * Counts a case, evaluated with the jurisdiction given and the evaluation options' school calendar (needed
   * by the expedited timelines); the as-of date is always the status date.
   *
   * @param aCase the case
   * @param jurisdiction the jurisdiction whose rules evaluate it
   * @param evaluation the options; its as-of date is replaced by the status date
   * @throws org.iepdr.core.IepdrException as {@link Jurisdiction#evaluate(Case, EvaluationOptions)} does
   */
  public void add(Case aCase, Jurisdiction jurisdiction, EvaluationOptions evaluation) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(evaluation, "evaluation");
    casesRead++;
    View v = new View(aCase, jurisdiction, EvaluationOptions.builder().from(evaluation).asOf(statusDate).build());
    for (CaseEvent e : aCase.events()) {
      if (!(e instanceof Request r) || !counted(r.kind())) {
        continue;
      }
      LocalDate filed = v.date(r);
      if (!year.contains(filed) || filed.isAfter(statusDate)) {
        requestsNotCounted++;
        continue;
      }
      CaseRef ref = new CaseRef(aCase.id(), r.id());
      switch (r.kind()) {
        case STATE_COMPLAINT -> stateComplaint(v, r, ref);
        case MEDIATION -> mediation(v, r, ref);
        case DUE_PROCESS_COMPLAINT -> dueProcess(v, r, ref, false);
        case EXPEDITED_DUE_PROCESS_COMPLAINT -> dueProcess(v, r, ref, true);
        default -> throw new IllegalStateException(r.kind().name());
      }
    }
  }

  /**
   * Returns the report of the cases added so far.
   *
   * @return the report
   */
  public Section618Report report() {
    return new Section618Report(year, statusDate, options, counts, cases, casesRead, requestsNotCounted);
  }

  private static boolean counted(RequestKind kind) {
    return kind == RequestKind.STATE_COMPLAINT || kind == RequestKind.MEDIATION
        || kind == RequestKind.DUE_PROCESS_COMPLAINT || kind == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT;
  }

  private void tally(Section618Element e, CaseRef ref) {
    counts[e.ordinal()]++;
    List<CaseRef> l = cases.get(e);
    if (l != null) {
      l.add(ref);
    }
  }

  private void stateComplaint(View v, Request r, CaseRef ref) {
    tally(Section618Element.COMPLAINTS, ref);
    Decision report = v.decision(r.id(), DecisionKind.STATE_COMPLAINT_DECISION, DecisionKind.STATE_COMPLAINT_DECISION);
    LocalDate ended = v.earliest(v.withdrawn(r.id(), false), v.dismissed(r.id()));
    if (report != null && (ended == null || !v.date(report).isAfter(ended))) {
      tally(Section618Element.COMPLAINTS_WITH_REPORTS, ref);
      if (report.findsNoncompliance()) {
        tally(Section618Element.REPORTS_WITH_NONCOMPLIANCE, ref);
      }
      DeadlineOutcome o = v.outcome(report, COMPLAINT_RULE, null);
      tally(o == DeadlineOutcome.MET ? Section618Element.REPORTS_WITHIN_TIMELINES
          : o == DeadlineOutcome.MET_EXTENDED ? Section618Element.REPORTS_WITHIN_EXTENDED_TIMELINES
          : Section618Element.REPORTS_NOT_WITHIN_TIMELINES, ref);
    } else if (ended != null) {
      tally(Section618Element.COMPLAINTS_WITHDRAWN, ref);
    } else {
      tally(Section618Element.COMPLAINTS_PENDING, ref);
      if (r.complaintIssues().stream().map(ComplaintIssue::raisedIn).anyMatch(Optional::isPresent)) {
        tally(Section618Element.COMPLAINTS_PENDING_DUE_PROCESS, ref);
      }
    }
  }

  private void mediation(View v, Request r, CaseRef ref) {
    tally(Section618Element.MEDIATION_REQUESTS, ref);
    LocalDate held = null;
    LocalDate agreed = null;
    LocalDate withdrawn = null;
    for (CaseEvent e : v.aCase.events()) {
      if (!v.known(e)) {
        break;
      }
      if (e instanceof Meeting m && m.kind() == MeetingKind.MEDIATION_SESSION && m.held()
          && m.request().filter(r.id()::equals).isPresent() && held == null) {
        held = v.date(m);
      } else if (e instanceof Agreement a && a.kind() == AgreementKind.MEDIATION_AGREEMENT
          && a.request().filter(r.id()::equals).isPresent() && agreed == null) {
        agreed = v.date(a);
      } else if (withdrawn == null && (e instanceof Withdrawal w && w.request().equals(r.id())
          && w.from() != Withdrawal.From.AGREEMENT
          || e instanceof Reply y && y.request().equals(r.id()) && y.answer() == Reply.Answer.DECLINED)) {
        withdrawn = v.date(e);
      }
    }
    if (held != null && (withdrawn == null || !withdrawn.isBefore(held))) {
      tally(Section618Element.MEDIATIONS_HELD, ref);
      boolean related = relatedToDueProcess(v, r, held);
      tally(related ? Section618Element.MEDIATIONS_HELD_DUE_PROCESS
          : Section618Element.MEDIATIONS_HELD_NOT_DUE_PROCESS, ref);
      if (agreed != null) {
        tally(related ? Section618Element.MEDIATION_AGREEMENTS_DUE_PROCESS
            : Section618Element.MEDIATION_AGREEMENTS_NOT_DUE_PROCESS, ref);
      }
    } else if (withdrawn != null) {
      tally(Section618Element.MEDIATIONS_WITHDRAWN, ref);
    } else {
      tally(Section618Element.MEDIATIONS_PENDING, ref);
    }
  }

  private boolean relatedToDueProcess(View v, Request mediation, LocalDate held) {
    Optional<String> named = mediation.relatesTo();
    for (CaseEvent e : v.aCase.events()) {
      if (e instanceof Request c && (c.kind() == RequestKind.DUE_PROCESS_COMPLAINT
          || c.kind() == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)) {
        if (named.filter(c.id()::equals).isPresent()) {
          return true;
        }
        if (options.mediationRelation() == MediationRelation.COMPLAINT_PENDING_WHEN_HELD
            && !v.date(c).isAfter(held)) {
          Closing closing = v.closing(c);
          if (closing == null || !closing.on().isBefore(held)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void dueProcess(View v, Request r, CaseRef ref, boolean expedited) {
    boolean inC = !expedited || options.expeditedInSectionC();
    if (inC) {
      tally(Section618Element.DUE_PROCESS_COMPLAINTS, ref);
    }
    if (expedited) {
      tally(Section618Element.EXPEDITED_COMPLAINTS, ref);
    }
    LocalDate meeting = null;
    for (CaseEvent e : v.aCase.events()) {
      if (!v.known(e)) {
        break;
      }
      if (e instanceof Meeting m && m.kind() == MeetingKind.RESOLUTION && m.held()
          && m.request().filter(r.id()::equals).isPresent()) {
        meeting = v.date(m);
        break;
      }
    }
    if (meeting != null) {
      if (inC) {
        tally(Section618Element.RESOLUTION_MEETINGS, ref);
      }
      if (expedited) {
        tally(Section618Element.EXPEDITED_RESOLUTION_MEETINGS, ref);
      }
      if (v.resolutionAgreement(r.id(), meeting)) {
        if (inC) {
          tally(Section618Element.RESOLUTION_AGREEMENTS, ref);
        }
        if (expedited) {
          tally(Section618Element.EXPEDITED_RESOLUTION_AGREEMENTS, ref);
        }
      }
    }
    Closing closing = v.closing(r);
    if (closing != null && closing.decision() != null) {
      Decision d = closing.decision();
      DeadlineOutcome o = expedited ? v.outcome(d, EXPEDITED_RULE, EXPEDITED_DECISION_KEY)
          : v.outcome(d, HEARING_RULE, null);
      if (inC) {
        tally(Section618Element.HEARINGS_ADJUDICATED, ref);
        tally(o == DeadlineOutcome.MET ? Section618Element.DECISIONS_WITHIN_TIMELINE
            : o == DeadlineOutcome.MET_EXTENDED ? Section618Element.DECISIONS_WITHIN_EXTENDED_TIMELINE
            : Section618Element.DECISIONS_NOT_WITHIN_TIMELINES, ref);
      }
      if (expedited) {
        tally(Section618Element.EXPEDITED_HEARINGS_ADJUDICATED, ref);
        if (d.ordersPlacementChange()) {
          tally(Section618Element.PLACEMENT_CHANGES_ORDERED, ref);
        }
      }
    } else if (closing != null) {
      if (inC) {
        tally(Section618Element.DUE_PROCESS_WITHDRAWN, ref);
      }
      if (expedited) {
        tally(Section618Element.EXPEDITED_WITHDRAWN, ref);
      }
    } else {
      if (inC) {
        tally(Section618Element.DUE_PROCESS_PENDING, ref);
      }
      if (expedited) {
        tally(Section618Element.EXPEDITED_PENDING, ref);
      }
    }
  }

  /** What closed a due process complaint first, on a day: a hearing decision, or (null) another end. */
  private record Closing(LocalDate on, @Nullable Decision decision) {}

  /** One case as of the status date: local dates, known events, and its evaluation, made when first needed. */
  private final class View {
    final Case aCase;
    final Jurisdiction jurisdiction;
    final ZoneId zone;
    final EvaluationOptions evaluation;
    @Nullable Evaluation evaluated;

    View(Case aCase, Jurisdiction jurisdiction, EvaluationOptions evaluation) {
      this.aCase = aCase;
      this.jurisdiction = jurisdiction;
      this.zone = jurisdiction.zone();
      this.evaluation = evaluation;
    }

    LocalDate date(CaseEvent e) {
      return LocalDate.ofInstant(e.at(), zone);
    }

    boolean known(CaseEvent e) {
      return !date(e).isAfter(statusDate);
    }

    @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
      return a == null ? b : b == null || !a.isAfter(b) ? a : b;
    }

    /** The first known decision of one of two kinds on a request, not denied. */
    @Nullable Decision decision(String request, DecisionKind kind, DecisionKind other) {
      for (CaseEvent e : aCase.events()) {
        if (!known(e)) {
          break;
        }
        if (e instanceof Decision d && d.request().equals(request) && !d.denied()
            && (d.kind() == kind || d.kind() == other)) {
          return d;
        }
      }
      return null;
    }

    /** The day of the first known withdrawal of a request (of a mediation too, when asked). */
    @Nullable LocalDate withdrawn(String request, boolean mediationToo) {
      for (CaseEvent e : aCase.events()) {
        if (!known(e)) {
          break;
        }
        if (e instanceof Withdrawal w && w.request().equals(request)
            && (w.from() == Withdrawal.From.REQUEST || mediationToo && w.from() == Withdrawal.From.MEDIATION)) {
          return date(w);
        }
      }
      return null;
    }

    /** The day of the first known dismissal granted, on the request or on a dismissal request naming it. */
    @Nullable LocalDate dismissed(String request) {
      for (CaseEvent e : aCase.events()) {
        if (!known(e)) {
          break;
        }
        if (e instanceof Decision d && d.kind() == DecisionKind.DISMISSAL && !d.denied()
            && (d.request().equals(request) || relatesTo(d.request(), request))) {
          return date(d);
        }
      }
      return null;
    }

    private boolean relatesTo(String requestId, String complaint) {
      for (CaseEvent e : aCase.events()) {
        if (e instanceof Request q && q.id().equals(requestId)) {
          return q.relatesTo().filter(complaint::equals).isPresent();
        }
      }
      return false;
    }

    /** Whether a written resolution agreement on the complaint was signed on or after its resolution meeting. */
    boolean resolutionAgreement(String complaint, LocalDate meeting) {
      for (CaseEvent e : aCase.events()) {
        if (!known(e)) {
          break;
        }
        if (e instanceof Agreement a && a.kind() == AgreementKind.RESOLUTION_AGREEMENT && a.inWriting()
            && a.request().filter(complaint::equals).isPresent() && !date(a).isBefore(meeting)) {
          return true;
        }
      }
      return false;
    }

    /** The first known end of a due process complaint: a hearing decision wins a tie. */
    @Nullable Closing closing(Request complaint) {
      String id = complaint.id();
      Decision decision = decision(id, DecisionKind.HEARING_DECISION, DecisionKind.EXPEDITED_HEARING_DECISION);
      LocalDate other = earliest(withdrawn(id, false), earliest(dismissed(id), settled(id)));
      if (decision != null && (other == null || !date(decision).isAfter(other))) {
        return new Closing(date(decision), decision);
      }
      return other == null ? null : new Closing(other, null);
    }

    /**
     * The day of the first known agreement that resolved the complaint without a hearing and was not voided:
     * a resolution or settlement agreement on it, a mediation agreement on it or on a mediation request naming
     * it.
     */
    @Nullable LocalDate settled(String complaint) {
      for (CaseEvent e : aCase.events()) {
        if (!known(e)) {
          break;
        }
        if (!(e instanceof Agreement a) || a.request().isEmpty()) {
          continue;
        }
        String on = a.request().get();
        boolean resolves = switch (a.kind()) {
          case RESOLUTION_AGREEMENT, SETTLEMENT_AGREEMENT -> on.equals(complaint);
          case MEDIATION_AGREEMENT -> on.equals(complaint) || relatesTo(on, complaint);
          default -> false;
        };
        if (resolves && !voided(complaint, date(a))) {
          return date(a);
        }
      }
      return null;
    }

    private boolean voided(String complaint, LocalDate agreed) {
      for (CaseEvent e : aCase.events()) {
        if (!known(e)) {
          break;
        }
        if (e instanceof Withdrawal w && w.from() == Withdrawal.From.AGREEMENT && w.request().equals(complaint)
            && !date(w).isBefore(agreed)) {
          return true;
        }
      }
      return false;
    }

    /** The outcome of the deadline a decision satisfied, or null when no such deadline was reported. */
    @Nullable DeadlineOutcome outcome(Decision decision, RuleId rule, @Nullable String keySuffix) {
      if (evaluated == null) {
        evaluated = jurisdiction.evaluate(aCase, evaluation);
      }
      Deadline found = null;
      for (Deadline d : evaluated.deadlines()) {
        if (d.ruleId().equals(rule) && d.satisfiedBy().filter(decision.id()::equals).isPresent()
            && (keySuffix == null || d.action().key().endsWith(keySuffix))) {
          found = d;
        }
      }
      return found == null ? null : found.outcome();
    }
  }
}
