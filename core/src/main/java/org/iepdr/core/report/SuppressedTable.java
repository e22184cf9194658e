package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A report's table as a state may publish it: counts from 1 to a threshold suppressed (primary), and the
 * fewest further cells needed, smallest first, so that no suppressed cell can be derived from the published
 * ones through the identities (complementary). An indicator is withheld when a count it is computed from is
 * suppressed. The federal submission itself is unsuppressed; the drill-down is never published.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SuppressedTable {

  private final Section618Report report;
  private final int threshold;
  private final Set<Section618Element> primary;
  private final Set<Section618Element> complementary;

  private SuppressedTable(Section618Report report, int threshold, Set<Section618Element> primary,
      Set<Section618Element> complementary) {
    this.report = report;
    this.threshold = threshold;
    this.primary = Collections.unmodifiableSet(primary);
    this.complementary = Collections.unmodifiableSet(complementary);
  }

  static SuppressedTable of(Section618Report report, int threshold) {
    Set<Section618Element> primary = EnumSet.noneOf(Section618Element.class);
    for (Section618Element e : Section618Element.values()) {
      long v = report.count(e);
      if (v >= 1 && v <= threshold) {
        primary.add(e);
      }
    }
    Set<Section618Element> all = EnumSet.copyOf(primary);
    Set<Section618Element> complementary = EnumSet.noneOf(Section618Element.class);
    while (true) {
      Set<Section618Element> exposed = Identities.derivable(all);
      if (exposed.isEmpty()) {
        break;
      }
      Section618Element weak = exposed.iterator().next();
      Section618Element pick = null;
      for (Identities.Equation q : Identities.EQUATIONS) {
        if (!q.has(weak)) {
          continue;
        }
        for (Section618Element c : q.cells()) {
          if (!all.contains(c) && (pick == null || better(report, c, pick))) {
            pick = c;
          }
        }
      }
      if (pick == null) { // every cell of its equations is suppressed: widen to any equation with a suppressed cell
        for (Identities.Equation q : Identities.EQUATIONS) {
          if (q.cells().stream().anyMatch(all::contains)) {
            for (Section618Element c : q.cells()) {
              if (!all.contains(c) && (pick == null || better(report, c, pick))) {
                pick = c;
              }
            }
          }
        }
      }
      if (pick == null) {
        break; // cannot happen with these equations (each has three or more cells); never loop forever
      }
      all.add(pick);
      complementary.add(pick);
    }
    return new SuppressedTable(report, threshold, primary, complementary);
  }

  /** A positive count before a zero (a suppressed zero tells nothing), then the smaller count. */
  private static boolean better(Section618Report r, Section618Element c, Section618Element than) {
    long a = r.count(c);
    long b = r.count(than);
    if ((a > 0) != (b > 0)) {
      return a > 0;
    }
    return a < b;
  }

  /**
   * Returns the threshold: counts from 1 to it are suppressed.
   *
   * @return the threshold
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Returns a cell as published: its count, or empty when suppressed.
   *
   * @param element the element
   * @return the count, or empty
   */
  public Optional<Long> cell(Section618Element element) {
    Objects.requireNonNull(element, "element");
    return suppressed(element) ? Optional.empty() : Optional.of(report.count(element));
  }

  /**
   * Returns whether a cell is suppressed, primarily or complementarily.
   *
   * @param element the element
   * @return true when suppressed
   */
  public boolean suppressed(Section618Element element) {
    Objects.requireNonNull(element, "element");
    return primary.contains(element) || complementary.contains(element);
  }

  /**
   * Returns the cells suppressed because their count is from 1 to the threshold.
   *
   * @return the primary cells
   */
  public Set<Section618Element> primary() {
    return primary;
  }

  /**
   * Returns the cells suppressed so that the primary ones cannot be derived.
   *
   * @return the complementary cells
   */
  public Set<Section618Element> complementary() {
    return complementary;
  }

  /**
   * Returns the suppressed cells that could still be derived from the published ones through the identities:
   * empty for every table this class builds (a check a publisher can run).
   *
   * @return the derivable suppressed cells
   */
  public Set<Section618Element> derivable() {
    Set<Section618Element> all = EnumSet.noneOf(Section618Element.class);
    all.addAll(primary);
    all.addAll(complementary);
    return Collections.unmodifiableSet(Identities.derivable(all));
  }

  /**
   * Returns B15 as published: empty when 3.1 or 3.1(a) is suppressed.
   *
   * @return the indicator, or empty
   */
  public Optional<Indicator> b15() {
    return suppressed(Section618Element.RESOLUTION_MEETINGS) || suppressed(Section618Element.RESOLUTION_AGREEMENTS)
        ? Optional.empty() : Optional.of(report.b15());
  }

  /**
   * Returns B16 as published: empty when 2.1, 2.1(a)(i) or 2.1(b)(i) is suppressed.
   *
   * @return the indicator, or empty
   */
  public Optional<Indicator> b16() {
    return suppressed(Section618Element.MEDIATIONS_HELD)
        || suppressed(Section618Element.MEDIATION_AGREEMENTS_DUE_PROCESS)
        || suppressed(Section618Element.MEDIATION_AGREEMENTS_NOT_DUE_PROCESS)
        ? Optional.empty() : Optional.of(report.b16());
  }
}
