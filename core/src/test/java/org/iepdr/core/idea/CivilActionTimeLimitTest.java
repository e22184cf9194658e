package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.decision;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

class CivilActionTimeLimitTest {

  private static final String ID = "IDEA.CIVIL_ACTION.TIME_LIMIT";

  /** A complaint decided on 2026-06-09: day 90 is 2026-09-07, Labor Day (calendar days do not roll). */
  private static Case decided(CaseEvent... later) {
    return caseBuilder().addEvents(parentComplaint("2026-03-02"),
        decision("hd", DecisionKind.HEARING_DECISION, "dp", "2026-06-09")).addEvents(later).build();
  }

  private static CourtProceeding civil(String date) {
    return CourtProceeding.builder().id("civil").request("dp").by(LEA).at(at(date)).build();
  }

  @Test
  void brought90DaysAfterTheDecisionOnAHolidayIsOnTime() {
    Evaluation e = US.evaluate(decided(civil("2026-09-07")), d("2026-10-01"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-09-07"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void broughtOneDayLateIsAdvice() {
    Evaluation e = US.evaluate(decided(civil("2026-09-08")), d("2026-10-01"));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.ADVISORY);
      assertThat(f.key()).isEqualTo(ID + ".late");
      assertThat(f.events()).containsExactly("dp", "hd", "civil");
    });
  }

  @Test
  void whileTheTimeRunsTheRuleSaysUntilWhenAndAfterItThatItRanOut() {
    assertThat(US.evaluate(decided(), d("2026-09-07")).findings(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo(ID + ".open");
          assertThat(f.facts().date("due")).contains(d("2026-09-07"));
        });
    assertThat(US.evaluate(decided(), d("2026-09-08")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".expired"));
  }

  @Test
  void noDecisionNoClock() {
    Case c = caseBuilder().addEvents(parentComplaint("2026-03-02")).build();
    assertThat(US.evaluate(c, d("2026-12-01")).deadlines(ID)).isEmpty();
  }
}
