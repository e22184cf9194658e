package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleId;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;

/**
 * Every deadline rule of every bundled module (the IDEA baseline, Missouri, Mississippi and the example
 * district, all on this test's class path) declares its clock as a public static {@link Clock} constant,
 * and every deadline the bundled cases produce is keyed by its rule's id, a dot and the name of one of
 * those clocks.
 */
class ClocksDeclaredTest {

  /**
   * The deadline rules that do not fit the clock model, with the reason. A rule listed here reports its
   * deadline through {@code RuleContext.deadline(..)} with a due date of its own.
   */
  private static final Map<String, String> NOT_A_CLOCK = Map.of(
      "XM.NOTICE.BY_10TH", "its last day is a calendar date (the 10th of the month before the meeting's month), not a"
          + " count of days");

  /** The deadline rules, as the source calls them: every rule class that starts a deadline or a clock. */
  private static final List<String> DEADLINE_RULES = List.of(
      "IDEA.DUE_PROCESS.RESPONSE", "IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE", "IDEA.EXPEDITED.TIMELINES",
      "IDEA.HEARING.DECISION_45_DAYS", "IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS", "IDEA.RESOLUTION.AGREEMENT_REVIEW",
      "IDEA.RESOLUTION.MEETING_15_DAYS", "IDEA.STATE_COMPLAINT.DECISION_60_DAYS",
      "IDEA.CIVIL_ACTION.TIME_LIMIT", "IDEA.SAFEGUARDS.NOTICE", "IDEA.RECORDS.ACCESS_45_DAYS",
      "IDEA.FEES.SETTLEMENT_OFFER", "IDEA.PRIVATE_PLACEMENT.NOTICE", "IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS",
      "MO.NOTICE_OF_ACTION.10_DAYS", "MO.MEETING.TWO_ATTEMPTS",
      "MO.CHILD_COMPLAINT.FILING_DATE", "MO.DUE_PROCESS.COMMISSIONER_15_DAYS", "MO.FIEP.LEAD_TIME",
      "MO.MEDIATION.COMPLETE_30_DAYS", "MO.MEDIATION.SCHEDULE_15_DAYS", "MO.MEETING.NOTICE_10_DAYS",
      "MS.DUE_PROCESS.RESOLUTION_SESSION", "MS.FACILITATION.LEAD_TIME", "MS.STATE_COMPLAINT.DECISION_FROM_FILING",
      "MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS",
      "XM.AGENDA.WINDOW_3_TO_5_DAYS", "XM.DRAFT.FIVE_DAYS_MARKED", "XM.REPORTS.TWO_WEEKS");

  /** Every rule of every installed module, by id (the first module's rule for an id two modules share). */
  private static Map<String, Rule> allRules() {
    Map<String, Rule> all = new TreeMap<>();
    for (String code : Cli.BOOK.jurisdictions()) {
      for (Rule r : Cli.BOOK.jurisdiction(code).rules()) {
        all.putIfAbsent(r.descriptor().id().toString(), r);
      }
    }
    return all;
  }

  /** The public static Clock constants a rule's class declares or inherits, by name. */
  private static Map<String, Clock> clocks(Rule rule) {
    Map<String, Clock> out = new TreeMap<>();
    for (Field f : rule.getClass().getFields()) {
      if (f.getType() == Clock.class && Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
        try {
          Clock c = (Clock) f.get(null);
          out.put(c.name(), c);
        } catch (IllegalAccessException e) {
          throw new AssertionError(f.toString(), e);
        }
      }
    }
    return out;
  }

  @Test
  void everyDeadlineRuleDeclaresAPublicStaticClock() {
    Map<String, Rule> all = allRules();
    List<String> missing = new ArrayList<>();
    for (String id : DEADLINE_RULES) {
      assertThat(all).as("installed rules").containsKey(id);
      if (clocks(all.get(id)).isEmpty()) {
        missing.add(id);
      }
    }
    assertThat(missing).as("deadline rules without a public static Clock").isEmpty();
    // and no rule declares a clock without being listed: the list is the catalogue of deadline rules
    Set<String> declaring = new TreeSet<>();
    all.forEach((id, r) -> {
      if (!clocks(r).isEmpty()) {
        declaring.add(id);
      }
    });
    assertThat(declaring).containsExactlyInAnyOrderElementsOf(DEADLINE_RULES);
  }

  @Test
  void theSourceStartsDeadlinesOnlyThroughDeclaredClocks() throws IOException {
    // a rule that calls ctx.deadline(..) hand-codes its due date: only the listed exceptions may
    Set<String> handCoded = new TreeSet<>();
    Set<String> clocked = new TreeSet<>();
    for (String dir : List.of("../core/src/main/java/org/iepdr/core/idea", "../rules-missouri/src/main/java",
        "../rules-mississippi/src/main/java", "../examples-district/src/main/java")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String src = Files.readString(p);
          String name = p.getFileName().toString().replace(".java", "");
          if (src.contains("ctx.deadline(")) {
            handCoded.add(name);
          }
          if (src.contains("ctx.clock(")) {
            clocked.add(name);
          }
        }
      }
    }
    assertThat(handCoded).as("rules that hand-code a deadline (see NOT_A_CLOCK)").containsExactly("NoticeByTheTenth");
    Map<String, Rule> all = allRules();
    Set<String> classesWithClocks = new TreeSet<>();
    for (String id : DEADLINE_RULES) {
      classesWithClocks.add(all.get(id).getClass().getSimpleName());
    }
    assertThat(classesWithClocks).as("every rule class that runs a clock declares one").containsAll(clocked);
  }

  @Test
  void everyDeadlineOfTheBundledCasesIsKeyedByItsRuleAndADeclaredClock() throws IOException {
    Map<String, Rule> all = allRules();
    int seen = 0;
    Set<String> rulesSeen = new TreeSet<>();
    for (Path file : OutputSchemasTest.cases().toList()) {
      CaseFile cf = CaseFileReader.forRuleBook(Cli.BOOK).read(file);
      EvaluationOptions.Builder options = EvaluationOptions.builder()
          .asOf(cf.asOf().orElse(LocalDate.of(2026, 12, 31)));
      Path calendar = Path.of(file.toString().replace(".json", ".school-calendar.txt"));
      if (Files.exists(calendar)) {
        options.schoolCalendar(SchoolCalendarFile.read(calendar));
      }
      Evaluation e = Cli.BOOK.evaluate(cf.aCase(), options.build());
      for (Deadline d : e.deadlines()) {
        seen++;
        RuleId owner = d.ruleId();
        // the rule that reported it: a state rule that shaped a federal clock is named in shapedBy
        String reporter = (d.shapedBy().isEmpty() ? owner : d.shapedBy().get(d.shapedBy().size() - 1)).toString();
        rulesSeen.add(reporter);
        if (NOT_A_CLOCK.containsKey(reporter)) {
          continue;
        }
        Set<String> names = new TreeSet<>(clocks(all.get(reporter)).keySet());
        if (all.containsKey(owner.toString())) {
          names.addAll(clocks(all.get(owner.toString())).keySet());
        }
        assertThat(names).as("%s: %s declares a clock", file.getFileName(), reporter).isNotEmpty();
        String key = d.action().key();
        assertThat(key).as("%s: the action key of a deadline of %s", file.getFileName(), reporter)
            .startsWith(owner + ".");
        assertThat(names).as("%s: %s names a declared clock of %s", file.getFileName(), key, reporter)
            .contains(key.substring(owner.toString().length() + 1));
      }
    }
    assertThat(seen).as("deadlines in the bundled cases").isGreaterThan(10);
    assertThat(rulesSeen).as("deadline rules the bundled cases exercise").hasSizeGreaterThanOrEqualTo(8);
  }
}
