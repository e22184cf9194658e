package org.iepdr.core.idea;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import org.iepdr.core.model.Case;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Side;
import org.junit.jupiter.api.Test;

class ResolutionLeaAttorneyTest {

  private static final String ID = "IDEA.RESOLUTION.LEA_ATTORNEY";

  private static Case meeting(MeetingKind kind, Meeting.Status status, String... attendees) {
    return caseBuilder()
        .addParticipants(
            Participant.builder().id("lea-law").role(ParticipantRole.ATTORNEY).actsFor(Side.AGENCY).build(),
            Participant.builder().id("fam-law").role(ParticipantRole.ATTORNEY).actsFor(Side.FAMILY).build(),
            Participant.builder().id("adv").role(ParticipantRole.ADVOCATE).actsFor(Side.FAMILY).build())
        .addEvents(parentComplaint("2026-03-02"),
            Meeting.builder().id("rm").kind(kind).status(status).request("dp").at(at("2026-03-10"))
                .addAttendees(attendees).build())
        .build();
  }

  @Test
  void theLeaAttorneyWithoutTheParentsAttorneyIsAViolation() {
    assertThat(US.evaluate(meeting(MeetingKind.RESOLUTION, Meeting.Status.HELD, PARENT, LEA, "lea-law", "adv"))
        .findings(ID)).singleElement().satisfies(f -> {
          assertThat(f.key()).isEqualTo("IDEA.RESOLUTION.LEA_ATTORNEY.unaccompanied_parent");
          assertThat(f.facts().date("held")).contains(LocalDate.parse("2026-03-10"));
          assertThat(f.events()).containsExactly("rm");
        });
  }

  @Test
  void bothAttorneysOrNoLeaAttorneyDoNotFire() {
    assertThat(US.evaluate(meeting(MeetingKind.RESOLUTION, Meeting.Status.HELD, PARENT, LEA, "lea-law", "fam-law"))
        .findings(ID)).isEmpty();
    assertThat(US.evaluate(meeting(MeetingKind.RESOLUTION, Meeting.Status.HELD, PARENT, LEA, "fam-law"))
        .findings(ID)).isEmpty();
  }

  @Test
  void otherMeetingsAndCancelledMeetingsDoNotFire() {
    assertThat(US.evaluate(meeting(MeetingKind.MEDIATION_SESSION, Meeting.Status.HELD, PARENT, LEA, "lea-law"))
        .findings(ID)).isEmpty();
    assertThat(US.evaluate(meeting(MeetingKind.RESOLUTION, Meeting.Status.CANCELLED, PARENT, LEA, "lea-law"))
        .findings(ID)).isEmpty();
  }
}
