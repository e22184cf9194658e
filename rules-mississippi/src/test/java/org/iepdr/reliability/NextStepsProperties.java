package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.CaseCondition;
import org.iepdr.core.process.CaseStatus;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;

/**
 * The next steps of generated US, MO and MS cases agree with the cases' own events. Which processes a case has
 * completed is worked out here from the raw events, independently of {@link CaseStatus}: a mediation whose
 * latest written mediation agreement comes after every mediation request and agreement to mediate;
 * a state complaint, due process complaint or expedited complaint whose latest request has its decision (dated
 * after the request: the timeline is read in order, so a decision dated before the request it names decides
 * nothing).
 */
class NextStepsProperties {

  /** After every generated event (timelines start 2024-2026 and span up to 150 days). */
  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

  @Provide
  Arbitrary<Case> cases() {
    return ThreeStates.cases();
  }

  private static Evaluation evaluate(Case c) {
    return ThreeStates.BOOK.jurisdiction(c.state()).evaluate(c, AS_OF);
  }

  /** The processes the case's events show completed (see the class description). */
  static Set<DisputeProcess> completed(Case c) {
    Set<DisputeProcess> done = EnumSet.noneOf(DisputeProcess.class);
    boolean mediationSettled = false;
    String sc = null;
    String dp = null;
    String exp = null;
    Set<String> decided = new java.util.HashSet<>();
    Set<String> filed = new java.util.HashSet<>();
    for (CaseEvent e : c.events()) {
      if (e instanceof Request r) {
        filed.add(r.id());
        switch (r.kind()) {
          case MEDIATION -> mediationSettled = false;
          case STATE_COMPLAINT -> sc = r.id();
          case DUE_PROCESS_COMPLAINT -> dp = r.id();
          case EXPEDITED_DUE_PROCESS_COMPLAINT -> exp = r.id();
          default -> { }
        }
      } else if (e instanceof Agreement a && a.kind() == AgreementKind.TO_MEDIATE) {
        mediationSettled = false;
      } else if (e instanceof Agreement a && a.kind() == AgreementKind.MEDIATION_AGREEMENT && a.inWriting()) {
        mediationSettled = true;
      } else if (e instanceof Decision d && filed.contains(d.request())) {
        if (d.kind() == DecisionKind.STATE_COMPLAINT_DECISION || d.kind() == DecisionKind.HEARING_DECISION
            || d.kind() == DecisionKind.EXPEDITED_HEARING_DECISION) {
          decided.add(d.kind() + "/" + d.request());
        }
      }
    }
    if (mediationSettled) {
      done.add(DisputeProcess.MEDIATION);
    }
    if (sc != null && decided.contains(DecisionKind.STATE_COMPLAINT_DECISION + "/" + sc)) {
      done.add(DisputeProcess.STATE_COMPLAINT);
    }
    if (dp != null && decided.contains(DecisionKind.HEARING_DECISION + "/" + dp)) {
      done.add(DisputeProcess.RESOLUTION_MEETING);
      done.add(DisputeProcess.DUE_PROCESS_HEARING);
    }
    if (exp != null && decided.contains(DecisionKind.EXPEDITED_HEARING_DECISION + "/" + exp)) {
      done.add(DisputeProcess.EXPEDITED_HEARING);
    }
    return done;
  }

  /** Whether the case has any mediation event: a request, an agreement to mediate or a mediation agreement, a session held. */
  static boolean mediated(Case c) {
    for (CaseEvent e : c.events()) {
      if (e instanceof Request r && r.kind() == RequestKind.MEDIATION
          || e instanceof Agreement a && (a.kind() == AgreementKind.TO_MEDIATE
              || a.kind() == AgreementKind.MEDIATION_AGREEMENT && a.inWriting())
          || e instanceof Meeting m && m.kind() == MeetingKind.MEDIATION_SESSION && m.status() == Meeting.Status.HELD) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 3000)
  void noNextStepOffersACompletedProcessWithoutSayingWhyItIsOpenAgain(@ForAll("cases") Case c) {
    Evaluation e = evaluate(c);
    Set<DisputeProcess> done = completed(c);
    for (NextStep s : e.nextSteps()) {
      if (done.contains(s.process())) {
        assertThat(s.continues()).as("%s continues a completed process", s.process()).isFalse();
        assertThat(s.openAgain()).as("%s offered again after the case completed it", s.process()).isPresent();
        assertThat(s.openAgain().orElseThrow().process()).isEqualTo(s.process());
      }
      assertThat(s.restsOn()).allSatisfy(id -> assertThat(c.events()).anySatisfy(ev -> assertThat(ev.id()).isEqualTo(id)));
    }
    // a mediation that ended in a signed agreement is carried out (or enforced in court), not "did not resolve"
    if (e.position() == DisputeProcess.MEDIATION && done.contains(DisputeProcess.MEDIATION)) {
      assertThat(e.nextSteps()).allSatisfy(s -> assertThat(s.process()).isEqualTo(DisputeProcess.JUDICIAL_REVIEW));
    }
  }

  @Property(tries = 3000)
  void noAdviceContradictsTheCasesOwnEvents(@ForAll("cases") Case c) {
    Jurisdiction j = ThreeStates.BOOK.jurisdiction(c.state());
    Evaluation e = j.evaluate(c, AS_OF);
    CaseStatus status = CaseStatus.of(c, zone(c.state()));
    boolean mediated = mediated(c);
    for (NextStep s : e.nextSteps()) {
      for (Advice a : s.advice()) {
        assertThat(a.process()).isEqualTo(s.process());
        assertThat(a.when().holds(status)).as("%s shown where its condition fails", a.text()).isTrue();
        if (a.when().equals(CaseCondition.untried(DisputeProcess.MEDIATION))) {
          assertThat(mediated).as("'%s' shown to a case that mediated", a.text()).isFalse();
        }
      }
    }
    // the advice shown is exactly the path's advice whose condition holds
    for (NextStep s : e.nextSteps()) {
      List<Advice> expected = j.escalation().adviceFor(s.process(), status);
      assertThat(s.advice()).containsExactlyElementsOf(expected);
    }
  }

  private static ZoneId zone(String state) {
    return ThreeStates.zone(state);
  }
}
