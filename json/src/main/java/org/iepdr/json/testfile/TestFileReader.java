package org.iepdr.json.testfile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.iepdr.core.conformance.Expectation;
import org.iepdr.core.conformance.TestCase;
import org.iepdr.core.conformance.TestCaseScenario;
import org.iepdr.core.conformance.TestRun;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.rules.DeadlineOutcome;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads test files ({@code docs/test-files.md}): JSON ({@code .json}) or YAML ({@code .yaml},
 * {@code .yml}), each holding one or more test cases, every case inline or by the path of a case file
 * (relative to the test file), with its expectations.
 *
 * <p>Every problem of a file is reported at once in one {@link TestFileException}, each with the file,
 * line, column and JSON path of the value at fault: malformed JSON or YAML, a missing or unknown field,
 * a value of the wrong type, an enum value that is not allowed (listing the allowed ones), an unknown
 * rule ID in an expectation (one the case's state has no rule for), an event an expectation names that
 * the case does not have, a duplicated test name, and every problem of an inline case or of a case file
 * it names.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class TestFileReader {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Pattern PATH_PART = Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$]*)|\\[(\\d+)]");
  private static final Set<String> TOP = Set.of("$schema", "name", "description", "source", "cases");
  private static final Set<String> CASE = Set.of("name", "description", "rule", "scenario", "source", "case",
      "caseFile", "asOf", "expect");
  private static final Set<String> EXPECT = Set.of("findings", "noFindings", "deadlines", "nextSteps",
      "noNextSteps");
  private static final Set<String> FINDING = Set.of("rule", "kind", "events", "key");
  private static final Set<String> DEADLINE = Set.of("rule", "trigger", "due", "earliest", "latest", "outcome");

  private final RuleBook book;
  private final CaseFileReader caseReader;

  private TestFileReader(RuleBook book) {
    this.book = book;
    this.caseReader = CaseFileReader.forRuleBook(book);
  }

  /**
   * Creates a reader that checks rule IDs and reads cases with a rule book.
   *
   * @param book the rules
   * @return the reader
   */
  public static TestFileReader forRuleBook(RuleBook book) {
    return new TestFileReader(Objects.requireNonNull(book, "book"));
  }

  /**
   * Returns whether a path names a test file by its name: {@code *.test.json}, {@code *.test.yaml} or
   * {@code *.test.yml} (how a directory's test files are told from the case files next to them).
   *
   * @param file the path
   * @return true for a test file's name
   */
  public static boolean isTestFileName(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString();
    return n.endsWith(".test.json") || n.endsWith(".test.yaml") || n.endsWith(".test.yml");
  }

  /**
   * Reads a test file: YAML when its name ends in {@code .yaml} or {@code .yml}, else JSON.
   *
   * @param file the file
   * @return the test file
   * @throws TestFileException listing every problem of the file and of the case files it names
   */
  public TestFile read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new TestFileException(List.of(new CaseFileProblem(file.toString(), 0, 0, "$",
          "invalid UTF-8; a test file must be UTF-8")));
    } catch (IOException e) {
      throw new TestFileException(List.of(new CaseFileProblem(file.toString(), 0, 0, "$",
          "cannot read the file: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
    String n = String.valueOf(file.getFileName());
    boolean yaml = n.endsWith(".yaml") || n.endsWith(".yml");
    Path dir = file.toAbsolutePath().getParent();
    return read(file.toString(), text, yaml, dir == null ? Path.of(".") : dir);
  }

  /**
   * Reads a test file from text.
   *
   * @param source a name for the file in messages
   * @param text the JSON or YAML text
   * @param yaml true for YAML, false for JSON
   * @param baseDirectory the directory a {@code "caseFile"} path is relative to
   * @return the test file
   * @throws TestFileException listing every problem
   */
  public TestFile read(String source, String text, boolean yaml, Path baseDirectory) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ObjectMapper mapper = yaml ? YAML : JSON;
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
      int col = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
      throw new TestFileException(List.of(new CaseFileProblem(source, line, col, "$",
          "not well-formed " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage())));
    }
    Session s = new Session(source, locations(mapper, body), baseDirectory);
    return s.readFile(root);
  }

  private static Map<String, int[]> locations(ObjectMapper mapper, String text) {
    Map<String, int[]> map = new HashMap<>();
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
          TokenStreamLocation loc = p.currentTokenLocation();
          map.putIfAbsent(p.streamReadContext().pathAsPointer().toString(),
              new int[] {loc.getLineNr(), loc.getColumnNr()});
        }
      }
    } catch (JacksonException e) {
      // parsed once already; without locations a problem is reported at line 0
    }
    return map;
  }

  /** A place in the document: its JSON path (for people) and its JSON pointer (for locations). */
  private record Where(String path, String pointer) {
    Where child(String name) {
      return new Where(path + "." + name, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    Where index(int i) {
      return new Where(path + "[" + i + "]", pointer + "/" + i);
    }
  }

  /** One read of one file. */
  private final class Session {
    private final String source;
    private final Map<String, int[]> locations;
    private final Path base;
    private final List<CaseFileProblem> problems = new ArrayList<>();

    Session(String source, Map<String, int[]> locations, Path base) {
      this.source = source;
      this.locations = locations;
      this.base = base;
    }

    int[] at(String pointer) {
      String p = pointer;
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

    void problem(Where w, String message) {
      int[] lc = at(w.pointer());
      problems.add(new CaseFileProblem(source, lc[0], lc[1], w.path(), message));
    }

    String where(Where w) {
      return source + ":" + at(w.pointer())[0] + " " + w.path();
    }

    void fields(JsonNode node, Where w, Set<String> allowed) {
      for (String name : node.propertyNames()) {
        if (!allowed.contains(name)) {
          problem(w.child(name), "unknown field '" + name + "'; allowed here: " + String.join(", ",
              allowed.stream().sorted().toList()));
        }
      }
    }

    Optional<String> string(JsonNode parent, Where w, String field, boolean required) {
      JsonNode v = parent.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problem(w, "missing field '" + field + "'");
        }
        return Optional.empty();
      }
      if (!v.isString() || v.asString().isBlank()) {
        problem(w.child(field), "'" + field + "' must be a non-empty string");
        return Optional.empty();
      }
      return Optional.of(v.asString());
    }

    <E extends Enum<E>> Optional<E> enumValue(JsonNode parent, Where w, String field, Class<E> type,
        Function<E, String> written) {
      Optional<String> s = string(parent, w, field, false);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      for (E e : type.getEnumConstants()) {
        if (written.apply(e).equals(s.get())) {
          return Optional.of(e);
        }
      }
      problem(w.child(field), "'" + field + "' is '" + clip(s.get()) + "'; allowed: " + String.join(", ",
          Arrays.stream(type.getEnumConstants()).map(written).toList()));
      return Optional.empty();
    }

    Optional<LocalDate> date(JsonNode parent, Where w, String field) {
      Optional<String> s = string(parent, w, field, false);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(s.get()));
      } catch (DateTimeParseException e) {
        problem(w.child(field), "'" + field + "' is '" + clip(s.get()) + "'; give a date as YYYY-MM-DD");
        return Optional.empty();
      }
    }

    List<String> strings(JsonNode parent, Where w, String field) {
      JsonNode v = parent.get(field);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        problem(w.child(field), "'" + field + "' must be an array of strings");
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isString()) {
          problem(w.child(field).index(i), "must be a string");
        } else {
          out.add(v.get(i).asString());
        }
      }
      return out;
    }

    List<JsonNode> array(JsonNode parent, Where w, String field) {
      JsonNode v = parent.get(field);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        problem(w.child(field), "'" + field + "' must be an array");
        return List.of();
      }
      List<JsonNode> out = new ArrayList<>();
      v.forEach(out::add);
      return out;
    }

    TestFile readFile(JsonNode root) {
      Where top = new Where("$", "");
      if (!root.isObject()) {
        problem(top, "a test file is one object with a 'cases' array");
        throw failure();
      }
      fields(root, top, TOP);
      Optional<String> name = string(root, top, "name", false);
      string(root, top, "description", false);
      Optional<String> fileSource = string(root, top, "source", false);
      JsonNode cases = root.get("cases");
      List<TestCase> out = new ArrayList<>();
      if (cases == null || !cases.isArray() || cases.isEmpty()) {
        problem(cases == null ? top : top.child("cases"), cases == null ? "missing field 'cases'"
            : "'cases' must be a non-empty array of test cases");
      } else {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
          readCase(cases.get(i), top.child("cases").index(i), fileSource, names).ifPresent(out::add);
        }
      }
      if (!problems.isEmpty()) {
        throw failure();
      }
      Path fn = Path.of(source).getFileName();
      return new TestFile(source, name.orElse(fn == null ? source : fn.toString()), fileSource, out);
    }

    TestFileException failure() {
      List<CaseFileProblem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
      sorted.sort(Comparator.comparing((CaseFileProblem p) -> p.source().equals(source) ? 0 : 1)
          .thenComparing(CaseFileProblem::source).thenComparingInt(CaseFileProblem::line)
          .thenComparingInt(CaseFileProblem::column));
      return new TestFileException(sorted);
    }

    Optional<TestCase> readCase(JsonNode node, Where w, Optional<String> fileSource, Set<String> names) {
      if (!node.isObject()) {
        problem(w, "a test case must be an object with 'name', 'case' or 'caseFile', and 'expect'");
        return Optional.empty();
      }
      int before = problems.size();
      fields(node, w, CASE);
      Optional<String> name = string(node, w, "name", true);
      name.ifPresent(n -> {
        if (!names.add(n)) {
          problem(w.child("name"), "a second test named '" + clip(n) + "'; names must be unique in a file");
        }
      });
      string(node, w, "description", false);
      Optional<String> rule = string(node, w, "rule", false);
      Optional<TestCaseScenario> scenario = enumValue(node, w, "scenario", TestCaseScenario.class,
          TestCaseScenario::fileName);
      Optional<String> caseSource = string(node, w, "source", false);
      Optional<LocalDate> asOf = date(node, w, "asOf");
      Optional<Case> aCase = readCaseOf(node, w);
      // the state whose rules the expectations may name: the case's, or an inline case's "state" when the
      // case has problems of its own (so that an unknown rule ID is reported with them)
      JsonNode inlineState = node.path("case").path("state");
      Optional<String> state = aCase.map(Case::state)
          .or(() -> inlineState.isString() ? Optional.of(inlineState.asString()) : Optional.empty());
      Set<String> known = state.map(st -> TestRun.knownRuleIds(book, st)).orElse(Set.of());
      Set<String> events = new HashSet<>();
      aCase.ifPresent(c -> c.events().stream().map(CaseEvent::id).forEach(events::add));
      rule.ifPresent(r -> checkRule(r, w.child("rule"), known, state));
      List<Expectation> expectations = new ArrayList<>();
      JsonNode expect = node.get("expect");
      if (expect == null || !expect.isObject()) {
        problem(expect == null ? w : w.child("expect"), expect == null ? "missing field 'expect'"
            : "'expect' must be an object (findings, noFindings, deadlines, nextSteps, noNextSteps)");
      } else {
        Where e = w.child("expect");
        fields(expect, e, EXPECT);
        List<JsonNode> fs = array(expect, e, "findings");
        for (int i = 0; i < fs.size(); i++) {
          Where fw = e.child("findings").index(i);
          pattern(fs.get(i), fw, known, state, aCase, events)
              .ifPresent(p -> expectations.add(new Expectation.FindingPresent(where(fw), p)));
        }
        List<JsonNode> nfs = array(expect, e, "noFindings");
        for (int i = 0; i < nfs.size(); i++) {
          Where fw = e.child("noFindings").index(i);
          pattern(nfs.get(i), fw, known, state, aCase, events)
              .ifPresent(p -> expectations.add(new Expectation.FindingAbsent(where(fw), p)));
        }
        List<JsonNode> ds = array(expect, e, "deadlines");
        for (int i = 0; i < ds.size(); i++) {
          deadline(ds.get(i), e.child("deadlines").index(i), known, state, aCase, events).ifPresent(expectations::add);
        }
        for (String field : List.of("nextSteps", "noNextSteps")) {
          List<String> steps = strings(expect, e, field);
          for (int i = 0; i < steps.size(); i++) {
            Where sw = e.child(field).index(i);
            try {
              expectations.add(new Expectation.NextStepExpected(where(sw), DisputeProcess.valueOf(steps.get(i)),
                  field.equals("nextSteps")));
            } catch (IllegalArgumentException ex) {
              problem(sw, "'" + clip(steps.get(i)) + "' is not a process; allowed: "
                  + Arrays.stream(DisputeProcess.values()).map(Enum::name).toList());
            }
          }
        }
        if (expect.isEmpty()) {
          problem(e, "'expect' states nothing; give at least one finding, absent finding, deadline or next step");
        }
      }
      if (problems.size() != before || aCase.isEmpty() || name.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new TestCase(name.get(), where(w), aCase.get(), asOf, rule, scenario,
          caseSource.or(() -> fileSource), expectations));
    }

    boolean checkRule(String rule, Where w, Set<String> known, Optional<String> state) {
      if (state.isEmpty() || known.isEmpty() || known.contains(rule)) {
        return true;
      }
      problem(w, "unknown rule ID '" + clip(rule) + "' for a case of " + clip(state.get())
          + "; see `iepdr rules --state " + clip(state.get()) + "` for the rule IDs");
      return false;
    }

    void checkEvents(List<String> ids, Where w, Set<String> events, Optional<Case> aCase) {
      if (aCase.isEmpty()) {
        return;
      }
      for (int i = 0; i < ids.size(); i++) {
        if (!events.contains(ids.get(i))) {
          problem(w.index(i), "the case has no event '" + clip(ids.get(i)) + "'");
        }
      }
    }

    Optional<Expectation.FindingPattern> pattern(JsonNode node, Where w, Set<String> known, Optional<String> state,
        Optional<Case> aCase, Set<String> events) {
      if (!node.isObject()) {
        problem(w, "a finding expectation must be an object with 'rule' (and optionally kind, events, key)");
        return Optional.empty();
      }
      int before = problems.size();
      fields(node, w, FINDING);
      Optional<String> rule = string(node, w, "rule", true);
      rule.ifPresent(r -> checkRule(r, w.child("rule"), known, state));
      Optional<FindingKind> kind = enumValue(node, w, "kind", FindingKind.class, Enum::name);
      List<String> evs = strings(node, w, "events");
      checkEvents(evs, w.child("events"), events, aCase);
      Optional<String> key = string(node, w, "key", false);
      if (problems.size() != before || rule.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Expectation.FindingPattern(rule.get(), kind, evs, key));
    }

    Optional<Expectation> deadline(JsonNode node, Where w, Set<String> known, Optional<String> state,
        Optional<Case> aCase, Set<String> events) {
      if (!node.isObject()) {
        problem(w, "a deadline expectation must be an object with 'rule' (and optionally trigger, due, earliest,"
            + " latest, outcome)");
        return Optional.empty();
      }
      int before = problems.size();
      fields(node, w, DEADLINE);
      Optional<String> rule = string(node, w, "rule", true);
      rule.ifPresent(r -> checkRule(r, w.child("rule"), known, state));
      Optional<String> trigger = string(node, w, "trigger", false);
      trigger.ifPresent(t -> checkEvents(List.of(t), new Where(w.child("trigger").path(), w.child("trigger").pointer())
          .child("0"), events, aCase));
      Optional<LocalDate> due = date(node, w, "due");
      Optional<LocalDate> earliest = date(node, w, "earliest");
      Optional<LocalDate> latest = date(node, w, "latest");
      Optional<DeadlineOutcome> outcome = enumValue(node, w, "outcome", DeadlineOutcome.class, Enum::name);
      if (problems.size() != before || rule.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Expectation.DeadlineExpected(where(w), rule.get(), trigger, due, earliest, latest,
          outcome));
    }

    Optional<Case> readCaseOf(JsonNode node, Where w) {
      JsonNode inline = node.get("case");
      JsonNode file = node.get("caseFile");
      if ((inline == null) == (file == null)) {
        problem(w, inline == null ? "give the case: 'case' (inline) or 'caseFile' (a path)"
            : "give either 'case' or 'caseFile', not both");
        return Optional.empty();
      }
      if (file != null) {
        Optional<String> p = string(node, w, "caseFile", true);
        if (p.isEmpty()) {
          return Optional.empty();
        }
        Path path = base.resolve(p.get()).normalize();
        if (!Files.isRegularFile(path)) {
          problem(w.child("caseFile"), "no case file at '" + clip(p.get()) + "' (relative to the test file's"
              + " directory)");
          return Optional.empty();
        }
        try {
          return Optional.of(caseReader.read(path).aCase());
        } catch (CaseFileException e) {
          problems.addAll(e.problems());
          problem(w.child("caseFile"), "the case file '" + clip(p.get()) + "' has " + e.problems().size()
              + " problem" + (e.problems().size() == 1 ? "" : "s") + " (listed with its name)");
          return Optional.empty();
        }
      }
      Where cw = w.child("case");
      if (!inline.isObject()) {
        problem(cw, "'case' must be an object: a case in the case-file format (docs/case-file.md)");
        return Optional.empty();
      }
      try {
        CaseFile cf = caseReader.read(source, JSON.writeValueAsString(inline), 1);
        return Optional.of(cf.aCase());
      } catch (CaseFileException e) {
        for (CaseFileProblem p : e.problems()) {
          Where pw = inner(cw, p.path());
          int[] lc = at(pw.pointer());
          problems.add(new CaseFileProblem(source, lc[0], lc[1], pw.path(), p.message()));
        }
        return Optional.empty();
      }
    }

    /** The place in this file of a problem an inline case has at a path of its own ({@code $.events[2].at}). */
    Where inner(Where caseWhere, String path) {
      Where w = caseWhere;
      Matcher m = PATH_PART.matcher(path);
      int at = 1;
      while (path.startsWith("$") && m.find(at) && m.start() == at) {
        w = m.group(1) != null ? w.child(m.group(1)) : w.index(Integer.parseInt(m.group(2)));
        at = m.end();
      }
      if (at < path.length()) {
        // a part the pattern does not read (a quoted name): keep the text, locate the part read
        return new Where(w.path() + path.substring(at), w.pointer());
      }
      return w;
    }
  }

  private static String clip(String s) {
    String t = s.length() > 80 ? s.substring(0, 80) + "..." : s;
    StringBuilder sb = new StringBuilder();
    t.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
