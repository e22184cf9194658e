package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;

/**
 * The uncertainty of one parameter, from its evidence:
 *
 * <ul>
 *   <li>{@link Kind#BETA}: a proportion estimated from counts, {@code successes} of {@code trials}. Its
 *       uncertainty is the posterior of a uniform prior, {@code Beta(successes + 1, failures + 1)}; a
 *       draw is multiplied by {@code factor} (1 unless the parameter is a stated share of the counted
 *       proportion, e.g. half of "consensus on some or all issues" for "all issues").
 *   <li>{@link Kind#GAMMA}: a weight of a next step estimated from a count {@code c} (e.g. 61 complaints
 *       of 88 first processes). A draw is {@code value * G / (c + 1)} with {@code G ~ Gamma(c + 1, 1)}:
 *       its mean is the stated value and, after the weights are normalised, the counted steps follow a
 *       {@code Dirichlet(c + 1, ...)} distribution, the counts' posterior under a uniform prior.
 *   <li>{@link Kind#UNIFORM}: a value with no denominator ("over 84%", "about $16,000", an assumption)
 *       carries a stated range, drawn uniformly. The range is a judgement and is documented as one.
 *   <li>{@link Kind#FIXED}: no uncertainty (a definition, e.g. a hearing that is requested is held).
 * </ul>
 *
 * <p>Draws with the same {@code shared} name in one parameter draw use the same underlying draw (the
 * "resolved" and "partly" halves of one published consensus rate move together).
 *
 * @param kind the kind
 * @param a the first shape (BETA: successes + 1; GAMMA: count + 1) or the lower end (UNIFORM) or the
 *     value (FIXED)
 * @param b the second shape (BETA: failures + 1) or the upper end (UNIFORM); 0 otherwise
 * @param factor the multiplier of a BETA draw or the stated value of a GAMMA weight; 1 otherwise
 * @param shared a name shared by parameters drawn together, or empty
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ParameterDistribution(Kind kind, double a, double b, double factor, String shared) {

  /** The kinds of distribution. */
  public enum Kind {
    /** No uncertainty. */
    FIXED,
    /** A proportion from counts: {@code factor * Beta(a, b)}. */
    BETA,
    /** A weight from a count: {@code factor * Gamma(a, 1) / a}. */
    GAMMA,
    /** A stated range: {@code Uniform(a, b)}. */
    UNIFORM
  }

  /**
   * Checks the record.
   *
   * @param kind kind
   * @param a a
   * @param b b
   * @param factor factor
   * @param shared shared
   */
  public ParameterDistribution {
    if (kind == null) {
      throw new InvalidInputException("parameterDistribution.kind", "null", "one of FIXED, BETA, GAMMA, UNIFORM");
    }
    if (shared == null) {
      shared = "";
    }
    if (kind == Kind.BETA && !(a >= 1 && b >= 1 && factor > 0 && factor <= 1)) {
      throw new InvalidInputException("parameterDistribution", kind + "(" + a + ", " + b + ") x " + factor,
          "shapes of 1 or more and a factor in (0, 1]");
    }
    if (kind == Kind.GAMMA && !(a >= 1 && factor >= 0 && !Double.isInfinite(factor))) {
      throw new InvalidInputException("parameterDistribution", kind + "(" + a + ") x " + factor,
          "a shape of 1 or more and a finite value of 0 or more");
    }
    if (kind == Kind.UNIFORM && !(a <= b && !Double.isInfinite(a) && !Double.isInfinite(b))) {
      throw new InvalidInputException("parameterDistribution", "[" + a + ", " + b + "]",
          "a finite range with lower <= upper");
    }
  }

  /**
   * A proportion estimated as {@code successes} of {@code trials}: {@code Beta(successes + 1,
   * trials - successes + 1)}, times {@code factor}.
   *
   * @param successes successes, 0 to trials
   * @param trials trials, 1 or more
   * @param factor the stated share of the counted proportion the parameter is, in (0, 1]
   * @param shared the name of a shared draw, or empty
   * @return the distribution
   */
  public static ParameterDistribution beta(long successes, long trials, double factor, String shared) {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new InvalidInputException("evidence.successes", successes + " of " + trials,
          "0 to trials successes of 1 or more trials");
    }
    return new ParameterDistribution(Kind.BETA, successes + 1.0, trials - successes + 1.0, factor, shared);
  }

  /**
   * A weight with the stated value estimated from a count.
   *
   * @param count the count, 0 or more
   * @param value the weight
   * @return the distribution
   */
  public static ParameterDistribution weight(long count, double value) {
    if (count < 0) {
      throw new InvalidInputException("evidence.count", count, "0 or more");
    }
    return new ParameterDistribution(Kind.GAMMA, count + 1.0, 0.0, value, "");
  }

  /**
   * A stated range.
   *
   * @param lower the lower end
   * @param upper the upper end
   * @return the distribution
   */
  public static ParameterDistribution uniform(double lower, double upper) {
    return new ParameterDistribution(Kind.UNIFORM, lower, upper, 1.0, "");
  }

  /**
   * No uncertainty.
   *
   * @param value the value
   * @return the distribution
   */
  public static ParameterDistribution fixed(double value) {
    return new ParameterDistribution(Kind.FIXED, value, 0.0, 1.0, "");
  }

  /**
   * Returns the mean of the distribution ({@code factor * a / (a + b)} for BETA).
   *
   * @return the mean
   */
  public double mean() {
    switch (kind) {
      case BETA:
        return factor * a / (a + b);
      case GAMMA:
        return factor;
      case UNIFORM:
        return (a + b) / 2;
      default:
        return a;
    }
  }

  /**
   * Returns the underlying standard draw: a Beta or Gamma variate, or a uniform in [0, 1).
   *
   * @param random the generator
   * @return the draw
   */
  double standardDraw(SplittableRandom random) {
    switch (kind) {
      case BETA:
        double x = gamma(a, random);
        double y = gamma(b, random);
        return x / (x + y);
      case GAMMA:
        return gamma(a, random);
      case UNIFORM:
        return random.nextDouble();
      default:
        return 0.0;
    }
  }

  /**
   * Returns the parameter value of a standard draw.
   *
   * @param standard a result of {@link #standardDraw}
   * @return the value
   */
  double value(double standard) {
    switch (kind) {
      case BETA:
        return factor * standard;
      case GAMMA:
        return factor * standard / a;
      case UNIFORM:
        return a + (b - a) * standard;
      default:
        return a;
    }
  }

  /**
   * Draws a value.
   *
   * @param random the generator
   * @return the value
   */
  public double draw(SplittableRandom random) {
    return value(standardDraw(random));
  }

  /** Marsaglia and Tsang (2000), for shape >= 1. */
  static double gamma(double shape, SplittableRandom random) {
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(random);
        v = 1.0 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    // Box-Muller, one of the pair; u1 in (0, 1]
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * Returns the distribution in words, e.g. {@code Beta(84, 4) x 0.5} or {@code uniform 0.84 to 0.95}.
   *
   * @return the text
   */
  public String describe() {
    switch (kind) {
      case BETA:
        return String.format(Locale.ROOT, "Beta(%s, %s)%s", ParameterPaths.format(a), ParameterPaths.format(b),
            factor == 1.0 ? "" : " x " + factor);
      case GAMMA:
        return String.format(Locale.ROOT, "%s x Gamma(%s)/%s", factor, ParameterPaths.format(a),
            ParameterPaths.format(a));
      case UNIFORM:
        return "uniform " + ParameterPaths.format(a) + " to " + ParameterPaths.format(b) + " (stated range)";
      default:
        return "fixed";
    }
  }
}
