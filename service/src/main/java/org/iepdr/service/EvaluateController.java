package org.iepdr.service;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.iepdr.core.IepdrException;
import org.iepdr.core.message.Language;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.time.SchoolCalendar;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.casefile.JsonLinesReader;
import org.iepdr.json.output.BatchLineJson;
import org.iepdr.json.output.EvaluationJson;
import org.iepdr.json.output.JsonOutput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/evaluate}: the evaluation of one case file, as {@code iepdr check --format json}
 * writes it (schema {@code docs/schemas/evaluation.schema.json}); {@code POST /v1/batch}: one case per
 * line (JSON Lines) in, one line per case out and a summary line, as {@code iepdr batch} writes them
 * (schema {@code docs/schemas/batch-line.schema.json}), streamed both ways.
 */
@RestController
class EvaluateController {

  /** The name of a request body in problems (where the tool names the file). */
  static final String BODY = "<body>";
  /** The media types of JSON Lines a batch accepts. */
  static final String NDJSON = "application/x-ndjson";
  /** Lines written between two flushes while more input is waiting. */
  private static final int FLUSH_EVERY = 64;

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
  @Operation(summary = "Evaluate one case file (docs/case-file.md)", description = "The evaluation as iepdr check"
      + " --format json writes it (docs/schemas/evaluation.schema.json).")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "a case file",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
  ObjectNode evaluate(HttpServletRequest request, HttpServletResponse response,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(name = "lang", defaultValue = "en") String lang) throws IOException {
    Language language = Inputs.language(lang);
    byte[] body = Bodies.read(request.getInputStream(), limits.maxCaseBytes(), "the case");
    return evaluate(response, body, asOf, language, Optional.empty());
  }

  @PostMapping(path = "/v1/evaluate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Evaluate one case file with a school calendar",
      description = "multipart/form-data: the part 'case' (a case file) and the part 'schoolCalendar' (the"
          + " school-calendar text file of docs/case-file.md).")
  ObjectNode evaluateWithCalendar(HttpServletResponse response,
      @RequestPart("case") MultipartFile caseFile,
      @RequestPart(name = "schoolCalendar", required = false) @Nullable MultipartFile schoolCalendar,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(name = "lang", defaultValue = "en") String lang) throws IOException {
    Language language = Inputs.language(lang);
    byte[] body;
    try (InputStream in = caseFile.getInputStream()) {
      body = Bodies.read(in, limits.maxCaseBytes(), "the case");
    }
    Optional<SchoolCalendar> calendar = Optional.empty();
    if (schoolCalendar != null) {
      try (InputStream in = schoolCalendar.getInputStream()) {
        calendar = Inputs.schoolCalendar(Inputs.text(in, limits.maxCaseBytes(), "the school calendar"));
      }
    }
    return evaluate(response, body, asOf, language, calendar);
  }

  private ObjectNode evaluate(HttpServletResponse response, byte[] body, @Nullable LocalDate asOf,
      Language language, Optional<SchoolCalendar> calendar) {
    CaseFile cf = reader.read(BODY, body, 1);
    Case aCase = cf.aCase();
    Jurisdiction j = book.jurisdiction(aCase.state());
    // the evaluation's JSON never shows the per-rule trace (what was not fully checked does not depend on
    // it), so it is not kept: the same answer, fewer allocations
    var options = EvaluationOptions.builder().trace(false);
    LocalDate date = asOf != null ? asOf : cf.asOf().orElse(null);
    if (date != null) {
      options.asOf(date);
    }
    calendar.ifPresent(options::schoolCalendar);
    Evaluation e = j.evaluate(aCase, options.build());
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return EvaluationJson.toTree(j, e, language);
  }

  /**
   * The batch: reads a line, evaluates it and writes its answer before reading on, so neither the
   * input nor the output is ever held whole; a line past the per-line limit is skipped unread. The
   * first line past the limit, before anything was written, is answered with 413; a later one, when
   * the status is already sent, with an invalid line naming the limit.
   */
  @PostMapping(path = "/v1/batch", consumes = {NDJSON, "application/jsonl", "application/json-lines"},
      produces = NDJSON)
  @Operation(summary = "Evaluate one case per line (JSON Lines), streamed both ways",
      description = "One answer line per case, then a summary line, as iepdr batch writes them"
          + " (docs/schemas/batch-line.schema.json).")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "one case file per line",
      content = @Content(mediaType = NDJSON, schema = @Schema(type = "string")))
  void batch(HttpServletRequest request, HttpServletResponse response,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(name = "lang", defaultValue = "en") String lang) throws IOException {
    Language language = Inputs.language(lang);
    JsonLinesReader lines = new JsonLinesReader(request.getInputStream(), limits.maxCaseBytes());
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    long cases = 0;
    long invalid = 0;
    long withViolations = 0;
    @Nullable OutputStream out = null;
    int unflushed = 0;
    JsonLinesReader.Line line;
    while ((line = lines.next()) != null) {
      String text = line.text();
      if (text != null && text.isBlank()) {
        continue;
      }
      if (out == null) {
        if (line.overLimit()) {
          throw new TooLargeException("line " + line.number() + " of the batch: " + line.problem());
        }
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        out = response.getOutputStream();
      }
      cases++;
      ObjectNode o;
      try {
        if (text == null) {
          throw new CaseFileException(List.of(new CaseFileProblem(BODY, line.number(), line.column(), "$",
              String.valueOf(line.problem()))));
        }
        CaseFile cf = reader.read(BODY, text, line.number());
        LocalDate date = asOf != null ? asOf : cf.asOf().orElse(null);
        try {
          Jurisdiction j = book.jurisdiction(cf.aCase().state());
          EvaluationOptions options = date == null ? EvaluationOptions.defaults().withoutTrace()
              : EvaluationOptions.asOf(date).withoutTrace();
          Evaluation e = j.evaluate(cf.aCase(), options);
          o = BatchLineJson.evaluated(line.number(), j, e, language);
          if (e.hasViolations()) {
            withViolations++;
          }
          for (Finding f : e.findings()) {
            byRule.computeIfAbsent(f.ruleId().toString(), k -> new TreeMap<>()).merge(f.kind().name(), 1,
                Integer::sum);
          }
        } catch (IepdrException ex) {
          invalid++;
          o = BatchLineJson.invalid(line.number(), Optional.of(cf.aCase().id()),
              List.of(new CaseFileProblem(BODY, line.number(), 0, "$", String.valueOf(ex.getMessage()))));
        }
      } catch (CaseFileException ex) {
        invalid++;
        o = BatchLineJson.invalid(line.number(), ex.caseId(), ex.problems());
      }
      out.write((JsonOutput.line(o) + "\n").getBytes(StandardCharsets.UTF_8));
      if (++unflushed >= FLUSH_EVERY || !lines.ready()) {
        out.flush(); // what is evaluated goes out before the service waits for more input
        unflushed = 0;
      }
    }
    if (out == null) {
      response.setContentType(NDJSON);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      out = response.getOutputStream();
    }
    out.write((JsonOutput.line(BatchLineJson.summary(cases, invalid, withViolations, byRule)) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
