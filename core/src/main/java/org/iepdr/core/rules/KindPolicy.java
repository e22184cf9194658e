package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one decision table of the library: the strongest {@link FindingKind} a source allows, from its
 * {@link Authority}, the {@link Force} of its words and whether the quote is a
 * {@linkplain Citation#restatement() restatement}.
 *
 * <table>
 *   <caption>Strongest kind allowed</caption>
 *   <tr><th>authority</th><th>duty, quoted</th><th>duty, restated</th><th>recommendation</th><th>advice</th></tr>
 *   <tr><td>STATUTE, REGULATION, STATE_RULE</td><td>VIOLATION</td><td>WARNING</td><td>WARNING</td><td>ADVISORY</td></tr>
 *   <tr><td>AGENCY_PROCEDURE</td><td>VIOLATION</td><td>WARNING</td><td>WARNING</td><td>ADVISORY</td></tr>
 *   <tr><td>LOCAL_POLICY, HYPOTHETICAL</td><td>VIOLATION</td><td>WARNING</td><td>WARNING</td><td>ADVISORY</td></tr>
 *   <tr><td>AGENCY_GUIDANCE, SECONDARY</td><td>WARNING</td><td>WARNING</td><td>WARNING</td><td>ADVISORY</td></tr>
 * </table>
 *
 * <p>A {@link FindingKind#VIOLATION} thus needs the binding source's own words imposing a duty: a duty
 * known only through someone's paraphrase, an agency's informal guidance or a secondary source is at most
 * a {@link FindingKind#WARNING}; a recommendation is at most a warning whatever its source; permissive words
 * and practice advice give an {@link FindingKind#ADVISORY} only. A {@link Authority#LOCAL_POLICY local
 * policy} binds the district that adopted it, and a {@link Authority#HYPOTHETICAL simulated reform} binds
 * in the simulation that states it; neither is law.
 *
 * <p>A rule's kind may not be stronger than what its strongest citation allows
 * ({@link #strongest(RuleDescriptor)}).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class KindPolicy {

  private KindPolicy() {}

  /**
   * Returns the strongest kind of finding a citation allows.
   *
   * @param citation the citation
   * @return the strongest kind
   */
  public static FindingKind strongest(Citation citation) {
    Objects.requireNonNull(citation, "citation");
    return strongest(citation.authority(), citation.force(), citation.restatement());
  }

  /**
   * Returns the strongest kind of finding a source of an authority allows for words of a force.
   *
   * @param authority the source's authority
   * @param force what the words do
   * @param restatement whether the words are a paraphrase of the source rather than its text
   * @return the strongest kind
   */
  public static FindingKind strongest(Authority authority, Force force, boolean restatement) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(force, "force");
    return switch (force) {
      case ADVICE -> FindingKind.ADVISORY;
      case RECOMMENDATION -> FindingKind.WARNING;
      case DUTY -> restatement || !binding(authority) ? FindingKind.WARNING : FindingKind.VIOLATION;
    };
  }

  /**
   * Returns the strongest kind a rule's citations allow: the strongest allowed by any of them.
   *
   * @param descriptor the rule's descriptor
   * @return the strongest kind
   */
  public static FindingKind strongest(RuleDescriptor descriptor) {
    Objects.requireNonNull(descriptor, "descriptor");
    FindingKind best = FindingKind.ADVISORY;
    for (Citation c : descriptor.citations()) {
      FindingKind k = strongest(c);
      if (k.compareTo(best) < 0) {
        best = k;
      }
    }
    return best;
  }

  /**
   * Whether a kind is no stronger than another ({@link FindingKind#VIOLATION} is the strongest).
   *
   * @param kind the kind
   * @param bound the bound
   * @return true when {@code kind} is {@code bound} or weaker
   */
  public static boolean atMost(FindingKind kind, FindingKind bound) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bound, "bound");
    return kind.compareTo(bound) >= 0;
  }

  /**
   * Whether a source of an authority binds, so that a duty quoted from it may support a violation.
   *
   * @param authority the authority
   * @return true for statutes, regulations, state rules, binding agency procedures, local policies and
   *     simulated reforms
   */
  public static boolean binding(Authority authority) {
    Objects.requireNonNull(authority, "authority");
    return switch (authority) {
      case STATUTE, REGULATION, STATE_RULE, AGENCY_PROCEDURE, LOCAL_POLICY, HYPOTHETICAL -> true;
      case AGENCY_GUIDANCE, SECONDARY -> false;
    };
  }
}
