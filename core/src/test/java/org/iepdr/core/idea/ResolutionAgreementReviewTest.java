package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.agreement;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.idea.DueProcessEvents.withdrawal;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.time.DayCount;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ResolutionAgreementReviewTest {

  private static final String ID = "IDEA.RESOLUTION.AGREEMENT_REVIEW";

  private static Case executedOn(String date, CaseEvent... later) {
    return caseBuilder().addEvents(parentComplaint("2026-11-02"),
        agreement("ra", AgreementKind.RESOLUTION_AGREEMENT, date, true)).addEvents(later).build();
  }

  @Test
  void acrossThanksgivingTheThirdBusinessDayIsTuesday() {
    Evaluation e = US.evaluate(executedOn("2026-11-25"), d("2026-11-25"));
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.window().earliest()).contains(d("2026-11-25"));
      assertThat(x.due()).isEqualTo(d("2026-12-01"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.PENDING);
    });
  }

  @Test
  void aVoidOnTheLastDayIsEffectiveAndADayLaterTheAgreementStands() {
    Evaluation onTime = US.evaluate(executedOn("2026-11-25", withdrawal("v", Withdrawal.From.AGREEMENT, "2026-12-01")));
    assertThat(onTime.findings(ID)).isEmpty();
    assertThat(onTime.deadlines(ID).get(0).status()).isEqualTo(DeadlineStatus.MET);
    Evaluation late = US.evaluate(executedOn("2026-11-25", withdrawal("v", Withdrawal.From.AGREEMENT, "2026-12-02")));
    assertThat(late.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.message()).contains("stands");
      assertThat(f.key()).isEqualTo("IDEA.RESOLUTION.AGREEMENT_REVIEW.voided_late");
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-12-01"));
      assertThat(f.facts().date("voided")).contains(LocalDate.parse("2026-12-02"));
      assertThat(f.events()).containsExactly("ra", "v");
    });
  }

  @Test
  void acrossAWeekendExecutedFridayEndsWednesday() {
    assertThat(US.evaluate(executedOn("2026-03-06"), d("2026-03-06")).deadlines(ID).get(0).due())
        .isEqualTo(d("2026-03-11"));
  }

  @Test
  void aMediationAgreementHasNoReviewPeriod() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-11-02"),
        agreement("ma", AgreementKind.MEDIATION_AGREEMENT, "2026-11-25", true),
        withdrawal("v", Withdrawal.From.AGREEMENT, "2026-12-10")).build();
    Evaluation e = US.evaluate(c);
    assertThat(e.deadlines(ID)).isEmpty();
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void noVoidDoesNotFireAndTheOptionalDeadlineDisappearsAfterTheWindow() {
    assertThat(US.evaluate(executedOn("2026-11-25"), d("2026-12-02")).deadlines(ID)).isEmpty();
    assertThat(US.evaluate(executedOn("2026-11-25"), d("2026-12-02")).findings(ID)).isEmpty();
    Evaluation e = US.evaluate(executedOn("2026-11-25", withdrawal("w", Withdrawal.From.MEDIATION, "2026-12-10")));
    assertThat(e.findings(ID)).isEmpty();
  }

  @Test
  void plan() {
    assertThat(US.plan(ProposedAct.RESOLUTION_AGREEMENT_VOID, d("2026-11-25")).latest()).contains(d("2026-12-01"));
  }

  @Property
  void theVoidDeadlineIsABusinessDayExactlyThreeBusinessDaysAfterExecution(
      @ForAll @IntRange(min = 0, max = 3650) int offset) {
    LocalDate executed = LocalDate.of(2020, 1, 1).plusDays(offset);
    DayCounter counter = US.counter();
    LocalDate last = US.plan(ProposedAct.RESOLUTION_AGREEMENT_VOID, executed).latest().orElseThrow();
    assertThat(last.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(counter.businessCalendar().isWorkingDay(last)).isTrue();
    assertThat(counter.count(executed, last, DayCount.BUSINESS)).isEqualTo(3);
    assertThat(last).isEqualTo(counter.plus(executed, DayPeriod.businessDays(3)));
    assertThat(last).isAfter(executed).isBefore(executed.plusDays(10));
  }
  @Test
  void anAgreementNotVoidedByTheLastDayStandsAndTheTraceSaysSo() {
    // executed Wednesday 11-25, last day Tuesday 12-01: on 12-01 the window is still open, on 12-02 it is closed
    Evaluation open = US.evaluate(executedOn("2026-11-25"), d("2026-12-01"));
    assertThat(open.deadlines(ID)).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(DeadlineStatus.PENDING));
    assertThat(notes(open, ID)).isEmpty();
    Evaluation closed = US.evaluate(executedOn("2026-11-25"), d("2026-12-02"));
    assertThat(closed.deadlines(ID)).isEmpty();
    assertThat(closed.findings(ID)).isEmpty();
    assertThat(notes(closed, ID)).containsExactly("resolution agreement ra: not voided by 2026-12-01; it stands");
  }
}
