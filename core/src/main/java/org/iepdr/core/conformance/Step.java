package org.iepdr.core.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.rules.ProposedAct;

/**
 * One step of a workflow: what it places on the case's timeline and where.
 *
 * <p>A step places an event of the prototype case ({@link Part#EVENT}: its instant), or the
 * {@code index}-th document or recording notice of a meeting of the prototype ({@link Part#DOCUMENT},
 * {@link Part#RECORDING_NOTICE}: its sending or giving instant). It lies at {@link #offset()} from the
 * step {@link #from()} names, or from the start when empty, then the {@link #adjustments()} apply in
 * order.
 *
 * @param id the step's id, unique in the workflow
 * @param part what the step places
 * @param event the id of the prototype's event (for a document or a recording notice: the meeting)
 * @param index for a document or a recording notice, its index in the meeting's list; 0 otherwise
 * @param from the id of the step it is placed relative to; empty: the start
 * @param offset the offset from that step
 * @param adjustments the vendor's adjustments, applied in order
 * @param plan the act the planning API knows this step as, with the step its plan counts from; empty
 *     when none
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Step(String id, Part part, String event, int index, Optional<String> from, Offset offset,
    List<Adjustment> adjustments, Optional<PlannedAs> plan) {

  /** What a step places. */
  public enum Part {
    /** An event of the case. */
    EVENT,
    /** A document sent for a meeting. */
    DOCUMENT,
    /** A notice of intent to record a meeting. */
    RECORDING_NOTICE
  }

  /**
   * The act of the planning API ({@link org.iepdr.core.rules.Jurisdiction#plan}) a step is, and the
   * step whose date the plan counts from (see {@link ProposedAct#trigger()}).
   *
   * @param act the act
   * @param trigger the id of the step whose date is the plan's trigger date
   */
  public record PlannedAs(ProposedAct act, String trigger) {

    /**
     * Creates the record.
     *
     * @param act the act
     * @param trigger the trigger step's id
     */
    public PlannedAs {
      Objects.requireNonNull(act, "act");
      Objects.requireNonNull(trigger, "trigger");
    }
  }

  /**
   * Creates the step.
   *
   * @param id id
   * @param part part
   * @param event event id
   * @param index index of the document or notice
   * @param from anchor step
   * @param offset offset
   * @param adjustments adjustments
   * @param plan planned act
   * @throws InvalidInputException if the index is negative, or not 0 for an event
   */
  public Step {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(offset, "offset");
    adjustments = List.copyOf(Objects.requireNonNull(adjustments, "adjustments"));
    Objects.requireNonNull(plan, "plan");
    if (index < 0 || (part == Part.EVENT && index != 0)) {
      throw new InvalidInputException("step.index", index, part == Part.EVENT ? "0 for an event" : "0 or more");
    }
  }

  /**
   * A step placing the prototype's event of the same id.
   *
   * @param id the event's (and step's) id
   * @param from the anchor step, or empty for the start
   * @param offset the offset
   * @param adjustments the adjustments
   * @return the step
   */
  public static Step event(String id, Optional<String> from, Offset offset, List<Adjustment> adjustments) {
    Objects.requireNonNull(id, "id");
    return new Step(id, Part.EVENT, id, 0, from, offset, adjustments, Optional.empty());
  }

  /**
   * Returns a copy of this step with the act the planning API knows it as.
   *
   * @param act the act
   * @param trigger the id of the step the plan counts from
   * @return the new step
   */
  public Step plannedAs(ProposedAct act, String trigger) {
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(trigger, "trigger");
    return new Step(id, part, event, index, from, offset, adjustments, Optional.of(new PlannedAs(act, trigger)));
  }
}
