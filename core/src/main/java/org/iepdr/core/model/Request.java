package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A request or complaint that starts a process: a facilitation or mediation request, a state
 * complaint, a due process complaint or a sufficiency challenge.
 *
 * <p>{@link #at()} is when the body it was filed with ({@link #filedWith()}) received it. Copies and
 * forwards to others are separate {@link Receipt} events.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Request implements CaseEvent {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Request}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableRequest.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the kind of request.
   *
   * @return the kind
   */
  public abstract RequestKind kind();

  /**
   * Returns the id of the party that filed (submitted) the request.
   *
   * @return a party id
   */
  public abstract String filedBy();

  /**
   * Returns the id of the party that first asked for the process, when that differs from the filer
   * (in Missouri either side may ask for a FIEP, but the LEA submits the form).
   *
   * @return a party id
   */
  public abstract Optional<String> requestedBy();

  /**
   * Returns who the request was filed with. Defaults to the state agency.
   *
   * @return the recipient
   */
  @Value.Default
  public Recipient filedWith() {
    return Recipient.STATE_AGENCY;
  }

  /**
   * Returns how the request was made. Defaults to written.
   *
   * @return the form
   */
  @Value.Default
  public RequestForm form() {
    return RequestForm.WRITTEN;
  }

  /**
   * Returns the ids of the parties who signed the request.
   *
   * @return party ids
   */
  public abstract Set<String> signedBy();

  /**
   * Returns the elements the request contains.
   *
   * @return the contents
   */
  public abstract Set<RequestContent> contents();

  /**
   * Returns what the dispute is about, where the caller knows it; used for advice on processes.
   *
   * @return the issues
   */
  public abstract Set<IssueKind> issues();

  /**
   * Returns the issues the complaint raises, each with an id unique within the request: the allegations
   * of a state complaint, the issues of a due process complaint. An issue of a state complaint may name
   * the due process complaint whose hearing also addresses it ({@link ComplaintIssue#raisedIn()},
   * 34 CFR 300.152(c)(1)); a {@link Decision} names the issues it decides ({@link Decision#decides()}).
   *
   * @return the issues, in the order given
   */
  public abstract List<ComplaintIssue> complaintIssues();

  /**
   * Returns the id of the meeting the request is for (a facilitated IEP meeting).
   *
   * @return a meeting id
   */
  public abstract Optional<String> forMeeting();

  /**
   * Returns the id of an earlier request this one relates to (a sufficiency challenge names the due
   * process complaint it challenges, a dismissal request the complaint to dismiss, a hearing timeline
   * request the complaint whose timeline is to begin; a mediation request may name a pending complaint).
   *
   * @return a request id
   */
  public abstract Optional<String> relatesTo();

  /**
   * Returns the date of the alleged violation (state complaint, 34 CFR 300.153(c)).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> allegedViolationDate();

  /**
   * Returns the date the filer knew or should have known of the alleged action (due process,
   * 34 CFR 300.507(a)(2)).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> knewOrShouldHaveKnown();

  /**
   * Returns why the due process filing limit does not apply, if it does not (34 CFR 300.511(f)).
   *
   * @return the reason
   */
  public abstract Optional<TollingReason> tollingReason();

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(new Reference("filedBy", filedBy(), Reference.Kind.PARTY));
    requestedBy().ifPresent(p -> refs.add(new Reference("requestedBy", p, Reference.Kind.PARTY)));
    for (String s : signedBy()) {
      refs.add(new Reference("signedBy", s, Reference.Kind.PARTY));
    }
    forMeeting().ifPresent(m -> refs.add(new Reference("forMeeting", m, Reference.Kind.MEETING)));
    relatesTo().ifPresent(r -> refs.add(new Reference("relatesTo", r, Reference.Kind.REQUEST)));
    for (ComplaintIssue i : complaintIssues()) {
      i.raisedIn().ifPresent(r -> refs.add(new Reference("complaintIssues.raisedIn", r, Reference.Kind.REQUEST)));
    }
    return refs;
  }
}
