package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * Nothing grows faster than its input (issue 13), for the state rules that asked which consents or
 * demands were in force at each of many events: 100,000 records shared with a Missouri facilitator
 * against 100,000 revoked consents, 100,000 Mississippi facilitated meetings against 100,000 revoked
 * consents, 100,000 Missouri refusals to let the parent record against 100,000 notice demands. Each
 * case is built and evaluated (every rule of its state) within {@link #BUDGET}.
 *
 * <p>The bound is 120 seconds per case. Measured on the 2-core development machine at a load average
 * of about 11 (other builds running): 6 to 9 seconds per case, about 21 seconds for the class, its
 * cost in CI; the bound leaves a loaded machine 14 times the slowest. Before the indexes, 20,000 of each took 19 s (Missouri records), 7.6 s (Mississippi
 * meetings) and 17 s (Missouri recording), so 100,000 would take minutes.
 */
class StateHostileSizeTest {

  private static final Duration BUDGET = Duration.ofSeconds(120);
  private static final int N = 100_000;
  private static final RuleBook BOOK = RuleBook.load();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 17);

  private static Instant t(int i) {
    return Instant.parse("2026-01-05T15:00:00Z").plusSeconds(60L * i);
  }

  private static Evaluation evaluate(String state, List<CaseEvent> events) {
    return assertTimeoutPreemptively(BUDGET, () -> BOOK.evaluate(Case.builder().id("big").student(Student.of("s"))
        .district("D").state(state).addParties(Party.of("parent", PartyRole.PARENT), Party.of("lea", PartyRole.LEA))
        .addParticipants(Participant.builder().id("fac").role(ParticipantRole.FACILITATOR).build())
        .events(events).build(), AS_OF));
  }

  private static Consent revoked(int i, ConsentScope scope) {
    return Consent.builder().id("c" + i).at(t(i)).scope(scope).givenBy("parent")
        .revokedAt(Optional.of(t(i).plusSeconds(1))).build();
  }

  @Test
  void missouriRecordsSharedAgainstRevokedConsents() {
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      events.add(revoked(i, ConsentScope.SHARE_RECORDS_WITH_FACILITATOR));
      events.add(RecordsShared.builder().id("rs" + i).at(t(i).plusSeconds(30)).sharedBy("lea").sharedWith("fac").build());
    }
    assertThat(evaluate("MO", events).findings("MO.FIEP.RECORDS_CONSENT")).hasSize(N);
  }

  @Test
  void mississippiFacilitatedMeetingsAgainstRevokedConsents() {
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      events.add(revoked(i, ConsentScope.FACILITATION));
      events.add(Meeting.builder().id("m" + i).at(t(i).plusSeconds(30)).kind(MeetingKind.FACILITATED_IEP)
          .addAttendees("parent", "lea").build());
    }
    Evaluation e = evaluate("MS", events);
    assertThat(e.trace()).hasSize(BOOK.jurisdiction("MS").rules().size());
    assertThat(e.findings()).hasSizeGreaterThanOrEqualTo(N);
  }

  @Test
  void missouriRecordingRefusalsAgainstNoticeDemands() {
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      events.add(Demand.builder().id("n" + i).at(t(i)).kind(Demand.Kind.RECORDING_NOTICE).by("lea").hours(24)
          .meeting(Optional.of("m" + i)).build());
      events.add(Meeting.builder().id("m" + i).at(t(i).plusSeconds(30)).kind(MeetingKind.IEP)
          .addAttendees("parent", "lea").build());
      events.add(Demand.builder().id("f" + i).at(t(i).plusSeconds(40)).kind(Demand.Kind.RECORDING_FORBIDDEN).by("lea")
          .meeting(Optional.of("m" + i)).build());
    }
    Evaluation e = evaluate("MO", events);
    assertThat(e.trace()).hasSize(BOOK.jurisdiction("MO").rules().size());
  }
}
