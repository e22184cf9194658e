package org.iepdr.service;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.message.Language;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.process.Step;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.json.output.RuleCatalogueJson;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v1/jurisdictions}: the jurisdictions installed; {@code GET /v1/jurisdictions/{code}}: one
 * of them with its rule catalogue (as {@code iepdr rules --format json}, schema
 * {@code docs/schemas/rule-catalogue.schema.json}) and its escalation ladder; {@code .../rules} and
 * {@code .../ladder} each alone. An unknown code is a 404 naming the installed ones.
 */
@RestController
class JurisdictionController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RuleBook book;

  JurisdictionController(RuleBook book) {
    this.book = book;
  }

  @GetMapping(path = "/v1/jurisdictions", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode all() {
    ObjectNode o = JSON.createObjectNode();
    o.put("libraryVersion", RuleSetFingerprint.libraryVersion());
    ArrayNode js = o.putArray("jurisdictions");
    for (String code : book.jurisdictions().stream().sorted().toList()) {
      Jurisdiction j = book.jurisdiction(code);
      js.addObject().put("code", j.code()).put("name", j.name()).put("zone", j.zone().getId())
          .put("ruleSetFingerprint", RuleSetFingerprint.of(j)).put("rules", j.rules().size())
          .put("href", "/v1/jurisdictions/" + j.code());
    }
    return o;
  }

  @GetMapping(path = "/v1/jurisdictions/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode one(HttpServletResponse response, @PathVariable("code") String code,
      @RequestParam(name = "lang", defaultValue = "en") String lang) {
    Language language = Inputs.language(lang);
    Jurisdiction j = book.jurisdiction(code);
    ObjectNode o = RuleCatalogueJson.toTree(j, j.rules());
    o.put("name", j.name());
    o.put("zone", j.zone().getId());
    o.set("ladder", ladder(j, language));
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return o;
  }

  @GetMapping(path = "/v1/jurisdictions/{code}/rules", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode rules(HttpServletResponse response, @PathVariable("code") String code,
      @RequestParam(name = "inForceOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate inForceOn) {
    Jurisdiction j = book.jurisdiction(code);
    List<Rule> rules = inForceOn == null ? j.rules() : j.rulesInForce(inForceOn);
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return RuleCatalogueJson.toTree(j, rules);
  }

  @GetMapping(path = "/v1/jurisdictions/{code}/ladder", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode ladder(HttpServletResponse response, @PathVariable("code") String code,
      @RequestParam(name = "lang", defaultValue = "en") String lang) {
    Language language = Inputs.language(lang);
    Jurisdiction j = book.jurisdiction(code);
    ObjectNode o = JSON.createObjectNode();
    o.put("libraryVersion", RuleSetFingerprint.libraryVersion());
    o.put("ruleSetFingerprint", RuleSetFingerprint.of(j));
    o.put("jurisdiction", j.code());
    o.setAll(ladder(j, language));
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return o;
  }

  /** The escalation ladder: its processes with their CADRE stage, its steps and the advice. */
  static ObjectNode ladder(Jurisdiction j, Language language) {
    EscalationPath path = j.escalation();
    ObjectNode o = JSON.createObjectNode();
    o.put("name", path.name());
    ArrayNode ps = o.putArray("processes");
    for (DisputeProcess p : path.processes()) {
      ps.addObject().put("process", p.name()).put("cadreStage", p.cadreStage().label());
    }
    ArrayNode ss = o.putArray("steps");
    for (Step s : path.steps()) {
      ObjectNode sn = ss.addObject().put("from", s.from().name()).put("to", s.to().name())
          .put("condition", s.condition(language)).put("source", s.source());
      if (!s.when().isAlways()) {
        sn.put("when", s.when().toString());
      }
    }
    ArrayNode as = o.putArray("advice");
    for (Advice a : path.advice()) {
      ObjectNode an = as.addObject().put("process", a.process().name()).put("fits", a.fits());
      ArrayNode is = an.putArray("issues");
      a.issues().stream().map(IssueKind::name).sorted().forEach(is::add);
      an.put("text", a.text(language)).put("source", a.source());
    }
    return o;
  }
}
