package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;

/**
 * A process open to a case from where it stands, why it is open, and the advice that applies to it.
 *
 * <p>Read from the case ({@link EscalationPath#nextSteps(CaseStatus)}), a next step also says on what
 * date it opens, which events it rests on, whether it continues the process the case stands at, and,
 * when the case has already closed the process, why it is open again.
 *
 * <p>Why it is open is the {@link Step#reason() step's message}, rendered in English by {@link #why()} and
 * in a language by {@link #why(Language)}; its key and facts ({@link #reason()}) are the same in every
 * language.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param process the process
 * @param reason the condition that makes it open
 * @param advice the sources' advice on it, for the case's issues first
 * @param source where the step comes from (a regulation, a statute, a state agency's page)
 * @param opens the first day the step is open, when the case's events give one (the first day a
 *     pending due process hearing may be held); empty when it is open now or its date is not computed
 * @param restsOn the ids of the case's events the step rests on, in timeline order; empty for a step of
 *     the ladder that does not read a case
 * @param continues whether the step continues the process the case stands at (the hearing a pending
 *     complaint awaits) rather than entering another
 * @param openAgain why the process is open again, when the case has already closed it
 */
@API(status = MAINTAINED, since = "0.2.0")
public record NextStep(DisputeProcess process, Message reason, List<Advice> advice, String source,
    Optional<LocalDate> opens, List<String> restsOn, boolean continues, Optional<Reopening> openAgain) {

  /**
   * Creates the next step.
   *
   * @param process process
   * @param reason why
   * @param advice advice
   * @param source source
   * @param opens the first day it is open
   * @param restsOn the events it rests on
   * @param continues whether it continues the current process
   * @param openAgain why it is open again
   */
  public NextStep {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(reason, "reason");
    advice = List.copyOf(Objects.requireNonNull(advice, "advice"));
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(opens, "opens");
    restsOn = List.copyOf(Objects.requireNonNull(restsOn, "restsOn"));
    Objects.requireNonNull(openAgain, "openAgain");
  }

  /**
   * Creates a next step of the ladder that does not read a case.
   *
   * @param process process
   * @param why why
   * @param advice advice
   */
  public NextStep(DisputeProcess process, String why, List<Advice> advice) {
    this(process, Message.literal(Objects.requireNonNull(why, "why")), advice, "", Optional.empty(), List.of(), false,
        Optional.empty());
  }

  /**
   * Creates a next step worded by its caller, the same in every language.
   *
   * @param process process
   * @param why why
   * @param advice advice
   * @param source source
   * @param opens the first day it is open
   * @param restsOn the events it rests on
   * @param continues whether it continues the current process
   * @param openAgain why it is open again
   */
  public NextStep(DisputeProcess process, String why, List<Advice> advice, String source, Optional<LocalDate> opens,
      List<String> restsOn, boolean continues, Optional<Reopening> openAgain) {
    this(process, Message.literal(Objects.requireNonNull(why, "why")), advice, source, opens, restsOn, continues,
        openAgain);
  }

  /**
   * Returns why the step is open, in English.
   *
   * @return the reason's English text
   */
  public String why() {
    return reason.render(Language.ENGLISH);
  }

  /**
   * Returns why the step is open, in a language.
   *
   * @param language the language
   * @return the reason's text
   */
  public String why(Language language) {
    return reason.render(Objects.requireNonNull(language, "language"));
  }
}
