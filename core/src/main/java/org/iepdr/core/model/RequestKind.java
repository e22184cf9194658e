package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The kinds of request and complaint: those that start a dispute-resolution process, and the motions
 * made to a hearing officer within a due process case ({@link #SUFFICIENCY_CHALLENGE},
 * {@link #DISMISSAL_REQUEST}, {@link #HEARING_TIMELINE_REQUEST}), which start no process of their own
 * and name the complaint they concern in {@link Request#relatesTo()}.
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum RequestKind {
  /** A request for a facilitated IEP meeting. */
  FACILITATED_IEP,
  /** A request for mediation (34 CFR 300.506). */
  MEDIATION,
  /** A state complaint (34 CFR 300.153); Missouri calls it a child complaint. */
  STATE_COMPLAINT,
  /** A due process complaint (34 CFR 300.507-300.508). */
  DUE_PROCESS_COMPLAINT,
  /** A due process complaint requesting an expedited (discipline) hearing (34 CFR 300.532). */
  EXPEDITED_DUE_PROCESS_COMPLAINT,
  /** A notice that a due process complaint is insufficient (34 CFR 300.508(d)(1)). */
  SUFFICIENCY_CHALLENGE,
  /**
   * The LEA's request that a hearing officer dismiss the parent's due process complaint: if the LEA is
   * unable to obtain the parent's participation in the resolution meeting after reasonable efforts
   * (documented as 300.322(d) provides), it may, at the conclusion of the 30-day period, ask a hearing
   * officer to dismiss the complaint (a restatement of 34 CFR 300.510(b)(4)). Names the complaint in
   * {@link Request#relatesTo()}.
   */
  DISMISSAL_REQUEST,
  /**
   * The parent's request that a hearing officer begin the due process hearing timeline (the 45 days of
   * 300.515(a)): if the LEA fails to hold the resolution meeting within 15 days of receiving notice of the
   * parent's due process complaint, or fails to participate in it, the parent may seek the intervention
   * of a hearing officer to begin the hearing timeline (a restatement of 34 CFR 300.510(b)(5)). Names the
   * complaint in {@link Request#relatesTo()}.
   */
  HEARING_TIMELINE_REQUEST,
  /**
   * An initial referral or a parent's request for an initial evaluation (34 CFR 300.301(b)); upon it the
   * parents get the procedural-safeguards notice (300.504(a)(1)).
   */
  EVALUATION_REQUEST,
  /** A parent's request for a copy of the procedural-safeguards notice (34 CFR 300.504(a)(4)). */
  SAFEGUARDS_REQUEST,
  /**
   * A parent's request to inspect and review the child's education records (34 CFR 300.613(a)); the
   * access given is a {@link Reply} with {@link Reply.Answer#FULFILLED}.
   */
  RECORDS_REQUEST,
  /**
   * A written offer of settlement made to the parents, naming in {@link Request#relatesTo()} the due
   * process complaint it would settle (34 CFR 300.517(c)(2)(i)); its acceptance is a {@link Reply} with
   * {@link Reply.Answer#ACCEPTED}.
   */
  SETTLEMENT_OFFER
}
