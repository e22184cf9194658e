package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An SPP/APR indicator computed from the counts: B15 = 3.1(a) / 3.1 x 100 (resolution meetings that
 * reached written settlement agreements), B16 = (2.1(a)(i) + 2.1(b)(i)) / 2.1 x 100 (mediations held that
 * reached agreements). With fewer than 10 resolution meetings (or mediations) a state need not set a
 * baseline or targets (OSEP's measurement table, restated): the percentage is still given, with that note.
 *
 * @param id {@code B15} or {@code B16}
 * @param numerator the numerator
 * @param denominator the denominator
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Indicator(String id, long numerator, long denominator) {

  /** Below this many events a state need not set a baseline or targets. */
  public static final int TARGET_THRESHOLD = 10;

  /**
   * Checks the parts.
   *
   * @param id the indicator's id
   * @param numerator the numerator
   * @param denominator the denominator
   */
  public Indicator {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Returns the percentage, rounded half up to one decimal; empty when the denominator is 0.
   *
   * @return the percentage
   */
  public Optional<BigDecimal> percent() {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
  }

  /**
   * Returns whether the denominator is below {@value #TARGET_THRESHOLD}: the state need not set a baseline
   * or targets for this indicator.
   *
   * @return true with fewer than 10 events
   */
  public boolean fewerThanTen() {
    return denominator < TARGET_THRESHOLD;
  }

  /**
   * Returns the note to print with the indicator, or empty.
   *
   * @return the note
   */
  public Optional<String> note() {
    if (!fewerThanTen()) {
      return Optional.empty();
    }
    String what = "B15".equals(id) ? "resolution meetings" : "mediations held";
    return Optional.of("fewer than 10 " + what + " (" + denominator + "): a state need not set a baseline or"
        + " targets for " + id);
  }
}
