package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The uncertainty of a parameter set: a {@link ParameterDistribution} per {@link ParameterPaths path}.
 * A path with no distribution keeps its value in every draw.
 *
 * <p>{@link #draw} makes one replicate's parameters: each path, in sorted order, gets a draw from its
 * distribution (shared draws once per name), from a generator seeded by the run's seed and the
 * replicate's number only, so a replicate's parameters never depend on the number of threads.
 * Integer-valued paths are rounded; when a draw makes {@code resolved + partly} exceed 1, {@code partly}
 * is lowered to {@code 1 - resolved}.
 *
 * @param distributions the distributions by path
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ParameterUncertainty(Map<String, ParameterDistribution> distributions) {

  /**
   * Copies the map, sorted by path.
   *
   * @param distributions distributions
   */
  public ParameterUncertainty {
    distributions = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(distributions,
        "distributions")));
  }

  /**
   * Returns one replicate's parameters.
   *
   * @param point the point parameters (the paths not drawn keep these values)
   * @param seed the run's seed
   * @param replicate the replicate's number, 1 or more
   * @return the drawn parameters, named {@code <point name> (parameter draw <replicate>)}
   */
  public SimulationParameters draw(SimulationParameters point, long seed, int replicate) {
    SplittableRandom random = new SplittableRandom(SimulationModel.disputeKey(seed ^ 0x5deece66dL, -replicate));
    Map<String, Double> shared = new HashMap<>();
    SimulationParameters p = point;
    for (Map.Entry<String, ParameterDistribution> e : distributions.entrySet()) {
      ParameterDistribution d = e.getValue();
      if (d.kind() == ParameterDistribution.Kind.FIXED) {
        continue;
      }
      double standard = d.shared().isEmpty() ? d.standardDraw(random)
          : shared.computeIfAbsent(d.shared(), k -> d.standardDraw(random));
      double v = d.value(standard);
      String range = ParameterPaths.allowedRange(e.getKey());
      if (range.startsWith("whole")) {
        v = Math.rint(v);
      } else if (range.startsWith("a probability")) {
        v = Math.max(0.0, Math.min(1.0, v));
      }
      p = set(p, e.getKey(), v);
    }
    return SimulationParameters.builder().from(p).name(point.name() + " (parameter draw " + replicate + ")").build();
  }

  private static SimulationParameters set(SimulationParameters p, String path, double v) {
    if (path.endsWith(".resolved")) {
      String partly = path.substring(0, path.length() - "resolved".length()) + "partly";
      double current = ParameterPaths.value(p, partly);
      if (v + current > 1.0) {
        p = ParameterPaths.withValue(p, partly, 1.0 - v);
      }
    } else if (path.endsWith(".partly")) {
      String resolved = path.substring(0, path.length() - "partly".length()) + "resolved";
      v = Math.min(v, 1.0 - ParameterPaths.value(p, resolved));
    }
    return ParameterPaths.withValue(p, path, Math.max(0.0, v));
  }
}
