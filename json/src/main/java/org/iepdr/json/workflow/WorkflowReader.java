package org.iepdr.json.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.iepdr.core.conformance.Adjustment;
import org.iepdr.core.conformance.InvalidWorkflowException;
import org.iepdr.core.conformance.Offset;
import org.iepdr.core.conformance.Step;
import org.iepdr.core.conformance.Workflow;
import org.iepdr.core.conformance.WorkflowProblem;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a workflow template (JSON, or YAML when the file name ends in {@code .yaml} or {@code .yml})
 * into a {@link WorkflowTemplate}, reporting every problem of the file at once.
 *
 * <p>The case facts (district, student, parties, participants) and each step's event are read by the
 * case-file reader: the fields and values are a case file's (see {@code docs/case-file.md}), without
 * an event's {@code id} (the step's id) and {@code at} (the step places it).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class WorkflowReader {

  /** The largest offset amount a template may give, in its unit (about a century of days). */
  public static final int MAX_AMOUNT = 36_500;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['([^']*)']");
  private static final Pattern EVENT_PATH = Pattern.compile("^\\$\\.events\\[(\\d+)](.*)$");
  private static final Pattern NESTED = Pattern.compile("^\\.(documents|recordingNotices)\\[(\\d+)](.*)$");
  private static final String PLACEHOLDER = "2000-01-01T00:00:00Z";
  private static final Set<String> TOP = Set.of("$schema", "name", "description", "state", "district", "student",
      "parties", "participants", "start", "steps");
  private static final Set<String> STEP = Set.of("id", "event", "document", "recordingNotice", "from", "offset",
      "adjust", "plan", "note");
  private static final long MAX_BYTES = 4L * 1024 * 1024;

  private final CaseFileReader cases;

  /**
   * Creates a reader whose case facts are read with a case-file reader.
   *
   * @param cases the case-file reader (it knows the installed states)
   */
  public WorkflowReader(CaseFileReader cases) {
    this.cases = Objects.requireNonNull(cases, "cases");
  }

  /**
   * Creates a reader for the states of a rule book.
   *
   * @param book the rule book
   * @return the reader
   */
  public static WorkflowReader forRuleBook(RuleBook book) {
    Objects.requireNonNull(book, "book");
    return new WorkflowReader(CaseFileReader.forRuleBook(book));
  }

  /**
   * Reads a template file.
   *
   * @param file the file ({@code .yaml} or {@code .yml}: YAML; otherwise JSON)
   * @return the template
   * @throws WorkflowFileException listing every problem, also when the file cannot be read
   */
  public WorkflowTemplate read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new WorkflowFileException(List.of(new CaseFileProblem(file.toString(), 0, 0, "$",
            "the template is larger than " + MAX_BYTES + " bytes")));
      }
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new WorkflowFileException(List.of(new CaseFileProblem(file.toString(), 0, 0, "$",
          "the file is not UTF-8")));
    } catch (IOException e) {
      throw new WorkflowFileException(List.of(new CaseFileProblem(file.toString(), 0, 0, "$",
          "cannot read the file: " + e.getClass().getSimpleName())));
    }
    return read(file.toString(), text);
  }

  /**
   * Reads a template from text.
   *
   * @param source the input's name in messages; YAML when it ends in {@code .yaml} or {@code .yml}
   * @param text the text
   * @return the template
   * @throws WorkflowFileException listing every problem
   */
  public WorkflowTemplate read(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    String lower = source.toLowerCase(Locale.ROOT);
    ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    JsonNode root;
    Map<String, int[]> locations;
    try {
      root = mapper.readTree(body);
      locations = scan(mapper, body);
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
      int col = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
      throw new WorkflowFileException(List.of(new CaseFileProblem(source, line, col, "$",
          "not well-formed " + (mapper == YAML ? "YAML" : "JSON") + " (" + e.getClass().getSimpleName() + ")")));
    }
    if (root == null || !root.isObject()) {
      throw new WorkflowFileException(List.of(new CaseFileProblem(source, 1, 1, "$",
          "a workflow template is one object with \"name\", \"district\", \"student\", \"parties\" and \"steps\"")));
    }
    return new Session(source, locations).read((ObjectNode) root);
  }

  /** Records where each value starts, by JSON pointer. */
  static Map<String, int[]> scan(ObjectMapper mapper, String text) {
    Map<String, int[]> map = new HashMap<>();
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        TokenStreamLocation loc = p.currentTokenLocation();
        if (t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
          map.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
        }
      }
    }
    return map;
  }

  /** Returns the line and column of a JSON path's value, or of its nearest ancestor in the file. */
  static int[] find(Map<String, int[]> locations, String path) {
    String p = pointer(path);
    while (true) {
      int[] lc = locations.get(p);
      if (lc != null) {
        return lc;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  static String pointer(String path) {
    StringBuilder out = new StringBuilder();
    Matcher m = SEGMENT.matcher(path);
    int from = path.startsWith("$") ? 1 : 0;
    while (m.find(from) && m.start() == from) {
      String seg = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      out.append('/').append(seg.replace("~", "~0").replace("/", "~1"));
      from = m.end();
    }
    return out.toString();
  }

  /** The JSON path of a workflow problem's value. */
  static String pathOf(WorkflowProblem p, Step.Part part) {
    if (p.step() < 0) {
      return "$";
    }
    String step = "$.steps[" + p.step() + "]";
    return switch (p.field()) {
      case "id" -> step + ".id";
      case "from" -> step + ".from";
      case "plan" -> step + ".plan.from";
      case "offset" -> step + ".offset";
      default -> step + (part == Step.Part.DOCUMENT ? ".document.meeting"
          : part == Step.Part.RECORDING_NOTICE ? ".recordingNotice.meeting" : ".event");
    };
  }

  /** One reading of one template. */
  private final class Session {
    private final String source;
    private final Map<String, int[]> locations;
    private final List<CaseFileProblem> problems = new ArrayList<>();

    Session(String source, Map<String, int[]> locations) {
      this.source = source;
      this.locations = locations;
    }

    void problem(String path, String message) {
      int[] lc = find(locations, path);
      problems.add(new CaseFileProblem(source, lc[0], lc[1], path, message));
    }

    WorkflowTemplate read(ObjectNode root) {
      unknown(root, "$", TOP);
      String name = text(root, "$", "name", true).orElse("workflow");
      Optional<String> description = text(root, "$", "description", false);
      Optional<String> state = text(root, "$", "state", false);
      Workflow.Cadence cadence = Workflow.Cadence.DAY;
      LocalTime startTime = LocalTime.of(9, 0);
      JsonNode start = root.get("start");
      if (start != null) {
        if (!start.isObject()) {
          problem("$.start", "\"start\" must be an object {\"every\", \"at\"}");
        } else {
          unknown(start, "$.start", Set.of("every", "at"));
          Optional<String> every = text(start, "$.start", "every", false);
          if (every.isPresent()) {
            switch (every.get()) {
              case "day" -> cadence = Workflow.Cadence.DAY;
              case "business-day" -> cadence = Workflow.Cadence.BUSINESS_DAY;
              case "15m" -> cadence = Workflow.Cadence.QUARTER_HOUR;
              default -> problem("$.start.every", "\"every\" is not allowed as given; allowed: day, business-day, 15m");
            }
          }
          Optional<LocalTime> at = time(start, "$.start", "at");
          if (at.isPresent()) {
            startTime = at.get();
          }
        }
      }
      ObjectNode caseFile = JsonNodeFactory.instance.objectNode();
      caseFile.put("id", "workflow");
      caseFile.put("state", state.orElse("US"));
      for (String f : List.of("district", "student", "parties", "participants")) {
        if (root.has(f)) {
          caseFile.set(f, root.get(f));
        }
      }
      ArrayNode events = caseFile.putArray("events");
      List<int[]> eventOfStep = new ArrayList<>(); // event position -> step index
      Map<String, Integer> nested = new HashMap<>(); // "k/documents/d" -> step index
      List<Step> steps = new ArrayList<>();
      JsonNode stepsNode = root.get("steps");
      if (stepsNode == null || !stepsNode.isArray() || stepsNode.isEmpty()) {
        problem("$.steps", "\"steps\" is required: an array of at least one step");
      } else {
        Map<String, Integer> eventPos = new HashMap<>();
        Map<String, String> typeOfStep = new HashMap<>();
        for (int i = 0; i < stepsNode.size(); i++) {
          JsonNode s = stepsNode.get(i);
          JsonNode ev = s.get("event");
          if (s.isObject() && ev != null && ev.isObject() && s.get("id") != null && s.get("id").isString()) {
            typeOfStep.put(s.get("id").asString(), ev.path("type").asString(""));
          }
        }
        List<Integer> original = new ArrayList<>();
        for (int i = 0; i < stepsNode.size(); i++) {
          Step step = step(stepsNode.get(i), i, events, eventOfStep, eventPos, typeOfStep, nested);
          if (step != null) {
            steps.add(step);
            original.add(i);
          }
        }
        for (WorkflowProblem p : Workflow.stepProblems(steps)) {
          int k = Math.max(0, p.step());
          problem(pathOf(new WorkflowProblem(original.get(k), p.field(), p.message()), steps.get(k).part()),
              p.message());
        }
      }
      Case prototype = null;
      try {
        prototype = cases.read(source, JSON.writeValueAsString(caseFile), 1).aCase();
      } catch (CaseFileException e) {
        for (CaseFileProblem p : e.problems()) {
          String path = map(p.path(), eventOfStep, nested);
          problem(path, p.message().replace("\"events\"", "\"steps\""));
        }
      }
      if (!problems.isEmpty()) {
        throw new WorkflowFileException(sorted());
      }
      Case proto = Objects.requireNonNull(prototype, "read without problems");
      try {
        Workflow w = Workflow.of(name, proto, steps, cadence, startTime);
        return new WorkflowTemplate(source, w, state, description, locations);
      } catch (InvalidWorkflowException e) {
        for (WorkflowProblem p : e.problems()) {
          problem(pathOf(p, p.step() >= 0 ? steps.get(p.step()).part() : Step.Part.EVENT), p.message());
        }
        throw new WorkflowFileException(sorted());
      }
    }

    private List<CaseFileProblem> sorted() {
      List<CaseFileProblem> out = new ArrayList<>(new LinkedHashSet<>(problems));
      out.sort(Comparator.comparingInt(CaseFileProblem::line).thenComparingInt(CaseFileProblem::column));
      return out;
    }

    /** Maps a path of the synthetic case file back to the template. */
    private String map(String path, List<int[]> eventOfStep, Map<String, Integer> nested) {
      Matcher m = EVENT_PATH.matcher(path);
      if (!m.matches()) {
        return path;
      }
      int k = Integer.parseInt(m.group(1));
      String rest = m.group(2);
      Matcher n = NESTED.matcher(rest);
      if (n.matches()) {
        Integer j = nested.get(k + "/" + n.group(1) + "/" + n.group(2));
        if (j != null) {
          return "$.steps[" + j + "]." + (n.group(1).equals("documents") ? "document" : "recordingNotice") + n.group(3);
        }
      }
      return k < eventOfStep.size() ? "$.steps[" + eventOfStep.get(k)[0] + "].event" + rest : path;
    }

    private @Nullable Step step(JsonNode s, int i, ArrayNode events, List<int[]> eventOfStep,
        Map<String, Integer> eventPos, Map<String, String> typeOfStep, Map<String, Integer> nested) {
      String at = "$.steps[" + i + "]";
      if (!s.isObject()) {
        problem(at, "a step must be an object with \"id\" and one of \"event\", \"document\", \"recordingNotice\"");
        return null;
      }
      unknown(s, at, STEP);
      Optional<String> id = text(s, at, "id", true);
      if (id.isPresent() && (!ID.matcher(id.get()).matches() || id.get().equals("start"))) {
        problem(at + ".id", "a step id is a letter followed by up to 63 letters, digits, '_', '.', '-', and is not"
            + " \"start\"");
      }
      List<String> kinds = new ArrayList<>();
      for (String k : List.of("event", "document", "recordingNotice")) {
        if (s.has(k)) {
          kinds.add(k);
        }
      }
      if (kinds.size() != 1) {
        problem(at, "a step has exactly one of \"event\", \"document\", \"recordingNotice\"; this one has "
            + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
      }
      Optional<String> from = text(s, at, "from", false).filter(f -> !f.equals("start"));
      Offset offset = offset(s.get("offset"), at + ".offset");
      List<Adjustment> adjustments = adjustments(s.get("adjust"), at + ".adjust");
      Optional<Step.PlannedAs> plan = plan(s.get("plan"), at + ".plan");
      if (id.isEmpty() || kinds.size() != 1) {
        return null;
      }
      String sid = id.get();
      Step.Part part = Step.Part.EVENT;
      String event = sid;
      int index = 0;
      switch (kinds.get(0)) {
        case "event" -> {
          JsonNode ev = s.get("event");
          if (!ev.isObject()) {
            problem(at + ".event", "\"event\" must be an object: a case-file event without \"id\" and \"at\"");
            return new Step(sid, part, event, 0, from, offset, adjustments, plan);
          }
          for (String f : List.of("id", "at")) {
            if (ev.has(f)) {
              problem(at + ".event." + f, "an event of a step has no \"" + f + "\": the step gives "
                  + (f.equals("id") ? "its id" : "its instant"));
            }
          }
          ObjectNode copy = ((ObjectNode) ev).deepCopy();
          copy.put("id", sid);
          copy.put("at", PLACEHOLDER);
          eventPos.put(sid, events.size());
          eventOfStep.add(new int[] {i});
          events.add(copy);
        }
        default -> {
          boolean doc = kinds.get(0).equals("document");
          part = doc ? Step.Part.DOCUMENT : Step.Part.RECORDING_NOTICE;
          String p = at + "." + kinds.get(0);
          JsonNode d = s.get(kinds.get(0));
          if (!d.isObject()) {
            problem(p, "\"" + kinds.get(0) + "\" must be an object");
            return null;
          }
          unknown(d, p, doc ? Set.of("meeting", "kind", "sentBy", "markedDraft") : Set.of("meeting", "by"));
          Optional<String> meeting = text(d, p, "meeting", true);
          if (meeting.isEmpty()) {
            return null;
          }
          event = meeting.get();
          Integer pos = eventPos.get(meeting.get());
          if (!"meeting".equals(typeOfStep.get(meeting.get()))) {
            problem(p + ".meeting", "'" + meeting.get() + "' is not the id of a step whose event is a meeting"
                + (typeOfStep.containsKey(meeting.get()) ? "" : " (unknown step)"));
            return new Step(sid, part, event, 0, from, offset, adjustments, plan);
          }
          if (pos == null) {
            problem(p + ".meeting", "the meeting step '" + meeting.get() + "' must come before this step");
            return new Step(sid, part, event, 0, from, offset, adjustments, plan);
          }
          ObjectNode m = (ObjectNode) events.get(pos);
          String list = doc ? "documents" : "recordingNotices";
          JsonNode existing = m.get(list);
          ArrayNode arr = existing != null && existing.isArray() ? (ArrayNode) existing : m.putArray(list);
          ObjectNode item = ((ObjectNode) d).deepCopy();
          item.remove("meeting");
          item.put(doc ? "sentAt" : "givenAt", PLACEHOLDER);
          index = arr.size();
          nested.put(pos + "/" + list + "/" + index, i);
          arr.add(item);
        }
      }
      return new Step(sid, part, event, index, from, offset, adjustments, plan);
    }

    private Offset offset(@Nullable JsonNode o, String at) {
      if (o == null) {
        return Offset.ZERO;
      }
      if (!o.isObject()) {
        problem(at, "\"offset\" must be an object {\"amount\", \"unit\"}");
        return Offset.ZERO;
      }
      unknown(o, at, Set.of("amount", "unit"));
      JsonNode a = o.get("amount");
      int amount = 0;
      if (a == null || !a.isIntegralNumber() || !a.canConvertToInt() || Math.abs(a.asLong()) > MAX_AMOUNT) {
        problem(at + ".amount", "\"amount\" is required: a whole number from -" + MAX_AMOUNT + " to " + MAX_AMOUNT
            + " (negative: backward)");
      } else {
        amount = a.asInt();
      }
      Offset.Unit unit = enumValue(o, at, "unit", Offset.Unit.class, true).orElse(Offset.Unit.CALENDAR_DAYS);
      return new Offset(amount, unit);
    }

    private List<Adjustment> adjustments(@Nullable JsonNode a, String at) {
      if (a == null) {
        return List.of();
      }
      if (!a.isArray()) {
        problem(at, "\"adjust\" must be an array of adjustments");
        return List.of();
      }
      List<Adjustment> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        JsonNode x = a.get(i);
        String p = at + "[" + i + "]";
        if (!x.isObject()) {
          problem(p, "an adjustment is an object {\"type\", \"time\"?}");
          continue;
        }
        unknown(x, p, Set.of("type", "time"));
        Optional<Adjustment.Kind> kind = enumValue(x, p, "type", Adjustment.Kind.class, true);
        Optional<LocalTime> time = time(x, p, "time");
        if (kind.isEmpty()) {
          continue;
        }
        boolean needs = kind.get() == Adjustment.Kind.TIME_OF_DAY || kind.get() == Adjustment.Kind.NOT_BEFORE;
        if (needs && time.isEmpty()) {
          if (!x.has("time")) {
            problem(p, kind.get() + " needs a \"time\" (HH:MM)");
          }
        } else if (!needs && x.has("time")) {
          problem(p + ".time", kind.get() + " takes no \"time\"");
        } else {
          out.add(new Adjustment(kind.get(), needs ? time : Optional.empty()));
        }
      }
      return out;
    }

    private Optional<Step.PlannedAs> plan(@Nullable JsonNode p, String at) {
      if (p == null) {
        return Optional.empty();
      }
      if (!p.isObject()) {
        problem(at, "\"plan\" must be an object {\"act\", \"from\"}");
        return Optional.empty();
      }
      unknown(p, at, Set.of("act", "from"));
      Optional<ProposedAct> act = enumValue(p, at, "act", ProposedAct.class, true);
      Optional<String> from = text(p, at, "from", true);
      return act.isPresent() && from.isPresent() ? Optional.of(new Step.PlannedAs(act.get(), from.get()))
          : Optional.empty();
    }

    private Optional<LocalTime> time(JsonNode o, String at, String field) {
      JsonNode v = o.get(field);
      if (v == null) {
        return Optional.empty();
      }
      if (v.isString() && v.asString().matches("\\d{2}:\\d{2}")) {
        try {
          return Optional.of(LocalTime.parse(v.asString()));
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      problem(at + "." + field, "\"" + field + "\" must be a time of day HH:MM, from 00:00 to 23:59");
      return Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> enumValue(JsonNode o, String at, String field, Class<E> type,
        boolean required) {
      JsonNode v = o.get(field);
      String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      if (v == null) {
        if (required) {
          problem(at, "\"" + field + "\" is required; allowed: " + allowed);
        }
        return Optional.empty();
      }
      if (v.isString()) {
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(v.asString())) {
            return Optional.of(e);
          }
        }
      }
      String shown = v.isString() && v.asString().matches("[A-Z][A-Z0-9_]{0,39}") ? "'" + v.asString() + "'" : "the value";
      problem(at + "." + field, shown + " is not allowed in \"" + field + "\"; allowed: " + allowed);
      return Optional.empty();
    }

    private Optional<String> text(JsonNode o, String at, String field, boolean required) {
      JsonNode v = o.get(field);
      if (v == null) {
        if (required) {
          problem(at, "\"" + field + "\" is required");
        }
        return Optional.empty();
      }
      if (!v.isString() || v.asString().isBlank() || v.asString().length() > 10_000) {
        problem(at + "." + field, "\"" + field + "\" must be a non-empty string of at most 10,000 characters");
        return Optional.empty();
      }
      return Optional.of(v.asString());
    }

    private void unknown(JsonNode o, String at, Set<String> allowed) {
      for (String name : o.propertyNames()) {
        if (!allowed.contains(name)) {
          boolean plain = name.matches("[A-Za-z_$][A-Za-z0-9_$]{0,39}");
          problem(at + (plain ? "." + name : "['?']"), "unknown field" + (plain ? " \"" + name + "\"" : "")
              + "; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
        }
      }
    }
  }
}
