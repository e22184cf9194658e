package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.ProposedAct;

/**
 * Deterministic projection: from a start date and a route through a jurisdiction's escalation ladder,
 * the earliest and latest lawful day of every act on the way, computed by {@link Jurisdiction#plan}
 * (the same rules and calendars that evaluate cases; no number is repeated here).
 *
 * <p>Each process starts on the day the previous one ends, as the {@link Pace} assumes it: a family
 * asks for the next process the day the last act of the previous one happens. Acts count from the
 * triggers {@link ProposedAct#trigger()} names: a facilitated meeting from the day the request reaches
 * the state agency (the start); a mediation session from the mediator's selection and completion from
 * the agreement to mediate, both taken as the day mediation starts; a state complaint's decision from
 * its filing; the resolution meeting, the hearing and the hearing decision from the district's receipt
 * of the due process complaint, taken as the day it is filed. The hearing decision's latest day assumes
 * no 300.510(c) adjustment and no extension.
 *
 * <pre>{@code
 * Timeline t = Projection.project(book.jurisdiction("MO"), LocalDate.of(2026, 9, 1),
 *     List.of(FACILITATED_IEP, MEDIATION, RESOLUTION_MEETING, DUE_PROCESS_HEARING), Pace.LATEST);
 * t.act(ProposedAct.HEARING_DECISION).get().latest();   // the latest lawful hearing decision
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Projection {

  private Projection() {}

  /**
   * Projects a route.
   *
   * @param jurisdiction the jurisdiction whose rules and ladder apply
   * @param start the day the first process starts
   * @param route the processes in order; consecutive processes (and {@code IEP_MEETING} before the
   *     first) must be joined by a step of the jurisdiction's escalation path, and a due process hearing
   *     must follow a resolution meeting (its complaint)
   * @param pace which lawful day each act is assumed to fall on
   * @return the timeline
   * @throws InvalidInputException if the route holds a process that is not simulated, a step the path
   *     does not allow, or a hearing without a complaint
   */
  public static Timeline project(Jurisdiction jurisdiction, LocalDate start, List<DisputeProcess> route, Pace pace) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(pace, "pace");
    List<ProjectedAct> out = new ArrayList<>();
    LocalDate entry = start;
    LocalDate complaint = null;
    DisputeProcess from = DisputeProcess.IEP_MEETING;
    for (DisputeProcess p : route) {
      ProcessActs acts = ProcessActs.of(p);
      if (acts == null) {
        throw new InvalidInputException("route", p, "one of FACILITATED_IEP, MEDIATION, STATE_COMPLAINT,"
            + " RESOLUTION_MEETING, DUE_PROCESS_HEARING");
      }
      if (!jurisdiction.escalation().allows(from, p)) {
        throw new InvalidInputException("route", from + " -> " + p, "a step of the " + jurisdiction.code()
            + " escalation path: " + jurisdiction.escalation().stepsFrom(from).stream().map(s -> s.to().name())
            .toList());
      }
      if (p == DisputeProcess.RESOLUTION_MEETING) {
        complaint = entry;
      }
      LocalDate trigger = acts.fromComplaint ? complaint : entry;
      if (trigger == null) {
        throw new InvalidInputException("route", p, "a route that files the due process complaint"
            + " (RESOLUTION_MEETING) before the hearing");
      }
      LocalDate previous = entry;
      for (ProposedAct act : acts.acts()) {
        Plan plan = jurisdiction.plan(act, trigger);
        Optional<LocalDate> earliest = plan.earliest();
        Optional<LocalDate> latest = plan.latest();
        LocalDate on = pace == Pace.EARLIEST ? earliest.orElse(trigger) : latest.orElse(earliest.orElse(trigger));
        if (on.isBefore(previous)) {
          on = previous;
        }
        out.add(new ProjectedAct(p, act, trigger, earliest, latest, on, plan));
        previous = on;
      }
      entry = previous;
      from = p;
    }
    return new Timeline(jurisdiction.code(), start, pace, out);
  }
}
