package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * The dispute-resolution report of one reporting year: every element's count, the cases behind the
 * elements drilled into, the indicators B15 and B16, and the consistency checks. Reports of parts of a
 * population (districts, threads) {@linkplain #merge merge} into the report of the whole; the indicators,
 * their small-number notes, the checks and suppression are computed from the merged counts.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Section618Report {

  private static final Section618Element[] ELEMENTS = Section618Element.values();

  private final ReportingYear year;
  private final LocalDate statusDate;
  private final Section618Options options;
  private final long[] counts;
  private final Map<Section618Element, List<CaseRef>> cases;
  private final long casesRead;
  private final long requestsNotCounted;

  Section618Report(ReportingYear year, LocalDate statusDate, Section618Options options, long[] counts,
      Map<Section618Element, List<CaseRef>> cases, long casesRead, long requestsNotCounted) {
    this.year = year;
    this.statusDate = statusDate;
    this.options = options;
    this.counts = counts.clone();
    EnumMap<Section618Element, List<CaseRef>> copy = new EnumMap<>(Section618Element.class);
    for (Map.Entry<Section618Element, List<CaseRef>> e : cases.entrySet()) {
      List<CaseRef> sorted = new ArrayList<>(e.getValue());
      Collections.sort(sorted);
      copy.put(e.getKey(), List.copyOf(sorted));
    }
    this.cases = Collections.unmodifiableMap(copy);
    this.casesRead = casesRead;
    this.requestsNotCounted = requestsNotCounted;
  }

  /**
   * Returns the reporting year.
   *
   * @return the year
   */
  public ReportingYear year() {
    return year;
  }

  /**
   * Returns the date each status is taken on: June 30 of the reporting year unless the options chose
   * another.
   *
   * @return the status date
   */
  public LocalDate statusDate() {
    return statusDate;
  }

  /**
   * Returns whether the status date is not the close of the reporting year: a deviation from the
   * collection's instructions, to be stated with the report.
   *
   * @return true when the status date is not June 30 of the year
   */
  public boolean statusDateDeviates() {
    return !statusDate.equals(year.end());
  }

  /**
   * Returns the options the report was counted with.
   *
   * @return the options
   */
  public Section618Options options() {
    return options;
  }

  /**
   * Returns an element's count.
   *
   * @param element the element
   * @return the count
   */
  public long count(Section618Element element) {
    Objects.requireNonNull(element, "element");
    return counts[element.ordinal()];
  }

  /**
   * Returns every element's count, in element order.
   *
   * @return the counts
   */
  public Map<Section618Element, Long> counts() {
    EnumMap<Section618Element, Long> m = new EnumMap<>(Section618Element.class);
    for (Section618Element e : ELEMENTS) {
      m.put(e, counts[e.ordinal()]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns whether the report kept the cases behind an element ({@link Section618Options#drillDown()}).
   *
   * @param element the element
   * @return true when its cases were kept
   */
  public boolean drilledInto(Section618Element element) {
    Objects.requireNonNull(element, "element");
    return cases.containsKey(element);
  }

  /**
   * Returns the complaints or requests behind an element, sorted by case id and request id; empty when the
   * element was not {@linkplain #drilledInto drilled into}. Never part of a published table.
   *
   * @param element the element
   * @return the cases
   */
  public List<CaseRef> cases(Section618Element element) {
    Objects.requireNonNull(element, "element");
    return cases.getOrDefault(element, List.of());
  }

  /**
   * Returns how many cases were read.
   *
   * @return the number of cases
   */
  public long casesRead() {
    return casesRead;
  }

  /**
   * Returns how many complaints and requests of the kinds counted were not counted because they were filed
   * outside the reporting year (or after the status date).
   *
   * @return the number not counted
   */
  public long requestsNotCounted() {
    return requestsNotCounted;
  }

  /**
   * Returns B15: written settlement agreements reached through resolution meetings (3.1(a)) over resolution
   * meetings (3.1).
   *
   * @return the indicator
   */
  public Indicator b15() {
    return new Indicator("B15", count(Section618Element.RESOLUTION_AGREEMENTS),
        count(Section618Element.RESOLUTION_MEETINGS));
  }

  /**
   * Returns B16: mediation agreements (2.1(a)(i) + 2.1(b)(i)) over mediations held (2.1).
   *
   * @return the indicator
   */
  public Indicator b16() {
    return new Indicator("B16", count(Section618Element.MEDIATION_AGREEMENTS_DUE_PROCESS)
        + count(Section618Element.MEDIATION_AGREEMENTS_NOT_DUE_PROCESS), count(Section618Element.MEDIATIONS_HELD));
  }

  /**
   * Returns the consistency checks, in the collection's order: 1 = 1.1 + 1.2 + 1.3; 1.1(b) + 1.1(c) &lt;=
   * 1.1; 2 = 2.1 + 2.2 + 2.3; 2.1 = 2.1(a) + 2.1(b); 3 = 3.2 + 3.3 + 3.4; 3.2(a) + 3.2(b) &lt;= 3.2;
   * 4 = 4.2 + 4.3 + 4.4.
   *
   * @return the checks
   */
  public List<ConsistencyCheck> checks() {
    List<ConsistencyCheck> out = new ArrayList<>();
    for (Identities.Equation q : Identities.EQUATIONS) {
      List<Section618Element> parts = q.parts().stream().filter(p -> !p.residual()).toList();
      long sum = 0;
      StringBuilder text = new StringBuilder();
      for (Section618Element p : parts) {
        sum += count(p);
        text.append(text.length() == 0 ? "" : " + ").append(p.code());
      }
      if (parts.size() < q.parts().size()) {
        out.add(new ConsistencyCheck(text + " <= " + q.total().code(), sum, count(q.total()), true));
      } else {
        out.add(new ConsistencyCheck(q.total().code() + " = " + text, count(q.total()), sum, false));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns whether every consistency check holds.
   *
   * @return true when all hold
   */
  public boolean consistent() {
    return checks().stream().allMatch(ConsistencyCheck::holds);
  }

  /**
   * Returns the published table with small cells suppressed: each count from 1 to the threshold, and as
   * many other cells as needed so that no suppressed cell can be derived from the published ones through
   * the identities (complementary suppression). The drill-down is never part of it.
   *
   * @param threshold the largest count suppressed, at least 1
   * @return the table
   * @throws InvalidInputException if the threshold is below 1
   */
  public SuppressedTable suppress(int threshold) {
    if (threshold < 1) {
      throw new InvalidInputException("threshold", threshold, "a count of at least 1");
    }
    return SuppressedTable.of(this, threshold);
  }

  /**
   * Returns the report of the union of two populations: the counts added, the drill-downs joined. Both must
   * have been counted for the same year, status date and options.
   *
   * @param other the other report
   * @return the merged report
   * @throws InvalidInputException if the year, status date or options differ
   */
  public Section618Report merge(Section618Report other) {
    Objects.requireNonNull(other, "other");
    if (!year.equals(other.year) || !statusDate.equals(other.statusDate) || !options.equals(other.options)) {
      throw new InvalidInputException("other", other.year + " as of " + other.statusDate, "a report of " + year
          + " as of " + statusDate + " counted with the same options");
    }
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    EnumMap<Section618Element, List<CaseRef>> joined = new EnumMap<>(Section618Element.class);
    for (Section618Element e : Set.copyOf(options.drillDown())) {
      List<CaseRef> l = new ArrayList<>(cases(e));
      l.addAll(other.cases(e));
      joined.put(e, l);
    }
    return new Section618Report(year, statusDate, options, sum, joined, casesRead + other.casesRead,
        requestsNotCounted + other.requestsNotCounted);
  }

  @Override
  public String toString() {
    return "Section618Report[" + year + " as of " + statusDate + ", " + counts() + "]";
  }
}
