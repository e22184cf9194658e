package org.iepdr.json.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.iepdr.json.simulation.FileChecks.keys;
import static org.iepdr.json.simulation.FileChecks.require;
import static org.iepdr.json.simulation.FileChecks.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.simulation.Section618Calibration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published Section 618 figures as data ({@value #FORMAT}, documented in
 * {@code docs/simulation-calibration.md}): a state's published table and the shares checked against a
 * simulated year, or published rates with no table; {@link #read} makes the core
 * {@link Section618Calibration}. Two are bundled: Mississippi's 2015-16 table, and national figures
 * from CADRE's summaries (as restated by the sources the file names) for every other jurisdiction.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CalibrationFile {

  /** The value of the {@code format} member of a calibration file. */
  public static final String FORMAT = "iepdr-section-618-calibration/1";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> TOP = Set.of("format", "name", "state", "source", "table", "checks");
  private static final Set<String> CHECK = Set.of("id", "label", "numerator", "denominator", "published", "note");

  private CalibrationFile() {}

  /**
   * Returns the bundled figures a jurisdiction's simulated table is compared with: Mississippi's 2015-16
   * table for {@code MS}, the national figures for any other code.
   *
   * @param state the simulated jurisdiction's code
   * @return the figures
   */
  public static Section618Calibration bundled(String state) {
    Objects.requireNonNull(state, "state");
    String resource = "calibration/" + (state.toUpperCase(Locale.ROOT).equals("MS") ? "section-618-MS-2015-16.json"
        : "section-618-US-national.json");
    try (InputStream in = CalibrationFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + resource + " is missing");
      }
      return read(in, resource.substring(resource.indexOf('/') + 1));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled " + resource, e);
    }
  }

  /**
   * Reads a calibration file.
   *
   * @param file the file
   * @return the figures
   * @throws IOException when the file cannot be read
   * @throws InvalidInputException naming the file, the member and what is allowed
   */
  public static Section618Calibration read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    }
  }

  /**
   * Reads calibration figures from a stream.
   *
   * @param in the JSON (not closed)
   * @param file the file's name, for messages
   * @return the figures
   * @throws IOException when the stream cannot be read
   * @throws InvalidInputException naming the file, the member and what is allowed
   */
  public static Section618Calibration read(InputStream in, String file) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(file, "file");
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new InvalidInputException(file, "not valid JSON (" + e.getOriginalMessage() + ")", "a JSON object");
    }
    require(root != null && root.isObject(), file, "(root)", "not an object", "a JSON object");
    keys(root, TOP, file, "");
    String format = text(root, "format", file, "format");
    require(format.equals(FORMAT), file, "format", "'" + format + "'", "'" + FORMAT + "'");
    String name = text(root, "name", file, "name");
    String state = text(root, "state", file, "state");
    String source = text(root, "source", file, "source");
    Map<Section618Element, Long> table = new EnumMap<>(Section618Element.class);
    JsonNode t = root.get("table");
    if (t != null) {
      require(t.isObject(), file, "table", "not an object", "an object of element codes and counts");
      for (String code : t.propertyNames()) {
        Section618Element e = element(code, file, "table." + code);
        JsonNode v = t.get(code);
        require(v.isIntegralNumber() && v.longValue() >= 0, file, "table." + code, v.toString(),
            "a count, 0 or more");
        table.put(e, v.longValue());
      }
    }
    JsonNode cs = root.get("checks");
    require(cs != null && cs.isArray() && !cs.isEmpty(), file, "checks", cs == null ? "missing" : cs.toString(),
        "a non-empty array of checks");
    List<Section618Calibration.Check> checks = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < cs.size(); i++) {
      String at = "checks[" + i + "]";
      JsonNode c = cs.get(i);
      require(c.isObject(), file, at, c.toString(), "an object");
      keys(c, CHECK, file, at);
      String id = text(c, "id", file, at + ".id");
      require(ids.add(id), file, at + ".id", "'" + id + "'", "an id no other check has");
      String label = text(c, "label", file, at + ".label");
      String note = text(c, "note", file, at + ".note");
      List<Section618Element> num = elements(c, "numerator", file, at);
      List<Section618Element> den = elements(c, "denominator", file, at);
      JsonNode p = c.get("published");
      if (p == null) {
        require(!table.isEmpty(), file, at + ".published", "missing", "a published share (0 to 1), or a table to"
            + " compute it from");
        checks.add(Section618Calibration.Check.fromTable(id, label, num, den, table, note));
      } else {
        require(p.isNumber() && p.doubleValue() >= 0 && p.doubleValue() <= 1, file, at + ".published", p.toString(),
            "a share from 0 to 1");
        checks.add(new Section618Calibration.Check(id, label, num, den, p.doubleValue(), OptionalLong.empty(),
            OptionalLong.empty(), note));
      }
    }
    return new Section618Calibration(name, state, source, table, checks);
  }

  private static List<Section618Element> elements(JsonNode check, String member, String file, String at) {
    JsonNode a = check.get(member);
    require(a != null && a.isArray() && !a.isEmpty(), file, at + "." + member, a == null ? "missing" : a.toString(),
        "a non-empty array of element codes");
    List<Section618Element> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      require(n.isString(), file, at + "." + member + "[" + i + "]", n.toString(), "an element code, e.g. \"2.1\"");
      out.add(element(n.stringValue(), file, at + "." + member + "[" + i + "]"));
    }
    return out;
  }

  private static Section618Element element(String code, String file, String path) {
    return Section618Element.byCode(code).orElseThrow(() -> new InvalidInputException(file + ": " + path,
        "'" + code + "'", "an element code of the Section 618 table, e.g. 1.1.a or 3.2 (docs/section-618.md)"));
  }
}
