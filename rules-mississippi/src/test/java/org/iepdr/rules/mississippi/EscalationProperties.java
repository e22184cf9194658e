package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.rules.Evaluation;

/**
 * An {@link ActionChain} walks a Mississippi case up the ladder, one event at a time, each time taking one of
 * the next steps the evaluation offers (or going back to an IEP meeting). After every step the evaluation may
 * offer only processes the ladder allows from where the case stands: the seed's ladder plus the federal
 * baseline, written out here independently of the module.
 */
class EscalationProperties {

  private static final DisputeProcess IEP = DisputeProcess.IEP_MEETING;
  private static final DisputeProcess FIEP = DisputeProcess.FACILITATED_IEP;
  private static final DisputeProcess MED = DisputeProcess.MEDIATION;
  private static final DisputeProcess SC = DisputeProcess.STATE_COMPLAINT;
  private static final DisputeProcess RES = DisputeProcess.RESOLUTION_MEETING;
  private static final DisputeProcess HEAR = DisputeProcess.DUE_PROCESS_HEARING;
  private static final DisputeProcess EXP = DisputeProcess.EXPEDITED_HEARING;
  private static final DisputeProcess COURT = DisputeProcess.JUDICIAL_REVIEW;

  /** The ladder: seed 002 (IEP -> FIEP -> mediation -> state complaint or due process) and 34 CFR Part 300. */
  private static final Map<DisputeProcess, Set<DisputeProcess>> LADDER = Map.of(
      IEP, EnumSet.of(FIEP, MED, SC, RES, EXP),
      FIEP, EnumSet.of(MED, SC, RES),
      // mediation in a pending complaint's resolution meeting's place leads to the hearing (34 CFR 300.510(a)(3)(ii),
      // (b)); a signed mediation or resolution agreement is enforceable in court (300.506(b)(7), 300.510(d)(2))
      MED, EnumSet.of(SC, RES, HEAR, COURT),
      SC, EnumSet.of(MED, RES),
      RES, EnumSet.of(MED, HEAR, COURT),
      HEAR, EnumSet.of(COURT),
      EXP, EnumSet.of(COURT),
      COURT, EnumSet.noneOf(DisputeProcess.class));

  /** The walk's state: the events so far and the last evaluation. */
  static final class Walk {
    final List<CaseEvent> events = new ArrayList<>();
    final Set<IssueKind> issues;
    Evaluation evaluation;
    Instant clock = Instant.parse("2026-01-05T16:00:00Z");

    Walk(Set<IssueKind> issues) {
      this.issues = issues;
      evaluate();
    }

    void evaluate() {
      evaluation = MS.evaluate(caseBuilder().addAllEvents(events).build(), MsFixtures.d("2030-01-01"));
    }

    void enter(DisputeProcess p) {
      clock = clock.plus(Duration.ofDays(3));
      String id = "e" + events.size();
      CaseEvent e = switch (p) {
        case IEP_MEETING -> Meeting.builder().id(id).kind(MeetingKind.IEP).at(clock).build();
        case FACILITATED_IEP -> Request.builder().id(id).kind(RequestKind.FACILITATED_IEP).filedBy(PARENT)
            .addAllIssues(issues).at(clock).build();
        case MEDIATION -> Agreement.builder().id(id).kind(AgreementKind.TO_MEDIATE).addSignatories(PARENT, LEA)
            .at(clock).build();
        case STATE_COMPLAINT -> Request.builder().id(id).kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
            .addAllIssues(issues).at(clock).build();
        case RESOLUTION_MEETING -> Request.builder().id(id).kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
            .addAllIssues(issues).at(clock).build();
        case DUE_PROCESS_HEARING -> Meeting.builder().id(id).kind(MeetingKind.HEARING).at(clock).build();
        case EXPEDITED_HEARING -> Request.builder().id(id).kind(RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
            .filedBy(PARENT).at(clock).build();
        case JUDICIAL_REVIEW -> null;
      };
      if (e != null) {
        events.add(e);
      }
      evaluate();
    }

    @Override
    public String toString() {
      return "Walk" + events.stream().map(CaseEvent::toString).toList();
    }
  }

  /** Take one of the offered next steps (judicial review is outside the case model and ends nothing). */
  static final class TakeOfferedStep implements Action.Dependent<Walk> {
    @Override
    public boolean precondition(Walk w) {
      return w.evaluation.nextSteps().stream().anyMatch(s -> s.process() != COURT && !s.continues());
    }

    @Override
    public Arbitrary<Transformer<Walk>> transformer(Walk w) {
      List<DisputeProcess> offered = w.evaluation.nextSteps().stream().filter(s -> !s.continues())
          .map(NextStep::process).filter(p -> p != COURT).toList();
      return Arbitraries.of(offered).map(p -> Transformer.mutate("enter " + p, walk -> walk.enter(p)));
    }
  }

  @Provide
  Arbitrary<ActionChain<Walk>> walks() {
    return Arbitraries.subsetOf(IssueKind.values()).flatMap(issues -> ActionChain
        .<Walk>startWith(() -> new Walk(issues))
        .withAction(3, new TakeOfferedStep())
        .withAction(1, Action.just(Transformer.mutate("back to an IEP meeting", w -> w.enter(IEP))))
        .withMaxTransformations(8));
  }

  @Property(tries = 200)
  void theLadderNeverOffersAProcessItDoesNotAllow(@ForAll("walks") ActionChain<Walk> chain) {
    chain.withInvariant("offered steps are on the ladder", w -> {
      DisputeProcess at = w.evaluation.position();
      for (NextStep s : w.evaluation.nextSteps()) {
        if (s.continues()) {
          // the process the case stands at, continued (the hearing a pending complaint awaits)
          assertThat(s.process()).isEqualTo(at);
          continue;
        }
        assertThat(LADDER.get(at)).as("from %s", at).contains(s.process());
        assertThat(MississippiEscalation.path().allows(at, s.process())).isTrue();
        assertThat(s.advice()).allSatisfy(a -> assertThat(a.process()).isEqualTo(s.process()));
      }
      // The case's issues come from its requests; once one names non-compliance, facilitation is advised against.
      if (w.events.stream().anyMatch(e -> e instanceof Request r && r.issues().contains(IssueKind.NON_COMPLIANCE))) {
        w.evaluation.nextSteps().stream().filter(s -> s.process() == FIEP).forEach(s ->
            assertThat(s.advice()).anySatisfy(a -> assertThat(a.fits()).isFalse()));
      }
    }).run();
  }
}
