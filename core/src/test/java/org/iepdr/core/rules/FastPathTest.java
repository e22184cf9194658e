package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's fast path: the trace as an option ({@link EvaluationOptions#trace()}) and the rules
 * skipped on a case without the events they declare ({@link RuleDescriptor#reads()}).
 */
class FastPathTest {

  private static RuleDescriptor.Builder describe(String id) {
    return RuleDescriptor.builder().id(RuleId.of(id)).title(id).kind(FindingKind.WARNING)
        .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "test", "s", "quote"));
  }

  /** Declares that it reads meetings, and fails whenever it runs: a run shows as INCOMPLETE. */
  private static final class NeedsMeetings extends BaseRule {
    NeedsMeetings() {
      super(describe("TEST.A.MEETINGS").reads(Meeting.class).build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      throw new IllegalStateException("ran");
    }
  }

  /** Declares that it reads mediation requests, and fails whenever it runs. */
  private static final class NeedsMediation extends BaseRule {
    NeedsMediation() {
      super(describe("TEST.B.MEDIATION").readsRequests(RequestKind.MEDIATION).build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      throw new IllegalStateException("ran");
    }
  }

  /** Declares nothing: runs on every case; notes, reports a finding and is incomplete. */
  private static final class Noisy extends BaseRule {
    Noisy() {
      super(describe("TEST.C.NOISY").build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      ctx.note("noted by C");
      ctx.finding("c").events(ctx.knownEvents().get(0).id()).report();
      if (ctx.knownEvents().size() > 1) {
        ctx.incomplete("C could not finish");
      }
    }
  }

  /** Declares nothing, notes something: a complete rule whose entry the fast path drops. */
  private static final class Talkative extends BaseRule {
    Talkative() {
      super(describe("TEST.D.TALKATIVE").build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      ctx.note("noted by D");
    }
  }

  private static final RuleModule MODULE = new RuleModule() {
    @Override
    public String jurisdiction() {
      return "TT";
    }

    @Override
    public String name() {
      return "Test";
    }

    @Override
    public ZoneId zone() {
      return Fixtures.ZONE;
    }

    @Override
    public HolidayCalendar holidays() {
      return FederalHolidays.calendar();
    }

    @Override
    public List<Rule> rules() {
      return List.of(new NeedsMeetings(), new NeedsMediation(), new Noisy(), new Talkative());
    }

    @Override
    public Optional<String> inherits() {
      return Optional.empty();
    }
  };

  private static final RuleBook BOOK = RuleBook.of(MODULE);
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static Case withEvents(CaseEvent... events) {
    return Fixtures.caseBuilder().state("TT").addEvents(events).build();
  }

  private static Consent consent(String id, String date) {
    return Consent.builder().id(id).at(Fixtures.at(date)).scope(ConsentScope.values()[0]).givenBy(Fixtures.PARENT)
        .build();
  }

  private static Request request(String id, RequestKind kind, String date) {
    return Request.builder().id(id).kind(kind).at(Fixtures.at(date)).filedBy(Fixtures.PARENT).build();
  }

  private static TraceEntry.Outcome outcome(Evaluation e, String ruleId) {
    return e.trace().stream().filter(t -> t.ruleId().value().equals(ruleId)).findFirst().orElseThrow().outcome();
  }

  @Test
  void aRuleWhoseEventsAreAbsentIsSkippedAndItsEntryIsThatOfAQuietRun() {
    Evaluation e = BOOK.evaluate(withEvents(consent("c1", "2025-03-03")), AS_OF);
    assertThat(e.trace()).hasSize(4);
    // they would fail if they ran
    assertThat(outcome(e, "TEST.A.MEETINGS")).isEqualTo(TraceEntry.Outcome.RAN);
    assertThat(outcome(e, "TEST.B.MEDIATION")).isEqualTo(TraceEntry.Outcome.RAN);
    assertThat(e.trace().get(0)).isEqualTo(ImmutableTraceEntry.builder().ruleId(RuleId.of("TEST.A.MEETINGS"))
        .outcome(TraceEntry.Outcome.RAN).build());
  }

  @Test
  void aRequestOfAnotherKindDoesNotRunARuleThatReadsRequestsOfOneKind() {
    Evaluation e = BOOK.evaluate(withEvents(request("r1", RequestKind.STATE_COMPLAINT, "2025-03-03")), AS_OF);
    assertThat(outcome(e, "TEST.B.MEDIATION")).isEqualTo(TraceEntry.Outcome.RAN);
    Evaluation m = BOOK.evaluate(withEvents(request("r1", RequestKind.MEDIATION, "2025-03-03")), AS_OF);
    assertThat(outcome(m, "TEST.B.MEDIATION")).isEqualTo(TraceEntry.Outcome.INCOMPLETE);
    assertThat(outcome(m, "TEST.A.MEETINGS")).isEqualTo(TraceEntry.Outcome.RAN);
  }

  @Test
  void aRequestDatedAfterTheAsOfDateIsNotKnownAndRunsNothing() {
    Evaluation e = BOOK.evaluate(withEvents(consent("c1", "2025-03-03"),
        request("r1", RequestKind.MEDIATION, "2025-04-03")), AS_OF);
    assertThat(outcome(e, "TEST.B.MEDIATION")).isEqualTo(TraceEntry.Outcome.RAN);
  }

  @Test
  void everyRuleRunsTheRulesThatWouldBeSkipped() {
    Case c = withEvents(consent("c1", "2025-03-03"));
    Evaluation e = BOOK.evaluate(c, EvaluationOptions.builder().asOf(AS_OF).everyRule(true).build());
    assertThat(outcome(e, "TEST.A.MEETINGS")).isEqualTo(TraceEntry.Outcome.INCOMPLETE);
    assertThat(outcome(e, "TEST.B.MEDIATION")).isEqualTo(TraceEntry.Outcome.INCOMPLETE);
  }

  @Test
  void theTraceIsKeptByDefault() {
    assertThat(EvaluationOptions.defaults().trace()).isTrue();
    assertThat(EvaluationOptions.asOf(AS_OF).trace()).isTrue();
    assertThat(EvaluationOptions.defaults().everyRule()).isFalse();
    Evaluation e = BOOK.evaluate(withEvents(consent("c1", "2025-03-03")));
    assertThat(e.traced()).isTrue();
    assertThat(e.trace()).hasSize(4);
  }

  @Test
  void withoutTheTraceOnlyTheIncompleteEntriesAreKeptTheSameAsInTheFullTrace() {
    Case c = withEvents(consent("c1", "2025-03-03"), consent("c2", "2025-03-04"));
    Evaluation full = BOOK.evaluate(c, AS_OF);
    Evaluation fast = BOOK.evaluate(c, EvaluationOptions.asOf(AS_OF).withoutTrace());
    assertThat(fast.traced()).isFalse();
    assertThat(full.trace()).extracting(TraceEntry::outcome).contains(TraceEntry.Outcome.RAN);
    assertThat(fast.trace()).containsExactlyElementsOf(
        full.trace().stream().filter(t -> t.outcome() == TraceEntry.Outcome.INCOMPLETE).toList());
    assertThat(fast.trace()).singleElement().satisfies(t -> {
      assertThat(t.ruleId()).isEqualTo(RuleId.of("TEST.C.NOISY"));
      assertThat(t.notes()).containsExactly("noted by C", "C could not finish");
    });
    assertThat(fast.findings()).isEqualTo(full.findings());
    assertThat(fast.deadlines()).isEqualTo(full.deadlines());
    assertThat(fast.nextSteps()).isEqualTo(full.nextSteps());
    assertThat(fast.position()).isEqualTo(full.position());
  }

  @Test
  void withoutTheTraceACompleteEvaluationHasAnEmptyTrace() {
    Evaluation fast = BOOK.evaluate(withEvents(consent("c1", "2025-03-03")),
        EvaluationOptions.asOf(AS_OF).withoutTrace());
    assertThat(fast.trace()).isEmpty();
    assertThat(fast.findings()).hasSize(1);
  }

  @Test
  void withoutTraceKeepsTheOtherOptions() {
    EvaluationOptions o = EvaluationOptions.builder().asOf(AS_OF).everyRule(true).build().withoutTrace();
    assertThat(o.asOf()).contains(AS_OF);
    assertThat(o.everyRule()).isTrue();
    assertThat(o.trace()).isFalse();
    assertThat(o.withoutTrace()).isSameAs(o);
  }

  @Test
  void aDescriptorDeclaresOnlyConcreteEventTypes() {
    assertThatThrownBy(() -> describe("TEST.E.BAD").reads(CaseEvent.class).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reads");
    RuleDescriptor d = describe("TEST.F.GOOD").reads(Meeting.class, Consent.class).build();
    assertThat(d.reads()).containsExactly(Meeting.class, Consent.class);
    assertThat(d.skippable()).isTrue();
    assertThat(describe("TEST.G.ALL").build().skippable()).isFalse();
    assertThat(describe("TEST.H.REQ").readsRequests(RequestKind.MEDIATION).build().skippable()).isTrue();
    assertThat(describe("TEST.I.ABSENT").reportsAbsence(true).build().reportsAbsence()).isTrue();
    assertThat(describe("TEST.I.ABSENT").build().reportsAbsence()).isFalse();
    assertThatThrownBy(() -> describe("TEST.J.BOTH").reads(Meeting.class).reportsAbsence(true).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reportsAbsence");
  }

  @Test
  void whatARuleReadsIsNotPartOfItsIdentity() {
    assertThat(describe("TEST.F.GOOD").reads(Meeting.class).build()).isEqualTo(describe("TEST.F.GOOD").build());
  }
}
