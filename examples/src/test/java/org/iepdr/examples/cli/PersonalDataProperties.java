package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A student's name or birth date never leaves through an error: names drawn from a marker alphabet
 * (letters the tool never prints) and birth dates in years the tool never prints (1901 to 1949: the
 * calendars cover 2000 to 2100, the rules' dates are later still), valid and malformed, quoted and not,
 * in their place and out of it, in files built from every bundled case. Neither the value nor its
 * JSON-escaped form appears in the reader's problems, nor in the output or error stream of {@code check}
 * (text, json, markdown), {@code batch} or {@code due} (text, json and its iCalendar file), with and without
 * {@code --verbose}.
 *
 * <p>Values are not put where the tool echoes a value by design: an id (it names a case, a party or an
 * event in every report) or a well-formed date-time in an event (a report shows the dates of the facts).
 */
class PersonalDataProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String UPPER = "ÞÐŊǷȜ";
  private static final String LOWER = "þðŋƿȝ";
  private static final String RAW = "@@RAW@@";
  private static final List<String> BASES = bases();
  private static Path dir;
  private static int counter;

  @BeforeContainer
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("iepdr-personal");
  }

  @AfterContainer
  static void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  static List<String> bases() {
    try (Stream<Path> s = Files.list(Path.of("cases"))) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(Files.readString(p));
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Where the personal value goes. */
  enum Place {
    NAME_IN_PLACE, BIRTH_IN_PLACE, BIRTH_MALFORMED_IN_PLACE, NAME_UNQUOTED, BIRTH_UNQUOTED, STUDENT_IS_THE_NAME,
    NAME_IN_UNKNOWN_FIELD, NAME_AS_A_FIELD_NAME, NAME_AS_A_ROLE, NAME_AS_A_ZONE, NAME_AS_A_STATE, NAME_AS_AN_EVENT_TYPE,
    NAME_AS_A_DATE, BIRTH_AS_AS_OF, BIRTH_AS_AN_EVENT_TIME, BIRTH_AS_A_NESTED_TIME, NAME_AS_A_BOOLEAN,
    STRAY_NAME_TOKEN, NAME_AS_A_NUMBERED_BIRTH
  }

  /** How a birth date is written. */
  enum Form {
    ISO, US, US_SHORT, LONG, DOTTED, DIGITS, ISO_WITH_TIME;

    String format(LocalDate d) {
      return switch (this) {
        case ISO -> d.toString();
        case US -> d.format(DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT));
        case US_SHORT -> d.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT));
        case LONG -> d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ROOT));
        case DOTTED -> d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT));
        case DIGITS -> d.format(DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT));
        case ISO_WITH_TIME -> d + "T00:00";
      };
    }
  }

  record Personal(String given, String family, LocalDate birth, Form form, Place place, int base) {
    String name() {
      return given + " " + family;
    }

    List<String> secrets() {
      List<String> s = new ArrayList<>(List.of(name(), given, family, birth.toString(), form.format(birth)));
      for (Form f : Form.values()) {
        if (f != Form.DIGITS) {
          s.add(f.format(birth));
        }
      }
      s.add(escaped(given));
      s.add(escaped(family));
      s.add(escaped(given).toUpperCase(Locale.ROOT));
      s.add(escaped(family).toUpperCase(Locale.ROOT));
      return s;
    }
  }

  static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 0x80 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return b.toString();
  }

  static Arbitrary<String> word() {
    return Combinators.combine(Arbitraries.of(UPPER.chars().mapToObj(c -> (char) c).toList()),
        Arbitraries.strings().withChars(LOWER.toCharArray()).ofMinLength(3).ofMaxLength(8))
        .as((u, rest) -> u + rest);
  }

  @Provide
  Arbitrary<Personal> personal() {
    Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 49 * 365 - 1)
        .map(d -> LocalDate.of(1901, 1, 1).plusDays(d));
    return Combinators.combine(word(), word(), births, Arbitraries.of(Form.class), Arbitraries.of(Place.class),
        Arbitraries.integers().between(0, BASES.size() - 1)).as(Personal::new);
  }

  /** The file with the personal value placed; RAW stands for a value written without quotes. */
  static String place(Personal p, boolean pretty) {
    ObjectNode root = (ObjectNode) MAPPER.readTree(BASES.get(p.base()));
    ObjectNode student = (ObjectNode) root.get("student");
    ObjectNode event = (ObjectNode) root.get("events").get(0);
    String birth = p.form().format(p.birth());
    String raw = null;
    switch (p.place()) {
      case NAME_IN_PLACE -> student.put("name", p.name());
      case BIRTH_IN_PLACE -> student.put("birthDate", p.birth().toString());
      case BIRTH_MALFORMED_IN_PLACE -> student.put("birthDate", p.form() == Form.ISO ? birth + "x" : birth);
      case NAME_UNQUOTED -> {
        student.put("name", RAW);
        raw = p.name();
      }
      case BIRTH_UNQUOTED -> {
        student.put("birthDate", RAW);
        raw = birth;
      }
      case STUDENT_IS_THE_NAME -> root.put("student", p.name());
      case NAME_IN_UNKNOWN_FIELD -> student.put("nickname", p.name());
      case NAME_AS_A_FIELD_NAME -> student.put(p.name(), 1);
      case NAME_AS_A_ROLE -> ((ObjectNode) root.get("parties").get(0)).put("role", p.name());
      case NAME_AS_A_ZONE -> root.put("zone", p.name());
      case NAME_AS_A_STATE -> root.put("state", p.name());
      case NAME_AS_AN_EVENT_TYPE -> event.put("type", p.name());
      case NAME_AS_A_DATE -> root.put("asOf", p.name());
      case BIRTH_AS_AS_OF -> root.put("asOf", p.form() == Form.ISO ? birth + "T12:00" : birth);
      case BIRTH_AS_AN_EVENT_TIME -> event.put("at", p.form() == Form.ISO_WITH_TIME ? p.birth().toString() : birth);
      case BIRTH_AS_A_NESTED_TIME -> {
        ObjectNode meeting = MAPPER.createObjectNode();
        meeting.put("type", "meeting").put("id", "m-personal").put("at", event.get("at").asString()).put("kind", "IEP");
        meeting.putArray("documents").addObject().put("kind", "DRAFT_IEP")
            .put("sentAt", p.form() == Form.ISO_WITH_TIME ? p.birth().toString() : birth);
        ((ArrayNode) root.get("events")).add(meeting);
      }
      case NAME_AS_A_BOOLEAN -> {
        student.put("name", RAW);
        raw = p.given();
      }
      case STRAY_NAME_TOKEN -> {
        root.put("zzz", RAW);
        raw = "[" + p.name() + "]";
      }
      case NAME_AS_A_NUMBERED_BIRTH -> {
        student.put("birthDate", RAW);
        raw = Form.DIGITS.format(p.birth());
      }
      default -> throw new AssertionError(p.place());
    }
    String text = pretty ? root.toPrettyString() : root.toString();
    return raw == null ? text : text.replace("\"" + RAW + "\"", raw);
  }

  @Property(tries = 120)
  void noNameOrBirthDateLeavesThroughTheReaderOrAnyCommand(@ForAll("personal") Personal p) throws IOException {
    List<String> texts = new ArrayList<>();
    String file = place(p, true);
    try {
      CaseFileReader.forRuleBook(Cli.BOOK).read("t.json", file, 1);
    } catch (CaseFileException e) {
      texts.add(e.getMessage());
      e.problems().forEach(x -> texts.add(x.path() + " " + x.message()));
    }
    Path check = dir.resolve("case-" + counter + ".json");
    Path batch = dir.resolve("cases-" + counter++ + ".jsonl");
    Files.writeString(check, file, StandardCharsets.UTF_8);
    Files.writeString(batch, BASES.get(0).replace("\n", " ") + "\n" + place(p, false) + "\n", StandardCharsets.UTF_8);
    for (String verbose : List.of("", "--verbose")) {
      for (String format : List.of("text", "json", "markdown")) {
        texts.addAll(run(verbose, "check", check.toString(), "--format", format));
      }
      texts.addAll(run(verbose, "batch", "--no-progress", batch.toString()));
      Path ics = dir.resolve("due-" + counter + ".ics");
      texts.addAll(run(verbose, "due", "--from", "2026-03-02", "--to", "2026-12-31", batch.toString(), "--ics",
          ics.toString()));
      texts.addAll(run(verbose, "due", "--from", "2026-03-02", "--to", "2026-12-31", batch.toString(), "--json"));
      if (Files.exists(ics)) {
        texts.add(Files.readString(ics, StandardCharsets.UTF_8));
        Files.delete(ics);
      }
    }
    for (String text : texts) {
      for (String secret : p.secrets()) {
        assertThat(text).as("%s in %s", p, text).doesNotContain(secret);
      }
    }
  }

  static List<String> run(String verbose, String... args) {
    List<String> all = new ArrayList<>();
    if (!verbose.isEmpty()) {
      all.add(verbose);
    }
    all.addAll(List.of(args));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.code()).as("%s: %s", all, r.err()).isNotEqualTo(3);
    return List.of(r.out(), r.err());
  }

  @Property(tries = 30)
  void aPropertyFileReadsWhereThePersonalValueIsValidAndInPlace(@ForAll("personal") Personal p) {
    // the generator itself: a name or ISO birth date in its place is read, so the property above tests
    // the reports of an evaluation and not only error messages
    Personal inPlace = new Personal(p.given(), p.family(), p.birth(), Form.ISO,
        p.base() % 2 == 0 ? Place.NAME_IN_PLACE : Place.BIRTH_IN_PLACE, p.base());
    JsonNode unused = MAPPER.readTree(place(inPlace, true));
    assertThat(unused.isObject()).isTrue();
    assertThat(CaseFileReader.forRuleBook(Cli.BOOK).read("t.json", place(inPlace, true), 1).aCase().student().name()
        .isPresent() || inPlace.place() == Place.BIRTH_IN_PLACE).isTrue();
  }
}
