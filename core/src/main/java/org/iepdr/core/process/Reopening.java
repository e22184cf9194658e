package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;

/**
 * Why a process a case has already closed (decided, settled, declined, withdrawn) is open to it again,
 * e.g. "a parent may file a separate due process complaint on a separate issue". An
 * {@link EscalationPath} offers a closed process as a next step only when it has a reopening for it.
 *
 * <p>The reason is a {@link Message} of the path's module catalog, rendered in English or Spanish
 * ({@link #why(Language)}); the bundled paths key it {@code REOPENING.<jurisdiction>.<PROCESS>}.
 *
 * @param process the process open again
 * @param reason why it is open again, in words a parent could follow
 * @param source where it comes from
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Reopening(DisputeProcess process, Message reason, String source) {

  /**
   * Creates the reopening.
   *
   * @param process process
   * @param reason why
   * @param source source
   */
  public Reopening {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Creates a reopening worded by its caller, the same in every language.
   *
   * @param process process
   * @param why why
   * @param source source
   */
  public Reopening(DisputeProcess process, String why, String source) {
    this(process, Message.literal(Objects.requireNonNull(why, "why")), source);
  }

  /**
   * Returns why the process is open again, in English.
   *
   * @return the reason's English text
   */
  public String why() {
    return reason.render(Language.ENGLISH);
  }

  /**
   * Returns why the process is open again, in a language.
   *
   * @param language the language
   * @return the reason's text
   */
  public String why(Language language) {
    return reason.render(Objects.requireNonNull(language, "language"));
  }
}
