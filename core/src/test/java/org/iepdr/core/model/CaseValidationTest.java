package org.iepdr.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.util.Optional;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class CaseValidationTest {

  @Test
  void aCaseThatCannotBeTrueListsEveryProblemNamingEventAndField() {
    InvalidCaseException e = (InvalidCaseException) org.assertj.core.api.Assertions.catchThrowable(() -> caseBuilder()
        .addParticipants(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).build())
        .addEvents(Consent.builder().id("c1").scope(ConsentScope.SHARE_RECORDS_WITH_FACILITATOR).givenBy(PARENT)
            .at(at("2026-03-10")).revokedAt(at("2026-03-09")).build())
        .addEvents(Agreement.builder().id("a1").kind(AgreementKind.MEDIATION_AGREEMENT).addSignatories(PARENT, "fac")
            .at(at("2026-03-11")).build())
        .addEvents(Meeting.builder().id("m1").kind(MeetingKind.IEP).addAttendees(PARENT, "ghost").at(at("2026-03-12"))
            .build())
        .addEvents(Meeting.builder().id("m1").kind(MeetingKind.IEP).at(at("2026-03-13")).build())
        .build());
    assertThat(e.caseId()).isEqualTo("case-1");
    assertThat(e.problems()).containsExactlyInAnyOrder(
        new CaseProblem(Optional.of("c1"), "revokedAt",
            "the consent is revoked at 2026-03-09T14:00:00Z, before it was given at 2026-03-10T14:00:00Z"),
        new CaseProblem(Optional.of("a1"), "signatories", "'fac' is a participant, but this field needs a party"),
        new CaseProblem(Optional.of("m1"), "attendees",
            "'ghost' is not a party or participant of the case (known: [fac, lea, parent])"),
        new CaseProblem(Optional.of("m1"), "id", "two events have the id 'm1'"));
    assertThat(e.getMessage()).contains("4 problems").contains("event 'a1' field 'signatories'");
  }

  @Test
  void referencesMustNameTheRightKindOfEvent() {
    assertThatThrownBy(() -> caseBuilder()
        .addEvents(Meeting.builder().id("m1").kind(MeetingKind.IEP).at(at("2026-03-12")).build())
        .addEvents(Decision.builder().id("d1").kind(DecisionKind.HEARING_DECISION).request("m1").at(at("2026-03-13"))
            .build())
        .addEvents(Decision.builder().id("d2").kind(DecisionKind.HEARING_DECISION).request("nope").at(at("2026-03-13"))
            .build())
        .build())
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("event 'd1' field 'request': 'm1' is not a request event")
        .hasMessageContaining("event 'd2' field 'request': 'nope' is not an event of the case");
  }

  @Test
  void aPossibleButUnlawfulCaseIsValid() {
    Case c = caseBuilder()
        .addEvents(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT).at(at("2026-03-02"))
            .build())
        .addEvents(Meeting.builder().id("rm").kind(MeetingKind.RESOLUTION).request("dp").addAttendees(PARENT, LEA)
            .at(at("2026-06-30")).build())
        .build();
    assertThat(c.events()).hasSize(2);
  }

  @Test
  void eventsAreKeptInTimelineOrderAndTheStateCodeUpperCase() {
    Case c = caseBuilder().state("us")
        .addEvents(Meeting.builder().id("late").kind(MeetingKind.IEP).at(at("2026-03-12")).build())
        .addEvents(Meeting.builder().id("b").kind(MeetingKind.IEP).at(at("2026-03-01")).build())
        .addEvents(Meeting.builder().id("a").kind(MeetingKind.IEP).at(at("2026-03-01")).build())
        .build();
    assertThat(c.events()).extracting(CaseEvent::id).containsExactly("a", "b", "late");
    assertThat(c.state()).isEqualTo("US");
  }

  @Test
  void badSingleValuesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Participant.builder().id("x").role(ParticipantRole.ATTORNEY).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("field 'participant 'x'.actsFor' was empty; allowed: the side (FAMILY or AGENCY) an ATTORNEY acts for");
    assertThatThrownBy(() -> Student.of(" ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("student.id");
    assertThatThrownBy(() -> caseBuilder().state("Missouri").build()).isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("'Missouri' is not a two-letter state code");
  }

  @Test
  void studentAndPartyNamesAreRedacted() {
    Student s = Student.builder().id("s-9").name("Jamie Doe").birthDate(java.time.LocalDate.of(2012, 2, 29)).build();
    assertThat(s.toString()).contains("s-9").doesNotContain("Jamie").doesNotContain("2012");
    Party p = Party.builder().id("p").role(PartyRole.PARENT).name("Pat Doe").build();
    assertThat(p.toString()).doesNotContain("Pat");
  }
}
