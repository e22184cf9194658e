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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.simulation.ParameterPaths;
import org.iepdr.core.simulation.ReformDefinition;
import org.iepdr.core.time.DayCount;
import org.iepdr.core.time.DayPeriod;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reforms as data: a reform file ({@value #FORMAT}, documented in {@code docs/simulation-reforms.md})
 * names the rules it removes or replaces by rule ID for each state, the processes it takes out of the
 * ladder and the parameters it changes; {@link #read} makes the core {@link ReformDefinition}. The three
 * reforms of issue 6 are bundled ({@link #bundled}).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ReformFile {

  /** The value of the {@code format} member of a reform file. */
  public static final String FORMAT = "iepdr-reform/1";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> BUNDLED = List.of("fiep-lead-time-5", "mediation-attorneys", "no-facilitation");

  private ReformFile() {}

  /**
   * Returns the names of the bundled reforms.
   *
   * @return the names
   */
  public static List<String> bundledNames() {
    return BUNDLED;
  }

  /**
   * Returns a bundled reform.
   *
   * @param name one of {@link #bundledNames()}
   * @return the reform
   * @throws InvalidInputException for another name
   */
  public static ReformDefinition bundled(String name) {
    Objects.requireNonNull(name, "name");
    if (!BUNDLED.contains(name)) {
      throw new InvalidInputException("reform", "'" + name + "'", "one of " + String.join(", ", BUNDLED)
          + ", or a reform file");
    }
    String resource = "reforms/" + name + ".json";
    try (InputStream in = ReformFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + resource + " is missing");
      }
      return read(in, name + ".json");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled " + resource, e);
    }
  }

  /**
   * Reads a reform file.
   *
   * @param path the file
   * @return the reform
   * @throws IOException when the file cannot be read
   */
  public static ReformDefinition read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.getFileName().toString());
    }
  }

  /**
   * Reads a reform file.
   *
   * @param in the JSON
   * @param file the file's name, for messages
   * @return the reform
   * @throws InvalidInputException naming the file and the member for anything not a valid reform
   */
  public static ReformDefinition read(InputStream in, String file) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(file, "file");
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new InvalidInputException(file, "not valid JSON" + where, "a JSON reform file (" + FORMAT + ")");
    }
    require(root.isObject(), file, "(root)", "not an object", "a JSON object");
    keys(root, Set.of("format", "name", "description", "rules", "removeProcesses", "parameters"), file, "");
    String format = text(root, "format", file, "format");
    require(format.equals(FORMAT), file, "format", "'" + format + "'", "'" + FORMAT + "'");
    String name = text(root, "name", file, "name");
    String description = text(root, "description", file, "description");
    List<ReformDefinition.RuleChange> changes = new ArrayList<>();
    JsonNode rules = root.get("rules");
    if (rules != null) {
      require(rules.isArray(), file, "rules", "not an array", "an array of rule changes");
      for (int i = 0; i < rules.size(); i++) {
        changes.add(change(rules.get(i), file, "rules[" + i + "]"));
      }
    }
    List<DisputeProcess> removed = new ArrayList<>();
    JsonNode processes = root.get("removeProcesses");
    if (processes != null) {
      require(processes.isArray(), file, "removeProcesses", "not an array", "an array of process names");
      for (int i = 0; i < processes.size(); i++) {
        JsonNode p = processes.get(i);
        require(p.isString() && isProcess(p.stringValue()), file, "removeProcesses[" + i + "]", p.toString(),
            "one of " + List.of(DisputeProcess.values()));
        removed.add(DisputeProcess.valueOf(p.stringValue()));
      }
    }
    Map<String, Double> params = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    JsonNode parameters = root.get("parameters");
    if (parameters != null) {
      require(parameters.isObject(), file, "parameters", "not an object", "an object of new values by parameter path");
      for (Map.Entry<String, JsonNode> e : parameters.properties()) {
        String path = e.getKey();
        String where = "parameters." + path;
        try {
          ParameterPaths.allowedRange(path);
        } catch (InvalidInputException x) {
          throw new InvalidInputException(file + ": " + where, "an unknown parameter", x.allowed());
        }
        JsonNode v = e.getValue();
        if (v.isObject()) {
          keys(v, Set.of("value", "evidence", "note"), file, where);
          if (v.has("note")) {
            notes.add(text(v, "note", file, where + ".note"));
          }
          if (v.has("evidence")) {
            String ev = text(v, "evidence", file, where + ".evidence");
            require(ev.equals("assumption") || ev.equals("stated"), file, where + ".evidence", "'" + ev + "'",
                "assumption or stated");
          }
          v = v.get("value");
        }
        require(v != null && v.isNumber(), file, where, v == null ? "missing" : v.toString(),
            ParameterPaths.allowedRange(path));
        try {
          ParameterPaths.checkValue(path, v.doubleValue());
        } catch (InvalidInputException x) {
          throw new InvalidInputException(file + ": " + where, x.value(), x.allowed());
        }
        params.put(path, v.doubleValue());
      }
    }
    try {
      return new ReformDefinition(name, description, changes, removed, params, String.join("; ", notes));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(file + ": " + e.field(), e.value(), e.allowed());
    }
  }

  private static ReformDefinition.RuleChange change(JsonNode node, String file, String where) {
    require(node.isObject(), file, where, "not an object", "an object with state and remove, or replace and with");
    keys(node, Set.of("state", "remove", "replace", "with", "note"), file, where);
    String state = text(node, "state", file, where + ".state").toUpperCase(Locale.ROOT);
    boolean remove = node.has("remove");
    require(remove != node.has("replace"), file, where, "both or neither of remove and replace",
        "exactly one of remove or replace");
    String id = text(node, remove ? "remove" : "replace", file, where + (remove ? ".remove" : ".replace"));
    RuleId rule;
    try {
      rule = RuleId.of(id);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(file + ": " + where, "'" + id + "'", e.allowed());
    }
    if (remove) {
      require(!node.has("with"), file, where + ".with", "given with remove", "with only for replace");
      return new ReformDefinition.RuleChange(state, rule, Optional.empty());
    }
    JsonNode with = node.get("with");
    require(with != null && with.isObject(), file, where + ".with", "missing", "the replacing rule: {\"rule\":"
        + " \"minimum-lead-time\", \"act\": \"FACILITATED_IEP_MEETING\", \"amount\": N, \"unit\": \"CALENDAR\"}");
    keys(with, Set.of("rule", "act", "amount", "unit"), file, where + ".with");
    String kind = text(with, "rule", file, where + ".with.rule");
    require(kind.equals("minimum-lead-time"), file, where + ".with.rule", "'" + kind + "'",
        "minimum-lead-time (the parameterised rule the library provides)");
    String act = text(with, "act", file, where + ".with.act");
    require(act.equals("FACILITATED_IEP_MEETING"), file, where + ".with.act", "'" + act + "'",
        "FACILITATED_IEP_MEETING");
    JsonNode amount = with.get("amount");
    require(amount != null && amount.isIntegralNumber() && amount.canConvertToInt() && amount.intValue() >= 0
        && amount.intValue() <= 365, file, where + ".with.amount", String.valueOf(amount), "whole days from 0 to 365");
    String unit = text(with, "unit", file, where + ".with.unit");
    DayCount count;
    try {
      count = DayCount.valueOf(unit);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(file + ": " + where + ".with.unit", "'" + unit + "'",
          "one of " + List.of(DayCount.values()));
    }
    return new ReformDefinition.RuleChange(state, rule, Optional.of(DayPeriod.of(amount.intValue(), count)));
  }

  private static boolean isProcess(String name) {
    for (DisputeProcess p : DisputeProcess.values()) {
      if (p.name().equals(name)) {
        return true;
      }
    }
    return false;
  }



}
