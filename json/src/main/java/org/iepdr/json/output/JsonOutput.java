package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.time.DateWindow;
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
  public static final String SCHEMA_VERSION = "1.0";

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

  static ObjectNode finding(Finding f) {
    ObjectNode fn = MAPPER.createObjectNode();
    fn.put("ruleId", f.ruleId().toString());
    fn.put("kind", f.kind().name());
    fn.put("message", f.message());
    ArrayNode ev = fn.putArray("events");
    f.events().forEach(ev::add);
    fn.set("citation", citation(f.citation()));
    return fn;
  }

  static ObjectNode deadline(Deadline d) {
    ObjectNode dn = MAPPER.createObjectNode();
    dn.put("ruleId", d.ruleId().toString());
    dn.put("description", d.description());
    dn.put("trigger", d.trigger());
    dn.put("triggerDate", d.triggerDate().toString());
    dn.put("period", d.period().toString());
    earliest(d.window()).ifPresent(v -> dn.put("earliest", v.toString()));
    latest(d.window()).ifPresent(v -> dn.put("latest", v.toString()));
    dn.put("status", d.status().name());
    d.satisfiedBy().ifPresent(s -> dn.put("satisfiedBy", s));
    d.satisfiedOn().ifPresent(s -> dn.put("satisfiedOn", s.toString()));
    return dn;
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
  static void putResults(ObjectNode o, Evaluation e) {
    ArrayNode fs = o.putArray("findings");
    for (Finding f : e.findings()) {
      fs.add(finding(f));
    }
    ArrayNode ds = o.putArray("deadlines");
    for (Deadline d : e.deadlines()) {
      ds.add(deadline(d));
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
