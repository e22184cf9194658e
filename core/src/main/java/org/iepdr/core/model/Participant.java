package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A person who takes part in a process without being a party: a facilitator, a mediator, an
 * advocate, an attorney, a hearing officer, an IEP team member or an agency representative.
 *
 * <p>An advocate or an attorney acts for a {@link Side}; the rules that bar attorneys (Missouri
 * mediation) or limit them (34 CFR 300.510(a)(1)(ii)) read it. A neutral's training and relationships
 * are recorded so that neutrality rules can check them.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Participant {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Participant}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  /**
   * Returns the participant's id, unique among the case's parties and participants.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what the participant does.
   *
   * @return the role
   */
  public abstract ParticipantRole role();

  /**
   * Returns the side the participant acts for; required for advocates and attorneys, empty for a
   * neutral.
   *
   * @return the side acted for
   */
  public abstract Optional<Side> actsFor();

  /**
   * Returns the participant's name, if supplied. Redacted from {@code toString}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * Returns the days of training the participant completed for the neutral role (a Missouri FIEP
   * facilitator completes a three-day training). Zero when unknown or none.
   *
   * @return the days of training, 0 or more
   */
  @Value.Default
  public int trainingDays() {
    return 0;
  }

  /**
   * Returns the sides the participant has a relationship with beyond the process (employment, family,
   * a prior engagement). A neutral should have none.
   *
   * @return the sides related to
   */
  public abstract Set<Side> relationships();

  /**
   * Returns whether the participant is a member of the child's IEP team.
   *
   * @return true for an IEP team member
   */
  @Value.Default
  public boolean onIepTeam() {
    return role() == ParticipantRole.IEP_TEAM_MEMBER;
  }

  /**
   * Returns whether the participant is on the state agency's list of qualified neutrals (mediators
   * or facilitators).
   *
   * @return true when on the state's list
   */
  @Value.Default
  public boolean onStateList() {
    return false;
  }

  /**
   * Returns whether the participant has authority to bind the agency (34 CFR 300.506(b)(7),
   * 300.510(a)(1)(i), 300.510(d)).
   *
   * @return true when the participant may bind the agency
   */
  @Value.Default
  public boolean hasDecisionAuthority() {
    return false;
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new InvalidInputException("participant.id", "blank", "a non-blank id");
    }
    InvalidInputException.requireNonNegative("participant '" + id() + "'.trainingDays", trainingDays());
    if ((role() == ParticipantRole.ATTORNEY || role() == ParticipantRole.ADVOCATE) && actsFor().isEmpty()) {
      throw new InvalidInputException("participant '" + id() + "'.actsFor", "empty",
          "the side (FAMILY or AGENCY) an " + role() + " acts for");
    }
  }
}
