package org.iepdr.core.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Why a process a case has already closed (decided, settled, declined, withdrawn) is open to it again,
 * e.g. "a parent may file a separate due process complaint on a separate issue". An
 * {@link EscalationPath} offers a closed process as a next step only when it has a reopening for it.
 *
 * @param process the process open again
 * @param why why it is open again, in words a parent could follow
 * @param source where it comes from
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Reopening(DisputeProcess process, String why, String source) {

  /**
   * Creates the reopening.
   *
   * @param process process
   * @param why why
   * @param source source
   */
  public Reopening {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(source, "source");
  }
}
