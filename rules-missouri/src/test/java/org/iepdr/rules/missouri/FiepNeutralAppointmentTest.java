package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;

import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.junit.jupiter.api.Test;

/**
 * MO.FIEP.NEUTRAL_FACILITATOR also judges a facilitator appointed for a FIEP request before any
 * meeting, and not one appointed for another kind of request; and the helpers it shares.
 */
class FiepNeutralAppointmentTest {

  private static final String NEUTRAL = "MO.FIEP.NEUTRAL_FACILITATOR";
  private static final Participant UNTRAINED = Participant.builder().id("fac").role(ParticipantRole.FACILITATOR)
      .trainingDays(1).build();

  private static Request request(RequestKind kind) {
    return Request.builder().id("req").kind(kind).filedBy(LEA).requestedBy(PARENT).at(at("2026-03-02")).build();
  }

  @Test
  void anUntrainedFacilitatorAppointedForAFiepRequestIsAViolationNamingTheAppointment() {
    var c = caseBuilder().addParticipants(UNTRAINED).addEvents(request(RequestKind.FACILITATED_IEP),
        Appointment.builder().id("appt").participant("fac").request("req").at(at("2026-03-03")).build()).build();
    assertThat(MO.evaluate(c).findings(NEUTRAL)).singleElement().satisfies(f -> {
      assertThat(f.events()).containsExactly("appt");
      assertThat(f.message()).contains("1 day(s)");
    });
    var noRequest = caseBuilder().addParticipants(UNTRAINED).addEvents(
        Appointment.builder().id("appt").participant("fac").at(at("2026-03-03")).build()).build();
    assertThat(MO.evaluate(noRequest).findings(NEUTRAL)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("appt"));
  }

  @Test
  void aFacilitatorAppointedForAnotherKindOfRequestIsNotJudgedHere() {
    var c = caseBuilder().addParticipants(UNTRAINED).addEvents(request(RequestKind.MEDIATION),
        Appointment.builder().id("appt").participant("fac").request("req").at(at("2026-03-03")).build()).build();
    assertThat(MO.evaluate(c).findings(NEUTRAL)).isEmpty();
  }

  @Test
  void aCancelledMeetingDoesNotCountButTheMeetingAndTheAppointmentAreBothNamed() {
    var cancelled = caseBuilder().addParticipants(UNTRAINED).addEvents(Meeting.builder().id("m")
        .kind(MeetingKind.FACILITATED_IEP).status(Meeting.Status.CANCELLED).at(at("2026-03-20"))
        .addAttendees(PARENT, LEA, "fac").build()).build();
    assertThat(MO.evaluate(cancelled).findings(NEUTRAL)).isEmpty();
    var both = caseBuilder().addParticipants(UNTRAINED).addEvents(request(RequestKind.FACILITATED_IEP),
        Appointment.builder().id("appt").participant("fac").request("req").at(at("2026-03-03")).build(),
        Meeting.builder().id("m").kind(MeetingKind.FACILITATED_IEP).request("req").at(at("2026-03-20"))
            .addAttendees(PARENT, LEA, "fac").build()).build();
    assertThat(MO.evaluate(both).findings(NEUTRAL)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactlyInAnyOrder("m", "appt"));
  }

  @Test
  void theSharedHelpersAnswerAtTheirEdges() {
    Request r = request(RequestKind.FACILITATED_IEP);
    assertThat(Sources.belongsTo(Appointment.builder().id("a").participant("fac").request("req")
        .at(at("2026-03-03")).build(), r)).isTrue();
    assertThat(Sources.belongsTo(Appointment.builder().id("a").participant("fac").request("other")
        .at(at("2026-03-03")).build(), r)).isFalse();
    assertThat(Sources.belongsTo(Appointment.builder().id("a").participant("fac").at(at("2026-03-03")).build(), r))
        .isTrue();
    assertThat(Sources.notAfter(at("2026-03-03"), at("2026-03-03"))).isTrue();
    assertThat(Sources.notAfter(at("2026-03-03"), at("2026-03-04"))).isTrue();
    assertThat(Sources.notAfter(at("2026-03-04"), at("2026-03-03"))).isFalse();
  }
}
