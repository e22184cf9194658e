package org.iepdr.service;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.iepdr.core.caseload.DueList;
import org.iepdr.core.caseload.DueWindow;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.output.DueJson;
import org.iepdr.json.output.IcsOutput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/due}: the caseload view, as {@code iepdr due} gives it (docs/caseload.md). The body is
 * a caseload as JSON Lines, streamed in: only the open deadlines due from {@code from} to {@code to} are
 * kept, never the cases. The answer is the due list as JSON ({@code docs/schemas/due.schema.json}) or, when
 * the client accepts {@code text/calendar}, one iCalendar file for the whole caseload. Every case is
 * evaluated as of {@code from}, or as of {@code asOf} (on or before {@code to}). A line that cannot be read
 * or evaluated answers 400 naming its line and every problem; a line past the per-case limit 413.
 */
@RestController
class DueController {

  /** The iCalendar media type. */
  static final String CALENDAR = "text/calendar";

  private final RuleBook book;
  private final CaseFileReader reader;
  private final ServiceLimits limits;

  DueController(RuleBook book, CaseFileReader reader, ServiceLimits limits) {
    this.book = book;
    this.reader = reader;
    this.limits = limits;
  }

  @PostMapping(path = "/v1/due", consumes = {EvaluateController.NDJSON, "application/jsonl",
      "application/json-lines"}, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The open deadlines due in a window across a caseload (JSON Lines, streamed in)",
      description = "As iepdr due --json writes it (docs/caseload.md); with Accept: text/calendar, one"
          + " iCalendar file for the whole caseload.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "one case file per line",
      content = @Content(mediaType = EvaluateController.NDJSON, schema = @Schema(type = "string")))
  ObjectNode due(HttpServletRequest request, HttpServletResponse response,
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(name = "lang", defaultValue = "en") String lang) throws IOException {
    Language language = Inputs.language(lang);
    DueList list = read(request, response, window(from, to, asOf));
    return DueJson.toTree(list, book, language);
  }

  @PostMapping(path = "/v1/due", consumes = {EvaluateController.NDJSON, "application/jsonl",
      "application/json-lines"}, produces = CALENDAR)
  @Operation(summary = "The open deadlines due in a window across a caseload, as one iCalendar file",
      description = "As iepdr due --ics writes it (docs/caseload.md).")
  String dueCalendar(HttpServletRequest request, HttpServletResponse response,
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asOf,
      @RequestParam(name = "lang", defaultValue = "en") String lang) throws IOException {
    Language language = Inputs.language(lang);
    DueList list = read(request, response, window(from, to, asOf));
    return IcsOutput.of(list, language);
  }

  private static DueWindow window(LocalDate from, LocalDate to, @Nullable LocalDate asOf) {
    if (to.isBefore(from)) {
      throw new BadRequestException("to was " + to + "; allowed: a date on or after from (" + from + ")");
    }
    if (asOf != null && asOf.isAfter(to)) {
      throw new BadRequestException("asOf was " + asOf + "; allowed: a date on or before to (" + to + ")");
    }
    return asOf == null ? DueWindow.of(from, to) : DueWindow.of(from, to, asOf);
  }

  /** Reads the caseload line by line into a due list; sets the fingerprint header of the states used. */
  private DueList read(HttpServletRequest request, HttpServletResponse response, DueWindow window)
      throws IOException {
    DueList list = new DueList(window);
    CaseLines.fold(request.getInputStream(), response, reader, book, limits, (cf, j) -> list.add(cf.aCase(), j));
    return list;
  }
}
