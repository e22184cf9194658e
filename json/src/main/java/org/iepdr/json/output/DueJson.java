package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.caseload.DueItem;
import org.iepdr.core.caseload.DueList;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.json.casefile.CaseFileProblem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of a caseload's open deadlines due in a window ({@code iepdr due --json}); schema
 * {@code docs/schemas/due.schema.json}.
 *
 * <p>After the header ({@code schemaVersion}, {@code libraryVersion}) come the {@code jurisdictions} that
 * evaluated the cases, each with its {@code ruleSetFingerprint} (a caseload may mix states, as a Section
 * 618 report does), the {@code language}, the window ({@code from}, {@code to}, {@code asOf}), the number
 * of {@code cases} evaluated and of input lines {@code invalid}, the {@code items} in the list's order (due
 * date, case id, rule id) and the {@code problems} of the invalid lines. An item carries the case id, the
 * jurisdiction, the rule id, the action's key, facts and text ({@code action}), the due date,
 * {@code daysLeft} (calendar days from {@code asOf}), the trigger, the period, the window's first day when
 * it has one, the extension when one moved the due date, and the citation. No item carries a student's
 * name or birth date.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueJson {

  private DueJson() {}

  /**
   * Returns the tree of a due list with no invalid input.
   *
   * @param list the due list
   * @param book the rule book whose jurisdictions evaluated the cases (their fingerprints are written)
   * @param language the language of the actions; keys and facts are the same in every language
   * @return the tree
   */
  public static ObjectNode toTree(DueList list, RuleBook book, Language language) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(language, "language");
    return toTree(list, book, language, 0, List.of());
  }

  /**
   * Returns the tree of a due list and of the input that could not be read or evaluated.
   *
   * @param list the due list
   * @param book the rule book whose jurisdictions evaluated the cases (their fingerprints are written)
   * @param language the language of the actions; keys and facts are the same in every language
   * @param invalid the number of input lines (or cases) that could not be read or evaluated, 0 or more
   * @param problems their problems, as many as the caller keeps (written as {@link BatchLineJson#problem})
   * @return the tree
   * @throws org.iepdr.core.InvalidInputException if {@code invalid} is negative
   * @throws org.iepdr.core.rules.UnknownJurisdictionException if a case was evaluated by a jurisdiction
   *     the book does not hold
   */
  public static ObjectNode toTree(DueList list, RuleBook book, Language language, long invalid,
      List<CaseFileProblem> problems) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(problems, "problems");
    if (invalid < 0) {
      throw new org.iepdr.core.InvalidInputException("invalid", invalid, "0 or more");
    }
    ObjectNode o = JsonOutput.header();
    ArrayNode js = o.putArray("jurisdictions");
    for (String code : list.jurisdictions()) {
      js.addObject().put("code", code).put("ruleSetFingerprint", RuleSetFingerprint.of(book.jurisdiction(code)));
    }
    o.put("language", language.tag());
    o.put("from", list.window().from().toString());
    o.put("to", list.window().to().toString());
    o.put("asOf", list.window().asOf().toString());
    o.put("cases", list.cases());
    o.put("invalid", invalid);
    ArrayNode items = o.putArray("items");
    for (DueItem i : list.items()) {
      items.add(item(i, language));
    }
    ArrayNode ps = o.putArray("problems");
    for (CaseFileProblem p : problems) {
      ps.add(BatchLineJson.problem(p));
    }
    return o;
  }

  /**
   * Returns the tree as pretty-printed JSON text ending with a line break.
   *
   * @param list the due list
   * @param book the rule book whose jurisdictions evaluated the cases
   * @param language the language of the actions
   * @return the text
   */
  public static String write(DueList list, RuleBook book, Language language) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(language, "language");
    return JsonOutput.pretty(toTree(list, book, language));
  }

  /**
   * Returns one item as an object.
   *
   * @param item the item
   * @param language the language of the action
   * @return the object
   */
  public static ObjectNode item(DueItem item, Language language) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(language, "language");
    Deadline d = item.deadline();
    ObjectNode n = JsonOutput.MAPPER.createObjectNode();
    n.put("caseId", item.caseId());
    n.put("jurisdiction", item.jurisdiction());
    n.put("ruleId", item.ruleId().toString());
    n.put("key", d.action().key());
    if (!d.action().facts().isEmpty()) {
      n.set("facts", JsonOutput.facts(d.action().facts()));
    }
    n.put("action", item.action(language));
    n.put("due", item.due().toString());
    n.put("daysLeft", item.daysLeft());
    d.window().earliest().ifPresent(e -> n.put("earliest", e.toString()));
    n.put("trigger", d.trigger());
    n.put("triggerDate", d.triggerDate().toString());
    n.put("period", d.period().toString());
    d.extendedBy().ifPresent(x -> n.put("extendedBy", x));
    d.unextendedDue().ifPresent(x -> n.put("unextendedDue", x.toString()));
    if (!d.shapedBy().isEmpty()) {
      ArrayNode shaped = n.putArray("shapedBy");
      d.shapedBy().forEach(id -> shaped.add(id.toString()));
    }
    n.set("citation", JsonOutput.citation(d.citation()));
    return n;
  }
}
