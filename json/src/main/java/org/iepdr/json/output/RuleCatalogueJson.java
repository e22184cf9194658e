package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleDescriptor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A jurisdiction's rule catalogue as JSON, as {@code iepdr rules --format json} writes it; schema
 * {@code docs/schemas/rule-catalogue.schema.json}.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RuleCatalogueJson {

  private RuleCatalogueJson() {}

  /**
   * Returns a catalogue as a JSON tree.
   *
   * @param jurisdiction the jurisdiction
   * @param rules the rules to list (all of the jurisdiction's, or those in force on a date)
   * @return the tree: the header, {@code jurisdiction}, {@code name} and {@code rules}, each with
   *     {@code id}, {@code title}, {@code kind}, {@code inForceFrom} and {@code inForceTo} (absent when open),
   *     {@code counting}, {@code replaces} and {@code citations}
   */
  public static ObjectNode toTree(Jurisdiction jurisdiction, List<Rule> rules) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(rules, "rules");
    ObjectNode root = JsonOutput.header(jurisdiction);
    root.put("jurisdiction", jurisdiction.code());
    root.put("name", jurisdiction.name());
    ArrayNode a = root.putArray("rules");
    for (Rule r : rules) {
      RuleDescriptor d = r.descriptor();
      ObjectNode o = a.addObject();
      o.put("id", d.id().toString());
      o.put("title", d.title());
      o.put("kind", d.kind().name());
      d.inForce().from().flatMap(JsonOutput::open).ifPresent(v -> o.put("inForceFrom", v.toString()));
      d.inForce().to().flatMap(JsonOutput::open).ifPresent(v -> o.put("inForceTo", v.toString()));
      o.put("counting", d.counting());
      ArrayNode rep = o.putArray("replaces");
      d.replaces().forEach(x -> rep.add(x.toString()));
      ArrayNode cs = o.putArray("citations");
      d.citations().forEach(c -> cs.add(JsonOutput.citation(c)));
    }
    return root;
  }

  /**
   * Returns a catalogue as pretty-printed JSON text ending with a line break.
   *
   * @param jurisdiction the jurisdiction
   * @param rules the rules to list
   * @return the text
   */
  public static String write(Jurisdiction jurisdiction, List<Rule> rules) {
    return JsonOutput.pretty(toTree(jurisdiction, rules));
  }
}
