package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.TollingReason;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class DueProcessTwoYearLimitTest {

  private static final String ID = "IDEA.DUE_PROCESS.TWO_YEAR_LIMIT";

  private static Case complaint(RequestKind kind, String filed, String knew, Optional<TollingReason> tolling) {
    return caseBuilder().addEvents(Request.builder().id("dp").kind(kind).filedBy(PARENT).at(at(filed))
        .knewOrShouldHaveKnown(Optional.ofNullable(knew).map(LocalDate::parse)).tollingReason(tolling).build())
        .build();
  }

  private static Case complaint(String filed, String knew) {
    return complaint(RequestKind.DUE_PROCESS_COMPLAINT, filed, knew, Optional.empty());
  }

  @Test
  void exactlyTwoYearsIsOnTime() {
    assertThat(US.evaluate(complaint("2026-03-02", "2024-03-02")).findings(ID)).isEmpty();
  }

  @Test
  void oneDayMoreIsAViolation() {
    assertThat(US.evaluate(complaint("2026-03-02", "2024-03-01")).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.DUE_PROCESS.TWO_YEAR_LIMIT.late");
      assertThat(f.facts().date("filed")).contains(LocalDate.parse("2026-03-02"));
      assertThat(f.facts().date("knew")).contains(LocalDate.parse("2024-03-01"));
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-03-01"));
      assertThat(f.events()).containsExactly("dp");
    });
  }

  @Test
  void aComplaintFiledOnFebruary29CountsBackToFebruary28() {
    assertThat(US.evaluate(complaint("2028-02-29", "2026-02-28")).findings(ID)).isEmpty();
    assertThat(US.evaluate(complaint("2028-02-29", "2026-02-27")).findings(ID)).hasSize(1);
  }

  @Test
  void aTollingReasonLiftsTheLimitAndIsNoted() {
    Evaluation e = US.evaluate(complaint(RequestKind.DUE_PROCESS_COMPLAINT, "2026-03-02", "2020-01-01",
        Optional.of(TollingReason.LEA_WITHHELD_INFORMATION)));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.trace()).filteredOn(t -> t.ruleId().value().equals(ID)).singleElement()
        .satisfies(t -> assertThat(t.notes()).anySatisfy(n -> assertThat(n).contains("LEA_WITHHELD_INFORMATION")));
  }

  @Test
  void anExpeditedComplaintHasTheSameLimit() {
    assertThat(US.evaluate(complaint(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT, "2026-03-02", "2024-03-01",
        Optional.empty())).findings(ID)).hasSize(1);
  }

  @Test
  void aMissingDateOrAStateComplaintRaisesNothing() {
    assertThat(US.evaluate(complaint("2026-03-02", null)).findings(ID)).isEmpty();
    assertThat(US.evaluate(complaint(RequestKind.STATE_COMPLAINT, "2026-03-02", "2020-01-01", Optional.empty()))
        .findings(ID)).isEmpty();
  }

  /** Fires exactly when knew < filed.minusYears(2) and there is no tolling reason. */
  @Property
  void firesExactlyWhenMoreThanTwoYearsAndNoTolling(
      @ForAll @IntRange(min = 0, max = 30000) int fileOffset,
      @ForAll @IntRange(min = -30, max = 1500) int daysBefore,
      @ForAll Optional<TollingReason> tolling) {
    LocalDate filed = LocalDate.of(2001, 1, 1).plusDays(fileOffset);
    LocalDate knew = filed.minusDays(daysBefore);
    Evaluation e = US.evaluate(complaint(RequestKind.DUE_PROCESS_COMPLAINT, filed.toString(), knew.toString(), tolling));
    boolean late = knew.isBefore(filed.minusYears(2)) && tolling.isEmpty();
    assertThat(e.findings(ID).isEmpty()).isEqualTo(!late);
  }

  @Test
  void aMissingKnowledgeDateIsNotedNotReported() {
    Evaluation e = US.evaluate(complaint("2026-03-02", null));
    assertThat(notes(e, ID)).containsExactly(
        "complaint dp: no knew-or-should-have-known date recorded; the two-year limit was not checked");
  }
}
