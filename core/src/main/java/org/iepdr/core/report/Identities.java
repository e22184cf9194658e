package org.iepdr.core.report;

import static org.iepdr.core.report.Section618Element.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The identities between the elements, as equations total = sum of parts (the residual lines make the
 * two inequalities equations), and the test whether a suppressed cell can be derived from the published
 * ones through them.
 */
final class Identities {

  /** One equation: a total equals the sum of its parts. */
  record Equation(Section618Element total, List<Section618Element> parts) {
    boolean has(Section618Element e) {
      return total == e || parts.contains(e);
    }

    List<Section618Element> cells() {
      List<Section618Element> all = new ArrayList<>(parts.size() + 1);
      all.add(total);
      all.addAll(parts);
      return all;
    }
  }

  static final List<Equation> EQUATIONS = List.of(
      new Equation(COMPLAINTS, List.of(COMPLAINTS_WITH_REPORTS, COMPLAINTS_PENDING, COMPLAINTS_WITHDRAWN)),
      new Equation(COMPLAINTS_WITH_REPORTS, List.of(REPORTS_WITHIN_TIMELINES, REPORTS_WITHIN_EXTENDED_TIMELINES,
          REPORTS_NOT_WITHIN_TIMELINES)),
      new Equation(MEDIATION_REQUESTS, List.of(MEDIATIONS_HELD, MEDIATIONS_PENDING, MEDIATIONS_WITHDRAWN)),
      new Equation(MEDIATIONS_HELD, List.of(MEDIATIONS_HELD_DUE_PROCESS, MEDIATIONS_HELD_NOT_DUE_PROCESS)),
      new Equation(DUE_PROCESS_COMPLAINTS, List.of(HEARINGS_ADJUDICATED, DUE_PROCESS_PENDING, DUE_PROCESS_WITHDRAWN)),
      new Equation(HEARINGS_ADJUDICATED, List.of(DECISIONS_WITHIN_TIMELINE, DECISIONS_WITHIN_EXTENDED_TIMELINE,
          DECISIONS_NOT_WITHIN_TIMELINES)),
      new Equation(EXPEDITED_COMPLAINTS, List.of(EXPEDITED_HEARINGS_ADJUDICATED, EXPEDITED_PENDING,
          EXPEDITED_WITHDRAWN)));

  private Identities() {}

  /**
   * The suppressed cells whose value the equations determine once the published cells are known: cell i
   * is determined exactly when the unit vector e_i lies in the row space of the equations restricted to
   * the suppressed cells.
   */
  static Set<Section618Element> derivable(Set<Section618Element> suppressed) {
    List<Section618Element> cols = new ArrayList<>(suppressed);
    List<double[]> rows = new ArrayList<>();
    for (Equation q : EQUATIONS) {
      double[] row = new double[cols.size()];
      boolean any = false;
      for (int c = 0; c < cols.size(); c++) {
        Section618Element e = cols.get(c);
        if (q.total() == e) {
          row[c] = 1;
          any = true;
        } else if (q.parts().contains(e)) {
          row[c] = -1;
          any = true;
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    int base = rank(rows, cols.size());
    Set<Section618Element> out = EnumSet.noneOf(Section618Element.class);
    for (int c = 0; c < cols.size(); c++) {
      List<double[]> with = new ArrayList<>(rows);
      double[] unit = new double[cols.size()];
      unit[c] = 1;
      with.add(unit);
      if (rank(with, cols.size()) == base) {
        out.add(cols.get(c));
      }
    }
    return out;
  }

  private static int rank(List<double[]> rows, int width) {
    double[][] m = new double[rows.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = rows.get(i).clone();
    }
    int rank = 0;
    for (int col = 0; col < width && rank < m.length; col++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > 1e-9) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] t = m[pivot];
      m[pivot] = m[rank];
      m[rank] = t;
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > 1e-9) {
          double f = m[r][col] / m[rank][col];
          for (int k = col; k < width; k++) {
            m[r][k] -= f * m[rank][k];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
