package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * One issue a complaint raises: an allegation of a state complaint (34 CFR 300.153(b)) or an issue of a
 * due process complaint (300.508(b)(5)), which a hearing addresses and a decision decides.
 *
 * <p>An issue of a state complaint that is also part of a due process hearing names that hearing's
 * complaint in {@link #raisedIn()}: the State must set aside any part of the complaint being addressed
 * in the hearing until the hearing concludes, and resolve the other issues within the state-complaint
 * time limit (a restatement of 300.152(c)(1)); an issue previously decided in a due process hearing
 * involving the same parties is bound by that decision (300.152(c)(2)).
 *
 * <p>Privacy: {@link #summary()} is free text that may describe the child; it is
 * {@code @Value.Redacted}, so it never appears in a {@code toString}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class ComplaintIssue {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ComplaintIssue}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableComplaintIssue.Builder {
    Builder() {}
  }

  /**
   * Returns an issue with an id and a summary and nothing else.
   *
   * @param id the id, unique within its request
   * @param summary what the issue is
   * @return the issue
   * @throws InvalidInputException if the id or the summary is blank
   */
  public static ComplaintIssue of(String id, String summary) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    return builder().id(id).summary(summary).build();
  }

  /**
   * Returns the issue's id, unique among the issues of its request.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what the issue is, as the complaint states it.
   *
   * @return the summary
   */
  @Value.Redacted
  public abstract String summary();

  /**
   * Returns what the issue is about, where the caller knows it.
   *
   * @return the kind, or empty
   */
  public abstract Optional<IssueKind> kind();

  /**
   * Returns, for an issue of a state complaint, the id of the due process complaint whose hearing also
   * addresses it (34 CFR 300.152(c)(1)).
   *
   * @return a request id, or empty
   */
  public abstract Optional<String> raisedIn();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new InvalidInputException("complaintIssue.id", "blank", "a non-blank id");
    }
    if (summary().isBlank()) {
      throw new InvalidInputException("complaintIssue '" + id() + "'.summary", "blank",
          "a non-blank summary of the issue");
    }
  }
}
