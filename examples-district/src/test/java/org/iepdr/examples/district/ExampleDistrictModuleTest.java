package org.iepdr.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleId;
import org.junit.jupiter.api.Test;

/** The district module loads through ServiceLoader under its own code, and each rule holds at its edges. */
class ExampleDistrictModuleTest {

  static final RuleBook BOOK = RuleBook.load();
  static final Jurisdiction XM = BOOK.jurisdiction("XM");
  static final ZoneId ZONE = ZoneId.of("America/Chicago");
  /** Friday 2026-10-16, 9:00 Chicago. */
  static final LocalDate MEETING = LocalDate.of(2026, 10, 16);

  static Instant at(LocalDate d) {
    return LocalDateTime.of(d, java.time.LocalTime.of(9, 0)).atZone(ZONE).toInstant();
  }

  static DocumentSent doc(DocumentKind kind, LocalDate sent, boolean draft) {
    return new DocumentSent(kind, at(sent), Optional.of("lea"), draft);
  }

  static Case.Builder caseWith(Meeting meeting) {
    return Case.builder().id("district-case").student(Student.of("s")).district("Example District").state("XM")
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("lea", PartyRole.LEA)).addEvents(meeting);
  }

  /** A meeting where everything is on time. */
  static org.iepdr.core.model.Meeting.Builder compliant() {
    return Meeting.builder().id("iep").kind(MeetingKind.IEP).at(at(MEETING)).addAttendees("parent", "lea")
        .addDocuments(doc(DocumentKind.MEETING_NOTICE, LocalDate.of(2026, 9, 10), false))
        .addDocuments(doc(DocumentKind.PROCEDURAL_SAFEGUARDS, LocalDate.of(2026, 9, 10), false))
        .addDocuments(doc(DocumentKind.PROVIDER_REPORT, MEETING.minusDays(14), false))
        .addDocuments(doc(DocumentKind.GENERAL_EDUCATION_FEEDBACK, MEETING.minusDays(20), false))
        .addDocuments(doc(DocumentKind.DRAFT_IEP, MEETING.minusDays(5), true))
        .addDocuments(doc(DocumentKind.AGENDA, MEETING.minusDays(4), false));
  }

  static Consent signed(LocalDate on) {
    return Consent.builder().id("signed").at(at(on)).scope(ConsentScope.SERVICES).givenBy("parent").build();
  }

  static Evaluation evaluate(Meeting m, org.iepdr.core.model.CaseEvent... more) {
    return XM.evaluate(caseWith(m).addEvents(more).build(), MEETING.plusDays(30));
  }

  static List<RuleId> warnings(Evaluation e) {
    return e.findings().stream().filter(f -> f.kind() == FindingKind.WARNING).map(f -> f.ruleId()).toList();
  }

  @Test
  void serviceLoaderFindsTheModuleUnderItsOwnCodeInheritingMissouri() {
    assertThat(BOOK.jurisdictions()).contains("US", "MO", "MS", "XM");
    assertThat(XM.rules()).extracting(r -> r.descriptor().id().toString())
        .contains("XM.NOTICE.BY_10TH", "XM.AGENDA.WINDOW_3_TO_5_DAYS", "MO.FIEP.LEAD_TIME",
            "IDEA.RESOLUTION.MEETING_15_DAYS");
    assertThat(XM.escalation().name()).isEqualTo(BOOK.jurisdiction("MO").escalation().name());
    // Missouri itself is untouched by the district's module
    assertThat(BOOK.jurisdiction("MO").rules()).noneMatch(r -> r.descriptor().id().toString().startsWith("XM."));
    assertThat(XM.rules()).filteredOn(r -> r.descriptor().id().toString().startsWith("XM."))
        .allMatch(r -> r.descriptor().kind() != FindingKind.VIOLATION);
  }

  @Test
  void aCompliantMeetingHasNoWarningsOnlyTheReminders() {
    Evaluation e = evaluate(compliant().build(), signed(MEETING));
    assertThat(warnings(e)).isEmpty();
    assertThat(e.findings()).extracting(f -> f.ruleId().toString()).containsExactly("XM.RIGHTS.OFFERED_AND_RECORDED");
    assertThat(e.deadlines()).allMatch(d -> d.status() == DeadlineStatus.MET);
  }

  @Test
  void noticeByTheTenthOfTheMonthBefore() {
    Meeting onTheTenth = compliant().documents(List.of(doc(DocumentKind.MEETING_NOTICE, LocalDate.of(2026, 9, 10),
        false), doc(DocumentKind.PROCEDURAL_SAFEGUARDS, LocalDate.of(2026, 9, 10), false))).build();
    assertThat(evaluate(onTheTenth, signed(MEETING)).findings(NoticeByTheTenth.ID)).isEmpty();
    Meeting onTheEleventh = compliant().documents(List.of(doc(DocumentKind.MEETING_NOTICE, LocalDate.of(2026, 9,
        11), false))).build();
    assertThat(evaluate(onTheEleventh, signed(MEETING)).findings(NoticeByTheTenth.ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("XM.NOTICE.BY_10TH.late");
          assertThat(f.facts().date("entered")).contains(LocalDate.of(2026, 9, 11));
          assertThat(f.facts().date("due")).contains(LocalDate.of(2026, 9, 10));
        });
    Meeting noNotice = compliant().documents(List.of(doc(DocumentKind.PROCEDURAL_SAFEGUARDS, LocalDate.of(2026, 9, 10),
        false))).build();
    assertThat(evaluate(noNotice, signed(MEETING)).findings(NoticeByTheTenth.ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("XM.NOTICE.BY_10TH.missed");
          assertThat(f.facts().date("due")).contains(LocalDate.of(2026, 9, 10));
          // the case records no notice: the warning says so rather than that none was entered
          assertThat(f.message()).isEqualTo("No notice for the IEP meeting on 2026-10-16 is recorded as entered by"
              + " 2026-09-10 (the 10th of the month before).");
        });
    // a meeting on 1 October still counts from 10 September; across a year: January's is due 10 December
    Meeting january = compliant().at(at(LocalDate.of(2027, 1, 5))).documents(List.of(doc(DocumentKind.MEETING_NOTICE,
        LocalDate.of(2026, 12, 11), false))).build();
    Evaluation e = XM.evaluate(caseWith(january).build(), LocalDate.of(2027, 2, 1));
    assertThat(e.deadlines(NoticeByTheTenth.ID.toString())).singleElement()
        .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 10)));
    assertThat(e.findings(NoticeByTheTenth.ID)).hasSize(1);
  }

  @Test
  void reportsTwoWeeksBefore() {
    Meeting late = compliant().addDocuments(doc(DocumentKind.PROVIDER_REPORT, MEETING.minusDays(13), false)).build();
    assertThat(evaluate(late, signed(MEETING)).findings(ReportsTwoWeeksBefore.ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("XM.REPORTS.TWO_WEEKS.late_provider_report");
          assertThat(f.facts().date("received")).contains(LocalDate.of(2026, 10, 3));
          assertThat(f.facts().date("due")).contains(LocalDate.of(2026, 10, 2));
        });
    assertThat(evaluate(compliant().build(), signed(MEETING)).findings(ReportsTwoWeeksBefore.ID)).isEmpty();
  }

  @Test
  void draftAtLeastFiveDaysBeforeAndMarked() {
    Meeting fourDays = compliant().documents(List.of(doc(DocumentKind.DRAFT_IEP, MEETING.minusDays(4), true))).build();
    assertThat(evaluate(fourDays, signed(MEETING)).findings(DraftFiveDaysMarked.ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("XM.DRAFT.FIVE_DAYS_MARKED.late");
          assertThat(f.facts().date("sent")).contains(MEETING.minusDays(4));
          assertThat(f.facts().date("due")).contains(MEETING.minusDays(5));
        });
    Meeting unmarked = compliant().documents(List.of(doc(DocumentKind.DRAFT_IEP, MEETING.minusDays(9), false)))
        .build();
    assertThat(evaluate(unmarked, signed(MEETING)).findings(DraftFiveDaysMarked.ID)).singleElement()
        .satisfies(f -> assertThat(f.key()).isEqualTo("XM.DRAFT.FIVE_DAYS_MARKED.not_marked"));
    Meeting noDraft = compliant().documents(List.of()).build();
    assertThat(evaluate(noDraft, signed(MEETING)).findings(DraftFiveDaysMarked.ID)).isEmpty();
  }

  @Test
  void agendaInTheWindowThreeToFiveDaysBefore() {
    for (int days : new int[] {3, 4, 5}) {
      Meeting m = compliant().documents(List.of(doc(DocumentKind.AGENDA, MEETING.minusDays(days), false))).build();
      assertThat(evaluate(m, signed(MEETING)).findings(AgendaThreeToFiveDays.ID)).as(days + " days").isEmpty();
    }
    for (int days : new int[] {2, 6, 14}) {
      Meeting m = compliant().documents(List.of(doc(DocumentKind.AGENDA, MEETING.minusDays(days), false))).build();
      assertThat(evaluate(m, signed(MEETING)).findings(AgendaThreeToFiveDays.ID)).as(days + " days").hasSize(1);
    }
    Meeting none = compliant().documents(List.of()).build();
    assertThat(evaluate(none, signed(MEETING)).findings(AgendaThreeToFiveDays.ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.key()).isEqualTo("XM.AGENDA.WINDOW_3_TO_5_DAYS.missed");
          assertThat(f.facts().date("opens")).contains(LocalDate.of(2026, 10, 11));
          assertThat(f.facts().date("closes")).contains(LocalDate.of(2026, 10, 13));
          // the case records no agenda: the warning says so rather than that none was sent
          assertThat(f.message()).startsWith("No agenda for the IEP meeting on 2026-10-16 is recorded as sent");
        });
  }

  @Test
  void parentalRightsWithTheInvitation() {
    Meeting without = compliant().documents(List.of(doc(DocumentKind.MEETING_NOTICE, LocalDate.of(2026, 9, 1),
        false))).build();
    assertThat(evaluate(without, signed(MEETING)).findings(ParentalRightsOffered.ID))
        .extracting(f -> f.kind()).containsExactly(FindingKind.WARNING, FindingKind.ADVISORY);
    assertThat(evaluate(without, signed(MEETING)).findings(ParentalRightsOffered.ID)).first()
        .satisfies(f -> assertThat(f.message()).isEqualTo("The parental rights are not recorded as sent with the"
            + " invitation to the IEP meeting on 2026-10-16; confirm at the meeting that the parent has them and offer a"
            + " full explanation."));
    Meeting after = compliant().documents(List.of(doc(DocumentKind.PROCEDURAL_SAFEGUARDS, MEETING.plusDays(1),
        false))).build();
    assertThat(evaluate(after, signed(MEETING.plusDays(2))).findings(ParentalRightsOffered.ID)).first()
        .satisfies(f -> assertThat(f.key()).isEqualTo("XM.RIGHTS.OFFERED_AND_RECORDED.not_sent"));
    Meeting scheduled = compliant().status(Meeting.Status.SCHEDULED).build();
    assertThat(XM.evaluate(caseWith(scheduled).build(), MEETING.minusDays(1)).findings(ParentalRightsOffered.ID))
        .isEmpty();
  }

  @Test
  void theIepIsADraftUntilTheParentSigns() {
    PlacementChange early = PlacementChange.builder().id("move").at(at(MEETING.plusDays(2))).by("lea").build();
    Evaluation e = evaluate(compliant().build(), early, signed(MEETING.plusDays(3)));
    assertThat(e.findings(IepDraftUntilSigned.ID)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("iep", "move"));
    Evaluation afterConsent = evaluate(compliant().build(), signed(MEETING.plusDays(1)),
        PlacementChange.builder().id("move").at(at(MEETING.plusDays(2))).by("lea").build());
    assertThat(afterConsent.findings(IepDraftUntilSigned.ID)).isEmpty();
    Evaluation unsigned = evaluate(compliant().build());
    assertThat(unsigned.findings(IepDraftUntilSigned.ID)).singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.ADVISORY));
  }

  @Test
  void missouriRulesStillApplyToTheDistrictsCases() {
    Meeting shortNotice = compliant().documents(List.of(doc(DocumentKind.MEETING_NOTICE, MEETING.minusDays(7),
        false))).build();
    Evaluation e = evaluate(shortNotice, signed(MEETING));
    assertThat(e.findings("MO.MEETING.NOTICE_10_DAYS")).hasSize(1);
    assertThat(e.findings(NoticeByTheTenth.ID)).hasSize(1);
  }
}
