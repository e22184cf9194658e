package org.iepdr.json.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.iepdr.json.simulation.FileChecks.require;
import static org.iepdr.json.simulation.FileChecks.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.simulation.ParameterDistribution;
import org.iepdr.core.simulation.ParameterPaths;
import org.iepdr.core.simulation.ParameterUncertainty;
import org.iepdr.core.simulation.ProcessParameters;
import org.iepdr.core.simulation.SimulationParameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A state's simulation parameters as data: every value of the state's model with its evidence, read from
 * a JSON file in the format {@value #FORMAT} (documented in {@code docs/simulation-parameters.md}). The
 * library bundles one file per state ({@link #bundled}); a researcher's file overrides any of its values
 * ({@link #override}).
 *
 * <p>Every refusal is an {@link InvalidInputException} whose field names the file and the parameter's
 * path (e.g. {@code parameters-MS.json: processes.MEDIATION.resolved}) and says what is allowed.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ParameterFile {

  /** The value of the {@code format} member of a parameter file. */
  public static final String FORMAT = "iepdr-simulation-parameters/1";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> TOP = Set.of("format", "state", "name", "description", "sources",
      "referenceStart", "horizonDays", "processes");
  private static final Set<String> ENTRY = Set.of("value", "evidence", "successes", "trials", "factor", "shared",
      "count", "range", "source", "note");

  private final String state;
  private final String name;
  private final String description;
  private final Map<String, Source> sources;
  private final Map<String, ParameterEntry> entries;
  private final SimulationParameters parameters;
  private final ParameterUncertainty uncertainty;

  /**
   * A cited source.
   *
   * @param title the document
   * @param where where in it the figures are (page, table, or the passage that states them)
   */
  public record Source(String title, String where) {}

  private ParameterFile(String state, String name, String description, Map<String, Source> sources,
      Map<String, ParameterEntry> entries, String file) {
    this.state = state;
    this.name = name;
    this.description = description;
    this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.parameters = build(file);
    Map<String, ParameterDistribution> d = new LinkedHashMap<>();
    for (ParameterEntry e : this.entries.values()) {
      e.distribution().ifPresent(x -> d.put(e.path(), x));
    }
    this.uncertainty = new ParameterUncertainty(d);
  }

  /**
   * Returns the file bundled with the library for a state.
   *
   * @param state the state's code, e.g. {@code MS} (case-insensitive)
   * @return the file
   * @throws InvalidInputException when no file is bundled for the state
   */
  public static ParameterFile bundled(String state) {
    Objects.requireNonNull(state, "state");
    String code = state.toUpperCase(Locale.ROOT);
    String resource = "parameters-" + code + ".json";
    try (InputStream in = ParameterFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidInputException("state", "'" + state + "'", "a state with a bundled parameter file: "
            + bundledStates());
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled " + resource, e);
    }
  }

  /**
   * Returns the states with a bundled file.
   *
   * @return the codes
   */
  public static List<String> bundledStates() {
    return List.of("MO", "MS", "US");
  }

  /**
   * Reads a complete parameter file: every parameter of every process it lists.
   *
   * @param in the JSON
   * @param file the file's name, for messages
   * @return the file
   * @throws InvalidInputException naming the file and the path when the file is not a valid parameter file
   */
  public static ParameterFile read(InputStream in, String file) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(file, "file");
    JsonNode root = parse(in, file);
    require(root.isObject(), file, "(root)", "an object", "a JSON object with format, state, name, sources, "
        + "referenceStart, horizonDays and processes");
    checkKeys(root, TOP, file, "(root)");
    checkFormat(root, file);
    String state = text(root, "state", file, "state");
    String name = text(root, "name", file, "name");
    String description = root.has("description") ? text(root, "description", file, "description") : "";
    Map<String, Source> sources = sources(root.get("sources"), file);
    Map<String, ParameterEntry> entries = new LinkedHashMap<>();
    JsonNode start = root.get("referenceStart");
    require(start != null, file, "referenceStart", "missing", "an entry with the date as value");
    entries.put("referenceStart", entry(start, "referenceStart", file, sources, false));
    JsonNode horizon = root.get("horizonDays");
    require(horizon != null, file, "horizonDays", "missing", "an entry");
    entries.put("horizonDays", entry(horizon, "horizonDays", file, sources, false));
    JsonNode processes = root.get("processes");
    require(processes != null && processes.isObject(), file, "processes", "missing or not an object",
        "an object with one member per process");
    for (Map.Entry<String, JsonNode> p : processes.properties()) {
      String proc = p.getKey();
      processName(proc, file);
      JsonNode fields = p.getValue();
      require(fields.isObject(), file, "processes." + proc, "not an object", "an object of the process's parameters");
      List<String> allowed = new ArrayList<>(ProcessFields.NAMES);
      allowed.add("next");
      checkKeys(fields, Set.copyOf(allowed), file, "processes." + proc);
      for (String f : ProcessFields.NAMES) {
        String path = "processes." + proc + "." + f;
        require(fields.has(f), file, path, "missing", "every parameter of the process, with its evidence");
        entries.put(path, entry(fields.get(f), path, file, sources, false));
      }
      JsonNode next = fields.get("next");
      require(next != null && next.isObject(), file, "processes." + proc + ".next", "missing or not an object",
          "an object of weights by process (may be empty)");
      for (Map.Entry<String, JsonNode> n : next.properties()) {
        processName(n.getKey(), file);
        String path = "processes." + proc + ".next." + n.getKey();
        entries.put(path, entry(n.getValue(), path, file, sources, false));
      }
    }
    require(entries.containsKey("processes.IEP_MEETING.held"), file, "processes.IEP_MEETING", "missing",
        "the parameters of IEP_MEETING, the start of every dispute");
    return new ParameterFile(state, name, description, sources, entries, file);
  }

  /**
   * Returns this file with values overridden by a researcher's file: the same format, any subset of the
   * parameters (a process's members, a next step's weight, {@code horizonDays}, {@code referenceStart},
   * {@code name}, more {@code sources}). A value may be a full entry with its evidence, or a bare number,
   * which then has the evidence {@code override} and no uncertainty.
   *
   * @param path the researcher's file
   * @return the overridden parameters
   * @throws InvalidInputException naming the file and the parameter's path for an unknown parameter, a value
   *     outside its range, or a state other than this file's
   * @throws IOException when the file cannot be read
   */
  public ParameterFile override(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return override(in, path.getFileName().toString());
    }
  }

  /**
   * Returns this file with values overridden (see {@link #override(Path)}).
   *
   * @param in the JSON
   * @param file the file's name, for messages
   * @return the overridden parameters
   */
  public ParameterFile override(InputStream in, String file) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(file, "file");
    JsonNode root = parse(in, file);
    require(root.isObject(), file, "(root)", "an object", "a JSON object");
    checkKeys(root, TOP, file, "(root)");
    checkFormat(root, file);
    if (root.has("state")) {
      String s = text(root, "state", file, "state");
      require(s.equalsIgnoreCase(state), file, "state", "'" + s + "'", "the state simulated, " + state);
    }
    String newName = root.has("name") ? text(root, "name", file, "name") : name + " with " + file;
    Map<String, Source> newSources = new LinkedHashMap<>(this.sources);
    if (root.has("sources")) {
      newSources.putAll(sources(root.get("sources"), file));
    }
    Map<String, ParameterEntry> newEntries = new LinkedHashMap<>(entries);
    for (String top : List.of("referenceStart", "horizonDays")) {
      if (root.has(top)) {
        newEntries.put(top, entry(root.get(top), top, file, newSources, true));
      }
    }
    JsonNode processes = root.get("processes");
    if (processes != null) {
      require(processes.isObject(), file, "processes", "not an object", "an object with one member per process");
      for (Map.Entry<String, JsonNode> p : processes.properties()) {
        String proc = p.getKey();
        processName(proc, file);
        require(entries.containsKey("processes." + proc + ".held"), file, "processes." + proc,
            "a process the state's model does not have", "one of " + processes());
        JsonNode fields = p.getValue();
        require(fields.isObject(), file, "processes." + proc, "not an object", "an object of parameters");
        for (Map.Entry<String, JsonNode> f : fields.properties()) {
          if (f.getKey().equals("next")) {
            require(f.getValue().isObject(), file, "processes." + proc + ".next", "not an object",
                "an object of weights by process");
            for (Map.Entry<String, JsonNode> n : f.getValue().properties()) {
              processName(n.getKey(), file);
              String path = "processes." + proc + ".next." + n.getKey();
              newEntries.put(path, entry(n.getValue(), path, file, newSources, true));
            }
          } else {
            String path = "processes." + proc + "." + f.getKey();
            require(ProcessFields.NAMES.contains(f.getKey()), file, path, "an unknown parameter",
                "one of " + ProcessFields.NAMES + " or next");
            newEntries.put(path, entry(f.getValue(), path, file, newSources, true));
          }
        }
      }
    }
    return new ParameterFile(state, newName, description, newSources, newEntries, file);
  }

  private List<String> processes() {
    List<String> out = new ArrayList<>();
    for (String p : entries.keySet()) {
      if (p.endsWith(".held")) {
        out.add(p.substring("processes.".length(), p.length() - ".held".length()));
      }
    }
    return out;
  }

  private SimulationParameters build(String file) {
    ParameterEntry start = entries.get("referenceStart");
    if (start == null) {
      throw new InvalidInputException(file + ": referenceStart", "absent", "a day, as days since 1970-01-01");
    }
    var b = SimulationParameters.builder().name(name)
        .referenceStart(LocalDate.ofEpochDay((long) start.value()));
    Map<String, StringBuilder> sourceText = new LinkedHashMap<>();
    for (ParameterEntry e : entries.values()) {
      if (e.path().startsWith("processes.") && e.path().endsWith(".held")) {
        String proc = e.path().split("\\.")[1];
        b.putProcessParameter(DisputeProcess.valueOf(proc), ProcessParameters.builder().build());
        sourceText.put(proc, new StringBuilder());
      }
    }
    SimulationParameters p = b.build();
    for (ParameterEntry e : entries.values()) {
      if (e.path().equals("referenceStart")) {
        continue;
      }
      try {
        p = ParameterPaths.withValue(p, e.path(), e.value());
      } catch (InvalidInputException x) {
        throw new InvalidInputException(file + ": " + e.path(), x.value(), x.allowed());
      }
      if (e.path().startsWith("processes.")) {
        String proc = e.path().split("\\.")[1];
        StringBuilder sb = sourceText.computeIfAbsent(proc, k -> new StringBuilder());
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(e.path().substring(("processes." + proc + ".").length())).append(" = ")
            .append(ParameterEntry.num(e.value())).append(": ").append(e.describeEvidence())
            .append(e.source().isEmpty() ? "" : " (" + e.source() + ")");
      }
    }
    for (Map.Entry<String, StringBuilder> s : sourceText.entrySet()) {
      DisputeProcess proc = DisputeProcess.valueOf(s.getKey());
      ProcessParameters pp = Objects.requireNonNull(p.process(proc), "the parameters of " + proc);
      p = p.with(proc, ProcessParameters.builder().from(pp).source(s.getValue().toString()).build());
    }
    return p;
  }

  private static ParameterEntry entry(JsonNode node, String path, String file, Map<String, Source> sources,
      boolean bareAllowed) {
    boolean date = path.equals("referenceStart");
    if (bareAllowed && (node.isNumber() || date && node.isString())) {
      return new ParameterEntry(path, value(node, path, file), ParameterEntry.Evidence.OVERRIDE, -1, -1, 1.0, -1,
          Double.NaN, Double.NaN, "", "", "set by " + file);
    }
    require(node.isObject(), file, path, "not an entry", bareAllowed ? "a number or an object with value and evidence"
        : "an object with value, evidence and, as the evidence requires, successes and trials, count, range, source,"
        + " note");
    checkKeys(node, ENTRY, file, path);
    require(node.has("value"), file, path + ".value", "missing", "the parameter's value");
    double value = value(node.get("value"), path, file);
    require(node.has("evidence") && node.get("evidence").isString(), file, path + ".evidence", "missing",
        "one of count, stated, assumption, definition");
    String ev = node.get("evidence").stringValue();
    ParameterEntry.Evidence evidence;
    switch (ev) {
      case "count":
        evidence = ParameterEntry.Evidence.COUNT;
        break;
      case "stated":
        evidence = ParameterEntry.Evidence.STATED;
        break;
      case "assumption":
        evidence = ParameterEntry.Evidence.ASSUMPTION;
        break;
      case "definition":
        evidence = ParameterEntry.Evidence.DEFINITION;
        break;
      default:
        throw new InvalidInputException(file + ": " + path + ".evidence", "'" + ev + "'",
            "one of count, stated, assumption, definition");
    }
    String source = node.has("source") ? text(node, "source", file, path + ".source") : "";
    require(source.isEmpty() || sources.containsKey(source), file, path + ".source", "'" + source + "'",
        "the id of one of the file's sources " + sources.keySet());
    String note = node.has("note") ? text(node, "note", file, path + ".note") : "";
    String shared = node.has("shared") ? text(node, "shared", file, path + ".shared") : "";
    long successes = -1;
    long trials = -1;
    long count = -1;
    double factor = 1.0;
    double lower = Double.NaN;
    double upper = Double.NaN;
    boolean weight = path.contains(".next.");
    boolean probability = !weight && !date && ParameterPaths.allowedRange(path).startsWith("a probability");
    switch (evidence) {
      case COUNT:
        require(!source.isEmpty(), file, path + ".source", "missing", "the id of the source of the counts");
        if (weight) {
          count = whole(node, "count", path, file, 0);
        } else {
          require(probability, file, path + ".evidence", "'count'", "count only for a probability or a next step's"
              + " weight; stated or assumption with a range for other values");
          trials = whole(node, "trials", path, file, 1);
          successes = whole(node, "successes", path, file, 0);
          require(successes <= trials, file, path + ".successes", Long.toString(successes), "0 to trials (" + trials
              + ")");
          if (node.has("factor")) {
            factor = value(node.get("factor"), path + ".factor", file);
            require(factor > 0 && factor <= 1, file, path + ".factor", ParameterEntry.num(factor),
                "a share of the counted proportion, more than 0 and at most 1");
          }
          double expected = factor * successes / trials;
          require(Math.abs(expected - value) <= 1e-9, file, path + ".value", ParameterEntry.num(value),
              "factor x successes / trials = " + expected);
        }
        break;
      case STATED:
      case ASSUMPTION:
        require(evidence == ParameterEntry.Evidence.ASSUMPTION || !source.isEmpty(), file, path + ".source",
            "missing", "the id of the source of the stated figure");
        require(evidence == ParameterEntry.Evidence.STATED || !note.isEmpty(), file, path + ".note", "missing",
            "the reason for the assumption");
        JsonNode range = node.get("range");
        require(range != null && range.isArray() && range.size() == 2 && range.get(0).isNumber()
            && range.get(1).isNumber(), file, path + ".range", "missing or malformed",
            "[lower, upper], the stated range the value may lie in");
        lower = range.get(0).doubleValue();
        upper = range.get(1).doubleValue();
        require(lower <= value && value <= upper, file, path + ".range", "[" + ParameterEntry.num(lower) + ", "
            + ParameterEntry.num(upper) + "]", "a range containing the value " + ParameterEntry.num(value));
        break;
      default:
        require(!note.isEmpty(), file, path + ".note", "missing", "what the definition is");
        break;
    }
    return new ParameterEntry(path, value, evidence, successes, trials, factor, count, lower, upper, shared, source,
        note);
  }

  private static double value(JsonNode node, String path, String file) {
    if (path.equals("referenceStart")) {
      require(node.isString(), file, path, "not a date", "a date yyyy-mm-dd");
      try {
        return LocalDate.parse(node.stringValue()).toEpochDay();
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(file + ": " + path, "'" + node.stringValue() + "'", "a date yyyy-mm-dd");
      }
    }
    require(node.isNumber(), file, path, node.isString() ? "a string" : node.getNodeType().toString(),
        path.endsWith(".factor") ? "a number" : ParameterPaths.allowedRange(path));
    return node.doubleValue();
  }

  private static long whole(JsonNode node, String member, String path, String file, long min) {
    JsonNode n = node.get(member);
    require(n != null && n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= min, file,
        path + "." + member, n == null ? "missing" : n.toString(), "a whole number of " + min + " or more");
    return n.longValue();
  }

  private static Map<String, Source> sources(JsonNode node, String file) {
    require(node != null && node.isObject(), file, "sources", "missing or not an object",
        "an object of sources by id, each with title and where");
    Map<String, Source> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> s : node.properties()) {
      String path = "sources." + s.getKey();
      require(s.getValue().isObject(), file, path, "not an object", "an object with title and where");
      checkKeys(s.getValue(), Set.of("title", "where"), file, path);
      out.put(s.getKey(), new Source(text(s.getValue(), "title", file, path + ".title"),
          text(s.getValue(), "where", file, path + ".where")));
    }
    return out;
  }

  private static JsonNode parse(InputStream in, String file) {
    try {
      return MAPPER.readTree(in);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new InvalidInputException(file, "not valid JSON" + where, "a JSON parameter file (" + FORMAT + ")");
    }
  }

  private static void checkFormat(JsonNode root, String file) {
    String f = text(root, "format", file, "format");
    require(f.equals(FORMAT), file, "format", "'" + f + "'", "'" + FORMAT + "'");
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String file, String where) {
    for (String k : node.propertyNames()) {
      if (!allowed.contains(k)) {
        throw new InvalidInputException(file + ": " + (where.equals("(root)") ? k : where + "." + k),
            "an unknown member", "one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private static void processName(String name, String file) {
    for (DisputeProcess p : DisputeProcess.values()) {
      if (p.name().equals(name)) {
        return;
      }
    }
    throw new InvalidInputException(file + ": processes." + name, "an unknown process",
        "one of " + List.of(DisputeProcess.values()));
  }



  /**
   * Returns the state the file is for.
   *
   * @return the code
   */
  public String state() {
    return state;
  }

  /**
   * Returns the parameter set's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the file is, in words.
   *
   * @return the description (may be empty)
   */
  public String description() {
    return description;
  }

  /**
   * Returns the cited sources by id.
   *
   * @return the sources
   */
  public Map<String, Source> sources() {
    return sources;
  }

  /**
   * Returns every parameter with its evidence, in the file's order.
   *
   * @return the entries by path
   */
  public Map<String, ParameterEntry> entries() {
    return entries;
  }

  /**
   * Returns the typed parameters of the model.
   *
   * @return the parameters
   */
  public SimulationParameters parameters() {
    return parameters;
  }

  /**
   * Returns the parameters' uncertainty, from their evidence.
   *
   * @return the uncertainty
   */
  public ParameterUncertainty uncertainty() {
    return uncertainty;
  }

  /**
   * Returns every parameter with its value, evidence, uncertainty and source, then the sources: what
   * {@code iepdr simulate --show-parameters} prints.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(state).append(" simulation parameters: ").append(name).append(" (hash ")
        .append(ParameterPaths.hash(parameters)).append(")\n");
    if (!description.isEmpty()) {
      sb.append(description).append('\n');
    }
    sb.append("uncertainty: count = Beta(successes + 1, failures + 1) for a proportion, Gamma(count + 1) weights"
        + " (Dirichlet) for next steps; stated and assumption = uniform over the stated range; definition and"
        + " override = none\n\n");
    for (ParameterEntry e : entries.values()) {
      String value = e.path().equals("referenceStart") ? LocalDate.ofEpochDay((long) e.value()).toString()
          : ParameterEntry.num(e.value());
      String dist = e.distribution().map(ParameterDistribution::describe).orElse("none");
      sb.append(e.path()).append(" = ").append(value).append('\n');
      sb.append("    evidence: ").append(e.describeEvidence()).append("; uncertainty: ").append(dist).append('\n');
      if (!e.source().isEmpty()) {
        sb.append("    source: ").append(e.source()).append('\n');
      }
      if (!e.note().isEmpty()) {
        sb.append("    ").append(e.note()).append('\n');
      }
    }
    sb.append("\nsources:\n");
    for (Map.Entry<String, Source> s : sources.entrySet()) {
      sb.append("  ").append(s.getKey()).append(": ").append(s.getValue().title()).append("\n    ")
          .append(s.getValue().where()).append('\n');
    }
    return sb.toString();
  }

  /** The fields of a process in a file. */
  private static final class ProcessFields {
    static final List<String> NAMES = List.of("held", "resolved", "partly", "escalateAfterPartly",
        "escalateAfterNot", "districtCost", "openEndedDays");

    private ProcessFields() {}
  }
}
