package org.iepdr.json.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.simulation.ParameterDistribution;

/**
 * One parameter of a parameter file with its evidence.
 *
 * @param path the parameter's path ({@link org.iepdr.core.simulation.ParameterPaths}), or
 *     {@code referenceStart}
 * @param value the value (for {@code referenceStart}: the epoch day of the date)
 * @param evidence what the value rests on
 * @param successes for a proportion from counts: the successes; -1 otherwise
 * @param trials for a proportion from counts: the trials; -1 otherwise
 * @param factor for a proportion from counts: the stated share of the counted proportion the value is
 * @param count for a weight from a count: the count; -1 otherwise
 * @param lower the lower end of the stated range (stated values and assumptions); NaN otherwise
 * @param upper the upper end of the stated range; NaN otherwise
 * @param shared the name of a draw shared with other parameters, or empty
 * @param source the id of the source in the file's sources, or empty
 * @param note the published figure in words, or the reason for an assumption or definition
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ParameterEntry(String path, double value, Evidence evidence, long successes, long trials,
    double factor, long count, double lower, double upper, String shared, String source, String note) {

  /** What a value rests on. */
  public enum Evidence {
    /** Published counts: a proportion (successes of trials) or a weight (a count). */
    COUNT,
    /** A published figure with no denominator ("over 84%", "about $16,000"), with a stated range. */
    STATED,
    /** No published figure: a judgement with its reason and a stated range. */
    ASSUMPTION,
    /** A property of the model, not a behaviour to estimate (no uncertainty). */
    DEFINITION,
    /** Set by a {@code --parameters} file as a bare number (no uncertainty). */
    OVERRIDE;

    /**
     * Returns the name as a file writes it.
     *
     * @return the lower-case name
     */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the entry.
   *
   * @param path path
   * @param value value
   * @param evidence evidence
   * @param successes successes
   * @param trials trials
   * @param factor factor
   * @param count count
   * @param lower lower
   * @param upper upper
   * @param shared shared
   * @param source source
   * @param note note
   */
  public ParameterEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(shared, "shared");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
  }

  /**
   * Returns the uncertainty the evidence implies, or empty for a value with none (a definition, an
   * override, a date).
   *
   * @return the distribution
   */
  public Optional<ParameterDistribution> distribution() {
    switch (evidence) {
      case COUNT:
        return Optional.of(trials > 0 ? ParameterDistribution.beta(successes, trials, factor, shared)
            : ParameterDistribution.weight(count, value));
      case STATED:
      case ASSUMPTION:
        return Optional.of(lower == upper ? ParameterDistribution.fixed(value)
            : ParameterDistribution.uniform(lower, upper));
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the evidence in a few words, e.g. {@code count 10 of 15}, {@code count 61},
   * {@code stated, range 0.84 to 0.95}, {@code assumption, range 20 to 60}, {@code definition}.
   *
   * @return the text
   */
  public String describeEvidence() {
    switch (evidence) {
      case COUNT:
        return trials > 0 ? "count " + successes + " of " + trials + (factor == 1.0 ? "" : " x " + num(factor))
            : "count " + count;
      case STATED:
      case ASSUMPTION:
        return evidence.fileName() + ", range " + num(lower) + " to " + num(upper);
      default:
        return evidence.fileName();
    }
  }

  static String num(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return String.format(Locale.ROOT, "%.6g", d).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
