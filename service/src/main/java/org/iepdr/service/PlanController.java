package org.iepdr.service;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DayCount;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;
import org.iepdr.core.MissingCalendarException;
import org.iepdr.core.time.SchoolCalendar;
import org.iepdr.json.output.PlanJson;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v1/plan}: the earliest and latest lawful dates of proposed acts, as {@code iepdr plan --format
 * json} writes them (schema {@code docs/schemas/plan.schema.json}); {@code /v1/days}: the day-counting
 * calculator of {@code iepdr days}. Both answer a GET; a POST with a school-calendar file as its
 * {@code text/plain} body counts school days with it.
 */
@RestController
class PlanController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RuleBook book;
  private final ServiceLimits limits;

  PlanController(RuleBook book, ServiceLimits limits) {
    this.book = book;
    this.limits = limits;
  }

  @GetMapping(path = "/v1/plan", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode plan(HttpServletResponse response, @RequestParam("state") String state,
      @RequestParam("act") List<String> acts,
      @RequestParam("trigger") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate trigger,
      @RequestParam(name = "rulesAsOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate rulesAsOf) {
    return plan(response, state, acts, trigger, rulesAsOf, Optional.empty());
  }

  @PostMapping(path = "/v1/plan", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Plan proposed acts with a school calendar")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "a school-calendar file",
      content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")))
  ObjectNode planWithCalendar(HttpServletRequest request, HttpServletResponse response,
      @RequestParam("state") String state, @RequestParam("act") List<String> acts,
      @RequestParam("trigger") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate trigger) throws IOException {
    return plan(response, state, acts, trigger, null, calendar(request));
  }

  private Optional<SchoolCalendar> calendar(HttpServletRequest request) throws IOException {
    return Inputs.schoolCalendar(Inputs.text(request.getInputStream(), limits.maxCaseBytes(), "the school calendar"));
  }

  private ObjectNode plan(HttpServletResponse response, String state, List<String> acts, LocalDate trigger,
      @Nullable LocalDate rulesAsOf, Optional<SchoolCalendar> calendar) {
    Jurisdiction j = book.jurisdiction(state);
    inCalendar(j, "trigger", trigger);
    if (rulesAsOf != null) {
      inCalendar(j, "rulesAsOf", rulesAsOf);
    }
    if (acts.isEmpty()) {
      throw new BadRequestException("act was not given; allowed: one or more proposed acts");
    }
    List<Plan> plans = new ArrayList<>();
    for (String a : acts) {
      ProposedAct act = Inputs.act(a);
      try {
        plans.add(calendar.isPresent() ? j.plan(act, trigger, calendar.get())
            : j.plan(act, trigger, rulesAsOf != null ? rulesAsOf : trigger));
      } catch (MissingCalendarException e) {
        throw new BadRequestException(act + " counts school days: " + e.getMessage()
            + "; POST the district's school calendar as the text/plain body (see docs/case-file.md)");
      }
    }
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return PlanJson.toTree(j, plans);
  }

  @GetMapping(path = "/v1/days", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode days(HttpServletResponse response, @RequestParam("state") String state,
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(name = "add", required = false) @Nullable Integer add,
      @RequestParam(name = "until", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate until,
      @RequestParam(name = "unit", defaultValue = "calendar") String unit) {
    return days(response, state, from, add, until, unit, Optional.empty());
  }

  @PostMapping(path = "/v1/days", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Count school days of a school calendar")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "a school-calendar file",
      content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")))
  ObjectNode schoolDays(HttpServletRequest request, HttpServletResponse response, @RequestParam("state") String state,
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(name = "add", required = false) @Nullable Integer add,
      @RequestParam(name = "until", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate until) throws IOException {
    Optional<SchoolCalendar> calendar = calendar(request);
    if (calendar.isEmpty()) {
      throw new BadRequestException("the body was empty; POST a school-calendar file (see docs/case-file.md), or"
          + " GET for calendar or business days");
    }
    return days(response, state, from, add, until, "school", calendar);
  }

  private ObjectNode days(HttpServletResponse response, String state, LocalDate from, @Nullable Integer add,
      @Nullable LocalDate until, String unit, Optional<SchoolCalendar> calendar) {
    Jurisdiction j = book.jurisdiction(state);
    if ((add == null) == (until == null)) {
      throw new BadRequestException("give exactly one of add (days to add, negative to count back) and until (a date)");
    }
    DayCount count = switch (unit.toLowerCase(Locale.ROOT)) {
      case "calendar" -> DayCount.CALENDAR;
      case "business" -> DayCount.BUSINESS;
      case "school" -> DayCount.SCHOOL;
      default -> throw new BadRequestException("unit was '" + Inputs.printable(unit)
          + "'; allowed: calendar, business (school: POST a school calendar)");
    };
    DayCounter counter = j.counter();
    if (calendar.isPresent()) {
      counter = counter.withSchoolCalendar(calendar.get());
    } else if (count == DayCount.SCHOOL) {
      throw new BadRequestException("unit was 'school'; POST the district's school calendar as the text/plain body");
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("libraryVersion", RuleSetFingerprint.libraryVersion());
    o.put("ruleSetFingerprint", RuleSetFingerprint.of(j));
    o.put("jurisdiction", j.code());
    o.put("from", from.toString());
    o.put("unit", count.name());
    if (add != null) {
      int n = add;
      LocalDate result = n >= 0 ? counter.plus(from, DayPeriod.of(n, count))
          : counter.minus(from, DayPeriod.of(-n, count));
      o.put("add", n);
      o.put("date", result.toString());
    } else if (until != null) {
      o.put("until", until.toString());
      o.put("days", counter.count(from, until, count));
    }
    response.setHeader(Versions.RULE_SET_FINGERPRINT, Versions.fingerprint(j));
    return o;
  }

  /** Refuses a date outside the years the jurisdiction's business calendar covers, as the tool does. */
  static void inCalendar(Jurisdiction j, String parameter, LocalDate date) {
    BusinessCalendar c = j.counter().businessCalendar();
    if (date.isBefore(c.firstCovered()) || date.isAfter(c.lastCovered())) {
      throw new BadRequestException(parameter + " was " + date + "; allowed: a date the calendar '" + c.name()
          + "' covers, " + c.firstCovered() + " to " + c.lastCovered() + " (no date can be counted from a date"
          + " outside it)");
    }
  }
}
