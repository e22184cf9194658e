package org.iepdr.rules.missouri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
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

/**
 * {@code MO.MEDIATION.COMPLETE_30_DAYS}: mediation is completed within 30 days of the agreement to
 * mediate.
 *
 * <p>RSMo 162.959(5) (VERIFIED, law-facts M3; the rest of the sentence was truncated in the copy read):
 * mediation "shall be completed within thirty days of agreement to mediate and may be termina[ted]…".
 *
 * <p>Counting: 30 calendar days; the day of the {@link AgreementKind#TO_MEDIATE} agreement is day 0; no
 * roll-forward. Mediation is complete on the first event that ends it, for the agreement's request (or
 * any, when the agreement names none) and on or after day 0: a {@link AgreementKind#MEDIATION_AGREEMENT},
 * a {@link AgreementKind#NO_AGREEMENT_POSSIBLE}, or a {@link Withdrawal} from mediation. When no such
 * event is recorded and the 30 days have run (as of the evaluation date), the last held mediation
 * session stands for the end of mediation: on or before day 30 it is on time, after it it is late. The
 * truncated remainder of 162.959(5) (termination, any extension) is not encoded.
 */
public final class MediationComplete30Days extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEDIATION.COMPLETE_30_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(30);

  /** Creates the rule. */
  public MediationComplete30Days() {
    super(RuleDescriptor.builder()
        .id(ID)
        .title("Mediation is completed within 30 days of the agreement to mediate")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of(Sources.RSMO_162_959, "162.959(5)",
            "shall be completed within thirty days of agreement to mediate and may be termina[ted]…"))
        .counting("30 calendar days from the agreement to mediate; agreement day is day 0; no roll-forward")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Agreement toMediate : ctx.agreements(AgreementKind.TO_MEDIATE)) {
      LocalDate day0 = ctx.date(toMediate);
      LocalDate due = ctx.counter().plus(day0, PERIOD);
      Optional<? extends CaseEvent> end = closing(ctx, toMediate, day0);
      if (end.isEmpty() && ctx.asOf().isAfter(due)) {
        end = lastSession(ctx, toMediate, day0);
        end.ifPresent(s -> ctx.note("agreement " + toMediate.id() + ": no agreement, impasse or withdrawal"
            + " recorded; the last session " + s.id() + " is taken as the end of mediation"));
      }
      Deadline d = ctx.deadline("complete the mediation")
          .trigger(toMediate.id(), day0)
          .period(PERIOD)
          .due(due)
          .satisfiedBy(end)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        if (end.isPresent()) {
          ctx.report("Mediation ended on " + ctx.date(end.get()) + ", after " + due + ", 30 days after the parties"
              + " agreed to mediate on " + day0 + ".", toMediate.id(), end.get().id());
        } else {
          ctx.report("Mediation was not completed by " + due + ", 30 days after the parties agreed to mediate on "
              + day0 + ".", toMediate.id());
        }
      }
    }
  }

  private static boolean sameRequest(Agreement toMediate, Optional<String> request) {
    return toMediate.request().isEmpty() || request.isEmpty() || toMediate.request().equals(request);
  }

  private static Optional<? extends CaseEvent> closing(RuleContext ctx, Agreement toMediate, LocalDate day0) {
    List<CaseEvent> ends = new ArrayList<>();
    for (AgreementKind kind : List.of(AgreementKind.MEDIATION_AGREEMENT, AgreementKind.NO_AGREEMENT_POSSIBLE)) {
      for (Agreement a : ctx.agreements(kind)) {
        if (sameRequest(toMediate, a.request()) && !ctx.date(a).isBefore(day0)) {
          ends.add(a);
        }
      }
    }
    for (Withdrawal w : ctx.events(Withdrawal.class)) {
      if (w.from() == Withdrawal.From.MEDIATION && sameRequest(toMediate, Optional.of(w.request()))
          && !ctx.date(w).isBefore(day0)) {
        ends.add(w);
      }
    }
    return ends.stream().min(Comparator.comparing(CaseEvent::at));
  }

  private static Optional<Meeting> lastSession(RuleContext ctx, Agreement toMediate, LocalDate day0) {
    Meeting last = null;
    for (Meeting m : ctx.meetings(MeetingKind.MEDIATION_SESSION)) {
      if (m.held() && sameRequest(toMediate, m.request()) && !ctx.date(m).isBefore(day0)) {
        last = m;
      }
    }
    return Optional.ofNullable(last);
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.MEDIATION_COMPLETION) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, counter.plus(trigger, PERIOD),
        "within 30 days of the agreement to mediate (RSMo 162.959(5))"));
  }
}
