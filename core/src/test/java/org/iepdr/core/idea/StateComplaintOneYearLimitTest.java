package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

class StateComplaintOneYearLimitTest {

  private static final String ID = "IDEA.STATE_COMPLAINT.ONE_YEAR_LIMIT";

  private static Case complaint(String received, String violation) {
    Request.Builder b = Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .at(at(received));
    if (violation != null) {
      b.allegedViolationDate(LocalDate.parse(violation));
    }
    return caseBuilder().addEvents(b.build()).build();
  }

  @Test
  void exactlyOneYearBeforeReceiptIsOnTime() {
    assertThat(US.evaluate(complaint("2026-03-02", "2025-03-02")).findings(ID)).isEmpty();
  }

  @Test
  void oneDayMoreIsLate() {
    assertThat(US.evaluate(complaint("2026-03-02", "2025-03-01")).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.STATE_COMPLAINT.ONE_YEAR_LIMIT.late");
      assertThat(f.facts().date("received")).contains(LocalDate.parse("2026-03-02"));
      assertThat(f.facts().date("violation")).contains(LocalDate.parse("2025-03-01"));
      assertThat(f.facts().date("earliest")).contains(LocalDate.parse("2025-03-02"));
      assertThat(f.events()).containsExactly("sc");
    });
  }

  @Test
  void aComplaintReceivedOnFebruary29CountsBackToFebruary28() {
    assertThat(US.evaluate(complaint("2028-02-29", "2027-02-28")).findings(ID)).isEmpty();
    assertThat(US.evaluate(complaint("2028-02-29", "2027-02-27")).findings(ID)).hasSize(1);
  }

  @Test
  void aViolationOnFebruary29IsLateForAComplaintReceivedOnMarch1() {
    assertThat(US.evaluate(complaint("2025-03-01", "2024-02-29")).findings(ID)).hasSize(1);
    assertThat(US.evaluate(complaint("2025-03-01", "2024-03-01")).findings(ID)).isEmpty();
  }

  @Test
  void aRecentViolationRaisesNothing() {
    assertThat(US.evaluate(complaint("2026-03-02", "2026-02-01")).findings(ID)).isEmpty();
  }

  @Test
  void aMissingViolationDateIsNotedNotReported() {
    Evaluation e = US.evaluate(complaint("2026-03-02", null));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.trace()).filteredOn(t -> t.ruleId().value().equals(ID)).singleElement()
        .satisfies(t -> assertThat(t.notes()).anySatisfy(n -> assertThat(n).contains("no alleged violation date")));
  }

  @Test
  void aComplaintFiledWithTheDistrictCountsFromTheStatesReceipt() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
            .filedWith(Recipient.LEA).allegedViolationDate(LocalDate.of(2025, 3, 2)).at(at("2026-03-02")).build())
        .addEvents(Receipt.builder().id("fwd").request("sc").recipient(Recipient.STATE_AGENCY)
            .via(Receipt.Via.FORWARDED).sentBy(LEA).at(at("2026-03-03")).build())
        .build();
    assertThat(US.evaluate(c).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.facts().date("received")).contains(LocalDate.parse("2026-03-03")));
  }

  /** The rule fires exactly when the violation is before receipt.minusYears(1). */
  @Property
  void firesExactlyWhenTheViolationIsMoreThanOneYearBeforeReceipt(
      @ForAll @IntRange(min = 0, max = 30000) int receiptOffset,
      @ForAll @IntRange(min = -30, max = 800) int daysBefore) {
    LocalDate received = LocalDate.of(2001, 1, 1).plusDays(receiptOffset);
    LocalDate violation = received.minusDays(daysBefore);
    Evaluation e = US.evaluate(complaint(received.toString(), violation.toString()));
    assertThat(e.findings(ID).isEmpty()).isEqualTo(!violation.isBefore(received.minusYears(1)));
  }
  @Test
  void withoutAReceiptByTheStateTheFilingDateIsUsedAndNoted() {
    Case c = caseBuilder().addEvents(Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.LEA).allegedViolationDate(LocalDate.of(2025, 3, 1)).at(at("2026-03-02")).build()).build();
    Evaluation e = US.evaluate(c);
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.facts().date("received")).contains(LocalDate.parse("2026-03-02")));
    assertThat(notes(e, ID)).containsExactly(
        "complaint sc: no receipt by the state agency recorded; counted from the filing date");
    assertThat(notes(US.evaluate(complaint("2026-03-02", "2025-03-01")), ID)).isEmpty();
  }
}
