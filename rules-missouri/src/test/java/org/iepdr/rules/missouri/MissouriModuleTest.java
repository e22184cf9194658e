package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.rules.missouri.MoFixtures.BOOK;
import static org.iepdr.rules.missouri.MoFixtures.MO;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.idea.IdeaRules;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.rules.UnknownJurisdictionException;
import org.iepdr.core.time.DayCount;
import org.junit.jupiter.api.Test;

class MissouriModuleTest {

  static final List<String> MO_IDS = List.of(
      "MO.FIEP.JOINT_REQUEST", "MO.FIEP.LEAD_TIME", "MO.FIEP.RECORDS_CONSENT", "MO.FIEP.NEUTRAL_FACILITATOR",
      "MO.MEETING.NOTICE_10_DAYS", "MO.RECORDING.PARENT_RIGHT", "MO.MEDIATION.NO_ATTORNEYS",
      "MO.MEDIATION.PARTY_SIZE", "MO.MEDIATION.REQUEST", "MO.MEDIATION.MEDIATOR_AGREED",
      "MO.MEDIATION.SCHEDULE_15_DAYS", "MO.MEDIATION.COMPLETE_30_DAYS", "MO.CHILD_COMPLAINT.FILING_DATE",
      "MO.DUE_PROCESS.COMMISSIONER_15_DAYS", "MO.NOTICE_OF_ACTION.10_DAYS", "MO.MEETING.TWO_ATTEMPTS");

  private static Set<String> ids(List<Rule> rules) {
    return rules.stream().map(r -> r.descriptor().id().value()).collect(Collectors.toSet());
  }

  @Test
  void serviceLoaderFindsMissouri() {
    assertThat(ServiceLoader.load(RuleModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(MissouriModule.class);
    assertThat(BOOK.jurisdictions()).contains("MO", "US");
    assertThat(MO.name()).isEqualTo("Missouri");
    assertThat(MO.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(MO.escalation().name()).isEqualTo("Missouri");
    assertThat(BOOK.jurisdiction("mo").code()).isEqualTo("MO");
  }

  @Test
  void missouriHasEveryMoRuleAndTheInheritedFederalRules() {
    Set<String> moIds = ids(MO.rules());
    assertThat(moIds).containsAll(MO_IDS);
    assertThat(ids(MissouriRules.all())).containsExactlyInAnyOrderElementsOf(MO_IDS);
    Set<RuleId> replaced = MissouriRules.all().stream().flatMap(r -> r.descriptor().replaces().stream())
        .collect(Collectors.toSet());
    for (Rule federal : IdeaRules.all()) {
      RuleId id = federal.descriptor().id();
      assertThat(moIds.contains(id.value()) || replaced.contains(id))
          .as("federal rule %s is inherited or replaced", id).isTrue();
    }
    assertThat(moIds).contains("IDEA.RESOLUTION.MEETING_15_DAYS");
    assertThat(moIds).doesNotContain("IDEA.STATE_COMPLAINT.DECISION_60_DAYS");
    assertThat(replaced).containsExactly(RuleId.of("IDEA.STATE_COMPLAINT.DECISION_60_DAYS"));
  }

  @Test
  void everyMoRuleHasAQuotedCitationAndItsIdLiteral() {
    for (Rule r : MissouriRules.all()) {
      assertThat(r.descriptor().citations()).isNotEmpty();
      assertThat(r.descriptor().citation().quote()).isNotBlank();
      assertThat(r.descriptor().id().value()).startsWith("MO.");
    }
  }

  @Test
  void anUnknownStateCodeNamesTheInstalledModules() {
    assertThatThrownBy(() -> BOOK.jurisdiction("KS"))
        .isInstanceOfSatisfying(UnknownJurisdictionException.class, e -> {
          assertThat(e.code()).isEqualTo("KS");
          assertThat(e.installed()).contains("MO", "US");
        })
        .hasMessageContaining("KS").hasMessageContaining("MO").hasMessageContaining("US");
  }

  @Test
  void governorsClosureBecomesANonBusinessDay() {
    LocalDate dayAfterThanksgiving = LocalDate.of(2026, 11, 27);
    assertThat(MO.counter().businessCalendar().isWorkingDay(dayAfterThanksgiving)).isTrue();
    RuleBook withClosure = RuleBook.of(new IdeaModule(),
        new MissouriModule().withClosure(dayAfterThanksgiving, "Day after Thanksgiving", "executive order"));
    assertThat(withClosure.jurisdiction("MO").counter().businessCalendar().isWorkingDay(dayAfterThanksgiving))
        .isFalse();
    // Wednesday 2026-11-25 + 1 business day: Thursday is Thanksgiving, Friday closed -> Monday
    assertThat(withClosure.jurisdiction("MO").counter().count(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30),
        DayCount.BUSINESS)).isEqualTo(1);
    assertThat(MO.counter().count(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30), DayCount.BUSINESS))
        .isEqualTo(2);
  }

  @Test
  void readmeExample() {
    // --- README snippet (begin) ---
    RuleBook book = RuleBook.load(); // finds MissouriModule ("MO") through ServiceLoader
    ZoneId chicago = ZoneId.of("America/Chicago");
    Case c = Case.builder().id("c-1").student(Student.builder().id("s-1").build())
        .district("Example R-2").state("MO")
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("lea", PartyRole.LEA))
        .addEvents(Request.builder().id("cc").kind(RequestKind.STATE_COMPLAINT).filedBy("parent")
            .at(ZonedDateTime.of(2026, 5, 7, 17, 5, 0, 0, chicago).toInstant()).build()) // Thu 5:05 PM
        .build();
    Evaluation e = book.evaluate(c, LocalDate.of(2026, 5, 20));
    // the federal 60-day clock, its day 0 shaped by MO.CHILD_COMPLAINT.FILING_DATE (deadline.shapedBy())
    Deadline decision = e.deadlines("IDEA.STATE_COMPLAINT.DECISION_60_DAYS").get(0);
    System.out.println(decision.triggerDate() + " -> " + decision.due()); // 2026-05-11 -> 2026-07-10
    // received after 4:30 PM and Friday May 8 is Truman Day: filed Monday May 11, decision due July 10
    Plan fiep = book.plan("MO", ProposedAct.FACILITATED_IEP_MEETING, LocalDate.of(2026, 9, 1));
    System.out.println(fiep.earliest().get()); // 2026-09-11: the request must reach DESE 10 days ahead
    // --- README snippet (end) ---
    assertThat(decision.triggerDate()).isEqualTo(LocalDate.of(2026, 5, 11));
    assertThat(decision.due()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(fiep.earliest()).contains(LocalDate.of(2026, 9, 11));
  }
}
