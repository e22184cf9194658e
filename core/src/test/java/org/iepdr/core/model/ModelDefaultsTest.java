package org.iepdr.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.Instant;
import org.iepdr.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Pins the model's documented defaults and derived values: a participant's team, list and authority
 * flags, a reply in writing, evidence not from mediation, which meetings are IEP team meetings, which
 * request forms are written, a demand's hours, and the case's participant and side look-ups.
 */
class ModelDefaultsTest {

  private static final Instant AT = at("2026-03-10");

  @Test
  void onlyAnIepTeamMemberIsOnTheTeamByDefaultAndNobodyIsListedOrBindsTheAgencyByDefault() {
    for (ParticipantRole role : ParticipantRole.values()) {
      Participant p = Participant.builder().id("x").role(role).actsFor(Side.FAMILY).build();
      assertThat(p.onIepTeam()).as("%s on the IEP team", role).isEqualTo(role == ParticipantRole.IEP_TEAM_MEMBER);
      assertThat(p.onStateList()).as("%s on the state list", role).isFalse();
      assertThat(p.hasDecisionAuthority()).as("%s binds the agency", role).isFalse();
    }
    // Each default can be overridden: an agency representative who sits on the team and can bind the LEA.
    Participant rep = Participant.builder().id("rep").role(ParticipantRole.AGENCY_REPRESENTATIVE).onIepTeam(true)
        .hasDecisionAuthority(true).build();
    assertThat(rep.onIepTeam()).isTrue();
    assertThat(rep.hasDecisionAuthority()).isTrue();
    assertThat(Participant.builder().id("med").role(ParticipantRole.MEDIATOR).onStateList(true).build().onStateList())
        .isTrue();
    assertThat(Participant.builder().id("t").role(ParticipantRole.IEP_TEAM_MEMBER).onIepTeam(false).build()
        .onIepTeam()).isFalse();
  }

  @Test
  void aReplyIsInWritingAndEvidenceIsNotFromMediationUnlessSaidOtherwise() {
    Reply reply = Reply.builder().id("x").request("r").by(LEA).answer(Reply.Answer.DECLINED).at(AT).build();
    assertThat(reply.inWriting()).isTrue();
    assertThat(Reply.builder().from(reply).inWriting(false).build().inWriting()).isFalse();
    EvidenceOffered ev = EvidenceOffered.builder().id("ev").by(LEA).hearing("h").at(AT).build();
    assertThat(ev.fromMediation()).isFalse();
    assertThat(EvidenceOffered.builder().from(ev).fromMediation(true).build().fromMediation()).isTrue();
  }

  @Test
  void onlyIepAndFacilitatedIepMeetingsAreIepTeamMeetings() {
    assertThat(MeetingKind.IEP.isIepTeamMeeting()).isTrue();
    assertThat(MeetingKind.FACILITATED_IEP.isIepTeamMeeting()).isTrue();
    assertThat(MeetingKind.MEDIATION_SESSION.isIepTeamMeeting()).isFalse();
    assertThat(MeetingKind.RESOLUTION.isIepTeamMeeting()).isFalse();
    assertThat(MeetingKind.HEARING.isIepTeamMeeting()).isFalse();
    assertThat(MeetingKind.EXPEDITED_HEARING.isIepTeamMeeting()).isFalse();
  }

  @Test
  void lettersAndEmailsAreWrittenAndOralRequestsAreNot() {
    assertThat(RequestForm.WRITTEN.isWritten()).isTrue();
    assertThat(RequestForm.EMAIL.isWritten()).isTrue();
    assertThat(RequestForm.ORAL.isWritten()).isFalse();
  }

  @Test
  void aDemandsHoursMustNotBeNegative() {
    assertThat(Demand.builder().id("dm").kind(Demand.Kind.RECORDING_NOTICE).hours(0).by(LEA).at(AT).build().hours())
        .contains(0);
    assertThatThrownBy(() -> Demand.builder().id("dm").kind(Demand.Kind.RECORDING_NOTICE).hours(-1).by(LEA).at(AT)
        .build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("demand 'dm'.hours");
          assertThat(e.value()).isEqualTo("-1");
        });
    // Hours are checked whatever the kind of demand.
    assertThatThrownBy(() -> Demand.builder().id("dm").kind(Demand.Kind.RECORDING_FORBIDDEN).hours(-24).by(LEA).at(AT)
        .build())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aCaseFindsItsParticipantsByIdAndItsPartiesBySide() {
    Participant fac = Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).build();
    Participant adv = Participant.builder().id("adv").role(ParticipantRole.ADVOCATE).actsFor(Side.FAMILY).build();
    Case c = caseBuilder().addParticipants(fac, adv).addParties(Party.of("guardian", PartyRole.EDUCATIONAL_DECISION_MAKER))
        .build();
    assertThat(c.participant("adv")).containsSame(adv);
    assertThat(c.participant("fac")).containsSame(fac);
    assertThat(c.participant(PARENT)).isEmpty(); // a party, not a participant
    assertThat(c.participant("nobody")).isEmpty();
    assertThat(c.partiesOn(Side.FAMILY)).containsExactly(PARENT, "guardian");
    assertThat(c.partiesOn(Side.AGENCY)).containsExactly(LEA);
  }
}
