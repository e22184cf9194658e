package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.time.BusinessCalendar;

class MissouriProperties {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final BusinessCalendar BUSINESS = MO.counter().businessCalendar();

  @Property(tries = 300)
  void fiepLeadTimeHoldsExactlyWhenTheMeetingIs10OrMoreDaysAfterTheRequest(
      @ForAll @IntRange(min = 0, max = 1000) int requestOffset, @ForAll @IntRange(min = -5, max = 40) int gap) {
    LocalDate requested = BASE.plusDays(requestOffset);
    LocalDate meeting = requested.plusDays(gap);
    Case c = caseBuilder()
        .addEvents(Request.builder().id("fiep").kind(RequestKind.FACILITATED_IEP).filedBy(LEA).addSignedBy(PARENT, LEA)
            .at(MoFixtures.at(requested.toString(), "15:00")).build())
        .addEvents(Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).request("fiep")
            .at(MoFixtures.at(meeting.toString(), "09:00")).build())
        .build();
    boolean violation = !MO.evaluate(c, meeting.isAfter(requested) ? meeting : requested)
        .findings("MO.FIEP.LEAD_TIME").isEmpty();
    assertThat(violation).isEqualTo(gap < 10);
  }

  @Provide
  Arbitrary<List<Participant>> attendees() {
    Arbitrary<Participant> one = Combinators.combine(
        Arbitraries.of(ParticipantRole.ATTORNEY, ParticipantRole.ADVOCATE, ParticipantRole.OTHER,
            ParticipantRole.AGENCY_REPRESENTATIVE, ParticipantRole.IEP_TEAM_MEMBER),
        Arbitraries.of(Side.FAMILY, Side.AGENCY),
        Arbitraries.integers().between(0, 1_000_000))
        .as((role, side, n) -> Participant.builder().id("p" + n).role(role).actsFor(side).build());
    return one.list().ofMaxSize(8).uniqueElements(Participant::id);
  }

  @Property(tries = 300)
  void noAttorneysFiresExactlyWhenAnAttendeeIsAnAttorneyActingForAParty(
      @ForAll("attendees") List<Participant> people) {
    var m = Meeting.builder().id("s").kind(MeetingKind.MEDIATION_SESSION).at(MoFixtures.at("2026-02-20"))
        .addAttendees(PARENT, LEA);
    people.forEach(p -> m.addAttendees(p.id()));
    Case c = caseBuilder().addParticipants(people.toArray(Participant[]::new)).addEvents(m.build()).build();
    long attorneys = people.stream()
        .filter(p -> p.role() == ParticipantRole.ATTORNEY && p.actsFor().isPresent()).count();
    assertThat(MO.evaluate(c).findings("MO.MEDIATION.NO_ATTORNEYS")).hasSize((int) attorneys);
  }

  @Property
  void filingDateIsABusinessDayNeverEarlierAndEqualExactlyWhenReceivedOnABusinessDayBy1630(
      @ForAll @IntRange(min = 0, max = 3652) int day, @ForAll @IntRange(min = 0, max = 86_399) int second) {
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(day);
    Instant received = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(second), ChildComplaintFilingDate.ZONE)
        .toInstant();
    LocalDate receivedOn = received.atZone(ChildComplaintFilingDate.ZONE).toLocalDate();
    LocalTime time = received.atZone(ChildComplaintFilingDate.ZONE).toLocalTime();
    LocalDate filed = ChildComplaintFilingDate.of(received, MO.counter());
    assertThat(BUSINESS.isWorkingDay(filed)).isTrue();
    assertThat(filed).isAfterOrEqualTo(receivedOn);
    // the documented rule: same day exactly when a business day and not after 16:30:00 (before 8:00 included)
    boolean sameDay = BUSINESS.isWorkingDay(receivedOn) && !time.isAfter(LocalTime.of(16, 30));
    assertThat(filed.equals(receivedOn)).isEqualTo(sameDay);
    if (!sameDay) {
      assertThat(filed).isEqualTo(BUSINESS.nextOrSame(receivedOn.plusDays(1)));
    }
    // within DESE's business hours 8:00-16:30 always means the same day
    if (ChildComplaintFilingDate.withinBusinessHours(received, MO.counter())) {
      assertThat(filed).isEqualTo(receivedOn);
    }
  }

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<Set<IssueKind>> issues() {
    return Arbitraries.of(IssueKind.class).set();
  }

  /** An action chain: from the IEP meeting, repeatedly take one of the next steps the path offers. */
  @Property(tries = 500)
  void anActionChainWalkNeverLeavesThePath(@ForAll("choices") List<Integer> choices,
      @ForAll("issues") Set<IssueKind> issues) {
    EscalationPath path = MO.escalation();
    DisputeProcess at = DisputeProcess.IEP_MEETING;
    List<DisputeProcess> walked = new ArrayList<>(List.of(at));
    for (int choice : choices) {
      List<NextStep> next = path.nextSteps(at, issues);
      for (NextStep s : next) {
        assertThat(path.allows(at, s.process())).as("offered %s from %s", s.process(), at).isTrue();
        assertThat(path.processes()).contains(s.process());
        s.advice().forEach(a -> {
          assertThat(a.process()).isEqualTo(s.process());
          assertThat(a.issues().isEmpty() || a.issues().stream().anyMatch(issues::contains)).isTrue();
        });
      }
      if (next.isEmpty()) {
        assertThat(at).isEqualTo(DisputeProcess.JUDICIAL_REVIEW);
        break;
      }
      at = next.get(choice % next.size()).process();
      walked.add(at);
    }
    assertThat(walked).doesNotContainNull();
  }
}
