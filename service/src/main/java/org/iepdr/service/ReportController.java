package org.iepdr.service;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iepdr.core.IepdrException;
import org.iepdr.core.report.MediationRelation;
import org.iepdr.core.report.ReportingYear;
import org.iepdr.core.report.Section618Counter;
import org.iepdr.core.report.Section618Element;
import org.iepdr.core.report.Section618Options;
import org.iepdr.core.report.Section618Report;
import org.iepdr.core.report.SuppressedTable;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.output.Section618Json;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/reports/section-618}: the IDEA Section 618 dispute-resolution report of a caseload
 * sent as JSON Lines (streamed in: only the counts are kept), as {@code iepdr report section-618 --format
 * json} writes it (docs/section-618.md). The options are the tool's: {@code year}, {@code statusDate},
 * {@code suppress}, {@code showCases}, {@code mediationRelated}, {@code expeditedInSectionC}.
 */
@RestController
class ReportController {

  private final RuleBook book;
  private final CaseFileReader reader;
  private final ServiceLimits limits;

  ReportController(RuleBook book, CaseFileReader reader, ServiceLimits limits) {
    this.book = book;
    this.reader = reader;
    this.limits = limits;
  }

  @PostMapping(path = "/v1/reports/section-618", consumes = {EvaluateController.NDJSON, "application/jsonl",
      "application/json-lines"}, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The IDEA Section 618 dispute-resolution report of a caseload (JSON Lines, streamed in)",
      description = "As iepdr report section-618 --format json writes it (docs/section-618.md).")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "one case file per line",
      content = @Content(mediaType = EvaluateController.NDJSON, schema = @Schema(type = "string")))
  ObjectNode section618(HttpServletRequest request, HttpServletResponse response, @RequestParam("year") String year,
      @RequestParam(name = "statusDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate statusDate,
      @RequestParam(name = "suppress", required = false) @Nullable Integer suppress,
      @RequestParam(name = "showCases", required = false) @Nullable List<String> showCases,
      @RequestParam(name = "mediationRelated", defaultValue = "COMPLAINT_PENDING_WHEN_HELD") String mediationRelated,
      @RequestParam(name = "expeditedInSectionC", defaultValue = "true") boolean expeditedInSectionC)
      throws IOException {
    ReportingYear y;
    try {
      y = ReportingYear.parse(year);
    } catch (IepdrException e) {
      throw new BadRequestException("year was '" + Inputs.printable(year) + "'; allowed: a reporting year such as"
          + " 2025-26");
    }
    if (suppress != null && suppress < 1) {
      throw new BadRequestException("suppress was " + suppress + "; allowed: a count of at least 1");
    }
    List<String> show = showCases == null ? List.of() : showCases;
    if (suppress != null && !show.isEmpty()) {
      throw new BadRequestException("showCases cannot be combined with suppress: the cases behind a count are never"
          + " part of a published table");
    }
    MediationRelation relation;
    try {
      relation = MediationRelation.valueOf(mediationRelated);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("mediationRelated was '" + Inputs.printable(mediationRelated) + "'; allowed: "
          + Arrays.stream(MediationRelation.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
    Set<Section618Element> drill = EnumSet.noneOf(Section618Element.class);
    for (String code : show) {
      drill.add(Section618Element.byCode(code).orElseThrow(() -> new BadRequestException("showCases was '"
          + Inputs.printable(code) + "'; allowed: " + Arrays.stream(Section618Element.values())
              .map(Section618Element::code).collect(Collectors.joining(", ")))));
    }
    if (suppress == null) {
      drill.add(Section618Element.REPORTS_NOT_WITHIN_TIMELINES);
      drill.add(Section618Element.DECISIONS_NOT_WITHIN_TIMELINES);
    }
    if (statusDate != null && !y.contains(statusDate)) {
      throw new BadRequestException("statusDate was " + statusDate + "; allowed: a date from " + y.start() + " to "
          + y.end());
    }
    Section618Options.Builder ob = Section618Options.builder().drillDown(drill).mediationRelation(relation)
        .expeditedInSectionC(expeditedInSectionC);
    if (statusDate != null) {
      ob.statusDate(statusDate);
    }
    Section618Counter counter = new Section618Counter(y, ob.build());
    Map<String, Jurisdiction> used = CaseLines.fold(request.getInputStream(), response, reader, book, limits,
        (cf, j) -> counter.add(cf.aCase(), j, EvaluationOptions.defaults()));
    Section618Report r = counter.report();
    Optional<SuppressedTable> table = suppress == null ? Optional.empty() : Optional.of(r.suppress(suppress));
    return Section618Json.of(r, new ArrayList<>(used.values()), table);
  }
}
