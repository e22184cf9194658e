package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
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
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

class SafeguardsNoticeTest {

  private static final String ID = "IDEA.SAFEGUARDS.NOTICE";

  private static Notice safeguards(String id, String date) {
    return Notice.builder().id(id).kind(Notice.Kind.PROCEDURAL_SAFEGUARDS).by(LEA).at(at(date)).build();
  }

  private static PlacementChange removal(String date) {
    return PlacementChange.builder().id("removal").by(LEA).kind(PlacementChange.Kind.DISCIPLINARY_REMOVAL)
        .at(at(date)).build();
  }

  private static Request request(String id, RequestKind kind, String date) {
    return Request.builder().id(id).kind(kind).filedBy(PARENT).filedWith(Recipient.LEA).at(at(date)).build();
  }

  private static Case of(CaseEvent... events) {
    return caseBuilder().addEvents(events).build();
  }

  @Test
  void theDisciplinaryNoticeIsDueOnTheDayOfTheDecision() {
    // decided Friday 2026-01-16, before the Martin Luther King Day weekend: nothing rolls
    Evaluation same = US.evaluate(of(removal("2026-01-16"), safeguards("n", "2026-01-16")), d("2026-02-01"));
    assertThat(same.findings(ID)).isEmpty();
    assertThat(same.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-01-16"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
    Evaluation nextBusinessDay = US.evaluate(of(removal("2026-01-16"), safeguards("n", "2026-01-20")),
        d("2026-02-01"));
    assertThat(nextBusinessDay.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
      assertThat(f.key()).isEqualTo(ID + ".discipline_late");
    });
    assertThat(US.evaluate(of(removal("2026-01-16"), safeguards("n", "2026-01-17")), d("2026-02-01")).findings(ID))
        .singleElement().satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".discipline_late"));
  }

  @Test
  void aNoticeBeforeTheDecisionDoesNotCount() {
    assertThat(US.evaluate(of(safeguards("n", "2026-01-15"), removal("2026-01-16")), d("2026-02-01")).findings(ID))
        .singleElement().satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".discipline_missed"));
  }

  @Test
  void onlyTheFirstDueProcessComplaintOfASchoolYearCallsForACopy() {
    // school year 2025-2026 runs to June 30: the notice after the first complaint covers the second one
    Case c = of(safeguards("n0", "2025-09-01"), request("dp1", RequestKind.DUE_PROCESS_COMPLAINT, "2025-10-01"),
        safeguards("n1", "2025-10-02"), request("dp2", RequestKind.DUE_PROCESS_COMPLAINT, "2026-06-30"));
    assertThat(US.evaluate(c, d("2026-07-15")).findings(ID)).isEmpty();
    // on July 1 a new school year starts: its first complaint calls for a new copy
    Case next = of(safeguards("n0", "2025-09-01"), request("dp1", RequestKind.DUE_PROCESS_COMPLAINT, "2025-10-01"),
        safeguards("n1", "2025-10-02"), request("dp2", RequestKind.DUE_PROCESS_COMPLAINT, "2026-07-01"));
    assertThat(US.evaluate(next, d("2026-07-15")).findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo(ID + ".due_process_missing");
      assertThat(f.events()).containsExactly("dp2");
    });
  }

  @Test
  void aCaseThatRecordsNoNoticeIsNotedNotReported() {
    Evaluation e = US.evaluate(of(request("ev", RequestKind.EVALUATION_REQUEST, "2026-02-02")), d("2026-03-01"));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(notes(e, ID)).anySatisfy(n -> assertThat(n).contains("were not checked"));
    assertThat(notes(e, ID)).anySatisfy(n -> assertThat(n).contains("once a school year").contains("2025-2026"));
  }

  @Test
  void aParentsRequestIsAnsweredByANoticeOnOrAfterIt() {
    Case c = of(safeguards("n0", "2025-09-01"), request("ask", RequestKind.SAFEGUARDS_REQUEST, "2026-02-02"));
    assertThat(US.evaluate(c, d("2026-03-01")).findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".request_missing"));
  }

  /**
   * "Upon" sets no number of days: a copy recorded after the as-of date answers the request, so the
   * warning says in the trace that it may not stand on a later date (found by PointInTimeProperties,
   * which skips verdicts whose trace says so).
   */
  @Test
  void aMissingCopyIsAnOpenWarningThatALaterCopyAnswers() {
    Case c = of(safeguards("n0", "2023-09-01"), request("sc", RequestKind.STATE_COMPLAINT, "2024-01-02"),
        safeguards("n1", "2024-05-10"));
    Evaluation early = US.evaluate(c, d("2024-04-28"));
    assertThat(early.findings(ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".state_complaint_missing"));
    assertThat(notes(early, ID)).anySatisfy(n -> assertThat(n).startsWith("request sc: ")
        .contains("may not stand on a later as-of date"));
    Evaluation later = US.evaluate(c, d("2025-06-01"));
    assertThat(later.findings(ID)).isEmpty();
    assertThat(notes(later, ID)).anySatisfy(n -> assertThat(n).contains("request sc: procedural-safeguards notice"
        + " given on 2024-05-10"));
  }

  /** The school year of a day is the one that started on the last July 1 on or before it. */
  @Property
  void schoolYearsRunFromJulyFirst(@ForAll @IntRange(min = 0, max = 5000) int offset) {
    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(offset);
    int y = SafeguardsNotice.schoolYear(day);
    assertThat(day).isAfterOrEqualTo(LocalDate.of(y, 7, 1)).isBefore(LocalDate.of(y + 1, 7, 1));
  }
}
