package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A meeting, session or hearing: its kind, its scheduled start ({@link #at()}), who attended, the
 * documents sent for it, the notices of recording, and documented attempts to involve the parent.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract non-sealed class Meeting implements CaseEvent {

  /** Whether the meeting took place. */
  public enum Status {
    /** Scheduled and not yet held. */
    SCHEDULED,
    /** Held. */
    HELD,
    /** Cancelled. */
    CANCELLED
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meeting}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>Besides the instant {@code at(Instant)}, the time of the event can be given as a zoned
   * or a local date-time: see {@link EventBuilder}.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableMeeting.Builder implements EventBuilder<Builder> {
    Builder() {}
  }

  /**
   * Returns the kind of meeting.
   *
   * @return the kind
   */
  public abstract MeetingKind kind();

  /**
   * Returns whether the meeting was held. Defaults to {@link Status#HELD}.
   *
   * @return the status
   */
  @Value.Default
  public Status status() {
    return Status.HELD;
  }

  /**
   * Returns the id of the request the meeting answers (the FIEP request, the due process complaint of
   * a resolution meeting or hearing, the mediation request).
   *
   * @return a request id
   */
  public abstract Optional<String> request();

  /**
   * Returns the ids of the parties and participants who attended (or are expected to).
   *
   * @return person ids
   */
  public abstract Set<String> attendees();

  /**
   * Returns the id of the party who waived the advance notice of the meeting, if one did.
   *
   * @return a party id
   */
  public abstract Optional<String> noticeWaivedBy();

  /**
   * Returns the documents sent for the meeting.
   *
   * @return the documents, in the order given
   */
  public abstract List<DocumentSent> documents();

  /**
   * Returns the notices of intent to audio-record the meeting.
   *
   * @return the notices
   */
  public abstract List<RecordingNotice> recordingNotices();

  /**
   * Returns the ids of the parties who audio-recorded the meeting.
   *
   * @return party ids
   */
  public abstract Set<String> recordedBy();

  /**
   * Returns the documented attempts to get the parent to attend (34 CFR 300.322(d)).
   *
   * @return the attempts
   */
  public abstract List<ParticipationAttempt> participationAttempts();

  /**
   * Returns the side that failed to participate in the meeting, if one did. For a resolution meeting:
   * the parent who filed the due process complaint ({@link Side#FAMILY}), whose failure delays the
   * timelines of the resolution process and the hearing until the meeting is held (34 CFR 300.510(b)(3))
   * and may lead the LEA to ask for dismissal (300.510(b)(4)); or the LEA ({@link Side#AGENCY}), whose
   * failure lets the parent ask a hearing officer to begin the hearing timeline (300.510(b)(5)). The
   * meeting then did not take place as a resolution meeting: its {@link #status()} is normally
   * {@link Status#SCHEDULED} or {@link Status#CANCELLED}.
   *
   * @return the side, or empty
   */
  public abstract Optional<Side> nonParticipation();

  /**
   * Returns whether the meeting was held.
   *
   * @return true when {@link #status()} is {@link Status#HELD}
   */
  public final boolean held() {
    return status() == Status.HELD;
  }

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    request().ifPresent(r -> refs.add(new Reference("request", r, Reference.Kind.REQUEST)));
    for (String a : attendees()) {
      refs.add(new Reference("attendees", a, Reference.Kind.PERSON));
    }
    noticeWaivedBy().ifPresent(p -> refs.add(new Reference("noticeWaivedBy", p, Reference.Kind.PARTY)));
    for (DocumentSent d : documents()) {
      d.sentBy().ifPresent(p -> refs.add(new Reference("documents.sentBy", p, Reference.Kind.PARTY)));
    }
    for (RecordingNotice n : recordingNotices()) {
      refs.add(new Reference("recordingNotices.by", n.by(), Reference.Kind.PARTY));
    }
    for (String r : recordedBy()) {
      refs.add(new Reference("recordedBy", r, Reference.Kind.PARTY));
    }
    return refs;
  }
}
