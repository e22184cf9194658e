package org.iepdr.service;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iepdr.core.IepdrException;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.rules.UnknownJurisdictionException;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.SchoolCalendarFileException;
import org.iepdr.json.testfile.TestFileException;
import org.iepdr.json.workflow.WorkflowFileException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}) with the library
 * version: 400 for a bad case (every problem with its source, line, column, JSON path and message, as
 * the command-line tool prints them) or bad parameters, 404 for an unknown jurisdiction (naming the
 * installed ones), 413 past a limit, and Spring's own answers for 405, 406 and 415. Never a stack
 * trace; a 500 only for a bug, whose details stay out of the answer and the log (only the exception's
 * class is logged: a message could hold any text of the input).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  /** The problem type of a case file with problems. */
  static final URI INVALID_CASE = URI.create("urn:iepdr:problem:invalid-case");
  /** The problem type of a value the library refuses. */
  static final URI INVALID_INPUT = URI.create("urn:iepdr:problem:invalid-input");
  /** The problem type of an unknown jurisdiction. */
  static final URI UNKNOWN_JURISDICTION = URI.create("urn:iepdr:problem:unknown-jurisdiction");
  /** The problem type of an input past a limit. */
  static final URI TOO_LARGE = URI.create("urn:iepdr:problem:too-large");

  private final String fingerprints;

  ProblemHandler(RuleBook book) {
    this.fingerprints = Versions.fingerprints(book);
  }

  @ExceptionHandler(CaseFileException.class)
  ResponseEntity<ProblemDetail> invalidCase(CaseFileException e) {
    List<CaseFileProblem> problems = e.problems();
    boolean tooBig = problems.stream().anyMatch(p -> isLimit(p.message()));
    HttpStatus status = tooBig ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + " in the case file");
    p.setType(tooBig ? TOO_LARGE : INVALID_CASE);
    p.setTitle(tooBig ? "Input past a limit" : "Invalid case file");
    p.setProperty("problems", problems.stream().map(ProblemHandler::problem).toList());
    return problem(p);
  }

  /** Whether a reader's problem is one of its limits (CaseFileReader.Limits), answered with 413. */
  static boolean isLimit(String message) {
    return message.contains("(CaseFileReader.Limits)");
  }

  static Map<String, Object> problem(CaseFileProblem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", p.source());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("path", p.path());
    m.put("message", p.message());
    return m;
  }

  @ExceptionHandler(WorkflowFileException.class)
  ResponseEntity<ProblemDetail> invalidWorkflow(WorkflowFileException e) {
    return problems(e.problems(), "workflow template");
  }

  @ExceptionHandler(TestFileException.class)
  ResponseEntity<ProblemDetail> invalidTestFile(TestFileException e) {
    return problems(e.problems(), "test file");
  }

  private ResponseEntity<ProblemDetail> problems(List<CaseFileProblem> problems, String what) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + " in the " + what);
    p.setType(INVALID_CASE);
    p.setTitle("Invalid " + what);
    p.setProperty("problems", problems.stream().map(ProblemHandler::problem).toList());
    return problem(p);
  }

  @ExceptionHandler(SchoolCalendarFileException.class)
  ResponseEntity<ProblemDetail> invalidCalendar(SchoolCalendarFileException e) {
    ProblemDetail p = detail(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid school calendar", e);
    p.setProperty("problems", e.problems());
    return problem(p);
  }

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
    return problem(detail(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", e));
  }

  @ExceptionHandler(TooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(TooLargeException e) {
    return problem(detail(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Input past a limit", e));
  }

  @ExceptionHandler(UnknownJurisdictionException.class)
  ResponseEntity<ProblemDetail> unknownJurisdiction(UnknownJurisdictionException e) {
    ProblemDetail p = detail(HttpStatus.NOT_FOUND, UNKNOWN_JURISDICTION, "Unknown jurisdiction", e);
    p.setProperty("jurisdiction", e.code());
    p.setProperty("installed", e.installed());
    return problem(p);
  }

  @ExceptionHandler(IepdrException.class)
  ResponseEntity<ProblemDetail> invalidInput(IepdrException e) {
    return problem(detail(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", e));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> bug(Exception e) {
    // the class and where, never the message: it could quote any text of the input
    StackTraceElement[] at = e.getStackTrace();
    LOG.error("internal error: {} at {}", e.getClass().getName(), at.length > 0 ? at[0] : "?");
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "an internal error; the service log names its class");
    p.setTitle("Internal error");
    return problem(p);
  }

  /** A problem of a status, type and title whose detail is the exception's message. */
  private static ProblemDetail detail(HttpStatus status, URI type, String title, Exception e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, String.valueOf(e.getMessage()));
    p.setType(type);
    p.setTitle(title);
    return p;
  }

  private ResponseEntity<ProblemDetail> problem(ProblemDetail p) {
    stamp(p);
    return ResponseEntity.status(p.getStatus()).body(p);
  }

  /** Every answer carries the library version and the rule sets installed, a problem too. */
  private void stamp(ProblemDetail p) {
    p.setProperty("libraryVersion", RuleSetFingerprint.libraryVersion());
    p.setProperty("ruleSetFingerprint", fingerprints);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail p) {
      stamp(p);
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }
}
