package org.iepdr.core.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.Language;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * The window of a due list: a state complaint filed on 2026-03-02 has its written decision due on
 * 2026-05-01 (60 calendar days, 34 CFR 300.152(a)); the list shows it exactly when it is open as of the
 * as-of date and due from FROM to TO, both included.
 */
class DueListTest {

  private static final String SC = "IDEA.STATE_COMPLAINT.DECISION_60_DAYS";

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Case complaint(String id, CaseEvent... later) {
    return caseBuilder().id(id).addEvents(Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT)
        .filedBy(PARENT).at(at("2026-03-02")).build()).addEvents(later).build();
  }

  private static List<DueItem> due(DueWindow w, Case c) {
    DueList list = new DueList(w);
    list.add(c, US);
    return list.items();
  }

  private static List<DueItem> due(String from, String to, CaseEvent... later) {
    return due(DueWindow.of(d(from), d(to)), complaint("case-1", later));
  }

  @Test
  void aDeadlineDueOnFromIsListedWithNoDaysLeft() {
    assertThat(due("2026-05-01", "2026-05-14")).singleElement().satisfies(i -> {
      assertThat(i.caseId()).isEqualTo("case-1");
      assertThat(i.jurisdiction()).isEqualTo("US");
      assertThat(i.ruleId()).hasToString(SC);
      assertThat(i.due()).isEqualTo(d("2026-05-01"));
      assertThat(i.daysLeft()).isZero();
      assertThat(i.asOf()).isEqualTo(d("2026-05-01"));
      assertThat(i.deadline().outcome()).isEqualTo(DeadlineOutcome.OPEN);
      assertThat(i.action(Language.ENGLISH)).isEqualTo(i.deadline().description());
      assertThat(i.action(Language.SPANISH)).isNotEqualTo(i.action(Language.ENGLISH));
      assertThat(i.position()).isEqualTo(1);
    });
  }

  @Test
  void aDeadlineDueOnToIsListedWithTheCalendarDaysFromFrom() {
    assertThat(due("2026-04-20", "2026-05-01")).singleElement().satisfies(i -> {
      assertThat(i.due()).isEqualTo(d("2026-05-01"));
      assertThat(i.daysLeft()).isEqualTo(11);
    });
  }

  @Test
  void aDeadlineDueTheDayBeforeFromIsNotListed() {
    // as of FROM it is missed; as of an earlier date it is open but outside the window
    assertThat(due("2026-05-02", "2026-05-15")).isEmpty();
    assertThat(due(DueWindow.of(d("2026-05-02"), d("2026-05-15"), d("2026-04-20")), complaint("case-1"))).isEmpty();
  }

  @Test
  void aDeadlineDueTheDayAfterToIsNotListed() {
    assertThat(due("2026-04-20", "2026-04-30")).isEmpty();
  }

  @Test
  void aMetDeadlineIsNotListedButAnActAfterTheAsOfDateIsNotYetDone() {
    Decision decided = Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc")
        .at(at("2026-04-15")).build();
    assertThat(due("2026-04-20", "2026-05-10", decided)).isEmpty();
    Decision later = Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc")
        .at(at("2026-04-25")).build();
    assertThat(due("2026-04-20", "2026-05-10", later)).singleElement()
        .satisfies(i -> assertThat(i.daysLeft()).isEqualTo(11));
  }

  @Test
  void aMissedDeadlineIsNotListed() {
    // as of 2026-05-05 the decision due 2026-05-01 was not issued: missed, though its due date is in the window
    DueWindow w = DueWindow.of(d("2026-04-25"), d("2026-05-10"), d("2026-05-05"));
    assertThat(due(w, complaint("case-1"))).isEmpty();
    Evaluation e = US.evaluate(complaint("case-1"), w.evaluationOptions());
    assertThat(e.deadlines(SC)).singleElement().satisfies(x -> assertThat(x.outcome()).isEqualTo(DeadlineOutcome.MISSED));
    // a decision dated before the complaint was filed is done outside the window (EARLY): not open
    Decision early = Decision.builder().id("dec").kind(DecisionKind.STATE_COMPLAINT_DECISION).request("sc")
        .at(at("2026-03-01")).build();
    assertThat(due("2026-04-20", "2026-05-10", early)).isEmpty();
  }

  @Test
  void anExtendedDeadlineIsListedOnItsNewDueDateOnly() {
    Extension ext = Extension.builder().id("x").request("sc").reason(Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES)
        .newDueDate(d("2026-05-20")).at(at("2026-04-25")).build();
    assertThat(due("2026-05-15", "2026-05-25", ext)).singleElement().satisfies(i -> {
      assertThat(i.due()).isEqualTo(d("2026-05-20"));
      assertThat(i.daysLeft()).isEqualTo(5);
      assertThat(i.deadline().extendedBy()).contains("x");
      assertThat(i.deadline().unextendedDue()).contains(d("2026-05-01"));
    });
    assertThat(due("2026-04-28", "2026-05-03", ext)).as("the unextended due date is not listed").isEmpty();
  }

  @Test
  void aDeadlineThatNoLongerAppliesIsNotListed() {
    Withdrawal w = Withdrawal.builder().id("w").request("sc").by(PARENT).from(Withdrawal.From.REQUEST)
        .at(at("2026-03-20")).build();
    assertThat(due("2026-04-20", "2026-05-10", w)).isEmpty();
  }

  @Test
  void itemsAreSortedByDueDateThenCaseIdThenRuleId() {
    DueWindow w = DueWindow.of(d("2026-03-02"), d("2026-06-30"));
    DueList list = new DueList(w);
    // a due process complaint received by the district: a response, a resolution meeting, a sufficiency
    // challenge, a decision; two cases with the same dates ("b" added before "a") and one a day later
    Case b = dueProcess("b", "2026-03-02");
    Case a = dueProcess("a", "2026-03-02");
    Case c = dueProcess("c", "2026-03-01");
    list.add(US.evaluate(b, w.evaluationOptions()));
    list.add(c, US);
    list.add(a, US);
    List<DueItem> items = list.items();
    assertThat(items).hasSizeGreaterThan(6);
    assertThat(items).isSortedAccordingTo(DueItem.order());
    for (int i = 1; i < items.size(); i++) {
      DueItem p = items.get(i - 1);
      DueItem q = items.get(i);
      assertThat(p.due()).isBeforeOrEqualTo(q.due());
      if (p.due().equals(q.due())) {
        assertThat(p.caseId()).isLessThanOrEqualTo(q.caseId());
        if (p.caseId().equals(q.caseId())) {
          assertThat(p.ruleId().toString()).isLessThanOrEqualTo(q.ruleId().toString());
        }
      }
    }
    // case c's deadlines come a day before a's and b's; for a due date of both, a comes before b
    assertThat(items.get(0).caseId()).isEqualTo("c");
    List<String> sameDay = items.stream().filter(i -> i.due().equals(items.get(1).due().plusDays(1)))
        .map(DueItem::caseId).toList();
    assertThat(sameDay).isSorted();
    assertThat(list.cases()).isEqualTo(3);
    assertThat(list.jurisdictions()).containsExactly("US");
  }

  private static Case dueProcess(String id, String received) {
    return caseBuilder().id(id).addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(PARENT).at(at(received)).build()).build();
  }

  @Test
  void aWindowEndsOnOrAfterItStartsAndItsAsOfDateIsNotAfterItsEnd() {
    assertThatThrownBy(() -> DueWindow.of(d("2026-05-02"), d("2026-05-01"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("to").hasMessageContaining("2026-05-01").hasMessageContaining("on or after from (2026-05-02)");
    assertThatThrownBy(() -> DueWindow.of(d("2026-05-01"), d("2026-05-10"), d("2026-05-11")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("on or before to (2026-05-10)");
    DueWindow one = DueWindow.of(d("2026-05-01"), d("2026-05-01"));
    assertThat(one.contains(d("2026-05-01"))).isTrue();
    assertThat(one.contains(d("2026-04-30"))).isFalse();
    assertThat(one.contains(d("2026-05-02"))).isFalse();
    assertThat(one).isEqualTo(DueWindow.of(d("2026-05-01"), d("2026-05-01"), d("2026-05-01")))
        .hasSameHashCodeAs(DueWindow.of(d("2026-05-01"), d("2026-05-01"), d("2026-05-01")))
        .hasToString("2026-05-01 to 2026-05-01 as of 2026-05-01");
    assertThat(one.evaluationOptions().asOf()).contains(d("2026-05-01"));
    assertThat(one.evaluationOptions().trace()).isFalse();
  }

  @Test
  void anEvaluationAsOfAnotherDateIsRefused() {
    DueList list = new DueList(DueWindow.of(d("2026-04-20"), d("2026-05-10")));
    Evaluation other = US.evaluate(complaint("case-1"), d("2026-04-21"));
    assertThatThrownBy(() -> list.add(other)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("evaluation.asOf").hasMessageContaining("2026-04-20");
    assertThat(list.cases()).isZero();
  }

  @Test
  void listsOfPartsMergeIntoTheListOfTheWhole() {
    DueWindow w = DueWindow.of(d("2026-03-02"), d("2026-06-30"));
    DueList whole = new DueList(w);
    DueList first = new DueList(w);
    DueList second = new DueList(w);
    for (String id : List.of("p", "q", "r")) {
      whole.add(dueProcess(id, "2026-03-02"), US);
      (id.equals("q") ? second : first).add(dueProcess(id, "2026-03-02"), US);
    }
    second.addAll(first);
    assertThat(second.items()).isEqualTo(whole.items());
    assertThat(second.cases()).isEqualTo(3);
    assertThatThrownBy(() -> second.addAll(new DueList(DueWindow.of(d("2026-03-02"), d("2026-06-29")))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> second.addAll(second)).isInstanceOf(InvalidInputException.class);
    assertThat(DueList.itemsOf(w, US.evaluate(dueProcess("p", "2026-03-02"), w.evaluationOptions())))
        .isEqualTo(whole.items().stream().filter(i -> i.caseId().equals("p")).toList());
  }

  @Test
  void anItemNamesNoStudent() {
    DueItem i = due("2026-04-20", "2026-05-01").get(0);
    assertThat(i.toString()).isEqualTo("2026-05-01 case-1 " + SC + " (11 days left)").doesNotContain("Alex");
  }
}
