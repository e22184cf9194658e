package org.iepdr.json.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.conformance.ConformanceReport;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link ConformanceReport} (documented in {@code docs/workflows.md}): the run, the
 * breaches grouped by rule and reason with every start and a worked example, and the steps' lawful
 * ranges. Instants are ISO date-times with the jurisdiction's offset.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ConformanceJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ConformanceJson() {}

  /**
   * Returns the report as a JSON tree.
   *
   * @param report the report
   * @return the tree
   */
  public static ObjectNode tree(ConformanceReport report) {
    Objects.requireNonNull(report, "report");
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("workflow", report.workflow());
    root.put("state", report.jurisdiction());
    root.put("from", report.from().toString());
    root.put("to", report.to().toString());
    root.put("step", switch (report.cadence()) {
      case DAY -> "day";
      case BUSINESS_DAY -> "business-day";
      case QUARTER_HOUR -> "15m";
    });
    root.put("starts", report.starts());
    root.put("failingStarts", report.failingStarts());
    root.put("lawful", report.lawful());
    ArrayNode breaches = root.putArray("breaches");
    for (ConformanceReport.Breach b : report.breaches()) {
      ObjectNode o = breaches.addObject();
      o.put("ruleId", b.ruleId());
      o.put("kind", b.kind().name());
      o.put("reason", b.reason());
      o.put("count", b.starts().size());
      ArrayNode starts = o.putArray("starts");
      b.starts().forEach(s -> starts.add(s.toOffsetDateTime().toString()));
      ObjectNode ex = o.putObject("example");
      ex.put("start", b.example().start().toOffsetDateTime().toString());
      ObjectNode steps = ex.putObject("steps");
      b.example().steps().forEach(s -> steps.put(s.step(), s.at().toOffsetDateTime().toString()));
      ex.put("message", b.example().message());
    }
    ArrayNode ranges = root.putArray("ranges");
    for (ConformanceReport.StepRange r : report.ranges()) {
      ObjectNode o = ranges.addObject();
      o.put("step", r.step());
      o.put("act", r.act().name());
      o.put("from", r.from());
      if (r.earliest().isPresent()) {
        o.put("earliest", r.earliest().get());
      } else {
        o.putNull("earliest");
      }
      if (r.latest().isPresent()) {
        o.put("latest", r.latest().get());
      } else {
        o.putNull("latest");
      }
      o.put("placedMin", r.placedMin());
      o.put("placedMax", r.placedMax());
      o.put("inside", r.inside());
      ArrayNode rules = o.putArray("rules");
      r.rules().forEach(rules::add);
    }
    return root;
  }

  /**
   * Returns the report as indented JSON text ending in a line break.
   *
   * @param report the report
   * @return the text
   */
  public static String write(ConformanceReport report) {
    Objects.requireNonNull(report, "report");
    return MAPPER.writeValueAsString(tree(report)) + "\n";
  }
}
