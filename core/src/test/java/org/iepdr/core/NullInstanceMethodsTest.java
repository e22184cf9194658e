package org.iepdr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.caseload.DueList;
import org.iepdr.core.caseload.DueWindow;
import org.iepdr.core.idea.IdeaModule;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.simulation.Reforms;
import org.iepdr.core.simulation.SimulationParameters;
import org.iepdr.core.simulation.SimulationRun;
import org.iepdr.core.simulation.Simulator;
import org.iepdr.core.simulation.Sweep;
import org.iepdr.core.testing.Fixtures;
import org.iepdr.core.testing.NullChecker;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import org.iepdr.core.time.SchoolCalendar;
import org.junit.jupiter.api.Test;

/**
 * Every public instance method of core's exported packages names its null parameter (issue 13, "The
 * API"), the sibling of {@link NullParametersTest} for what that test cannot reach: a registry of sample
 * instances (a rule book, the US jurisdiction with its counter and calendars, a school calendar, a small
 * case with its evaluation, findings, deadlines and plan, the escalation path, the simulator and its
 * parameters, a rule context captured by a test rule, and whatever their accessors return) is held to
 * {@link NullChecker}. Not checked: {@link Rule#evaluate} and {@link Rule#plan} of the rules (callbacks
 * the engine makes with its own, never null, arguments; rule authors implement them). {@link RuleContext}'s
 * methods are checked by {@link #ruleContextGaps} while a test rule runs.
 */
class NullInstanceMethodsTest {

  private static final List<String> PACKAGES = List.of("org/iepdr/core", "org/iepdr/core/time",
      "org/iepdr/core/model", "org/iepdr/core/rules", "org/iepdr/core/process", "org/iepdr/core/idea",
      "org/iepdr/core/simulation", "org/iepdr/core/caseload");

  /** Captures the context it is given. */
  private static final class Capture extends BaseRule {
    private final List<RuleContext> seen = new ArrayList<>();
    private NullChecker during;

    Capture() {
      super(RuleDescriptor.builder().id(RuleId.of("TEST.CAPTURE")).title("capture").kind(FindingKind.WARNING)
          .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "test", "s", "quote")).build());
    }

    @Override
    public void evaluate(RuleContext ctx) {
      seen.add(ctx);
      if (during != null) {
        during.add(ctx);
        try {
          during.check(List.of(RuleContext.class), m -> false);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void everyPublicInstanceMethodNamesItsNullParameter() throws Exception {
    Path root = Path.of(IepdrException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = NullChecker.publicTypes(root, PACKAGES);
    NullChecker checker = new NullChecker(c -> c.getName().startsWith("org.iepdr.core.")
        && !c.getName().startsWith("org.iepdr.core.testing."));

    RuleBook book = RuleBook.load();
    Jurisdiction us = book.jurisdiction("US");
    Case aCase = Fixtures.caseBuilder()
        .addEvents(Consent.builder().id("c1").at(Fixtures.at("2026-03-02")).scope(ConsentScope.values()[0])
            .givenBy(Fixtures.PARENT).build())
        .addEvents(Request.builder().id("r1").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(Fixtures.PARENT)
            .at(Fixtures.at("2026-03-03")).build())
        .build();
    Evaluation evaluation = us.evaluate(aCase, LocalDate.of(2026, 3, 20));
    DueWindow window = DueWindow.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 6, 30));
    DueList due = new DueList(window);
    due.add(evaluation);
    Simulator simulator = Simulator.load("US");
    SimulationParameters parameters = simulator.defaults();
    checker.add(book, us, us.counter(), us.escalation(), aCase, evaluation, new IdeaModule(),
        us.plan(ProposedAct.values()[0], LocalDate.of(2026, 3, 2)),
        SchoolCalendar.weekdaysExcept("school", LocalDate.of(2025, 8, 1), LocalDate.of(2027, 7, 31), List.of()),
        FederalHolidays.calendar(), DateWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)),
        DayPeriod.businessDays(5), RuleId.of("IDEA.TEST"), Citation.of(Authority.REGULATION, Force.DUTY, "doc", "s", "quote"), simulator,
        parameters, simulator.model(parameters), SimulationRun.builder().disputes(10).seed(1).build(),
        Sweep.parse("processes.MEDIATION.resolved=0.5:0.6:0.1"), EvaluationOptions.defaults(),
        Reforms.withoutFacilitation(), simulator.run(SimulationRun.builder().disputes(20).seed(1).build()),
        capturedContext(aCase), window, due);
    checker.explore(3, Set.of("run", "sweep", "toCsvRecords"));
    checker.check(types, NullInstanceMethodsTest::engineCallback);

    System.out.println("NullInstanceMethodsTest: " + checker.summary());
    assertThat(checker.checked()).as("instance entries checked").isGreaterThan(80);
    assertThat(checker.failures()).as(checker.summary()).isEmpty();
  }

  static boolean engineCallback(Method m) {
    return NullChecker.engineCallback(m);
  }

  /**
   * RuleContext's methods, called while a rule runs (a context exists only then), name their null
   * parameter like every other public method.
   */
  @Test
  void ruleContextGaps() {
    NullChecker checker = new NullChecker(c -> c.getName().startsWith("org.iepdr.core."));
    Case aCase = Fixtures.caseBuilder().addEvents(Request.builder().id("r1").kind(RequestKind.DUE_PROCESS_COMPLAINT)
        .filedBy(Fixtures.PARENT).at(Fixtures.at("2026-03-03")).build()).build();
    checker.add(aCase, aCase.events().get(0), RuleId.of("IDEA.TEST"));
    capturedContext(aCase, checker);
    System.out.println("NullInstanceMethodsTest RuleContext: " + checker.checked() + " checked, gaps: "
        + checker.failures());
    assertThat(checker.checked()).isGreaterThan(10);
    assertThat(checker.failures()).as(checker.summary()).isEmpty();
  }

  private static RuleContext capturedContext(Case usCase) {
    return capturedContext(usCase, null);
  }

  private static RuleContext capturedContext(Case usCase, NullChecker during) {
    Capture capture = new Capture();
    capture.during = during;
    RuleModule module = new RuleModule() {
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
        return List.of(capture);
      }

      @Override
      public Optional<String> inherits() {
        return Optional.empty();
      }
    };
    Case c = Case.builder().from(usCase).state("TT").build();
    RuleBook.of(module).evaluate(c, LocalDate.of(2026, 3, 20));
    return capture.seen.get(0);
  }
}
