package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.CalendarRangeException;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.CaseStatus;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.SchoolCalendar;

/**
 * One jurisdiction's compiled rules: its own and the inherited ones after replacements, its day
 * counting and its escalation path. Obtained from a {@link RuleBook}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; evaluations may run concurrently.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class Jurisdiction {

  private final String code;
  private final String name;
  private final DayCounter counter;
  private final List<Rule> rules;
  private final EscalationPath escalation;
  /** For each rule, the trace entry of a run that found, noted and used nothing (shared: immutable). */
  private final TraceEntry[] quiet;
  /** The first and last days the business calendar covers, and the instants they begin and end. */
  private final LocalDate coveredFirst;
  private final LocalDate coveredLast;
  private final Instant coveredFrom;
  private final Instant coveredUntil;
  /** For each rule, the event types and request kinds it declares it needs ({@link RuleDescriptor#reads()}). */
  private final Class<?>[][] reads;
  /** For each rule, its {@link #reads} as the bits of the numbered event types, and the others. */
  private final int[] readsMask;
  private final Class<?>[][] readsOther;
  private final RequestKind[][] readsRequests;
  /** The rule-set fingerprint, computed once (the rules never change); a benign race computes it twice. */
  private @Nullable String fingerprint;

  Jurisdiction(String code, String name, DayCounter counter, List<Rule> rules, EscalationPath escalation) {
    this.code = code;
    this.name = name;
    this.counter = counter;
    this.rules = List.copyOf(rules);
    this.escalation = escalation;
    BusinessCalendar cal = counter.businessCalendar();
    this.coveredFirst = LocalDate.of(cal.firstYear(), 1, 1);
    this.coveredLast = LocalDate.of(cal.lastYear(), 12, 31);
    this.coveredFrom = coveredFirst.atStartOfDay(counter.zone()).toInstant();
    this.coveredUntil = coveredLast.plusDays(1).atStartOfDay(counter.zone()).toInstant();
    this.quiet = new TraceEntry[this.rules.size()];
    this.reads = new Class<?>[quiet.length][];
    this.readsRequests = new RequestKind[quiet.length][];
    this.readsMask = new int[quiet.length];
    this.readsOther = new Class<?>[quiet.length][];
    for (int i = 0; i < quiet.length; i++) {
      RuleDescriptor d = this.rules.get(i).descriptor();
      quiet[i] = TraceEntry.builder().ruleId(d.id()).outcome(TraceEntry.Outcome.RAN).build();
      reads[i] = d.reads().toArray(new Class<?>[0]);
      readsRequests[i] = d.readsRequests().toArray(new RequestKind[0]);
      readsMask[i] = RuleContext.typeMask(reads[i]);
      readsOther[i] = RuleContext.unnumbered(reads[i]);
    }
  }

  /** Returns the rule-set fingerprint, computed on first use ({@link RuleSetFingerprint#of(Jurisdiction)}). */
  String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = RuleSetFingerprint.of(RuleSetFingerprint.libraryVersion(), code,
          rules.stream().map(Rule::descriptor).toList());
      fingerprint = f;
    }
    return f;
  }

  /**
   * Returns the jurisdiction's code.
   *
   * @return e.g. {@code "MO"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the jurisdiction's name.
   *
   * @return e.g. {@code "Missouri"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the time zone days and hours are counted in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return counter.zone();
  }

  /**
   * Returns the jurisdiction's day counting (business calendar, no school calendar).
   *
   * @return the counter
   */
  public DayCounter counter() {
    return counter;
  }

  /**
   * Returns every rule of the jurisdiction, own and inherited, in id order, whatever their period in
   * force.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the rules in force on a date, in id order.
   *
   * @param date the date
   * @return the rules in force
   */
  public List<Rule> rulesInForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r.descriptor().inForce().contains(date)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Returns the rule with an id.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public Optional<Rule> rule(RuleId id) {
    Objects.requireNonNull(id, "id");
    return rules.stream().filter(r -> r.descriptor().id().equals(id)).findFirst();
  }

  /**
   * Returns the escalation path.
   *
   * @return the path
   */
  public EscalationPath escalation() {
    return escalation;
  }

  /**
   * Evaluates a case as of the date of its facts.
   *
   * @param aCase the case; its state must be this jurisdiction's code
   * @return the evaluation
   */
  public Evaluation evaluate(Case aCase) {
    return evaluate(aCase, EvaluationOptions.defaults());
  }

  /**
   * Evaluates a case as of a date.
   *
   * @param aCase the case; its state must be this jurisdiction's code
   * @param asOf the date the evaluation speaks as of
   * @return the evaluation
   */
  public Evaluation evaluate(Case aCase, LocalDate asOf) {
    return evaluate(aCase, EvaluationOptions.asOf(asOf));
  }

  /**
   * Evaluates a case with options.
   *
   * <p>Point in time: the as-of date says which facts are known; an act dated after it has not happened
   * yet, for every rule alike (a meeting recorded as scheduled is a plan and stays checkable as one;
   * see {@link RuleContext#knownEvents()}). Which law governs is decided act by act
   * ({@link Rule#governs}): a rule runs when its period in force overlaps the case (from its first known
   * act to the as-of date, or to a later scheduled meeting), and, when its period begins or ends inside
   * the case, judges only the acts and clocks dated in it; its trace entry says so and names the acts
   * it left to the rules in force on their dates. A rule whose period does not overlap the case has the
   * outcome {@link TraceEntry.Outcome#NOT_IN_FORCE}. A rule that declares the events it needs
   * ({@link RuleDescriptor#reads()}, {@link RuleDescriptor#readsRequests()}) and whose period covers the
   * whole case is skipped when the case knows none of them, with the trace entry of a run that found
   * and noted nothing, unless the options ask for every rule ({@link EvaluationOptions#everyRule()}).
   *
   * <p>A rule that throws (any {@link RuntimeException} but {@link org.iepdr.core.CalendarRangeException},
   * which refuses the whole evaluation as documented below) does not end the evaluation: its
   * {@link TraceEntry} has the outcome {@link TraceEntry.Outcome#INCOMPLETE}, carries the rule's id,
   * and has a note naming the exception's class (not its message, which could hold any text of the
   * case); the findings and deadlines it reported before it threw are kept, and every other rule runs.
   * Callers that must not act on an incomplete evaluation check the trace for that outcome. Errors
   * ({@link Error}, e.g. out of memory) are not caught.
   *
   * @param aCase the case; its state must be this jurisdiction's code
   * @param options the as-of date, the school calendar and whether to keep the full trace (see
   *     {@link EvaluationOptions#trace()}; {@link #evaluate(Case)} and {@link #evaluate(Case, LocalDate)}
   *     keep it)
   * @return the evaluation
   * @throws InvalidInputException if the case is of another state, or has no events and no as-of
   *     date is given
   * @throws org.iepdr.core.CalendarRangeException if an event or the as-of date lies outside the
   *     years the jurisdiction's business calendar covers ({@link RuleModule#firstYear()} to
   *     {@link RuleModule#lastYear()}), or a deadline would fall outside them
   */
  public Evaluation evaluate(Case aCase, EvaluationOptions options) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(options, "options");
    if (!aCase.state().equals(code) && !"US".equals(code)) {
      throw new InvalidInputException("case.state", aCase.state(), "'" + code + "' for the " + name + " rules");
    }
    requireCovered(aCase, options);
    Optional<LocalDate> givenAsOf = options.asOf();
    LocalDate asOf = givenAsOf.isPresent() ? givenAsOf.get() : dateOfFacts(aCase);
    Optional<SchoolCalendar> school = options.schoolCalendar();
    DayCounter dc = school.isPresent() ? counter.withSchoolCalendar(school.get()) : counter;
    boolean tracing = options.trace();
    boolean everyRule = options.everyRule();
    RuleContext ctx = new RuleContext(aCase, asOf, dc, tracing);
    // The span of the case: from its first known act to the as-of date (or a later scheduled meeting).
    List<CaseEvent> known = ctx.knownEvents();
    LocalDate first = asOf;
    LocalDate last = asOf;
    if (!known.isEmpty()) {
      LocalDate a = ctx.date(known.get(0));
      LocalDate z = ctx.date(known.get(known.size() - 1));
      first = a.isBefore(first) ? a : first;
      last = z.isAfter(last) ? z : last;
    }
    List<TraceEntry> trace = tracing ? new ArrayList<>(rules.size()) : new ArrayList<>(0);
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      RuleDescriptor d = rule.descriptor();
      EffectivePeriod p = d.inForce();
      if (!p.overlaps(first, last)) {
        if (!tracing) {
          continue;
        }
        trace.add(TraceEntry.builder().ruleId(d.id()).outcome(TraceEntry.Outcome.NOT_IN_FORCE)
            .addNotes("in force " + p + "; not between " + first + " and " + last + ", the case's acts and as-of"
                + " date").build());
        continue;
      }
      boolean whole = p.contains(first) && p.contains(last);
      if (whole && !everyRule && (reads[i].length > 0 || readsRequests[i].length > 0)
          && !ctx.knowsAny(readsMask[i], readsOther[i], readsRequests[i])) {
        // none of the events the rule needs: it would find and note nothing (the reference run, every
        // rule, gives the same entry)
        if (tracing) {
          trace.add(quiet[i]);
        }
        continue;
      }
      ctx.begin(d, whole ? null : rule);
      try {
        rule.evaluate(ctx);
      } catch (MissingCalendarException e) {
        ctx.incomplete(e.getMessage());
      } catch (CalendarRangeException e) {
        throw e;
      } catch (RuntimeException e) {
        // A failing rule does not cost the others their findings: it is reported as incomplete, with its
        // id (the trace entry's) and the exception's class; the message is left out, since a rule's own
        // exception could carry any text of the case.
        ctx.incomplete("the rule failed with " + e.getClass().getName() + " and was stopped; what it reported"
            + " before failing is kept, and the other rules ran");
      }
      TraceEntry entry = ctx.end(quiet[i]);
      if (entry != null) {
        trace.add(entry);
      }
    }
    // the ladder, like the rules, sees only what is known on the as-of date, and reads the resolution
    // periods the rules computed (the same as CaseStatus.of(aCase, known, zone) would compute again)
    CaseStatus status = CaseStatus.of(known, r -> org.iepdr.core.idea.ResolutionPeriod.of(ctx, r));
    Evaluation e = ImmutableEvaluation.of(aCase.id(), code, asOf, ctx.findings(), ctx.deadlines(), status.position(),
        escalation.nextSteps(status), trace);
    return tracing ? e : ((ImmutableEvaluation) e).withTraced(false);
  }

  /**
   * Returns the earliest and latest lawful dates for a proposed act under the rules in force on the
   * trigger date.
   *
   * @param act the act
   * @param trigger the date it counts from (see {@link ProposedAct#trigger()})
   * @return the plan
   */
  public Plan plan(ProposedAct act, LocalDate trigger) {
    return plan(act, trigger, trigger);
  }

  /**
   * Returns the earliest and latest lawful dates for a proposed act under the rules in force on a
   * date.
   *
   * @param act the act
   * @param trigger the date it counts from
   * @param rulesAsOf the date whose rules apply
   * @return the plan
   * @throws org.iepdr.core.MissingCalendarException if a rule counts school days (the expedited acts):
   *     use {@link #plan(ProposedAct, LocalDate, SchoolCalendar)}
   */
  public Plan plan(ProposedAct act, LocalDate trigger, LocalDate rulesAsOf) {
    return plan(act, trigger, rulesAsOf, counter);
  }

  /**
   * Returns the earliest and latest lawful dates for a proposed act counted in school days (the
   * expedited-hearing acts), with the district's school calendar.
   *
   * @param act the act
   * @param trigger the date it counts from
   * @param schoolCalendar the district's school calendar
   * @return the plan
   */
  public Plan plan(ProposedAct act, LocalDate trigger, SchoolCalendar schoolCalendar) {
    return plan(act, trigger, trigger, counter.withSchoolCalendar(Objects.requireNonNull(schoolCalendar, "schoolCalendar")));
  }

  private Plan plan(ProposedAct act, LocalDate trigger, LocalDate rulesAsOf, DayCounter dc) {
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(rulesAsOf, "rulesAsOf");
    Plan.Builder b = Plan.builder().jurisdiction(code).act(act).trigger(trigger);
    for (Rule r : rulesInForce(rulesAsOf)) {
      r.plan(act, trigger, dc).ifPresent(b::addConstraints);
    }
    return b.build();
  }

  /**
   * Refuses, naming the first offender, a case with an event or an as-of date outside the business
   * calendar's years: no deadline can be counted there, and a quiet evaluation would look like an
   * answer. Instants are compared as instants, so even {@link Instant#MAX} gives this exception.
   */
  /**
   * An instant as the jurisdiction's local time with its offset ({@code 2026-03-05T16:45-06:00}), as a
   * person in the state reads it; an instant beyond the years a zone can express stays in UTC.
   */
  private String inZone(Instant instant) {
    try {
      return instant.atZone(counter.zone()).toOffsetDateTime().toString();
    } catch (java.time.DateTimeException beyondZoneRules) {
      return instant.toString();
    }
  }

  private void requireCovered(Case aCase, EvaluationOptions options) {
    BusinessCalendar cal = counter.businessCalendar();
    LocalDate first = coveredFirst;
    LocalDate last = coveredLast;
    Instant from = coveredFrom;
    Instant until = coveredUntil;
    for (CaseEvent e : aCase.events()) {
      if (e.at().isBefore(from) || !e.at().isBefore(until)) {
        throw new CalendarRangeException(cal.name(), "event '" + e.id() + "' at " + inZone(e.at()),
            e.at().isBefore(from) ? safeDate(e.at(), LocalDate.MIN) : safeDate(e.at(), LocalDate.MAX), first, last);
      }
    }
    Optional<LocalDate> asOf = options.asOf();
    if (asOf.isPresent() && (asOf.get().isBefore(first) || asOf.get().isAfter(last))) {
      throw new CalendarRangeException(cal.name(), "the as-of date", asOf.get(), first, last);
    }
  }

  private LocalDate safeDate(Instant at, LocalDate beyond) {
    try {
      return counter.localDate(at);
    } catch (DateTimeException beyondTheDatesJavaRepresents) {
      return beyond;
    }
  }

  private LocalDate dateOfFacts(Case aCase) {
    List<CaseEvent> events = aCase.events();
    if (events.isEmpty()) {
      throw new InvalidInputException("asOf", "not given", "an as-of date, since case '" + aCase.id()
          + "' has no events to take the date of the facts from");
    }
    return counter.localDate(events.get(events.size() - 1).at());
  }

  @Override
  public String toString() {
    return "Jurisdiction[" + code + ", " + rules.size() + " rules]";
  }
}
