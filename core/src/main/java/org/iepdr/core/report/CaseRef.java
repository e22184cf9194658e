package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One complaint or request behind a count: the case's id and the request's event id (the drill-down).
 *
 * @param caseId the case id
 * @param requestId the id of the request event (the complaint, the mediation request)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CaseRef(String caseId, String requestId) implements Comparable<CaseRef> {

  private static final Comparator<CaseRef> ORDER =
      Comparator.comparing(CaseRef::caseId).thenComparing(CaseRef::requestId);

  /**
   * Checks the parts.
   *
   * @param caseId the case id
   * @param requestId the request id
   */
  public CaseRef {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(requestId, "requestId");
  }

  @Override
  public int compareTo(CaseRef other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns {@code caseId/requestId}.
   *
   * @return the pair as text
   */
  @Override
  public String toString() {
    return caseId + "/" + requestId;
  }
}
