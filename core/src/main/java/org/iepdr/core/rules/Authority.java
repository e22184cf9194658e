package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The authority of the source a {@link Citation} quotes: what kind of document it is, which decides,
 * with the {@link Force force} of the quoted words, how strong a finding may rest on it
 * ({@link KindPolicy}).
 */
@API(status = MAINTAINED, since = "0.2.0")
public enum Authority {
  /** An Act of Congress or of a state legislature: the IDEA, the Revised Statutes of Missouri, the Mississippi Code. */
  STATUTE,
  /** A federal regulation with the force of law: 34 CFR Part 300. */
  REGULATION,
  /**
   * A state's own binding rule: state board rules, a state administrative code, the state plan a state
   * regulation incorporates.
   */
  STATE_RULE,
  /**
   * A state agency's binding programme procedure: what a programme the agency runs requires of those who
   * use it (a request form it requires, who must sign it), as published by the agency.
   */
  AGENCY_PROCEDURE,
  /**
   * An agency's informal guidance: OSEP letters and question-and-answer documents, state agency web pages,
   * flyers and guides where they explain rather than require.
   */
  AGENCY_GUIDANCE,
  /**
   * A secondary source: articles, advocacy and parent-centre summaries, law-firm and school-district
   * explanations, CADRE profiles.
   */
  SECONDARY,
  /** A school district's own procedure, binding on that district only (the example district module). */
  LOCAL_POLICY,
  /** A simulated reform: a rule that no law contains, stated to compare it with the law as it is. */
  HYPOTHETICAL
}
