package org.iepdr.rules.missouri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.missouri.MoFixtures.LEA;
import static org.iepdr.rules.missouri.MoFixtures.MO;
import static org.iepdr.rules.missouri.MoFixtures.PARENT;
import static org.iepdr.rules.missouri.MoFixtures.at;
import static org.iepdr.rules.missouri.MoFixtures.caseBuilder;
import static org.iepdr.rules.missouri.MoFixtures.d;

import java.time.LocalDate;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.ProposedAct;
import org.junit.jupiter.api.Test;

class MediationRulesTest {

  private static final Participant MEDIATOR =
      Participant.builder().id("med").role(ParticipantRole.MEDIATOR).onStateList(true).build();

  private static Request request() {
    return Request.builder().id("mr").kind(RequestKind.MEDIATION).filedBy(PARENT).at(at("2026-02-02"))
        .addContents(RequestContent.STUDENT_NAME, RequestContent.DISTRICT, RequestContent.NATURE_OF_DISPUTE,
            RequestContent.STATE_SPONSORED_MEDIATION_REQUESTED).build();
  }

  // ------------------------------------------------------------ no attorneys

  private static Evaluation sessionWith(Participant... extra) {
    var b = caseBuilder().addParticipants(MEDIATOR).addParticipants(extra);
    var m = Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).at(at("2026-02-20"))
        .addAttendees(PARENT, LEA, "med");
    for (Participant p : extra) {
      m.addAttendees(p.id());
    }
    return MO.evaluate(b.addEvents(m.build()).build());
  }

  @Test
  void anAttorneyForEitherSideIsAViolationAnAdvocateIsNot() {
    Participant familyLawyer = Participant.builder().id("atty").role(ParticipantRole.ATTORNEY).actsFor(Side.FAMILY)
        .build();
    Participant districtLawyer = Participant.builder().id("atty2").role(ParticipantRole.ATTORNEY)
        .actsFor(Side.AGENCY).build();
    Participant advocate = Participant.builder().id("adv").role(ParticipantRole.ADVOCATE).actsFor(Side.FAMILY)
        .build();
    assertThat(sessionWith(familyLawyer).findings("MO.MEDIATION.NO_ATTORNEYS")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("acting for the family");
      assertThat(f.events()).containsExactly("s1");
    });
    assertThat(sessionWith(districtLawyer).findings("MO.MEDIATION.NO_ATTORNEYS")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("acting for the district"));
    assertThat(sessionWith(advocate).findings("MO.MEDIATION.NO_ATTORNEYS")).isEmpty();
    assertThat(sessionWith(familyLawyer, districtLawyer).findings("MO.MEDIATION.NO_ATTORNEYS")).hasSize(2);
  }

  // ------------------------------------------------------------ party size (warning)

  private static Participant person(String id, Side side, boolean authority) {
    return Participant.builder().id(id).role(ParticipantRole.OTHER).actsFor(side).hasDecisionAuthority(authority)
        .build();
  }

  @Test
  void aPartyPlusThreeIsFineAFourthCompanionIsAWarningUnlessBothAgreed() {
    // MPACT: "No more than 3 people can accompany each party": the parent and three companions are fine
    Participant boss = person("boss", Side.AGENCY, true);
    Evaluation three = sessionWith(boss, person("a1", Side.FAMILY, false), person("a2", Side.FAMILY, false),
        person("a3", Side.FAMILY, false));
    assertThat(three.findings("MO.MEDIATION.PARTY_SIZE")).isEmpty();
    Evaluation four = sessionWith(boss, person("a1", Side.FAMILY, false), person("a2", Side.FAMILY, false),
        person("a3", Side.FAMILY, false), person("a4", Side.FAMILY, false));
    assertThat(four.findings("MO.MEDIATION.PARTY_SIZE")).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("MO.MEDIATION.PARTY_SIZE.too_many");
      assertThat(f.facts().number("count")).hasValue(4);
      assertThat(f.message()).contains("4 people accompanied the family");
    });
    // the district's side: the LEA party and three named people are fine, a fourth is not
    Evaluation district = sessionWith(boss, person("d1", Side.AGENCY, false), person("d2", Side.AGENCY, false),
        person("d3", Side.AGENCY, false));
    assertThat(district.findings("MO.MEDIATION.PARTY_SIZE")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("4 people accompanied the district"));
    Case agreed = caseBuilder().addParticipants(MEDIATOR, boss, person("a1", Side.FAMILY, false),
            person("a2", Side.FAMILY, false), person("a3", Side.FAMILY, false), person("a4", Side.FAMILY, false))
        .addEvents(Agreement.builder().id("more").kind(AgreementKind.MORE_ATTENDEES).addSignatories(PARENT, LEA)
            .at(at("2026-02-10")).build())
        .addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).at(at("2026-02-20"))
            .addAttendees(PARENT, LEA, "med", "boss", "a1", "a2", "a3", "a4").build())
        .build();
    assertThat(MO.evaluate(agreed).findings("MO.MEDIATION.PARTY_SIZE")).isEmpty();
  }

  @Test
  void theDistrictSendsSomeoneWithAuthority() {
    assertThat(sessionWith(person("clerk", Side.AGENCY, false)).findings("MO.MEDIATION.PARTY_SIZE"))
        .singleElement().satisfies(f -> {
          assertThat(f.key()).isEqualTo("MO.MEDIATION.PARTY_SIZE.no_authority");
          // the case records no one with authority: the warning says so rather than that no one had it
          assertThat(f.message()).contains("for the district is recorded as having authority to make decisions");
        });
    assertThat(sessionWith(person("boss", Side.AGENCY, true)).findings("MO.MEDIATION.PARTY_SIZE")).isEmpty();
    // only the LEA party: who came is not known, so nothing is reported
    assertThat(sessionWith().findings("MO.MEDIATION.PARTY_SIZE")).isEmpty();
  }

  // ------------------------------------------------------------ request contents

  @Test
  void aCompleteWrittenRequestIsFine() {
    assertThat(MO.evaluate(caseBuilder().addEvents(request()).build()).findings("MO.MEDIATION.REQUEST")).isEmpty();
  }

  @Test
  void oneFindingNamesEveryMissingElement() {
    Case c = caseBuilder().addEvents(Request.builder().id("mr").kind(RequestKind.MEDIATION).filedBy(PARENT)
        .form(RequestForm.ORAL).addContents(RequestContent.STUDENT_NAME).at(at("2026-02-02")).build()).build();
    assertThat(MO.evaluate(c).findings("MO.MEDIATION.REQUEST")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("not in writing").contains("the district").contains("nature of the dispute")
          .contains("state-sponsored mediation").doesNotContain("the student;");
      assertThat(f.events()).containsExactly("mr");
    });
  }

  @Test
  void demandingADueProcessFilingFirstIsAViolation() {
    Case c = caseBuilder().addEvents(request()).addEvents(Demand.builder().id("dp-first")
        .kind(Demand.Kind.DUE_PROCESS_FILING_BEFORE_MEDIATION).by(LEA).request("mr").at(at("2026-02-03")).build())
        .build();
    assertThat(MO.evaluate(c).findings("MO.MEDIATION.REQUEST")).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("dp-first", "mr"));
  }

  // ------------------------------------------------------------ mediator agreed

  private static Case appointed(Participant mediator, String... selectedBy) {
    return caseBuilder().addParticipants(mediator).addEvents(request())
        .addEvents(Appointment.builder().id("ap").participant(mediator.id()).request("mr").addSelectedBy(selectedBy)
            .at(at("2026-02-05")).build())
        .build();
  }

  @Test
  void mediatorChosenByBothFromTheListIsFine() {
    assertThat(MO.evaluate(appointed(MEDIATOR, PARENT, LEA)).findings("MO.MEDIATION.MEDIATOR_AGREED")).isEmpty();
  }

  @Test
  void mediatorChosenByOneSideOrOffTheListIsAViolation() {
    assertThat(MO.evaluate(appointed(MEDIATOR, LEA)).findings("MO.MEDIATION.MEDIATOR_AGREED")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not chosen by both"));
    Participant offList = Participant.builder().id("med").role(ParticipantRole.MEDIATOR).build();
    assertThat(MO.evaluate(appointed(offList, PARENT, LEA)).findings("MO.MEDIATION.MEDIATOR_AGREED"))
        .singleElement().satisfies(f -> {
          assertThat(f.message()).contains("not on DESE's list");
          assertThat(f.events()).containsExactly("ap");
        });
  }

  // ------------------------------------------------------------ scheduled within 15 days

  private static Case sessionAfterSelection(String selected, String session, Meeting.Status status) {
    return caseBuilder().addParticipants(MEDIATOR).addEvents(request())
        .addEvents(Appointment.builder().id("ap").participant("med").request("mr").addSelectedBy(PARENT, LEA)
            .at(at(selected)).build())
        .addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).request("mr").status(status)
            .at(at(session)).build())
        .build();
  }

  @Test
  void sessionOnDay15IsOnTimeDay16IsLate() {
    Evaluation onTime = MO.evaluate(sessionAfterSelection("2026-02-05", "2026-02-20", Meeting.Status.HELD));
    assertThat(onTime.findings("MO.MEDIATION.SCHEDULE_15_DAYS")).isEmpty();
    assertThat(onTime.deadlines("MO.MEDIATION.SCHEDULE_15_DAYS").get(0).due()).isEqualTo(d("2026-02-20"));
    assertThat(MO.evaluate(sessionAfterSelection("2026-02-05", "2026-02-21", Meeting.Status.HELD))
        .findings("MO.MEDIATION.SCHEDULE_15_DAYS")).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("ap", "s1"));
  }

  @Test
  void aSessionAlreadyScheduledTooLateIsReportedAtOnce() {
    Case c = sessionAfterSelection("2026-02-05", "2026-03-02", Meeting.Status.SCHEDULED);
    assertThat(MO.evaluate(c, d("2026-02-06")).findings("MO.MEDIATION.SCHEDULE_15_DAYS")).hasSize(1);
  }

  @Test
  void calendarDaysRunThroughWeekendsAndHolidays() {
    // selected Thursday 2026-05-07 (Truman Day follows): day 15 is Friday 05-22; Monday 05-25 is late
    assertThat(MO.evaluate(sessionAfterSelection("2026-05-07", "2026-05-22", Meeting.Status.HELD))
        .findings("MO.MEDIATION.SCHEDULE_15_DAYS")).isEmpty();
    assertThat(MO.evaluate(sessionAfterSelection("2026-05-07", "2026-05-25", Meeting.Status.HELD))
        .findings("MO.MEDIATION.SCHEDULE_15_DAYS")).hasSize(1);
  }

  @Test
  void planForTheSession() {
    assertThat(MO.plan(ProposedAct.MEDIATION_SESSION, d("2026-02-05")).latest()).contains(d("2026-02-20"));
  }

  // ------------------------------------------------------------ completed within 30 days

  private static Case mediationEndingOn(String ended, AgreementKind endKind) {
    return caseBuilder().addEvents(request())
        .addEvents(Agreement.builder().id("agree").kind(AgreementKind.TO_MEDIATE).request("mr")
            .addSignatories(PARENT, LEA).at(at("2026-02-04")).build())
        .addEvents(Agreement.builder().id("end").kind(endKind).request("mr").addSignatories(PARENT, LEA)
            .statesConfidentiality(true).at(at(ended)).build())
        .build();
  }

  @Test
  void completedOnDay30IsOnTimeDay31IsLate() {
    Evaluation e = MO.evaluate(mediationEndingOn("2026-03-06", AgreementKind.MEDIATION_AGREEMENT));
    assertThat(e.findings("MO.MEDIATION.COMPLETE_30_DAYS")).isEmpty();
    assertThat(e.deadlines("MO.MEDIATION.COMPLETE_30_DAYS").get(0).due()).isEqualTo(d("2026-03-06"));
    assertThat(MO.evaluate(mediationEndingOn("2026-03-07", AgreementKind.NO_AGREEMENT_POSSIBLE))
        .findings("MO.MEDIATION.COMPLETE_30_DAYS")).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("agree", "end"));
  }

  @Test
  void withoutAnEndTheLastSessionCountsOnceThe30DaysHaveRun() {
    Case c = caseBuilder().addEvents(request())
        .addEvents(Agreement.builder().id("agree").kind(AgreementKind.TO_MEDIATE).request("mr")
            .addSignatories(PARENT, LEA).at(at("2026-02-04")).build())
        .addEvents(Meeting.builder().id("s1").kind(MeetingKind.MEDIATION_SESSION).request("mr")
            .at(at("2026-02-15")).build())
        .addEvents(Meeting.builder().id("s2").kind(MeetingKind.MEDIATION_SESSION).request("mr")
            .at(at("2026-03-09")).build())
        .build();
    assertThat(MO.evaluate(c, d("2026-03-01")).deadlines("MO.MEDIATION.COMPLETE_30_DAYS").get(0).status())
        .isEqualTo(DeadlineStatus.PENDING);
    assertThat(MO.evaluate(c, d("2026-03-10")).findings("MO.MEDIATION.COMPLETE_30_DAYS")).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("agree", "s2"));
  }

  @Test
  void planForCompletion() {
    assertThat(MO.plan(ProposedAct.MEDIATION_COMPLETION, d("2026-02-04")).latest())
        .contains(LocalDate.of(2026, 3, 6));
  }
}
