package org.iepdr.core.simulation;

import java.util.List;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.ProposedAct;
import org.jspecify.annotations.Nullable;

/**
 * Which {@link ProposedAct}s make up each simulated process, and what their trigger date is. This is
 * structure, not numbers: how many days each act may take is asked of the rules.
 *
 * <ul>
 *   <li>{@code FACILITATED_IEP}: the facilitated meeting, counted from the day the request reaches the
 *       state agency (the process's entry day).
 *   <li>{@code MEDIATION}: the session, counted from the day the mediator is selected, and completion,
 *       counted from the agreement to mediate; both are taken to fall on the entry day, and the
 *       simulation's single session both holds and completes the mediation.
 *   <li>{@code STATE_COMPLAINT}: forwarding to the district (on the way) and the decision, both counted
 *       from the filing (entry) day.
 *   <li>{@code RESOLUTION_MEETING}: the meeting, counted from the district's receipt of the parent's due
 *       process complaint, taken as the filing (entry) day.
 *   <li>{@code DUE_PROCESS_HEARING}: the hearing (on the way) and the decision, both counted from the
 *       complaint's receipt, i.e. the entry day of the resolution meeting process.
 * </ul>
 */
enum ProcessActs {
  FACILITATED_IEP(DisputeProcess.FACILITATED_IEP, false, List.of(),
      List.of(ProposedAct.FACILITATED_IEP_MEETING)),
  MEDIATION(DisputeProcess.MEDIATION, false, List.of(),
      List.of(ProposedAct.MEDIATION_SESSION, ProposedAct.MEDIATION_COMPLETION)),
  STATE_COMPLAINT(DisputeProcess.STATE_COMPLAINT, false, List.of(ProposedAct.STATE_COMPLAINT_FORWARDING),
      List.of(ProposedAct.STATE_COMPLAINT_DECISION)),
  RESOLUTION_MEETING(DisputeProcess.RESOLUTION_MEETING, false, List.of(),
      List.of(ProposedAct.RESOLUTION_MEETING)),
  DUE_PROCESS_HEARING(DisputeProcess.DUE_PROCESS_HEARING, true, List.of(ProposedAct.DUE_PROCESS_HEARING),
      List.of(ProposedAct.HEARING_DECISION));

  final DisputeProcess process;
  /** True when the acts count from the due process complaint, not from the day the process is entered. */
  final boolean fromComplaint;
  /** Acts that happen on the way, between entry and end. */
  final List<ProposedAct> onTheWay;
  /** Acts that the process's last day must satisfy. */
  final List<ProposedAct> atEnd;

  ProcessActs(DisputeProcess process, boolean fromComplaint, List<ProposedAct> onTheWay, List<ProposedAct> atEnd) {
    this.process = process;
    this.fromComplaint = fromComplaint;
    this.onTheWay = onTheWay;
    this.atEnd = atEnd;
  }

  /** Every act, in the order they happen. */
  List<ProposedAct> acts() {
    return onTheWay.isEmpty() ? atEnd : java.util.stream.Stream.concat(onTheWay.stream(), atEnd.stream()).toList();
  }

  /** The acts of a process, or null when the process is not simulated. */
  static @Nullable ProcessActs of(DisputeProcess p) {
    for (ProcessActs a : values()) {
      if (a.process == p) {
        return a;
      }
    }
    return null;
  }
}
