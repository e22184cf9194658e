package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;

/**
 * Every number of a {@link SimulationParameters} by a dotted path, so that files, command lines, sweeps
 * and parameter draws can read and change one value without knowing the types:
 *
 * <ul>
 *   <li>{@code horizonDays} (whole days, 1 to 3660);
 *   <li>{@code processes.<PROCESS>.held}, {@code .resolved}, {@code .partly}, {@code .escalateAfterPartly},
 *       {@code .escalateAfterNot} (probabilities, 0 to 1);
 *   <li>{@code processes.<PROCESS>.districtCost} (whole dollars, 0 to 1,000,000,000);
 *   <li>{@code processes.<PROCESS>.openEndedDays} (whole days, 0 to 3650);
 *   <li>{@code processes.<PROCESS>.next.<PROCESS>} (a finite weight, 0 or more).
 * </ul>
 *
 * <p>{@code <PROCESS>} is a {@link DisputeProcess} name that the parameter set has parameters for
 * (for {@code next}, any process name). A path that is not one of these, or a value outside its range,
 * is refused with an {@link InvalidInputException} naming the path and the allowed range.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ParameterPaths {

  /** The fields of a process, in the order {@link #paths} lists them. */
  static final List<String> PROCESS_FIELDS = List.of("held", "resolved", "partly", "escalateAfterPartly",
      "escalateAfterNot", "districtCost", "openEndedDays");

  private ParameterPaths() {}

  /**
   * Returns every path of a parameter set, in a stable order (horizon, then processes in ladder order,
   * fields as listed in the class documentation, next steps in ladder order).
   *
   * @param parameters the parameters
   * @return the paths
   */
  public static List<String> paths(SimulationParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    List<String> out = new ArrayList<>();
    out.add("horizonDays");
    for (DisputeProcess p : DisputeProcess.values()) {
      ProcessParameters pp = parameters.process(p);
      if (pp == null) {
        continue;
      }
      for (String f : PROCESS_FIELDS) {
        out.add("processes." + p.name() + "." + f);
      }
      for (DisputeProcess n : DisputeProcess.values()) {
        if (pp.next().containsKey(n)) {
          out.add("processes." + p.name() + ".next." + n.name());
        }
      }
    }
    return out;
  }

  /**
   * Returns the allowed range of a path, in words (the same words a refusal uses).
   *
   * @param path a path
   * @return the range, e.g. {@code "a probability from 0 to 1"}
   * @throws InvalidInputException when the path is not a parameter path
   */
  public static String allowedRange(String path) {
    Objects.requireNonNull(path, "path");
    String[] parts = path.split("\\.", -1);
    if (parts.length == 1 && parts[0].equals("horizonDays")) {
      return "whole days from 1 to 3660";
    }
    if (parts.length == 4 && parts[0].equals("processes") && parts[2].equals("next") && isProcess(parts[1])
        && isProcess(parts[3])) {
      return "a finite weight of 0 or more";
    }
    if (parts.length == 3 && parts[0].equals("processes") && isProcess(parts[1])) {
      switch (parts[2]) {
        case "held":
        case "resolved":
        case "partly":
        case "escalateAfterPartly":
        case "escalateAfterNot":
          return "a probability from 0 to 1";
        case "districtCost":
          return "whole dollars from 0 to 1000000000";
        case "openEndedDays":
          return "whole days from 0 to 3650";
        default:
          break;
      }
    }
    throw unknown(path);
  }

  /**
   * Returns the value at a path.
   *
   * @param parameters the parameters
   * @param path a path of {@link #paths(SimulationParameters)}
   * @return the value (0 for a next step with no weight)
   * @throws InvalidInputException when the path is not one of the parameter set's paths
   */
  public static double value(SimulationParameters parameters, String path) {
    Objects.requireNonNull(parameters, "parameters");
    allowedRange(path);
    String[] parts = path.split("\\.", -1);
    if (parts.length == 1) {
      return parameters.horizonDays();
    }
    ProcessParameters pp = process(parameters, path, parts[1]);
    if (parts.length == 4) {
      return pp.next().getOrDefault(DisputeProcess.valueOf(parts[3]), 0.0);
    }
    switch (parts[2]) {
      case "held":
        return pp.held();
      case "resolved":
        return pp.resolved();
      case "partly":
        return pp.partly();
      case "escalateAfterPartly":
        return pp.escalateAfterPartly();
      case "escalateAfterNot":
        return pp.escalateAfterNot();
      case "districtCost":
        return pp.districtCost();
      default:
        return pp.openEndedDays();
    }
  }

  /**
   * Returns a copy of the parameters with the value at a path changed. The process's
   * {@link ProcessParameters#source()} is kept: the caller says where the new value comes from
   * ({@link #withValue(SimulationParameters, String, double, String)}).
   *
   * @param parameters the parameters
   * @param path a path of {@link #paths(SimulationParameters)} or a next step to add
   * @param value the new value, inside the path's {@link #allowedRange}
   * @return the changed parameters
   * @throws InvalidInputException naming the path and its allowed range when the path is unknown or the
   *     value outside the range (for {@code resolved} and {@code partly}: when they add up to more than 1)
   */
  public static SimulationParameters withValue(SimulationParameters parameters, String path, double value) {
    return withValue(parameters, path, value, null);
  }

  /**
   * Returns a copy of the parameters with the value at a path changed and, when {@code source} is given,
   * the process's {@link ProcessParameters#source()} replaced.
   *
   * @param parameters the parameters
   * @param path a path
   * @param value the new value
   * @param source the new source of the process's parameters, or null to keep it
   * @return the changed parameters
   * @throws InvalidInputException naming the path and its allowed range
   */
  public static SimulationParameters withValue(SimulationParameters parameters, String path, double value,
      @org.jspecify.annotations.Nullable String source) {
    String range = allowedRange(path);
    String[] parts = path.split("\\.", -1);
    check(path, value, range);
    if (parts.length == 1) {
      return SimulationParameters.builder().from(parameters).horizonDays((int) value).build();
    }
    ProcessParameters pp = process(parameters, path, parts[1]);
    var b = ProcessParameters.builder().from(pp);
    if (source != null) {
      b.source(source);
    }
    if (parts.length == 4) {
      Map<DisputeProcess, Double> next = new EnumMap<>(DisputeProcess.class);
      next.putAll(pp.next());
      next.put(DisputeProcess.valueOf(parts[3]), value);
      b.next(next);
    } else {
      switch (parts[2]) {
        case "held":
          b.held(value);
          break;
        case "resolved":
          b.resolved(value);
          break;
        case "partly":
          b.partly(value);
          break;
        case "escalateAfterPartly":
          b.escalateAfterPartly(value);
          break;
        case "escalateAfterNot":
          b.escalateAfterNot(value);
          break;
        case "districtCost":
          b.districtCost((long) value);
          break;
        default:
          b.openEndedDays((int) value);
          break;
      }
    }
    ProcessParameters changed;
    try {
      changed = b.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path, format(value), e.allowed());
    }
    return parameters.with(DisputeProcess.valueOf(parts[1]), changed);
  }

  /**
   * Checks a value against its path's {@link #allowedRange} (not against the other values of a parameter
   * set, such as {@code resolved + partly <= 1}).
   *
   * @param path a path
   * @param value the value
   * @throws InvalidInputException naming the path and its allowed range
   */
  public static void checkValue(String path, double value) {
    check(path, value, allowedRange(path));
  }

  private static void check(String path, double value, String range) {
    boolean ok;
    if (range.startsWith("a probability")) {
      ok = value >= 0.0 && value <= 1.0;
    } else if (range.startsWith("a finite weight")) {
      ok = value >= 0.0 && !Double.isInfinite(value);
    } else {
      double max = range.contains("3660") ? 3660 : range.contains("3650") ? 3650 : 1_000_000_000;
      double min = range.contains("from 1 ") ? 1 : 0;
      ok = value >= min && value <= max && value == Math.rint(value);
    }
    if (!ok) {
      throw new InvalidInputException(path, format(value), range);
    }
  }

  private static ProcessParameters process(SimulationParameters parameters, String path, String name) {
    ProcessParameters pp = parameters.process(DisputeProcess.valueOf(name));
    if (pp == null) {
      throw new InvalidInputException(path, "a process the parameters do not have",
          "a process of " + parameters.processParameters().keySet());
    }
    return pp;
  }

  private static boolean isProcess(String name) {
    for (DisputeProcess p : DisputeProcess.values()) {
      if (p.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static InvalidInputException unknown(String path) {
    return new InvalidInputException("parameter path", "'" + path + "'", "horizonDays, processes.<PROCESS>.<FIELD>"
        + " with FIELD one of " + PROCESS_FIELDS + ", or processes.<PROCESS>.next.<PROCESS>; PROCESS one of "
        + List.of(DisputeProcess.values()));
  }

  /**
   * Returns a hash of a parameter set's values: the first 16 hexadecimal digits of the SHA-256 of
   * {@code referenceStart=<date>} and one {@code <path>=<value>} line per {@link #paths path} (values as
   * {@link Double#toString}). Names and sources do not count: two sets with the same numbers have the
   * same hash.
   *
   * @param parameters the parameters
   * @return 16 lowercase hexadecimal digits
   */
  public static String hash(SimulationParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    StringBuilder sb = new StringBuilder("referenceStart=").append(parameters.referenceStart()).append('\n');
    for (String path : paths(parameters)) {
      sb.append(path).append('=').append(Double.toString(value(parameters, path))).append('\n');
    }
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", d[i]));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
    }
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
