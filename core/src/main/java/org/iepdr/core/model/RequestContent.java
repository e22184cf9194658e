package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The elements a request or complaint may contain; each process's rules name the ones it requires.
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum RequestContent {
  /** The child's name. */
  STUDENT_NAME,
  /** The child's address (or, for a homeless child, available contact information). */
  STUDENT_ADDRESS,
  /** The name of the child's school. */
  SCHOOL,
  /** The school district (LEA). */
  DISTRICT,
  /** A statement that a public agency violated a requirement (34 CFR 300.153(b)(1)). */
  STATEMENT_OF_VIOLATION,
  /** The facts on which the statement is based (34 CFR 300.153(b)(2)). */
  FACTS,
  /** The filer's contact information (34 CFR 300.153(b)(3)). */
  CONTACT_INFORMATION,
  /** A description of the nature of the problem, with facts (34 CFR 300.508(b)(5)). */
  DESCRIPTION_OF_PROBLEM,
  /** A proposed resolution of the problem. */
  PROPOSED_RESOLUTION,
  /** The nature of the dispute: identification, evaluation, placement or provision of FAPE. */
  NATURE_OF_DISPUTE,
  /** A statement that state-sponsored mediation is requested (Missouri). */
  STATE_SPONSORED_MEDIATION_REQUESTED,
  /** A brief description of the issue to be resolved (Mississippi facilitation). */
  ISSUE
}
