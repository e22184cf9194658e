package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.EvidenceOffered;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.time.Holiday;
import org.iepdr.core.time.SchoolCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Checks a workflow over every start instant of a range: builds the case the workflow produces for
 * each, evaluates it, and groups the broken rules by rule and reason.
 *
 * <p>A rule is broken on a start when the evaluation (as of the date of the workflow's last step) has
 * a finding of kind {@link FindingKind#VIOLATION} or {@link FindingKind#WARNING}. The reason is, in
 * this order: a step the vendor's adjustment moved off a weekend or holiday (naming the day); a change
 * to or from summer time between the instants of the steps the finding names, when they lie less than
 * a week apart; a holiday between them, when one of them is counted in business or school days; else
 * the weekday of the start.
 *
 * <p>The start instants are evaluated in parallel; the report does not depend on the number of
 * threads.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Conformance {

  /** The rule id of a breach where the workflow produced a case whose facts cannot all be true. */
  public static final String INVALID_CASE = "CASE.INVALID";

  private static final String WEEKDAY_REASON = "the start falls on a ";
  private static final String EVERY_START = "on every start date: the dates do not matter";

  private Conformance() {}

  /**
   * Checks a workflow.
   *
   * @param jurisdiction the jurisdiction whose rules apply (the prototype case's state is replaced by
   *     its code)
   * @param workflow the workflow
   * @param run the start dates, cadence and school calendar
   * @return the report
   * @throws InvalidWorkflowException if a step falls outside the years the jurisdiction's calendar
   *     covers on the first or the last start, or counts school days without a school calendar (every
   *     such step named)
   */
  public static ConformanceReport run(Jurisdiction jurisdiction, Workflow workflow, ConformanceRun run) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(run, "run");
    Sweep sweep = new Sweep(jurisdiction, workflow, run);
    return sweep.report();
  }

  /**
   * Places every step for one start instant.
   *
   * @param jurisdiction the jurisdiction whose zone and calendars count
   * @param workflow the workflow
   * @param start the start instant
   * @param schoolCalendar the district's school calendar, if any
   * @return each step's instant, in the workflow's step order
   * @throws InvalidWorkflowException if a step cannot be placed (outside the calendar's years, or
   *     school days without a school calendar)
   */
  public static List<Instant> place(Jurisdiction jurisdiction, Workflow workflow, Instant start,
      Optional<SchoolCalendar> schoolCalendar) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(schoolCalendar, "schoolCalendar");
    Sweep sweep = new Sweep(jurisdiction, workflow,
        new ConformanceRun(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1), Optional.empty(), schoolCalendar));
    Placement p = sweep.placeChecked(start);
    List<Instant> out = new ArrayList<>(p.at.length);
    for (Instant i : p.at) {
      out.add(i);
    }
    return out;
  }

  /** The instants of one start's steps, and the days the vendor's adjustments rolled over. */
  private static final class Placement {
    final Instant[] at;
    final @Nullable LocalDate[] rolledFrom;

    Placement(int n) {
      at = new Instant[n];
      rolledFrom = new LocalDate[n];
    }
  }

  /** One start's outcome: its breaches (rule, kind, reason, message), or none. */
  private record Outcome(Instant start, Placement placement, List<String[]> breaches) {}

  private static final class Sweep {
    private final Jurisdiction j;
    private final Workflow w;
    private final ConformanceRun run;
    private final ZoneId zone;
    private final DayCounter counter;
    private final BusinessCalendar business;
    private final List<Step> steps;
    private final int[] order;
    private final Map<String, Integer> eventIndex = new HashMap<>();
    private final Case prototype;

    Sweep(Jurisdiction j, Workflow w, ConformanceRun run) {
      this.j = j;
      this.w = w;
      this.run = run;
      this.zone = j.zone();
      this.counter = run.schoolCalendar().map(c -> j.counter().withSchoolCalendar(c)).orElse(j.counter());
      this.business = counter.businessCalendar();
      this.steps = w.steps();
      this.order = w.order();
      this.prototype = Case.builder().from(w.prototype()).state(j.code()).build();
      List<CaseEvent> events = prototype.events();
      for (int i = 0; i < events.size(); i++) {
        eventIndex.put(events.get(i).id(), i);
      }
    }

    List<Instant> starts() {
      Workflow.Cadence cadence = run.cadence().orElse(w.cadence());
      List<Instant> out = new ArrayList<>();
      if (cadence == Workflow.Cadence.QUARTER_HOUR) {
        Instant end = run.to().plusDays(1).atStartOfDay(zone).toInstant();
        for (Instant t = run.from().atStartOfDay(zone).toInstant(); t.isBefore(end); t = t.plusSeconds(900)) {
          out.add(t);
        }
        return out;
      }
      for (LocalDate d = run.from(); !d.isAfter(run.to()); d = d.plusDays(1)) {
        if (cadence == Workflow.Cadence.BUSINESS_DAY && !business.isWorkingDay(d)) {
          continue;
        }
        out.add(LocalDateTime.of(d, w.startTime()).atZone(zone).toInstant());
      }
      return out;
    }

    /** Places the steps, naming every step that cannot be placed. */
    Placement placeChecked(Instant start) {
      Placement p = new Placement(steps.size());
      List<WorkflowProblem> problems = new ArrayList<>();
      for (int i : order) {
        int a = w.anchorOf(i);
        Instant base = a < 0 ? start : p.at[a];
        try {
          place(p, i, base);
        } catch (IepdrException | java.time.DateTimeException | ArithmeticException e) {
          problems.add(new WorkflowProblem(i, "offset", "step '" + steps.get(i).id() + "' cannot be placed for the"
              + " start " + start.atZone(zone).toLocalDateTime() + ": " + firstLine(String.valueOf(e.getMessage()))));
          p.at[i] = base;
        }
      }
      if (!problems.isEmpty()) {
        problems.sort(java.util.Comparator.comparingInt(WorkflowProblem::step));
        throw new InvalidWorkflowException(problems);
      }
      return p;
    }

    private void place(Placement p, int i, Instant base) {
      Step s = steps.get(i);
      ZonedDateTime z = base.atZone(zone);
      int amount = s.offset().amount();
      ZonedDateTime t;
      switch (s.offset().unit()) {
        case HOURS -> t = z.plusHours(amount);
        case CALENDAR_DAYS -> t = z.plusDays(amount);
        default -> {
          DayPeriod period = s.offset().unit() == Offset.Unit.BUSINESS_DAYS
              ? DayPeriod.businessDays(Math.abs(amount)) : DayPeriod.schoolDays(Math.abs(amount));
          LocalDate d = amount >= 0 ? counter.plus(z.toLocalDate(), period) : counter.minus(z.toLocalDate(), period);
          t = ZonedDateTime.of(d, z.toLocalTime(), zone);
        }
      }
      for (Adjustment adj : s.adjustments()) {
        switch (adj.kind()) {
          case NEXT_BUSINESS_DAY, PREVIOUS_BUSINESS_DAY -> {
            LocalDate d = t.toLocalDate();
            LocalDate orig = d;
            int step = adj.kind() == Adjustment.Kind.NEXT_BUSINESS_DAY ? 1 : -1;
            while (!business.isWorkingDay(d)) {
              d = d.plusDays(step);
            }
            if (!d.equals(orig)) {
              p.rolledFrom[i] = orig;
              t = ZonedDateTime.of(d, t.toLocalTime(), zone);
            }
          }
          case TIME_OF_DAY -> t = ZonedDateTime.of(t.toLocalDate(), adj.time().orElseThrow(), zone);
          case NOT_BEFORE -> {
            if (t.toLocalTime().isBefore(adj.time().orElseThrow())) {
              t = ZonedDateTime.of(t.toLocalDate(), adj.time().orElseThrow(), zone);
            }
          }
        }
      }
      int year = t.getYear();
      if (year < business.firstYear() || year > business.lastYear()) {
        throw new org.iepdr.core.CalendarRangeException(j.code(), "the step falls on " + t.toLocalDate(), t.toLocalDate(),
            LocalDate.of(business.firstYear(), 1, 1), LocalDate.of(business.lastYear(), 12, 31));
      }
      p.at[i] = t.toInstant();
    }

    Case build(Placement p) {
      List<CaseEvent> events = new ArrayList<>(prototype.events());
      Map<Integer, Instant> at = new TreeMap<>();
      Map<Integer, Map<Integer, Instant>> docs = new HashMap<>();
      Map<Integer, Map<Integer, Instant>> notices = new HashMap<>();
      for (int i = 0; i < steps.size(); i++) {
        Step s = steps.get(i);
        int e = Objects.requireNonNull(eventIndex.get(s.event()), "checked by Workflow.of");
        switch (s.part()) {
          case EVENT -> at.put(e, p.at[i]);
          case DOCUMENT -> docs.computeIfAbsent(e, k -> new HashMap<>()).put(s.index(), p.at[i]);
          case RECORDING_NOTICE -> notices.computeIfAbsent(e, k -> new HashMap<>()).put(s.index(), p.at[i]);
        }
      }
      Set<Integer> touched = new TreeSet<>(at.keySet());
      touched.addAll(docs.keySet());
      touched.addAll(notices.keySet());
      for (int e : touched) {
        CaseEvent old = events.get(e);
        Instant t = at.getOrDefault(e, old.at());
        events.set(e, retime(old, t, docs.get(e), notices.get(e)));
      }
      return Case.builder().from(prototype).events(events).build();
    }

    Outcome evaluate(Instant start) {
      Placement p = new Placement(steps.size());
      for (int i : order) {
        int a = w.anchorOf(i);
        place(p, i, a < 0 ? start : p.at[a]);
      }
      List<String[]> breaches = new ArrayList<>(2);
      Case c;
      try {
        c = build(p);
      } catch (IepdrException e) {
        breaches.add(new String[] {INVALID_CASE, FindingKind.VIOLATION.name(), "the workflow's dates cannot all be true",
            firstLine(e.getMessage())});
        return new Outcome(start, p, breaches);
      }
      Instant last = start;
      for (Instant t : p.at) {
        last = t.isAfter(last) ? t : last;
      }
      EvaluationOptions.Builder options = EvaluationOptions.builder().asOf(counter.localDate(last));
      run.schoolCalendar().ifPresent(options::schoolCalendar);
      Evaluation ev;
      try {
        ev = j.evaluate(c, options.build());
      } catch (IepdrException e) {
        breaches.add(new String[] {INVALID_CASE, FindingKind.VIOLATION.name(), "the evaluation was refused",
            firstLine(e.getMessage())});
        return new Outcome(start, p, breaches);
      }
      for (Finding f : ev.findings()) {
        if (f.kind() == FindingKind.ADVISORY) {
          continue;
        }
        breaches.add(new String[] {f.ruleId().toString(), f.kind().name(), reason(start, p, f), f.message()});
      }
      return new Outcome(start, p, breaches);
    }

    private String reason(Instant start, Placement p, Finding f) {
      Set<String> named = new HashSet<>(f.events());
      List<Integer> involved = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        if (named.contains(steps.get(i).event())) {
          involved.add(i);
        }
      }
      if (involved.isEmpty()) {
        for (int i = 0; i < steps.size(); i++) {
          involved.add(i);
        }
      }
      Instant min = p.at[involved.get(0)];
      Instant max = min;
      for (int i : involved) {
        min = p.at[i].isBefore(min) ? p.at[i] : min;
        max = p.at[i].isAfter(max) ? p.at[i] : max;
      }
      if (Duration.between(min, max).compareTo(Duration.ofDays(7)) < 0) {
        ZoneOffsetTransition tr = zone.getRules().nextTransition(min);
        if (tr != null && !tr.getInstant().isAfter(max)) {
          return "the DST change of " + tr.getDateTimeBefore().toLocalDate() + " (clocks "
              + (tr.isGap() ? "forward" : "back") + " one hour)";
        }
      }
      if (Duration.between(min, max).compareTo(Duration.ofDays(15)) < 0) {
        for (LocalDate d = counter.localDate(min); !d.isAfter(counter.localDate(max)); d = d.plusDays(1)) {
          Optional<Holiday> h = business.holidays().holidayOn(d);
          if (h.isPresent() && d.getDayOfWeek().getValue() <= 5) {
            return "the holiday " + h.get().name() + " falls between the steps";
          }
        }
      }
      for (int i : involved) {
        LocalDate from = p.rolledFrom[i];
        if (from != null) {
          return "the " + steps.get(i).id() + " fell on " + dayName(from) + " and was moved to the "
              + (p.at[i].isAfter(from.atStartOfDay(zone).toInstant()) ? "next" : "previous") + " business day";
        }
      }
      return WEEKDAY_REASON + weekday(counter.localDate(start).getDayOfWeek());
    }

    private String dayName(LocalDate d) {
      Optional<Holiday> h = business.holidays().holidayOn(d);
      return h.map(Holiday::name).orElse("a " + weekday(d.getDayOfWeek()));
    }

    ConformanceReport report() {
      List<Instant> starts = starts();
      if (starts.isEmpty()) {
        return new ConformanceReport(w.name(), j.code(), run.from(), run.to(), run.cadence().orElse(w.cadence()),
            0, 0, List.of(), List.of());
      }
      placeChecked(starts.get(0));
      placeChecked(starts.get(starts.size() - 1));
      Outcome[] outcomes = new Outcome[starts.size()];
      IntStream.range(0, starts.size()).parallel().forEach(k -> outcomes[k] = evaluate(starts.get(k)));
      Map<String, List<Outcome>> groups = new TreeMap<>();
      Map<String, String[]> firstBreach = new HashMap<>();
      int failing = 0;
      for (Outcome o : outcomes) {
        if (!o.breaches().isEmpty()) {
          failing++;
        }
        Set<String> seen = new HashSet<>();
        for (String[] b : o.breaches()) {
          String key = b[0] + "\u0000" + b[1] + "\u0000" + b[2];
          if (seen.add(key)) {
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            firstBreach.putIfAbsent(key, b);
          }
        }
      }
      mergeWeekdays(groups, firstBreach);
      mergeEverywhere(groups, firstBreach, starts.size());
      List<ConformanceReport.Breach> breaches = new ArrayList<>();
      for (Map.Entry<String, List<Outcome>> g : groups.entrySet()) {
        String[] b = Objects.requireNonNull(firstBreach.get(g.getKey()), "put with the group");
        Outcome first = g.getValue().get(0);
        List<ZonedDateTime> at = g.getValue().stream().map(o -> o.start().atZone(zone)).toList();
        breaches.add(new ConformanceReport.Breach(b[0], FindingKind.valueOf(b[1]), b[2], at,
            new ConformanceReport.Example(first.start().atZone(zone), placed(first.placement()), b[3])));
      }
      return new ConformanceReport(w.name(), j.code(), run.from(), run.to(), run.cadence().orElse(w.cadence()),
          starts.size(), failing, breaches, ranges(outcomes));
    }

    /** A rule broken on every start is one group, whatever reasons its starts were given: the dates do not matter. */
    private void mergeEverywhere(Map<String, List<Outcome>> groups, Map<String, String[]> firstBreach, int total) {
      Map<String, List<String>> byRule = new TreeMap<>();
      for (String key : groups.keySet()) {
        String[] k = key.split("\u0000", -1);
        byRule.computeIfAbsent(k[0] + "\u0000" + k[1], x -> new ArrayList<>()).add(key);
      }
      for (Map.Entry<String, List<String>> e : byRule.entrySet()) {
        Set<Instant> covered = new HashSet<>();
        for (String key : e.getValue()) {
          for (Outcome o : Objects.requireNonNull(groups.get(key), "grouped")) {
            covered.add(o.start());
          }
        }
        if (covered.size() < total || e.getValue().size() == 1 && e.getValue().get(0).endsWith(EVERY_START)) {
          continue;
        }
        merge(groups, firstBreach, e.getKey(), e.getValue(), EVERY_START);
      }
    }

    private void merge(Map<String, List<Outcome>> groups, Map<String, String[]> firstBreach, String rule,
        List<String> keys, String reason) {
      Map<Instant, Outcome> all = new TreeMap<>();
      String[] first = null;
      Instant firstStart = null;
      for (String key : keys) {
        List<Outcome> os = Objects.requireNonNull(groups.remove(key), "grouped");
        os.forEach(o -> all.put(o.start(), o));
        String[] b = Objects.requireNonNull(firstBreach.get(key), "grouped");
        if (firstStart == null || os.get(0).start().isBefore(firstStart)) {
          firstStart = os.get(0).start();
          first = b;
        }
      }
      String[] b = Objects.requireNonNull(first, "at least one group").clone();
      b[2] = reason;
      String key = rule + "\u0000" + reason;
      groups.put(key, new ArrayList<>(all.values()));
      firstBreach.put(key, b);
    }

    /** A rule broken on starts of every weekday, for no other reason, is one group: the weekday did not do it. */
    private void mergeWeekdays(Map<String, List<Outcome>> groups, Map<String, String[]> firstBreach) {
      Map<String, List<String>> byRule = new TreeMap<>();
      for (String key : groups.keySet()) {
        String[] k = key.split("\u0000", -1);
        if (k[2].startsWith(WEEKDAY_REASON)) {
          byRule.computeIfAbsent(k[0] + "\u0000" + k[1], x -> new ArrayList<>()).add(key);
        }
      }
      for (Map.Entry<String, List<String>> e : byRule.entrySet()) {
        if (e.getValue().size() >= 7) {
          merge(groups, firstBreach, e.getKey(), e.getValue(), "whatever the weekday of the start");
        }
      }
    }

    private List<ConformanceReport.PlacedStep> placed(Placement p) {
      List<ConformanceReport.PlacedStep> out = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        out.add(new ConformanceReport.PlacedStep(steps.get(i).id(), p.at[i].atZone(zone)));
      }
      return out;
    }

    private List<ConformanceReport.StepRange> ranges(Outcome[] outcomes) {
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < steps.size(); i++) {
        ids.put(steps.get(i).id(), i);
      }
      List<ConformanceReport.StepRange> out = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        Step s = steps.get(i);
        if (s.plan().isEmpty()) {
          continue;
        }
        Step.PlannedAs pa = s.plan().get();
        int trigger = Objects.requireNonNull(ids.get(pa.trigger()), "checked by Workflow.of");
        int anchor = w.anchorOf(i);
        Integer earliest = null;
        Integer latest = null;
        int placedMin = Integer.MAX_VALUE;
        int placedMax = Integer.MIN_VALUE;
        Set<String> rules = new TreeSet<>();
        Map<LocalDate, Plan> plans = new HashMap<>();
        boolean computable = true;
        for (Outcome o : outcomes) {
          Placement p = o.placement();
          LocalDate anchorDay = counter.localDate(anchor < 0 ? o.start() : p.at[anchor]);
          int placedOffset = (int) ChronoUnit.DAYS.between(anchorDay, counter.localDate(p.at[i]));
          placedMin = Math.min(placedMin, placedOffset);
          placedMax = Math.max(placedMax, placedOffset);
          if (!computable) {
            continue;
          }
          LocalDate triggerDay = counter.localDate(p.at[trigger]);
          Plan plan = plans.get(triggerDay);
          if (plan == null) {
            try {
              plan = run.schoolCalendar().isPresent()
                  ? j.plan(pa.act(), triggerDay, run.schoolCalendar().get()) : j.plan(pa.act(), triggerDay);
            } catch (IepdrException e) {
              computable = false;
              continue;
            }
            plans.put(triggerDay, plan);
          }
          for (PlanConstraint c : plan.constraints()) {
            rules.add(c.ruleId().toString());
          }
          if (plan.earliest().isPresent()) {
            int e = (int) ChronoUnit.DAYS.between(anchorDay, plan.earliest().get());
            earliest = earliest == null ? e : Math.max(earliest, e);
          }
          if (plan.latest().isPresent()) {
            int l = (int) ChronoUnit.DAYS.between(anchorDay, plan.latest().get());
            latest = latest == null ? l : Math.min(latest, l);
          }
        }
        if (computable) {
          out.add(new ConformanceReport.StepRange(s.id(), pa.act(), anchor < 0 ? "start" : steps.get(anchor).id(),
              Optional.ofNullable(earliest), Optional.ofNullable(latest), placedMin, placedMax, List.copyOf(rules)));
        }
      }
      return out;
    }
  }

  private static String weekday(DayOfWeek d) {
    return d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Returns the event at another instant, its documents and recording notices retimed as given. */
  static CaseEvent retime(CaseEvent e, Instant at, @Nullable Map<Integer, Instant> docs,
      @Nullable Map<Integer, Instant> notices) {
    if (e instanceof Meeting m) {
      Meeting.Builder b = Meeting.builder().from(m).at(at);
      if (docs != null) {
        List<DocumentSent> list = new ArrayList<>(m.documents());
        docs.forEach((k, t) -> {
          DocumentSent d = list.get(k);
          list.set(k, new DocumentSent(d.kind(), t, d.sentBy(), d.markedDraft()));
        });
        b.documents(list);
      }
      if (notices != null) {
        List<RecordingNotice> list = new ArrayList<>(m.recordingNotices());
        notices.forEach((k, t) -> list.set(k, new RecordingNotice(list.get(k).by(), t)));
        b.recordingNotices(list);
      }
      return b.build();
    }
    if (e.at().equals(at)) {
      return e;
    }
    if (e instanceof Request x) {
      return Request.builder().from(x).at(at).build();
    } else if (e instanceof Receipt x) {
      return Receipt.builder().from(x).at(at).build();
    } else if (e instanceof Reply x) {
      return Reply.builder().from(x).at(at).build();
    } else if (e instanceof Consent x) {
      return Consent.builder().from(x).at(at).build();
    } else if (e instanceof Agreement x) {
      return Agreement.builder().from(x).at(at).build();
    } else if (e instanceof Appointment x) {
      return Appointment.builder().from(x).at(at).build();
    } else if (e instanceof Decision x) {
      return Decision.builder().from(x).at(at).build();
    } else if (e instanceof Extension x) {
      return Extension.builder().from(x).at(at).build();
    } else if (e instanceof Withdrawal x) {
      // its "from" attribute hides the builder's copy method
      return Withdrawal.builder().id(x.id()).request(x.request()).by(x.by()).from(x.from()).at(at).build();
    } else if (e instanceof RecordsShared x) {
      return RecordsShared.builder().from(x).at(at).build();
    } else if (e instanceof PlacementChange x) {
      return PlacementChange.builder().from(x).at(at).build();
    } else if (e instanceof EvidenceOffered x) {
      return EvidenceOffered.builder().from(x).at(at).build();
    } else if (e instanceof Demand x) {
      return Demand.builder().from(x).at(at).build();
    } else if (e instanceof CourtProceeding x) {
      return CourtProceeding.builder().from(x).at(at).build();
    } else if (e instanceof Amendment x) {
      return Amendment.builder().from(x).at(at).build();
    }
    throw new IllegalStateException("unknown event type " + e.getClass().getName());
  }
}
