package org.iepdr.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iepdr.core.idea.FederalEscalation;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.message.MessageCatalog;
import org.junit.jupiter.api.Test;

/**
 * The words of a path: a step's condition, a reopening's reason and a piece of advice are messages,
 * rendered in English and Spanish from the path's catalog; a path worded with plain strings reads the
 * same in every language, and the English accessors keep their text.
 */
class WordedStepsTest {

  @Test
  void everyFederalStepAndReopeningIsAKeyOfCoresCatalogInBothLanguages() {
    EscalationPath path = FederalEscalation.path();
    assertThat(path.steps()).hasSizeGreaterThan(20);
    for (Step s : path.steps()) {
      assertThat(s.reason().key()).as("%s -> %s", s.from(), s.to())
          .matches("STEP\\.US\\." + s.from() + "\\." + s.to() + "(\\.[a-z_]+)?");
      assertThat(s.reason().catalog()).isSameAs(MessageCatalog.core());
      for (Language l : Language.values()) {
        assertThat(s.reason().problems(l)).as("%s in %s", s.reason().key(), l).isEmpty();
      }
      assertThat(s.condition()).isEqualTo(s.condition(Language.ENGLISH)).isNotEqualTo(s.condition(Language.SPANISH));
    }
    assertThat(path.reopenings()).hasSize(4);
    path.reopenings().forEach((process, r) -> {
      assertThat(r.reason().key()).isEqualTo("REOPENING.US." + process);
      assertThat(r.reason().problems(Language.SPANISH)).isEmpty();
      assertThat(r.why()).isNotEqualTo(r.why(Language.SPANISH));
    });
  }

  @Test
  void theEnglishTextIsTheSourcesWordingAndTheSpanishFollowsTheGlossary() {
    Step waiver = FederalEscalation.path().steps().stream()
        .filter(s -> s.reason().key().equals("STEP.US.DUE_PROCESS_HEARING.DUE_PROCESS_HEARING.waived")).findFirst()
        .orElseThrow();
    assertThat(waiver.condition()).isEqualTo("both parties waived the resolution meeting in writing: the hearing may"
        + " be held from the day after the waiver, when the 45-day decision clock starts");
    assertThat(waiver.condition(Language.SPANISH)).contains("reunión de resolución").startsWith("ambas partes renunciaron");
    Reopening again = FederalEscalation.path().reopenings().get(DisputeProcess.RESOLUTION_MEETING);
    assertThat(again.why(Language.SPANISH)).contains("queja de debido proceso").doesNotContain("PEI");
  }

  @Test
  void aNextStepCarriesItsStepsMessageAndRendersInTheLanguageAsked() {
    List<NextStep> next = FederalEscalation.path().nextSteps(DisputeProcess.IEP_MEETING, Set.of());
    assertThat(next).isNotEmpty();
    for (NextStep n : next) {
      Step s = FederalEscalation.path().stepsFrom(DisputeProcess.IEP_MEETING).stream()
          .filter(x -> x.to() == n.process()).findFirst().orElseThrow();
      assertThat(n.reason()).isEqualTo(s.reason());
      assertThat(n.why()).isEqualTo(s.condition());
      assertThat(n.why(Language.SPANISH)).isEqualTo(s.condition(Language.SPANISH));
    }
  }

  @Test
  void stringsAreLiteralsTheSameInEveryLanguage() {
    Step step = new Step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, "ask", "src");
    Advice advice = new Advice(DisputeProcess.MEDIATION, true, Set.of(), "fits", "src");
    Reopening reopening = new Reopening(DisputeProcess.MEDIATION, "again", "src");
    NextStep next = new NextStep(DisputeProcess.MEDIATION, "why", List.of(advice), "src", Optional.empty(),
        List.of(), false, Optional.of(reopening));
    assertThat(step.reason()).isEqualTo(Message.literal("ask"));
    assertThat(step.condition(Language.SPANISH)).isEqualTo(step.condition()).isEqualTo("ask");
    assertThat(advice.statement().key()).isEqualTo("literal");
    assertThat(advice.text(Language.SPANISH)).isEqualTo("fits");
    assertThat(reopening.why(Language.SPANISH)).isEqualTo("again");
    assertThat(next.why(Language.SPANISH)).isEqualTo(next.why()).isEqualTo("why");
    // a step, advice or reopening keeps its message through when() and opening()
    Message worded = Message.of(MessageCatalog.core(), "STEP.US.IEP_MEETING.MEDIATION", Facts.none());
    Step keyed = new Step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, worded, "src")
        .when(CaseCondition.shows(CaseFact.FACILITATION_DECLINED)).opening(StepDate.FIRST_HEARING_DAY);
    assertThat(keyed.reason()).isSameAs(worded);
    assertThat(advice.when(CaseCondition.untried(DisputeProcess.MEDIATION)).statement()).isEqualTo(advice.statement());
    // built through the path's builder, a catalog-worded step renders in Spanish
    EscalationPath path = EscalationPath.builder("x")
        .step(DisputeProcess.IEP_MEETING, DisputeProcess.MEDIATION, worded, "src").build();
    assertThat(path.nextSteps(DisputeProcess.IEP_MEETING, Set.of()).get(0).why(Language.SPANISH))
        .startsWith("ambas partes aceptan la mediación");
  }
}
