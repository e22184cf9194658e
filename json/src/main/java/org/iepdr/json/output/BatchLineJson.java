package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.json.casefile.CaseFileProblem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lines {@code iepdr batch} writes (JSON Lines), one per input line and a summary last; schema
 * {@code docs/schemas/batch-line.schema.json}.
 *
 * <p>A case line has {@code result} {@code OK}, {@code VIOLATIONS} or {@code INVALID}. Every case line
 * carries the input's {@code line} number and, whenever the input line was read far enough to have one,
 * the {@code caseId}. An evaluated line carries the findings (with their events and citation) and the
 * deadlines (with their window and status) as {@link EvaluationJson} writes them; an invalid line carries
 * its {@code problems} as objects with {@code line}, {@code column} (0 when unknown), {@code path} and
 * {@code message}.
 *
 * <p>{@link BatchLineWriter} writes the same lines, byte for byte, with a streaming generator and no
 * tree; {@code iepdr batch} writes with it. A tree per line suits a caller that writes one line at a
 * time (the service's {@code /v1/evaluate/batch}); the test {@code BatchLineWriterProperties} keeps the
 * two the same.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class BatchLineJson {

  private BatchLineJson() {}

  /**
   * Returns the line of an evaluated case.
   *
   * @param line the input line number (1-based)
   * @param jurisdiction the jurisdiction that evaluated
   * @param evaluation the evaluation
   * @return the tree
   */
  public static ObjectNode evaluated(int line, Jurisdiction jurisdiction, Evaluation evaluation) {
    return evaluated(line, jurisdiction, evaluation, Language.ENGLISH);
  }

  /**
   * Returns the line of an evaluated case with its messages in a language.
   *
   * @param line the input line number (1-based)
   * @param jurisdiction the jurisdiction that evaluated
   * @param evaluation the evaluation
   * @param language the language of the messages; keys and facts are the same in every language
   * @return the tree, with {@code language} after the header
   */
  public static ObjectNode evaluated(int line, Jurisdiction jurisdiction, Evaluation evaluation, Language language) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(language, "language");
    ObjectNode o = JsonOutput.header(jurisdiction);
    o.put("language", language.tag());
    o.put("line", line);
    o.put("caseId", evaluation.caseId());
    o.put("jurisdiction", evaluation.jurisdiction());
    o.put("asOf", evaluation.asOf().toString());
    o.put("result", evaluation.hasViolations() ? "VIOLATIONS" : "OK");
    JsonOutput.putResults(o, evaluation, language);
    return o;
  }

  /**
   * Returns the line of a case that could not be read or evaluated.
   *
   * @param line the input line number (1-based)
   * @param caseId the case's id, when the line was read far enough to have one
   * @param problems every problem, at least one
   * @return the tree
   */
  public static ObjectNode invalid(int line, Optional<String> caseId, List<CaseFileProblem> problems) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(problems, "problems");
    ObjectNode o = JsonOutput.header();
    o.put("line", line);
    caseId.ifPresent(id -> o.put("caseId", id));
    o.put("result", "INVALID");
    ArrayNode ps = o.putArray("problems");
    for (CaseFileProblem p : problems) {
      ps.add(problem(p));
    }
    return o;
  }

  /**
   * Returns a problem as an object: {@code line} and {@code column} (1-based, 0 when unknown),
   * {@code path} (a JSON path such as {@code $.events[3].kind}) and {@code message}.
   *
   * @param problem the problem
   * @return the object
   */
  public static ObjectNode problem(CaseFileProblem problem) {
    Objects.requireNonNull(problem, "problem");
    ObjectNode o = JsonOutput.MAPPER.createObjectNode();
    o.put("line", Math.max(0, problem.line()));
    o.put("column", Math.max(0, problem.column()));
    o.put("path", problem.path());
    o.put("message", problem.message());
    return o;
  }

  /**
   * Returns the summary line written after the last case.
   *
   * @param cases the number of case lines (blank lines are not cases)
   * @param invalid how many were invalid
   * @param withViolations how many had at least one violation
   * @param findingsByRule for each rule ID, the number of findings of each kind
   * @return the tree: the header and {@code summary}
   */
  public static ObjectNode summary(long cases, long invalid, long withViolations,
      Map<String, ? extends Map<String, Integer>> findingsByRule) {
    Objects.requireNonNull(findingsByRule, "findingsByRule");
    ObjectNode root = JsonOutput.header();
    ObjectNode s = root.putObject("summary");
    s.put("cases", cases);
    s.put("invalid", invalid);
    s.put("withViolations", withViolations);
    ObjectNode rules = s.putObject("findingsByRule");
    findingsByRule.forEach((rule, kinds) -> {
      ObjectNode k = rules.putObject(rule);
      kinds.forEach(k::put);
    });
    return root;
  }
}
