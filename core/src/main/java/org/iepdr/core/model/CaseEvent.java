package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One dated fact on a case's timeline.
 *
 * <p>Every event has an id unique within its case and an instant: when a request was received, a
 * meeting was scheduled to start, a consent was given, an agreement was executed. Events refer to
 * parties, participants, requests and meetings by id; {@link #references()} lists those references
 * so that a {@link Case} can check that each names something that exists.
 */
@API(status = MAINTAINED, since = "0.2.0")
public sealed interface CaseEvent
    permits Request, Receipt, Reply, Meeting, Consent, Agreement, Appointment, Decision, Extension,
        Withdrawal, RecordsShared, PlacementChange, EvidenceOffered, Demand, CourtProceeding,
        Amendment, Notice {

  /**
   * Returns the event's id, unique within its case.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the instant the event happened (or, for a meeting, is scheduled to start).
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns the ids this event names, each with the field that names it and the kind of thing it
   * must name.
   *
   * @return the references, possibly empty
   */
  List<Reference> references();
}
