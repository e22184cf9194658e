package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.report.CaseRef;
import org.iepdr.core.report.ConsistencyCheck;
import org.iepdr.core.report.Indicator;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.report.Section618Report;
import org.iepdr.core.report.SuppressedTable;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleSetFingerprint;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of a Section 618 dispute-resolution report ({@code iepdr report section-618 --format json});
 * schema {@code docs/schemas/section-618.schema.json}.
 *
 * <p>Every element is written with its code, label, section and count, in the collection's order, the two
 * residual lines last; a suppressed table writes {@code suppressed} and why instead of the count, and never
 * the drill-down. The indicators carry their numerator, denominator, percentage (absent when the
 * denominator is 0) and the fewer-than-10 note.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Section618Json {

  private Section618Json() {}

  /**
   * Returns the tree of a report.
   *
   * @param report the report
   * @param jurisdictions the jurisdictions that evaluated its cases (their rule-set fingerprints are written)
   * @param suppressed the published table, when small cells are suppressed; empty for the full report
   * @return the tree
   */
  public static ObjectNode of(Section618Report report, Collection<Jurisdiction> jurisdictions,
      Optional<SuppressedTable> suppressed) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(jurisdictions, "jurisdictions");
    Objects.requireNonNull(suppressed, "suppressed");
    ObjectNode o = JsonOutput.header();
    o.put("report", "section-618");
    o.put("year", report.year().toString());
    o.put("periodStart", report.year().start().toString());
    o.put("periodEnd", report.year().end().toString());
    o.put("statusDate", report.statusDate().toString());
    o.put("statusDateDeviates", report.statusDateDeviates());
    ObjectNode opts = o.putObject("options");
    opts.put("expeditedInSectionC", report.options().expeditedInSectionC());
    opts.put("mediationRelation", report.options().mediationRelation().name());
    ArrayNode js = o.putArray("jurisdictions");
    jurisdictions.stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(j -> {
      ObjectNode jn = js.addObject();
      jn.put("code", j.code());
      jn.put("ruleSetFingerprint", RuleSetFingerprint.of(j));
    });
    o.put("casesRead", report.casesRead());
    o.put("requestsNotCounted", report.requestsNotCounted());
    suppressed.ifPresent(t -> o.putObject("suppression").put("threshold", t.threshold()));
    ArrayNode elements = o.putArray("elements");
    for (Section618Element e : Section618Element.values()) {
      ObjectNode en = elements.addObject();
      en.put("code", e.code());
      en.put("label", e.label());
      en.put("section", e.section().name());
      en.put("residual", e.residual());
      if (suppressed.isPresent() && suppressed.get().suppressed(e)) {
        en.put("suppressed", suppressed.get().primary().contains(e) ? "PRIMARY" : "COMPLEMENTARY");
      } else {
        en.put("count", report.count(e));
      }
      if (suppressed.isEmpty() && report.drilledInto(e)) {
        ArrayNode cs = en.putArray("cases");
        for (CaseRef c : report.cases(e)) {
          ObjectNode cn = cs.addObject();
          cn.put("caseId", c.caseId());
          cn.put("requestId", c.requestId());
        }
      }
    }
    ArrayNode indicators = o.putArray("indicators");
    indicator(indicators, report.b15(), suppressed.map(t -> t.b15().isEmpty()).orElse(false));
    indicator(indicators, report.b16(), suppressed.map(t -> t.b16().isEmpty()).orElse(false));
    ArrayNode checks = o.putArray("checks");
    for (ConsistencyCheck c : report.checks()) {
      ObjectNode cn = checks.addObject();
      cn.put("identity", c.identity());
      if (suppressed.isEmpty()) {
        cn.put("left", c.left());
        cn.put("right", c.right());
      }
      cn.put("holds", c.holds());
    }
    o.put("consistent", report.consistent());
    return o;
  }

  private static void indicator(ArrayNode out, Indicator i, boolean withheld) {
    ObjectNode n = out.addObject();
    n.put("id", i.id());
    if (withheld) {
      n.put("suppressed", true);
      return;
    }
    n.put("numerator", i.numerator());
    n.put("denominator", i.denominator());
    i.percent().ifPresent(p -> n.put("percent", p));
    n.put("fewerThanTen", i.fewerThanTen());
    i.note().ifPresent(s -> n.put("note", s));
  }
}
