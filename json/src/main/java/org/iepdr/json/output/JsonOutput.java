package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Facts;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.time.DateWindow;
import org.iepdr.core.time.LastDayRule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every JSON output shares: its header ({@code schemaVersion}, {@code libraryVersion},
 * {@code ruleSetFingerprint}) and the objects that appear in more than one output (a finding, a
 * deadline, a citation).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class JsonOutput {

  /**
   * The version of the output schemas under {@code docs/schemas/}, written as {@code schemaVersion}. It
   * changes when a field is removed or changes meaning; a field added does not change it.
   */
  public static final String SCHEMA_VERSION = "2.1";

  static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonOutput() {}

  /**
   * Returns a tree as pretty-printed JSON text ending with a line break.
   *
   * @param tree the tree
   * @return the text
   */
  public static String pretty(tools.jackson.databind.JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    return tree.toPrettyString() + "\n";
  }

  /**
   * Returns a tree as one line of JSON without a line break (for JSON Lines).
   *
   * @param tree the tree
   * @return the line
   */
  public static String line(tools.jackson.databind.JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    return tree.toString();
  }

  /** A new object with the header of an output that no jurisdiction answered. */
  static ObjectNode header() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    o.put("libraryVersion", RuleSetFingerprint.libraryVersion());
    return o;
  }

  /** A new object with the header of an output a jurisdiction answered. */
  static ObjectNode header(Jurisdiction j) {
    ObjectNode o = header();
    o.put("ruleSetFingerprint", RuleSetFingerprint.of(j));
    return o;
  }

  static ObjectNode finding(Finding f, Language language) {
    ObjectNode fn = MAPPER.createObjectNode();
    fn.put("ruleId", f.ruleId().toString());
    fn.put("kind", f.kind().name());
    fn.put("key", f.key());
    fn.set("facts", facts(f.facts()));
    fn.put("message", f.message(language));
    ArrayNode ev = fn.putArray("events");
    f.events().forEach(ev::add);
    fn.set("citation", citation(f.citation()));
    return fn;
  }

  static ObjectNode deadline(Deadline d, Language language) {
    ObjectNode dn = MAPPER.createObjectNode();
    dn.put("ruleId", d.ruleId().toString());
    dn.put("key", d.action().key());
    if (!d.action().facts().isEmpty()) {
      dn.set("facts", facts(d.action().facts()));
    }
    dn.put("description", d.description(language));
    dn.put("trigger", d.trigger());
    dn.put("triggerDate", d.triggerDate().toString());
    dn.put("period", d.period().toString());
    earliest(d.window()).ifPresent(v -> dn.put("earliest", v.toString()));
    latest(d.window()).ifPresent(v -> dn.put("latest", v.toString()));
    dn.put("status", d.status().name());
    dn.put("outcome", d.outcome().name());
    d.satisfiedBy().ifPresent(s -> dn.put("satisfiedBy", s));
    d.satisfiedOn().ifPresent(s -> dn.put("satisfiedOn", s.toString()));
    if (d.lastDayRule() != LastDayRule.AS_COUNTED) {
      dn.put("lastDayRule", d.lastDayRule().name());
    }
    if (!d.shapedBy().isEmpty()) {
      ArrayNode shaped = dn.putArray("shapedBy");
      d.shapedBy().forEach(id -> shaped.add(id.toString()));
    }
    d.extendedBy().ifPresent(x -> dn.put("extendedBy", x));
    d.unextendedDue().ifPresent(x -> dn.put("unextendedDue", x.toString()));
    d.notApplicable().ifPresent(na -> {
      ObjectNode n = dn.putObject("notApplicable");
      n.put("reason", na.reason().name());
      na.event().ifPresent(e -> n.put("event", e));
    });
    if (!d.changes().isEmpty()) {
      ArrayNode changes = dn.putArray("changes");
      d.changes().forEach(c -> changes.addObject().put("kind", c.kind().name()).put("event", c.event())
          .put("date", c.date().toString()));
    }
    return dn;
  }

  /**
   * The typed facts of a finding or a deadline: a date as {@code yyyy-MM-dd}, a time as ISO 8601 with
   * its offset, a number as a number, an id as a string, a label as its constant's name, a phrase as
   * {@code {"key", "facts"}}, a list of phrases as an array of those.
   */
  static ObjectNode facts(Facts facts) {
    ObjectNode o = MAPPER.createObjectNode();
    facts.asMap().forEach((name, value) -> o.set(name, fact(value)));
    return o;
  }

  private static tools.jackson.databind.JsonNode fact(Object value) {
    if (value instanceof Long n) {
      return MAPPER.getNodeFactory().numberNode(n);
    }
    if (value instanceof ZonedDateTime t) {
      return MAPPER.getNodeFactory().stringNode(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    if (value instanceof Enum<?> e) {
      return MAPPER.getNodeFactory().stringNode(e.name());
    }
    if (value instanceof Message m) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("key", m.key());
      o.set("facts", facts(m.facts()));
      return o;
    }
    if (value instanceof List<?> list) {
      ArrayNode a = MAPPER.createArrayNode();
      list.forEach(v -> a.add(fact(v)));
      return a;
    }
    return MAPPER.getNodeFactory().stringNode(value.toString());
  }

  static ArrayNode notFullyChecked(java.util.List<TraceEntry> trace) {
    ArrayNode inc = MAPPER.createArrayNode();
    for (TraceEntry t : trace) {
      if (t.outcome() == TraceEntry.Outcome.INCOMPLETE) {
        ArrayNode notes = inc.addObject().put("ruleId", t.ruleId().toString()).putArray("notes");
        t.notes().forEach(notes::add);
      }
    }
    return inc;
  }

  /**
   * Adds what every evaluated output carries: the findings (with their events and citation), the
   * deadlines (with their window and status) and the rules not fully checked.
   */
  static void putResults(ObjectNode o, Evaluation e, Language language) {
    ArrayNode fs = o.putArray("findings");
    for (Finding f : e.findings()) {
      fs.add(finding(f, language));
    }
    ArrayNode ds = o.putArray("deadlines");
    for (Deadline d : e.deadlines()) {
      ds.add(deadline(d, language));
    }
    o.set("notFullyChecked", notFullyChecked(e.trace()));
  }

  static ObjectNode citation(Citation c) {
    ObjectNode cn = MAPPER.createObjectNode();
    cn.put("document", c.document());
    cn.put("section", c.section());
    c.link().ifPresent(l -> cn.put("link", l));
    cn.put("quote", c.quote());
    cn.put("authority", c.authority().name());
    cn.put("force", c.force().name());
    cn.put("restatement", c.restatement());
    cn.put("strongestKind", c.strongestKind().name());
    return cn;
  }

  /** Returns the first day of a window, empty when the window has no first day (an absent field). */
  static Optional<LocalDate> earliest(DateWindow w) {
    return w.earliest();
  }

  /** Returns the last day of a window, empty when the window has no last day (an absent field). */
  static Optional<LocalDate> latest(DateWindow w) {
    return w.latest();
  }

  /**
   * A date, or empty when it is {@link LocalDate#MIN} or {@link LocalDate#MAX}: a guard for the dates
   * of plans and periods in force, so that no output ever carries a sentinel for an open end.
   */
  static Optional<LocalDate> open(LocalDate d) {
    return d.equals(LocalDate.MIN) || d.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(d);
  }
}
