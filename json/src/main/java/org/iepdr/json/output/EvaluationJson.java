package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link Evaluation} as JSON, as {@code iepdr check --format json} writes it; schema
 * {@code docs/schemas/evaluation.schema.json}.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class EvaluationJson {

  private EvaluationJson() {}

  /**
   * Returns an evaluation as a JSON tree.
   *
   * @param jurisdiction the jurisdiction that evaluated (for the rule-set fingerprint)
   * @param evaluation the evaluation
   * @return the tree: the header, {@code caseId}, {@code jurisdiction}, {@code asOf}, {@code hasViolations},
   *     {@code position}, {@code findings}, {@code deadlines}, {@code notFullyChecked}, {@code nextSteps}
   */
  public static ObjectNode toTree(Jurisdiction jurisdiction, Evaluation evaluation) {
    return toTree(jurisdiction, evaluation, Language.ENGLISH);
  }

  /**
   * Returns an evaluation as a JSON tree with its messages in a language; the keys and facts are the
   * same in every language.
   *
   * @param jurisdiction the jurisdiction that evaluated (for the rule-set fingerprint)
   * @param evaluation the evaluation
   * @param language the language of the messages, descriptions and advice
   * @return the tree, as {@link #toTree(Jurisdiction, Evaluation)} with {@code language} after the header
   */
  public static ObjectNode toTree(Jurisdiction jurisdiction, Evaluation evaluation, Language language) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(language, "language");
    Evaluation e = evaluation;
    ObjectNode o = JsonOutput.header(jurisdiction);
    o.put("language", language.tag());
    o.put("caseId", e.caseId());
    o.put("jurisdiction", e.jurisdiction());
    o.put("asOf", e.asOf().toString());
    o.put("hasViolations", e.hasViolations());
    o.put("position", e.position().name());
    JsonOutput.putResults(o, e, language);
    ArrayNode ns = o.putArray("nextSteps");
    for (NextStep s : e.nextSteps()) {
      ObjectNode sn = ns.addObject();
      sn.put("process", s.process().name());
      sn.put("key", s.reason().key());
      if (!s.reason().facts().isEmpty()) {
        sn.set("facts", JsonOutput.facts(s.reason().facts()));
      }
      sn.put("why", s.why(language));
      sn.put("source", s.source());
      s.opens().ifPresent(d -> sn.put("opens", d.toString()));
      ArrayNode ro = sn.putArray("restsOn");
      s.restsOn().forEach(ro::add);
      sn.put("continues", s.continues());
      s.openAgain().ifPresent(r -> {
        ObjectNode rn = sn.putObject("openAgain");
        rn.put("key", r.reason().key());
        if (!r.reason().facts().isEmpty()) {
          rn.set("facts", JsonOutput.facts(r.reason().facts()));
        }
        rn.put("why", r.why(language)).put("source", r.source());
      });
      ArrayNode an = sn.putArray("advice");
      for (Advice a : s.advice()) {
        ObjectNode adv = an.addObject().put("process", a.process().name()).put("fits", a.fits())
            .put("key", a.statement().key());
        if (!a.statement().facts().isEmpty()) {
          adv.set("facts", JsonOutput.facts(a.statement().facts()));
        }
        adv.put("text", a.text(language)).put("source", a.source());
      }
    }
    return o;
  }

  /**
   * Returns an evaluation as pretty-printed JSON text ending with a line break.
   *
   * @param jurisdiction the jurisdiction that evaluated
   * @param evaluation the evaluation
   * @return the text
   */
  public static String write(Jurisdiction jurisdiction, Evaluation evaluation) {
    return JsonOutput.pretty(toTree(jurisdiction, evaluation));
  }

  /**
   * Returns an evaluation as pretty-printed JSON text with its messages in a language.
   *
   * @param jurisdiction the jurisdiction that evaluated
   * @param evaluation the evaluation
   * @param language the language of the messages
   * @return the text
   */
  public static String write(Jurisdiction jurisdiction, Evaluation evaluation, Language language) {
    return JsonOutput.pretty(toTree(jurisdiction, evaluation, language));
  }
}
