package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.PlanConstraint;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link Plan}s of one jurisdiction as JSON, as {@code iepdr plan --format json} writes them; schema
 * {@code docs/schemas/plan.schema.json}.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class PlanJson {

  private PlanJson() {}

  /**
   * Returns plans as a JSON tree.
   *
   * @param jurisdiction the jurisdiction that planned
   * @param plans the plans, in the order to write them
   * @return the tree: the header, {@code jurisdiction} and {@code plans}, each with {@code act},
   *     {@code trigger}, {@code triggerDate}, {@code possible}, {@code earliest} and {@code latest} (absent
   *     when open) and {@code constraints}
   */
  public static ObjectNode toTree(Jurisdiction jurisdiction, List<Plan> plans) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(plans, "plans");
    ObjectNode root = JsonOutput.header(jurisdiction);
    root.put("jurisdiction", jurisdiction.code());
    ArrayNode ps = root.putArray("plans");
    for (Plan plan : plans) {
      ObjectNode o = ps.addObject();
      o.put("act", plan.act().name()).put("trigger", plan.act().trigger())
          .put("triggerDate", plan.trigger().toString()).put("possible", plan.possible());
      plan.earliest().flatMap(JsonOutput::open).ifPresent(d -> o.put("earliest", d.toString()));
      plan.latest().flatMap(JsonOutput::open).ifPresent(d -> o.put("latest", d.toString()));
      ArrayNode cs = o.putArray("constraints");
      for (PlanConstraint c : plan.constraints()) {
        ObjectNode cn = cs.addObject().put("ruleId", c.ruleId().toString());
        c.earliest().flatMap(JsonOutput::open).ifPresent(d -> cn.put("noEarlierThan", d.toString()));
        c.latest().flatMap(JsonOutput::open).ifPresent(d -> cn.put("noLaterThan", d.toString()));
        cn.put("why", c.why());
      }
    }
    return root;
  }

  /**
   * Returns plans as pretty-printed JSON text ending with a line break.
   *
   * @param jurisdiction the jurisdiction that planned
   * @param plans the plans
   * @return the text
   */
  public static String write(Jurisdiction jurisdiction, List<Plan> plans) {
    return JsonOutput.pretty(toTree(jurisdiction, plans));
  }
}
