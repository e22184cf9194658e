package org.iepdr.json.output;

import org.iepdr.core.message.Message;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.EffectivePeriod;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.json.casefile.CaseFileProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every field of every JSON output, from hand-built values whose every field is known: the header, the
 * objects, present and absent optional members and open ends.
 */
class OutputContentTest {

  static final Jurisdiction MO = RuleBook.load().jurisdiction("MO");
  static final LocalDate D1 = LocalDate.of(2026, 3, 2);
  static final LocalDate D2 = LocalDate.of(2026, 3, 12);

  static final Citation CITED = Citation.builder().document("34 CFR Part 300").section("300.506(b)(5)")
      .link("https://example.org/300.506").quote("the quoted sentence")
      .authority(Authority.SECONDARY).force(Force.RECOMMENDATION).restatement(true).build();
  static final Citation UNLINKED = Citation.builder().document("RSMo").section("162.961").quote("another")
      .authority(Authority.STATUTE).force(Force.DUTY).build();

  static Finding finding() {
    return Finding.builder().ruleId(RuleId.of("MO.TEST.LATE")).kind(FindingKind.VIOLATION).statement(Message.literal("too late"))
        .citation(CITED).addEvents("e1", "e2").build();
  }

  static Deadline met() {
    return Deadline.builder().ruleId(RuleId.of("MO.TEST.DUE")).action(Message.literal("hold it")).trigger("the request")
        .triggerDate(D1).period(DayPeriod.calendarDays(10)).window(DateWindow.of(D1, D2))
        .status(DeadlineStatus.MET).satisfiedBy("meeting").satisfiedOn(LocalDate.of(2026, 3, 5)).citation(UNLINKED)
        .build();
  }

  static Deadline pending() {
    return Deadline.builder().ruleId(RuleId.of("MO.TEST.OPEN")).action(Message.literal("answer")).trigger("t")
        .triggerDate(D1).period(DayPeriod.calendarDays(10)).window(DateWindow.onOrBefore(D2))
        .status(DeadlineStatus.PENDING).citation(UNLINKED).build();
  }

  static Evaluation evaluation(boolean violations) {
    Evaluation.Builder b = Evaluation.builder().caseId("case-7").jurisdiction("MO").asOf(LocalDate.of(2026, 6, 30))
        .position(DisputeProcess.MEDIATION).addDeadlines(met(), pending())
        .addTrace(TraceEntry.builder().ruleId(RuleId.of("MO.TEST.RAN")).outcome(TraceEntry.Outcome.RAN)
            .addNotes("ran fine").build())
        .addTrace(TraceEntry.builder().ruleId(RuleId.of("MO.TEST.PART")).outcome(TraceEntry.Outcome.INCOMPLETE)
            .addNotes("no school calendar", "second note").build())
        .addTrace(TraceEntry.builder().ruleId(RuleId.of("MO.TEST.OLD")).outcome(TraceEntry.Outcome.NOT_IN_FORCE)
            .build())
        .addNextSteps(new NextStep(DisputeProcess.STATE_COMPLAINT, "a violation of the IEP",
            List.of(new Advice(DisputeProcess.STATE_COMPLAINT, true, Set.of(), "file it", "CADRE"),
                new Advice(DisputeProcess.DUE_PROCESS_HEARING, false, Set.of(), "costly", "CADRE 2"))));
    if (violations) {
      b.addFindings(finding());
    }
    return b.build();
  }

  static void assertHeader(JsonNode o, boolean withFingerprint) {
    assertThat(o.get("schemaVersion").asString()).isEqualTo("2.1").isEqualTo(JsonOutput.SCHEMA_VERSION);
    assertThat(o.get("libraryVersion").asString()).isEqualTo(RuleSetFingerprint.libraryVersion()).isNotBlank();
    if (withFingerprint) {
      assertThat(o.get("ruleSetFingerprint").asString()).isEqualTo(RuleSetFingerprint.of(MO)).isNotBlank();
    } else {
      assertThat(o.has("ruleSetFingerprint")).isFalse();
    }
  }

  static void assertFinding(JsonNode f) {
    assertThat(f.get("ruleId").asString()).isEqualTo("MO.TEST.LATE");
    assertThat(f.get("kind").asString()).isEqualTo("VIOLATION");
    assertThat(f.get("message").asString()).isEqualTo("too late");
    assertThat(f.get("events").toString()).isEqualTo("[\"e1\",\"e2\"]");
    JsonNode c = f.get("citation");
    assertThat(c.get("document").asString()).isEqualTo("34 CFR Part 300");
    assertThat(c.get("section").asString()).isEqualTo("300.506(b)(5)");
    assertThat(c.get("link").asString()).isEqualTo("https://example.org/300.506");
    assertThat(c.get("quote").asString()).isEqualTo("the quoted sentence");
    assertThat(c.get("authority").asString()).isEqualTo("SECONDARY");
    assertThat(c.get("force").asString()).isEqualTo("RECOMMENDATION");
    assertThat(c.get("restatement").asBoolean()).isTrue();
    assertThat(c.get("strongestKind").asString()).isEqualTo("WARNING");
    assertThat(c.size()).isEqualTo(8);
  }

  static void assertDeadlines(JsonNode ds) {
    assertThat(ds.size()).isEqualTo(2);
    JsonNode d = ds.get(0);
    assertThat(d.get("ruleId").asString()).isEqualTo("MO.TEST.DUE");
    assertThat(d.get("description").asString()).isEqualTo("hold it");
    assertThat(d.get("trigger").asString()).isEqualTo("the request");
    assertThat(d.get("triggerDate").asString()).isEqualTo("2026-03-02");
    assertThat(d.get("period").asString()).isEqualTo(DayPeriod.calendarDays(10).toString());
    assertThat(d.get("earliest").asString()).isEqualTo("2026-03-02");
    assertThat(d.get("latest").asString()).isEqualTo("2026-03-12");
    assertThat(d.get("status").asString()).isEqualTo("MET");
    assertThat(d.get("satisfiedBy").asString()).isEqualTo("meeting");
    assertThat(d.get("satisfiedOn").asString()).isEqualTo("2026-03-05");
    JsonNode p = ds.get(1);
    assertThat(p.get("status").asString()).isEqualTo("PENDING");
    assertThat(p.has("earliest")).isFalse();
    assertThat(p.has("satisfiedBy")).isFalse();
    assertThat(p.has("satisfiedOn")).isFalse();
    assertThat(p.get("latest").asString()).isEqualTo("2026-03-12");
  }

  static void assertNotFullyChecked(JsonNode n) {
    assertThat(n.toString()).isEqualTo("[{\"ruleId\":\"MO.TEST.PART\",\"notes\":[\"no school calendar\",\"second note\"]}]");
  }

  @Test
  void anEvaluationCarriesEveryField() {
    ObjectNode o = EvaluationJson.toTree(MO, evaluation(true));
    assertHeader(o, true);
    assertThat(o.get("caseId").asString()).isEqualTo("case-7");
    assertThat(o.get("jurisdiction").asString()).isEqualTo("MO");
    assertThat(o.get("asOf").asString()).isEqualTo("2026-06-30");
    assertThat(o.get("hasViolations").asBoolean()).isTrue();
    assertThat(o.get("position").asString()).isEqualTo("MEDIATION");
    assertThat(o.get("findings").size()).isEqualTo(1);
    assertFinding(o.get("findings").get(0));
    assertDeadlines(o.get("deadlines"));
    assertNotFullyChecked(o.get("notFullyChecked"));
    JsonNode steps = o.get("nextSteps");
    assertThat(steps.size()).isEqualTo(1);
    assertThat(steps.get(0).get("process").asString()).isEqualTo("STATE_COMPLAINT");
    assertThat(steps.get(0).get("why").asString()).isEqualTo("a violation of the IEP");
    // a step worded by its caller is a literal: its key says so and its facts hold the words
    assertThat(steps.get(0).get("key").asString()).isEqualTo("literal");
    assertThat(steps.get(0).get("facts").toString()).isEqualTo("{\"text\":\"a violation of the IEP\"}");
    assertThat(steps.get(0).get("advice").toString()).isEqualTo(
        "[{\"process\":\"STATE_COMPLAINT\",\"fits\":true,\"key\":\"literal\",\"facts\":{\"text\":\"file it\"},"
        + "\"text\":\"file it\",\"source\":\"CADRE\"},"
        + "{\"process\":\"DUE_PROCESS_HEARING\",\"fits\":false,\"key\":\"literal\",\"facts\":{\"text\":\"costly\"},"
        + "\"text\":\"costly\",\"source\":\"CADRE 2\"}]");
    assertThat(EvaluationJson.toTree(MO, evaluation(false)).get("hasViolations").asBoolean()).isFalse();
  }

  @Test
  void theNextStepsCarryTheirKeysAndRenderInTheLanguageAsked() {
    Evaluation e = Evaluation.builder().caseId("case-8").jurisdiction("MO").asOf(LocalDate.of(2026, 6, 30))
        .position(DisputeProcess.IEP_MEETING)
        .addAllNextSteps(MO.escalation().nextSteps(DisputeProcess.FACILITATED_IEP, Set.of())).build();
    JsonNode en = EvaluationJson.toTree(MO, e, org.iepdr.core.message.Language.ENGLISH).get("nextSteps");
    JsonNode es = EvaluationJson.toTree(MO, e, org.iepdr.core.message.Language.SPANISH).get("nextSteps");
    assertThat(en.size()).isEqualTo(es.size()).isPositive();
    for (int i = 0; i < en.size(); i++) {
      String key = en.get(i).get("key").asString();
      assertThat(key).startsWith("STEP.").isEqualTo(es.get(i).get("key").asString());
      assertThat(en.get(i).has("facts")).as("a step worded in a catalog states no facts").isFalse();
      assertThat(es.get(i).get("why").asString()).isNotEqualTo(en.get(i).get("why").asString());
      for (int k = 0; k < en.get(i).get("advice").size(); k++) {
        JsonNode a = en.get(i).get("advice").get(k);
        JsonNode b = es.get(i).get("advice").get(k);
        assertThat(a.get("key").asString()).startsWith("ADVICE.").isEqualTo(b.get("key").asString());
        assertThat(b.get("text").asString()).isNotEqualTo(a.get("text").asString());
      }
    }
    JsonNode mediation = en.get(0);
    assertThat(mediation.get("process").asString()).isEqualTo("MEDIATION");
    assertThat(mediation.get("key").asString()).isEqualTo("STEP.MO.FACILITATED_IEP.MEDIATION");
    assertThat(es.get(0).get("why").asString()).startsWith("queda una disputa concreta").contains("mediación");
  }

  @Test
  void anEvaluationIsWrittenPrettyWithAFinalLineBreak() {
    String text = EvaluationJson.write(MO, evaluation(true));
    assertThat(text).endsWith("}\n").contains("\n  \"caseId\" : \"case-7\"");
    assertThat(text).isEqualTo(JsonOutput.pretty(EvaluationJson.toTree(MO, evaluation(true))));
    assertThat(JsonOutput.line(EvaluationJson.toTree(MO, evaluation(true)))).doesNotContain("\n")
        .startsWith("{\"schemaVersion\":\"2.1\",");
  }

  @Test
  void anEvaluatedBatchLineCarriesItsLineResultFindingsAndDeadlines() {
    ObjectNode o = BatchLineJson.evaluated(17, MO, evaluation(true));
    assertHeader(o, true);
    assertThat(o.get("line").asInt()).isEqualTo(17);
    assertThat(o.get("caseId").asString()).isEqualTo("case-7");
    assertThat(o.get("jurisdiction").asString()).isEqualTo("MO");
    assertThat(o.get("asOf").asString()).isEqualTo("2026-06-30");
    assertThat(o.get("result").asString()).isEqualTo("VIOLATIONS");
    assertFinding(o.get("findings").get(0));
    assertDeadlines(o.get("deadlines"));
    assertNotFullyChecked(o.get("notFullyChecked"));
    ObjectNode ok = BatchLineJson.evaluated(3, MO, evaluation(false));
    assertThat(ok.get("result").asString()).isEqualTo("OK");
    assertThat(ok.get("findings").size()).isZero();
  }

  @Test
  void anInvalidBatchLineCarriesItsProblemsWithUnknownPlacesAsZero() {
    ObjectNode o = BatchLineJson.invalid(4, Optional.of("case-9"), List.of(
        new CaseFileProblem("in.jsonl", 4, 12, "$.events[3].kind", "not a kind"),
        new CaseFileProblem("in.jsonl", -1, -1, "$", "unreadable")));
    assertHeader(o, false);
    assertThat(o.get("line").asInt()).isEqualTo(4);
    assertThat(o.get("caseId").asString()).isEqualTo("case-9");
    assertThat(o.get("result").asString()).isEqualTo("INVALID");
    assertThat(o.get("problems").toString()).isEqualTo(
        "[{\"line\":4,\"column\":12,\"path\":\"$.events[3].kind\",\"message\":\"not a kind\"},"
        + "{\"line\":0,\"column\":0,\"path\":\"$\",\"message\":\"unreadable\"}]");
    ObjectNode noId = BatchLineJson.invalid(5, Optional.empty(), List.of(new CaseFileProblem("x", 1, 1, "$", "m")));
    assertThat(noId.has("caseId")).isFalse();
    assertThat(noId.get("problems").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(noId.get("problems").get(0).get("column").asInt()).isEqualTo(1);
  }

  @Test
  void theSummaryCountsCasesAndFindingsByRuleAndKind() {
    Map<String, Map<String, Integer>> byRule = new LinkedHashMap<>();
    byRule.put("MO.A", Map.of("VIOLATION", 3));
    byRule.put("MO.B", new LinkedHashMap<>(Map.of("WARNING", 1)));
    ObjectNode o = BatchLineJson.summary(10, 2, 5, byRule);
    assertHeader(o, false);
    assertThat(o.get("summary").toString()).isEqualTo("{\"cases\":10,\"invalid\":2,\"withViolations\":5,"
        + "\"findingsByRule\":{\"MO.A\":{\"VIOLATION\":3},\"MO.B\":{\"WARNING\":1}}}");
  }

  @Test
  void plansCarryEveryFieldAndLeaveOpenEndsOut() {
    Plan closed = Plan.builder().jurisdiction("MO").act(ProposedAct.FACILITATED_IEP_MEETING).trigger(D1)
        .addConstraints(PlanConstraint.noEarlierThan(RuleId.of("MO.A"), LocalDate.of(2026, 3, 4), "lead time"),
            PlanConstraint.noLaterThan(RuleId.of("MO.B"), D2, "must be held"))
        .build();
    Plan open = Plan.builder().jurisdiction("MO").act(ProposedAct.MEDIATION_SESSION).trigger(D1)
        .addConstraints(new PlanConstraint(RuleId.of("MO.C"), Optional.of(LocalDate.MIN), Optional.of(LocalDate.MAX),
            "sentinels"))
        .build();
    ObjectNode o = PlanJson.toTree(MO, List.of(closed, open));
    assertHeader(o, true);
    assertThat(o.get("jurisdiction").asString()).isEqualTo("MO");
    JsonNode p = o.get("plans").get(0);
    assertThat(p.get("act").asString()).isEqualTo("FACILITATED_IEP_MEETING");
    assertThat(p.get("trigger").asString()).isEqualTo(ProposedAct.FACILITATED_IEP_MEETING.trigger());
    assertThat(p.get("triggerDate").asString()).isEqualTo("2026-03-02");
    assertThat(p.get("possible").asBoolean()).isEqualTo(closed.possible()).isTrue();
    assertThat(p.get("earliest").asString()).isEqualTo("2026-03-04");
    assertThat(p.get("latest").asString()).isEqualTo("2026-03-12");
    assertThat(p.get("constraints").toString()).isEqualTo(
        "[{\"ruleId\":\"MO.A\",\"noEarlierThan\":\"2026-03-04\",\"why\":\"lead time\"},"
        + "{\"ruleId\":\"MO.B\",\"noLaterThan\":\"2026-03-12\",\"why\":\"must be held\"}]");
    JsonNode q = o.get("plans").get(1);
    assertThat(q.has("earliest")).isFalse();
    assertThat(q.has("latest")).isFalse();
    assertThat(q.get("constraints").toString()).isEqualTo("[{\"ruleId\":\"MO.C\",\"why\":\"sentinels\"}]");
    assertThat(PlanJson.write(MO, List.of(closed))).endsWith("}\n").contains("\"act\" : \"FACILITATED_IEP_MEETING\"");
  }

  @Test
  void anImpossiblePlanSaysSo() {
    Plan none = Plan.builder().jurisdiction("MO").act(ProposedAct.FACILITATED_IEP_MEETING).trigger(D1)
        .addConstraints(PlanConstraint.noEarlierThan(RuleId.of("MO.A"), D2, "lead"),
            PlanConstraint.noLaterThan(RuleId.of("MO.B"), D1, "due"))
        .build();
    assertThat(PlanJson.toTree(MO, List.of(none)).get("plans").get(0).get("possible").asBoolean()).isFalse();
  }

  record FixedRule(RuleDescriptor descriptor) implements Rule {
    @Override
    public void evaluate(RuleContext context) {}
  }

  @Test
  void aCatalogueCarriesEveryFieldOfEveryRule() {
    Rule dated = new FixedRule(RuleDescriptor.builder().id(RuleId.of("MO.OLD")).title("Old rule")
        .kind(FindingKind.WARNING).addCitations(CITED, UNLINKED)
        .inForce(EffectivePeriod.between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30)))
        .counting("10 school days").addReplaces(RuleId.of("US.A"), RuleId.of("US.B")).build());
    Rule open = new FixedRule(RuleDescriptor.builder().id(RuleId.of("MO.NEW")).title("New rule")
        .kind(FindingKind.VIOLATION).addCitations(UNLINKED).build());
    ObjectNode o = RuleCatalogueJson.toTree(MO, List.of(dated, open));
    assertHeader(o, true);
    assertThat(o.get("jurisdiction").asString()).isEqualTo("MO");
    assertThat(o.get("name").asString()).isEqualTo(MO.name()).isNotBlank();
    JsonNode r = o.get("rules").get(0);
    assertThat(r.get("id").asString()).isEqualTo("MO.OLD");
    assertThat(r.get("title").asString()).isEqualTo("Old rule");
    assertThat(r.get("kind").asString()).isEqualTo("WARNING");
    assertThat(r.get("inForceFrom").asString()).isEqualTo("2020-01-01");
    assertThat(r.get("inForceTo").asString()).isEqualTo("2024-06-30");
    assertThat(r.get("counting").asString()).isEqualTo("10 school days");
    assertThat(r.get("replaces").toString()).isEqualTo("[\"US.A\",\"US.B\"]");
    assertThat(r.get("citations").size()).isEqualTo(2);
    assertThat(r.get("citations").get(1).toString()).isEqualTo("{\"document\":\"RSMo\",\"section\":\"162.961\","
        + "\"quote\":\"another\",\"authority\":\"STATUTE\",\"force\":\"DUTY\",\"restatement\":false,"
        + "\"strongestKind\":\"VIOLATION\"}");
    JsonNode n = o.get("rules").get(1);
    assertThat(n.has("inForceFrom")).isFalse();
    assertThat(n.has("inForceTo")).isFalse();
    assertThat(n.get("counting").asString()).isEqualTo("no day count");
    assertThat(n.get("replaces").size()).isZero();
    assertThat(RuleCatalogueJson.write(MO, List.of(open))).endsWith("}\n").contains("\"id\" : \"MO.NEW\"");
  }

  @Test
  void theOpenGuardDropsOnlyTheSentinels() {
    assertThat(JsonOutput.open(LocalDate.MIN)).isEmpty();
    assertThat(JsonOutput.open(LocalDate.MAX)).isEmpty();
    assertThat(JsonOutput.open(D1)).contains(D1);
  }
}
