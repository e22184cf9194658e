package org.iepdr.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.iepdr.core.conformance.Adjustment;
import org.iepdr.core.conformance.Conformance;
import org.iepdr.core.conformance.ConformanceReport;
import org.iepdr.core.conformance.ConformanceRun;
import org.iepdr.core.conformance.Offset;
import org.iepdr.core.conformance.Step;
import org.iepdr.core.conformance.Workflow;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 19's target: a Missouri due process workflow (complaint, the district's copy, response,
 * resolution meeting, hearing, decision) at every start instant of 2027 at 15-minute steps (35,040
 * cases) against every rule of Missouri, in under 2 seconds on 2 cores. JMH reports seconds per run
 * (single shot); the runs use the common fork-join pool, as {@code iepdr conform} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@Threads(1)
public class ConformanceBenchmark {

  private Jurisdiction missouri;
  private Workflow workflow;
  private ConformanceRun year;

  /** Builds the workflow and checks the run's size. */
  @Setup(Level.Trial)
  public void setUp() {
    missouri = RuleBook.load().jurisdiction("MO");
    Instant t = Instant.parse("2027-01-04T16:00:00Z");
    Case prototype = Case.builder().id("bench").state("MO").district("Example R-1").student(Student.of("s"))
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("district", PartyRole.LEA),
            Party.of("dese", PartyRole.STATE_AGENCY))
        .addEvents(Request.builder().id("complaint").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy("parent")
            .filedWith(Recipient.STATE_AGENCY).addSignedBy("parent").at(t).build())
        .addEvents(Receipt.builder().id("copy").request("complaint").recipient(Recipient.LEA).sentBy("parent").at(t)
            .build())
        .addEvents(Reply.builder().id("response").request("complaint").by("district").answer(Reply.Answer.RESPONSE)
            .at(t).build())
        .addEvents(Meeting.builder().id("resolution").kind(MeetingKind.RESOLUTION).request("complaint")
            .addAttendees("parent", "district").at(t).build())
        .addEvents(Meeting.builder().id("hearing").kind(MeetingKind.HEARING).request("complaint")
            .addAttendees("parent", "district").at(t).build())
        .addEvents(Decision.builder().id("decision").kind(DecisionKind.HEARING_DECISION).request("complaint").at(t)
            .build())
        .build();
    workflow = Workflow.of("bench", prototype, List.of(
        Step.event("complaint", Optional.empty(), Offset.ZERO, List.of()),
        Step.event("copy", Optional.of("complaint"), Offset.ZERO, List.of()),
        Step.event("response", Optional.of("copy"), new Offset(7, Offset.Unit.CALENDAR_DAYS), List.of()),
        Step.event("resolution", Optional.of("copy"), new Offset(10, Offset.Unit.CALENDAR_DAYS),
            List.of(Adjustment.previousBusinessDay(), Adjustment.timeOfDay(LocalTime.of(13, 0)))),
        Step.event("hearing", Optional.of("copy"), new Offset(40, Offset.Unit.CALENDAR_DAYS),
            List.of(Adjustment.nextBusinessDay(), Adjustment.timeOfDay(LocalTime.of(9, 0)))),
        Step.event("decision", Optional.of("hearing"), new Offset(14, Offset.Unit.CALENDAR_DAYS),
            List.of(Adjustment.previousBusinessDay()))),
        Workflow.Cadence.QUARTER_HOUR, LocalTime.MIDNIGHT);
    year = ConformanceRun.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    int starts = Conformance.run(missouri, workflow, year).starts();
    if (starts != 35_040) {
      throw new IllegalStateException("the run has " + starts + " starts, not 35,040");
    }
  }

  /**
   * Checks the workflow at every quarter hour of 2027.
   *
   * @return the report
   */
  @Benchmark
  public ConformanceReport aYearAtFifteenMinutes() {
    return Conformance.run(missouri, workflow, year);
  }
}
