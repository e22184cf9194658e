package org.iepdr.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.iepdr.core.message.Language;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.output.EvaluationJson;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/evaluate}: the evaluation of one case file, as {@code iepdr check --format json}
 * writes it (schema {@code docs/schemas/evaluation.schema.json}).
 */
@RestController
class EvaluateController {

  /** The name of a request body in problems (where the tool names the file). */
  static final String BODY = "<body>";

  private final RuleBook book;
  private final CaseFileReader reader;
  private final ServiceLimits limits;

  EvaluateController(RuleBook book, CaseFileReader reader, ServiceLimits limits) {
    this.book = book;
    this.reader = reader;
    this.limits = limits;
  }

  @PostMapping(path = "/v1/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode evaluate(HttpServletRequest request, HttpServletResponse response,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(name = "lang", defaultValue = "en") String lang) throws IOException {
    Language language = Language.parse(lang);
    byte[] body = Bodies.read(request.getInputStream(), limits.maxCaseBytes(), "the case");
    CaseFile cf = reader.read(BODY, body, 1);
    Case aCase = cf.aCase();
    Jurisdiction j = book.jurisdiction(aCase.state());
    var options = EvaluationOptions.builder();
    LocalDate date = asOf != null ? asOf : cf.asOf().orElse(null);
    if (date != null) {
      options.asOf(date);
    }
    Evaluation e = j.evaluate(aCase, options.build());
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return EvaluationJson.toTree(j, e, language);
  }
}
