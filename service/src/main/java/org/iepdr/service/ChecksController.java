package org.iepdr.service;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.iepdr.core.conformance.Conformance;
import org.iepdr.core.conformance.ConformanceReport;
import org.iepdr.core.conformance.ConformanceRun;
import org.iepdr.core.conformance.ExpectationFailure;
import org.iepdr.core.conformance.InvalidWorkflowException;
import org.iepdr.core.conformance.TestCase;
import org.iepdr.core.conformance.TestCaseResult;
import org.iepdr.core.conformance.TestRun;
import org.iepdr.core.conformance.Workflow;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.json.testfile.TestFile;
import org.iepdr.json.testfile.TestFileReader;
import org.iepdr.json.workflow.ConformanceJson;
import org.iepdr.json.workflow.WorkflowFileException;
import org.iepdr.json.workflow.WorkflowReader;
import org.iepdr.json.workflow.WorkflowTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code POST /v1/conform}: a workflow template (docs/workflows.md, JSON or YAML) checked on every start
 * date of a range, as {@code iepdr conform --format json} writes it; {@code POST /v1/test}: a test file
 * (docs/test-files.md) run, as {@code iepdr test} runs it. Over HTTP a test case gives its case inline
 * ({@code case}): a {@code caseFile} path would name a file of the server, and is refused.
 */
@RestController
class ChecksController {

  /** The media types of YAML accepted. */
  static final String YAML = "application/yaml";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML_MAPPER = YAMLMapper.builder().build();

  private final RuleBook book;
  private final ServiceLimits limits;

  ChecksController(RuleBook book, ServiceLimits limits) {
    this.book = book;
    this.limits = limits;
  }

  private static boolean yaml(HttpServletRequest request) {
    String type = String.valueOf(request.getContentType());
    return type.contains("yaml");
  }

  @PostMapping(path = "/v1/conform", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml",
      "text/yaml"}, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Check a workflow template on every start date of a range (docs/workflows.md)")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "a workflow template",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")),
          @Content(mediaType = YAML, schema = @Schema(type = "string"))})
  ObjectNode conform(HttpServletRequest request, HttpServletResponse response,
      @RequestParam(name = "state", required = false) @Nullable String state,
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(name = "step", required = false) @Nullable String step) throws IOException {
    String text = Inputs.text(request.getInputStream(), limits.maxCaseBytes(), "the workflow template");
    String source = yaml(request) ? "<body>.yaml" : EvaluateController.BODY;
    WorkflowTemplate template = WorkflowReader.forRuleBook(book).read(source, text);
    String code = state != null ? state : template.state().orElseThrow(() -> new BadRequestException(
        "state is required: the template names no \"state\""));
    Jurisdiction j = book.jurisdiction(code);
    PlanController.inCalendar(j, "from", from);
    PlanController.inCalendar(j, "to", to);
    if (to.isBefore(from)) {
      throw new BadRequestException("to was " + to + "; allowed: a date on or after from (" + from + ")");
    }
    Optional<Workflow.Cadence> cadence = Optional.empty();
    if (step != null) {
      cadence = Optional.of(switch (step) {
        case "day" -> Workflow.Cadence.DAY;
        case "business-day" -> Workflow.Cadence.BUSINESS_DAY;
        case "15m" -> Workflow.Cadence.QUARTER_HOUR;
        default -> throw new BadRequestException("step was '" + Inputs.printable(step)
            + "'; allowed: day, business-day, 15m");
      });
    }
    ConformanceReport report;
    try {
      report = Conformance.run(j, template.workflow(), new ConformanceRun(from, to, cadence, Optional.empty()));
    } catch (InvalidWorkflowException e) {
      throw new WorkflowFileException(template.locate(e));
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("libraryVersion", RuleSetFingerprint.libraryVersion());
    o.put("ruleSetFingerprint", RuleSetFingerprint.of(j));
    o.setAll(ConformanceJson.tree(report));
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return o;
  }

  @PostMapping(path = "/v1/test", consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml",
      "text/yaml"}, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Run a test file (docs/test-files.md), each case inline")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "a test file",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")),
          @Content(mediaType = YAML, schema = @Schema(type = "string"))})
  ObjectNode test(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String text = Inputs.text(request.getInputStream(), limits.maxCaseBytes(), "the test file");
    boolean yaml = yaml(request);
    refuseCaseFiles(text, yaml);
    // no case file is read (refused above): the base directory is never used
    TestFile file = TestFileReader.forRuleBook(book).read(yaml ? "<body>.yaml" : EvaluateController.BODY, text,
        yaml, Path.of("/nonexistent"));
    TestRun run = TestRun.of(book);
    ObjectNode o = JSON.createObjectNode();
    o.put("libraryVersion", RuleSetFingerprint.libraryVersion());
    o.put("name", file.name());
    ArrayNode results = o.putArray("results");
    int failed = 0;
    Set<String> states = new TreeSet<>();
    for (TestCase c : file.cases()) {
      states.add(c.aCase().state());
      TestCaseResult r = run.run(c);
      ObjectNode rn = results.addObject().put("name", c.name()).put("where", c.where()).put("passed", r.passed());
      r.error().ifPresent(e -> rn.put("error", e));
      ArrayNode fs = rn.putArray("failures");
      for (ExpectationFailure f : r.failures()) {
        fs.addObject().put("at", f.expectation().where()).put("expected", f.expected()).put("got", f.got());
      }
      if (!r.passed()) {
        failed++;
      }
    }
    o.put("tests", file.cases().size());
    o.put("passed", file.cases().size() - failed);
    o.put("failed", failed);
    ObjectNode fps = o.putObject("ruleSetFingerprints");
    StringBuilder header = new StringBuilder();
    for (String s : states) {
      if (book.jurisdictions().contains(s)) {
        Jurisdiction j = book.jurisdiction(s);
        fps.put(j.code(), RuleSetFingerprint.of(j));
        header.append(header.length() == 0 ? "" : ",").append(Versions.fingerprint(j));
      }
    }
    if (header.length() > 0) {
      response.setHeader(Versions.RULE_SET_FINGERPRINT, header.toString());
    }
    return o;
  }

  /** A {@code caseFile} would be read from the server's disk: over HTTP the case is given inline. */
  private static void refuseCaseFiles(String text, boolean yaml) {
    JsonNode root;
    try {
      root = (yaml ? YAML_MAPPER : JSON).readTree(text);
    } catch (JacksonException e) {
      return; // the test-file reader reports the syntax with its line and column
    }
    if (root != null && root.path("cases").isArray()) {
      int i = 0;
      for (JsonNode c : root.path("cases")) {
        if (c.has("caseFile")) {
          throw new BadRequestException("$.cases[" + i + "].caseFile: a case file path is not accepted over HTTP"
              + " (it would name a file of the server); give the case inline with 'case'");
        }
        i++;
      }
    }
  }
}
