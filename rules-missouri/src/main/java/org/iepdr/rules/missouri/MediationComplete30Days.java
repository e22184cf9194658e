package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.time.LastDayRule;
import org.jspecify.annotations.Nullable;

/**
 * {@code MO.MEDIATION.COMPLETE_30_DAYS}: mediation is completed within 30 days of the agreement to
 * mediate.
 *
 * <p>RSMo 162.959.5, as the public copy at statutes.laws.com reads (the copy stops inside the sentence):
 * "Mediation conducted pursuant to this section shall be completed within thirty days of agreement to
 * mediate and may be termina[...]".
 *
 * <p>Counting: 30 calendar days under RSMo 1.040 ({@link MissouriTime}): the day of the
 * {@link AgreementKind#TO_MEDIATE} agreement is day 0, the first day, excluded; a last day on a Sunday is
 * excluded, so the period ends on the Monday (a Saturday or a holiday stays). Mediation is complete on the first event that ends it, for the agreement's request (or
 * any, when the agreement names none) and on or after day 0: a {@link AgreementKind#MEDIATION_AGREEMENT},
 * a {@link AgreementKind#NO_AGREEMENT_POSSIBLE}, or a {@link Withdrawal} from mediation. When no such
 * event is recorded and the 30 days have run (as of the evaluation date), the last held mediation
 * session stands for the end of mediation: on or before day 30 it is on time, after it it is late. The
 * truncated remainder of 162.959.5 (termination, any extension) is not encoded.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationComplete30Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEDIATION.COMPLETE_30_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(30);

  /**
   * The clock, RSMo 162.959.5: "Mediation conducted pursuant to this section shall be completed within
   * thirty days of agreement to mediate and may be termina[...]" (the public copy stops there: termination
   * and any extension are not encoded); counted under RSMo 1.040.
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the agreement to mediate")
      .satisfiedBy("the end of mediation: a mediation agreement, an impasse, a withdrawal from mediation (else,"
          + " once the 30 days have run, the last held session)")
      .lastDayRule(LastDayRule.RSMO_1_040)
      .build();

  /** Creates the rule. */
  public MediationComplete30Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Agreement.class)
        .messages(Messages.CATALOG)
        .title("Mediation is completed within 30 days of the agreement to mediate")
        .kind(FindingKind.VIOLATION)
        .addCitations(Sources.rsmo162959("162.959.5",
            "Mediation conducted pursuant to this section shall be completed within thirty days of agreement to"
                + " mediate and may be termina[...]"))
        .addCitations(MissouriTime.citation())
        .counting(MissouriTime.counting(30, "the agreement to mediate", "the agreement's day"))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<Agreement> toMediateAll = ctx.agreements(AgreementKind.TO_MEDIATE);
    if (toMediateAll.isEmpty()) {
      return;
    }
    Ends ends = new Ends(ctx);
    for (Agreement toMediate : toMediateAll) {
      LocalDate day0 = ctx.date(toMediate);
      LocalDate due = CLOCK.due(day0, ctx.counter());
      Optional<? extends CaseEvent> end = ends.closing(toMediate, day0);
      if (end.isEmpty() && ctx.asOf().isAfter(due)) {
        end = ends.lastSession(toMediate, day0);
        if (end.isPresent()) {
          String session = end.get().id();
          ctx.note(() -> "agreement " + toMediate.id() + ": no agreement, impasse or withdrawal"
              + " recorded; the last session " + session + " is taken as the end of mediation");
        }
      }
      Deadline d = ctx.clock(CLOCK)
          .trigger(toMediate.id(), day0)
          .satisfiedBy(end)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        if (end.isPresent()) {
          ctx.finding("late").date("ended", ctx.date(end.get())).date("due", due).date("agreed", day0)
              .events(toMediate.id(), end.get().id()).report();
        } else {
          ctx.finding("missed").date("due", due).date("agreed", day0).events(toMediate.id()).report();
        }
      }
    }
  }

  /**
   * The events that can end a mediation (a mediation agreement, an impasse, a withdrawal from mediation)
   * and the held sessions, read once and grouped by request, so that each agreement to mediate is
   * answered by binary searches instead of a pass over the case. An agreement to mediate, or an end,
   * that names no request goes with every request.
   */
  private static final class Ends {
    /** An end of mediation with its place among all the ends. */
    private record End(CaseEvent event, int place) {}

    private final RuleContext ctx;
    /** Every end, by instant (ties in the order: mediation agreements, impasses, withdrawals). */
    private final List<End> all;
    private final Map<String, List<End>> byRequest = new HashMap<>();
    private final List<End> general = new ArrayList<>();
    private @Nullable Meeting lastHeld;
    private @Nullable Meeting lastHeldGeneral;
    private final Map<String, Meeting> lastHeldByRequest = new HashMap<>();

    Ends(RuleContext ctx) {
      this.ctx = ctx;
      List<Agreement> reached = ctx.agreements(AgreementKind.MEDIATION_AGREEMENT);
      List<Agreement> impasses = ctx.agreements(AgreementKind.NO_AGREEMENT_POSSIBLE);
      List<CaseEvent> ends = new ArrayList<>(reached.size() + impasses.size() + 2);
      ends.addAll(reached);
      ends.addAll(impasses);
      for (Withdrawal w : ctx.events(Withdrawal.class)) {
        if (w.from() == Withdrawal.From.MEDIATION) {
          ends.add(w);
        }
      }
      ends.sort(BY_AT); // stable: ties keep the order above
      all = new ArrayList<>(ends.size());
      for (int i = 0; i < ends.size(); i++) {
        CaseEvent e = ends.get(i);
        End end = new End(e, i);
        all.add(end);
        String request = e instanceof Agreement a ? a.request().orElse(null) : ((Withdrawal) e).request();
        if (request != null) {
          byRequest.computeIfAbsent(request, k -> new ArrayList<>(2)).add(end);
        } else {
          general.add(end);
        }
      }
      for (Meeting m : ctx.meetings(MeetingKind.MEDIATION_SESSION)) {
        if (m.held()) {
          lastHeld = m;
          if (m.request().isPresent()) {
            lastHeldByRequest.put(m.request().get(), m);
          } else {
            lastHeldGeneral = m;
          }
        }
      }
    }

    /** The first end on or after day 0 of a list in instant order; null if none. */
    private @Nullable End firstFrom(List<End> ends, LocalDate day0) {
      int lo = 0;
      int hi = ends.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ctx.date(ends.get(mid).event()).isBefore(day0)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < ends.size() ? ends.get(lo) : null;
    }

    Optional<CaseEvent> closing(Agreement toMediate, LocalDate day0) {
      String request = toMediate.request().orElse(null);
      End first;
      if (request == null) {
        first = firstFrom(all, day0);
      } else {
        End own = firstFrom(byRequest.getOrDefault(request, List.of()), day0);
        End any = firstFrom(general, day0);
        first = own == null ? any : any == null ? own : own.place() <= any.place() ? own : any;
      }
      return first == null ? Optional.empty() : Optional.of(first.event());
    }

    Optional<Meeting> lastSession(Agreement toMediate, LocalDate day0) {
      Meeting last;
      if (toMediate.request().isEmpty()) {
        last = lastHeld;
      } else {
        Meeting own = lastHeldByRequest.get(toMediate.request().get());
        last = own == null ? lastHeldGeneral : lastHeldGeneral == null ? own
            : TIMELINE.compare(own, lastHeldGeneral) >= 0 ? own : lastHeldGeneral;
      }
      return Optional.ofNullable(last).filter(m -> !ctx.date(m).isBefore(day0));
    }
  }

  private static final Comparator<CaseEvent> BY_AT = Comparator.comparing(CaseEvent::at);

  private static final Comparator<CaseEvent> TIMELINE =
      Comparator.comparing(CaseEvent::at).thenComparing(CaseEvent::id);

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.MEDIATION_COMPLETION) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, CLOCK.due(trigger, counter),
        "within 30 days of the agreement to mediate (RSMo 162.959(5))"));
  }
}
