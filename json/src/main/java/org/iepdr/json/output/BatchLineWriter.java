package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Closeable;
import java.io.Flushable;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ClockChange;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.NotApplicable;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.time.LastDayRule;
import org.iepdr.json.casefile.CaseFileProblem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the lines of {@code iepdr batch} (JSON Lines) straight to a {@link Writer} with Jackson's
 * streaming generator: the same bytes as {@link BatchLineJson}'s trees written with
 * {@link JsonOutput#line}, each line followed by a line end, without building a tree per line.
 *
 * <p>What repeats from line to line is prepared once: the member names are escaped once (static
 * {@link SerializedString}s), the rule-set fingerprint is the jurisdiction's (computed once), and each
 * citation (shared by every finding of its rule) is serialised once per writer and then copied.
 * Messages are rendered per finding and deadline: their facts (dates, ids, counts) differ from case to
 * case.
 *
 * <p>Implementation Requirements: not thread-safe; use one writer per thread (the batch writes each
 * chunk of lines with its own writer into its own buffer).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class BatchLineWriter implements Flushable, Closeable {

  /**
   * The generator's configuration: that of {@link tools.jackson.databind.JsonNode#toString()}, which
   * {@link JsonOutput#line} uses (a default mapper, compact), without a separator between root values
   * (each line ends with the line end instead).
   */
  private static final ObjectWriter WRITER = new JsonMapper().writer().withRootValueSeparator("");

  private static final SerializableString SCHEMA_VERSION = new SerializedString("schemaVersion");
  private static final SerializableString LIBRARY_VERSION = new SerializedString("libraryVersion");
  private static final SerializableString RULE_SET_FINGERPRINT = new SerializedString("ruleSetFingerprint");
  private static final SerializableString LANGUAGE = new SerializedString("language");
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString CASE_ID = new SerializedString("caseId");
  private static final SerializableString JURISDICTION = new SerializedString("jurisdiction");
  private static final SerializableString AS_OF = new SerializedString("asOf");
  private static final SerializableString RESULT = new SerializedString("result");
  private static final SerializableString FINDINGS = new SerializedString("findings");
  private static final SerializableString DEADLINES = new SerializedString("deadlines");
  private static final SerializableString NOT_FULLY_CHECKED = new SerializedString("notFullyChecked");
  private static final SerializableString RULE_ID = new SerializedString("ruleId");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString KEY = new SerializedString("key");
  private static final SerializableString FACTS = new SerializedString("facts");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString EVENTS = new SerializedString("events");
  private static final SerializableString CITATION = new SerializedString("citation");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString TRIGGER = new SerializedString("trigger");
  private static final SerializableString TRIGGER_DATE = new SerializedString("triggerDate");
  private static final SerializableString PERIOD = new SerializedString("period");
  private static final SerializableString EARLIEST = new SerializedString("earliest");
  private static final SerializableString LATEST = new SerializedString("latest");
  private static final SerializableString STATUS = new SerializedString("status");
  private static final SerializableString OUTCOME = new SerializedString("outcome");
  private static final SerializableString SATISFIED_BY = new SerializedString("satisfiedBy");
  private static final SerializableString SATISFIED_ON = new SerializedString("satisfiedOn");
  private static final SerializableString NOTES = new SerializedString("notes");
  private static final SerializableString VIOLATIONS = new SerializedString("VIOLATIONS");
  private static final SerializableString OK = new SerializedString("OK");

  private final JsonGenerator g;
  private final String lineEnd;
  /** Each citation seen, serialised (citations are shared by every finding of a rule). */
  private final Map<Citation, String> citations = new IdentityHashMap<>();
  /** The characters of the date being written. */
  private final char[] dateChars = new char[10];

  private BatchLineWriter(Writer out, String lineEnd) {
    this.g = WRITER.createGenerator(out);
    this.lineEnd = lineEnd;
  }

  /**
   * Returns a writer whose lines end with {@code '\n'}.
   *
   * @param out where the lines go; the writer buffers, so {@link #flush()} before reading {@code out}
   * @return the writer
   */
  public static BatchLineWriter to(Writer out) {
    return to(out, "\n");
  }

  /**
   * Returns a writer whose lines end with a given line end.
   *
   * @param out where the lines go; the writer buffers, so {@link #flush()} before reading {@code out}
   * @param lineEnd what follows each line, such as {@code "\n"}
   * @return the writer
   */
  public static BatchLineWriter to(Writer out, String lineEnd) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(lineEnd, "lineEnd");
    return new BatchLineWriter(out, lineEnd);
  }

  /**
   * Writes the line of an evaluated case, as {@link BatchLineJson#evaluated(int, Jurisdiction, Evaluation,
   * Language)} builds it.
   *
   * @param line the input line number (1-based)
   * @param jurisdiction the jurisdiction that evaluated
   * @param evaluation the evaluation
   * @param language the language of the messages
   */
  public void evaluated(int line, Jurisdiction jurisdiction, Evaluation evaluation, Language language) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(language, "language");
    Evaluation e = evaluation;
    g.writeStartObject();
    header();
    g.writeName(RULE_SET_FINGERPRINT);
    g.writeString(RuleSetFingerprint.of(jurisdiction));
    g.writeName(LANGUAGE);
    g.writeString(language.tag());
    g.writeName(LINE);
    g.writeNumber(line);
    g.writeName(CASE_ID);
    g.writeString(e.caseId());
    g.writeName(JURISDICTION);
    g.writeString(e.jurisdiction());
    g.writeName(AS_OF);
    date(e.asOf());
    g.writeName(RESULT);
    g.writeString(e.hasViolations() ? VIOLATIONS : OK);
    g.writeName(FINDINGS);
    g.writeStartArray();
    for (Finding f : e.findings()) {
      finding(f, language);
    }
    g.writeEndArray();
    g.writeName(DEADLINES);
    g.writeStartArray();
    for (Deadline d : e.deadlines()) {
      deadline(d, language);
    }
    g.writeEndArray();
    g.writeName(NOT_FULLY_CHECKED);
    g.writeStartArray();
    for (TraceEntry t : e.trace()) {
      if (t.outcome() == TraceEntry.Outcome.INCOMPLETE) {
        g.writeStartObject();
        g.writeName(RULE_ID);
        g.writeString(t.ruleId().toString());
        g.writeName(NOTES);
        g.writeStartArray();
        for (String note : t.notes()) {
          g.writeString(note);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw(lineEnd);
  }

  /**
   * Writes the line of a case that could not be read or evaluated, as
   * {@link BatchLineJson#invalid(int, Optional, List)} builds it.
   *
   * @param line the input line number (1-based)
   * @param caseId the case's id, when the line was read far enough to have one
   * @param problems every problem, at least one
   */
  public void invalid(int line, Optional<String> caseId, List<CaseFileProblem> problems) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(problems, "problems");
    g.writeStartObject();
    header();
    g.writeName(LINE);
    g.writeNumber(line);
    if (caseId.isPresent()) {
      g.writeName(CASE_ID);
      g.writeString(caseId.get());
    }
    g.writeName(RESULT);
    g.writeString("INVALID");
    g.writeArrayPropertyStart("problems");
    for (CaseFileProblem p : problems) {
      g.writeStartObject();
      g.writeNumberProperty("line", Math.max(0, p.line()));
      g.writeNumberProperty("column", Math.max(0, p.column()));
      g.writeStringProperty("path", p.path());
      g.writeStringProperty("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw(lineEnd);
  }

  /**
   * Writes the summary line, as {@link BatchLineJson#summary(long, long, long, Map)} builds it.
   *
   * @param cases the number of case lines (blank lines are not cases)
   * @param invalid how many were invalid
   * @param withViolations how many had at least one violation
   * @param findingsByRule for each rule ID, the number of findings of each kind
   */
  public void summary(long cases, long invalid, long withViolations,
      Map<String, ? extends Map<String, Integer>> findingsByRule) {
    Objects.requireNonNull(findingsByRule, "findingsByRule");
    g.writeStartObject();
    header();
    g.writeObjectPropertyStart("summary");
    g.writeNumberProperty("cases", cases);
    g.writeNumberProperty("invalid", invalid);
    g.writeNumberProperty("withViolations", withViolations);
    g.writeObjectPropertyStart("findingsByRule");
    for (Map.Entry<String, ? extends Map<String, Integer>> rule : findingsByRule.entrySet()) {
      g.writeObjectPropertyStart(rule.getKey());
      for (Map.Entry<String, Integer> kind : rule.getValue().entrySet()) {
        g.writeNumberProperty(kind.getKey(), kind.getValue().intValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw(lineEnd);
  }

  /** Writes what the writer holds to its output and flushes the output. */
  @Override
  public void flush() {
    g.flush();
  }

  /** Flushes and closes the writer and its output. */
  @Override
  public void close() {
    g.close();
  }

  /** The fields every line starts with, as {@code JsonOutput.header()} writes them. */
  private void header() {
    g.writeName(SCHEMA_VERSION);
    g.writeString(JsonOutput.SCHEMA_VERSION);
    g.writeName(LIBRARY_VERSION);
    g.writeString(RuleSetFingerprint.libraryVersion());
  }

  private void finding(Finding f, Language language) {
    g.writeStartObject();
    g.writeName(RULE_ID);
    g.writeString(f.ruleId().toString());
    g.writeName(KIND);
    g.writeString(f.kind().name());
    g.writeName(KEY);
    g.writeString(f.key());
    g.writeName(FACTS);
    facts(f.facts());
    g.writeName(MESSAGE);
    g.writeString(f.message(language));
    g.writeName(EVENTS);
    g.writeStartArray();
    for (String event : f.events()) {
      g.writeString(event);
    }
    g.writeEndArray();
    g.writeName(CITATION);
    g.writeRawValue(citation(f.citation()));
    g.writeEndObject();
  }

  private void deadline(Deadline d, Language language) {
    g.writeStartObject();
    g.writeName(RULE_ID);
    g.writeString(d.ruleId().toString());
    g.writeName(KEY);
    g.writeString(d.action().key());
    if (!d.action().facts().isEmpty()) {
      g.writeName(FACTS);
      facts(d.action().facts());
    }
    g.writeName(DESCRIPTION);
    g.writeString(d.description(language));
    g.writeName(TRIGGER);
    g.writeString(d.trigger());
    g.writeName(TRIGGER_DATE);
    date(d.triggerDate());
    g.writeName(PERIOD);
    g.writeString(d.period().toString());
    Optional<LocalDate> earliest = d.window().earliest();
    if (earliest.isPresent()) {
      g.writeName(EARLIEST);
      date(earliest.get());
    }
    Optional<LocalDate> latest = d.window().latest();
    if (latest.isPresent()) {
      g.writeName(LATEST);
      date(latest.get());
    }
    g.writeName(STATUS);
    g.writeString(d.status().name());
    g.writeName(OUTCOME);
    g.writeString(d.outcome().name());
    Optional<String> satisfiedBy = d.satisfiedBy();
    if (satisfiedBy.isPresent()) {
      g.writeName(SATISFIED_BY);
      g.writeString(satisfiedBy.get());
    }
    Optional<LocalDate> satisfiedOn = d.satisfiedOn();
    if (satisfiedOn.isPresent()) {
      g.writeName(SATISFIED_ON);
      date(satisfiedOn.get());
    }
    if (d.lastDayRule() != LastDayRule.AS_COUNTED) {
      g.writeStringProperty("lastDayRule", d.lastDayRule().name());
    }
    if (!d.shapedBy().isEmpty()) {
      g.writeArrayPropertyStart("shapedBy");
      for (RuleId id : d.shapedBy()) {
        g.writeString(id.toString());
      }
      g.writeEndArray();
    }
    Optional<String> extendedBy = d.extendedBy();
    if (extendedBy.isPresent()) {
      g.writeStringProperty("extendedBy", extendedBy.get());
    }
    Optional<LocalDate> unextendedDue = d.unextendedDue();
    if (unextendedDue.isPresent()) {
      g.writeName("unextendedDue");
      date(unextendedDue.get());
    }
    Optional<NotApplicable> notApplicable = d.notApplicable();
    if (notApplicable.isPresent()) {
      NotApplicable na = notApplicable.get();
      g.writeObjectPropertyStart("notApplicable");
      g.writeStringProperty("reason", na.reason().name());
      if (na.event().isPresent()) {
        g.writeStringProperty("event", na.event().get());
      }
      g.writeEndObject();
    }
    if (!d.changes().isEmpty()) {
      g.writeArrayPropertyStart("changes");
      for (ClockChange c : d.changes()) {
        g.writeStartObject();
        g.writeStringProperty("kind", c.kind().name());
        g.writeStringProperty("event", c.event());
        g.writeName("date");
        date(c.date());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * The typed facts, as {@code JsonOutput.facts} builds them (in the order given; a name is never given
   * twice), without the map {@link Facts#asMap()} builds.
   */
  private void facts(Facts facts) {
    g.writeStartObject();
    for (String name : facts.names()) {
      g.writeName(name);
      fact(facts.get(name).orElseThrow());
    }
    g.writeEndObject();
  }

  /**
   * A date as {@link LocalDate#toString()} writes it ({@code yyyy-MM-dd}), without building a string
   * for the years 0 to 9999; any other year as {@code toString()} writes it ({@code +10000-01-01}).
   */
  private void date(LocalDate d) {
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      g.writeString(d.toString());
      return;
    }
    char[] c = dateChars;
    digits(c, 0, year, 4);
    c[4] = '-';
    digits(c, 5, d.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, d.getDayOfMonth(), 2);
    g.writeString(c, 0, 10);
  }

  private static void digits(char[] c, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  private void fact(Object value) {
    if (value instanceof Long n) {
      g.writeNumber(n.longValue());
    } else if (value instanceof ZonedDateTime t) {
      g.writeString(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (value instanceof Message m) {
      g.writeStartObject();
      g.writeName(KEY);
      g.writeString(m.key());
      g.writeName(FACTS);
      facts(m.facts());
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object v : list) {
        fact(v);
      }
      g.writeEndArray();
    } else if (value instanceof LocalDate d) {
      date(d);
    } else {
      g.writeString(value.toString()); // a string
    }
  }

  /** A citation as {@code JsonOutput.citation} builds it, serialised once per writer. */
  private String citation(Citation c) {
    String json = citations.get(c);
    if (json == null) {
      json = JsonOutput.line(JsonOutput.citation(c));
      citations.put(c, json);
    }
    return json;
  }
}
