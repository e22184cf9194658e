package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.report.Section618Element;

/**
 * Published dispute-resolution figures a simulated Section 618 table is checked against: a state's
 * published table (its element counts), and checks, each a share of elements (for example B16, mediation
 * agreements over mediations held) with its published value. A check computed from a published table has
 * its count and denominator, so its own 95% Wilson interval; a published rate with no denominator (a
 * national average restated in a summary) has none and says so in its note. The bundled figures and their
 * sources are data files of {@code iepdr-json} ({@code docs/simulation-calibration.md}).
 *
 * @param name what the figures are, e.g. "Mississippi 2015-16 (MDE, IDEA Part B dispute resolution)"
 * @param state the jurisdiction the figures describe ({@code US} for national figures)
 * @param source the public source: publisher, title, date and address
 * @param table the published table's counts by element (empty when only rates are published)
 * @param checks the shares compared, in order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Section618Calibration(String name, String state, String source, Map<Section618Element, Long> table,
    List<Check> checks) {

  /**
   * Checks and copies.
   *
   * @param name name
   * @param state state
   * @param source source
   * @param table table
   * @param checks checks
   */
  public Section618Calibration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(checks, "checks");
    table = table.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(table));
    checks = List.copyOf(checks);
    for (Map.Entry<Section618Element, Long> e : table.entrySet()) {
      if (e.getValue() < 0) {
        throw new InvalidInputException("table." + e.getKey().code(), e.getValue(), "a count, 0 or more");
      }
    }
  }

  /**
   * One published share: the sum of the numerator elements over the sum of the denominator elements.
   *
   * @param id a short id, e.g. {@code B16} or {@code 1.1/1}
   * @param label what the share is, in words
   * @param numerator the elements counted
   * @param denominator the elements they are a share of
   * @param published the published share, 0 to 1
   * @param count the published numerator, when published
   * @param total the published denominator, when published
   * @param note where the value comes from; a restatement says it is one
   */
  public record Check(String id, String label, List<Section618Element> numerator, List<Section618Element> denominator,
      double published, OptionalLong count, OptionalLong total, String note) {

    /**
     * Checks and copies.
     *
     * @param id id
     * @param label label
     * @param numerator numerator
     * @param denominator denominator
     * @param published published
     * @param count count
     * @param total total
     * @param note note
     */
    public Check {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      numerator = List.copyOf(numerator);
      denominator = List.copyOf(denominator);
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(note, "note");
      if (numerator.isEmpty() || denominator.isEmpty()) {
        throw new InvalidInputException("check '" + id + "'", "no elements", "numerator and denominator elements");
      }
      if (!(published >= 0 && published <= 1)) {
        throw new InvalidInputException("check '" + id + "'.published", published, "a share from 0 to 1");
      }
      if (count.isPresent() != total.isPresent()) {
        throw new InvalidInputException("check '" + id + "'.count", count + "/" + total, "both count and total, or"
            + " neither");
      }
      if (total.isPresent() && (count.getAsLong() < 0 || count.getAsLong() > total.getAsLong()
          || Math.abs((double) count.getAsLong() / Math.max(1, total.getAsLong()) - published) > 1e-9)) {
        throw new InvalidInputException("check '" + id + "'", count.getAsLong() + "/" + total.getAsLong(),
            "0 <= count <= total and count / total = published");
      }
    }

    /**
     * Returns the published share's 95% Wilson interval, when its count and denominator are published.
     *
     * @return the interval, or empty
     */
    public java.util.Optional<Proportion> publishedInterval() {
      return total.isPresent() && total.getAsLong() > 0
          ? java.util.Optional.of(Proportion.wilson(count.getAsLong(), total.getAsLong()))
          : java.util.Optional.empty();
    }

    /**
     * Returns a check computed from a published table: numerator and denominator summed from its counts.
     *
     * @param id id
     * @param label label
     * @param numerator the numerator's elements
     * @param denominator the denominator's elements
     * @param table the published table
     * @param note the note
     * @return the check
     * @throws InvalidInputException when the table lacks an element or the denominator is 0
     */
    public static Check fromTable(String id, String label, List<Section618Element> numerator,
        List<Section618Element> denominator, Map<Section618Element, Long> table, String note) {
      Objects.requireNonNull(table, "table");
      long c = sum(table, numerator, id);
      long t = sum(table, denominator, id);
      if (t == 0) {
        throw new InvalidInputException("check '" + id + "'", "a denominator of 0", "a published denominator of 1"
            + " or more");
      }
      return new Check(id, label, numerator, denominator, (double) c / t, OptionalLong.of(c), OptionalLong.of(t),
          note);
    }

    private static long sum(Map<Section618Element, Long> table, List<Section618Element> elements, String id) {
      long s = 0;
      for (Section618Element e : elements) {
        Long v = table.get(e);
        if (v == null) {
          throw new InvalidInputException("check '" + id + "'", e.code(), "an element of the published table");
        }
        s += v;
      }
      return s;
    }
  }
}
