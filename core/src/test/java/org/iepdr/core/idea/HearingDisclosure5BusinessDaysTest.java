package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.idea.DueProcessEvents.parentComplaint;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;
import static org.iepdr.core.testing.Traces.notes;

import java.time.LocalDate;
import java.util.List;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.time.DayPeriod;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HearingDisclosure5BusinessDaysTest {

  private static final String ID = "IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS";

  private static Case hearing(String hearingDate, DocumentSent... docs) {
    return caseBuilder().addEvents(parentComplaint("2026-01-05"),
        Meeting.builder().id("h").kind(MeetingKind.HEARING).request("dp").at(at(hearingDate))
            .addAttendees(PARENT, LEA).addDocuments(docs).build()).build();
  }

  private static DocumentSent disclosed(String date, String by) {
    return DocumentSent.by(DocumentKind.EVALUATIONS_AND_RECOMMENDATIONS, at(date), by);
  }

  @Test
  void acrossAWeekendAMondayHearingNeedsDisclosureByTheMondayBefore() {
    Evaluation e = US.evaluate(hearing("2026-03-16", disclosed("2026-03-09", LEA), disclosed("2026-03-09", PARENT)));
    assertThat(e.findings(ID)).isEmpty();
    assertThat(e.deadlines(ID)).hasSize(2).allSatisfy(x -> {
      assertThat(x.due()).isEqualTo(d("2026-03-09"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
  }

  @Test
  void oneDayLateMayBeBarred() {
    Evaluation e = US.evaluate(hearing("2026-03-16", disclosed("2026-03-09", PARENT), disclosed("2026-03-10", LEA)));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS.late_district");
      assertThat(f.facts().get("side")).contains(Side.AGENCY);
      assertThat(f.facts().date("disclosed")).contains(LocalDate.parse("2026-03-10"));
      assertThat(f.facts().date("due")).contains(LocalDate.parse("2026-03-09"));
      assertThat(f.events()).containsExactly("h");
    });
  }

  @Test
  void theObservedIndependenceDayHolidayIsNotABusinessDay() {
    // 2026-07-04 is a Saturday, observed Friday 07-03: five business days before Friday 07-10 is Thursday 07-02
    assertThat(US.evaluate(hearing("2026-07-10", disclosed("2026-07-02", LEA))).findings(ID)).isEmpty();
    assertThat(US.evaluate(hearing("2026-07-10", disclosed("2026-07-03", LEA))).findings(ID)).hasSize(1);
  }

  @Test
  void noDisclosureOrAnotherDocumentDoesNotFire() {
    assertThat(US.evaluate(hearing("2026-03-16")).findings(ID)).isEmpty();
    assertThat(US.evaluate(hearing("2026-03-16",
        DocumentSent.by(DocumentKind.AGENDA, at("2026-03-15"), LEA))).findings(ID)).isEmpty();
    assertThat(US.evaluate(hearing("2026-03-16",
        DocumentSent.of(DocumentKind.EVALUATIONS_AND_RECOMMENDATIONS, at("2026-03-15")))).findings(ID)).isEmpty();
  }

  @Test
  void plan() {
    assertThat(US.plan(ProposedAct.HEARING_DISCLOSURE, d("2026-07-10")).latest()).contains(d("2026-07-02"));
  }

  @Property
  void firesExactlyWhenTheDisclosureIsAfterFiveBusinessDaysBeforeTheHearing(
      @ForAll @IntRange(min = 0, max = 700) int hearingOffset, @ForAll @IntRange(min = 0, max = 14) int before) {
    LocalDate hearingDay = LocalDate.of(2026, 1, 20).plusDays(hearingOffset);
    LocalDate sent = hearingDay.minusDays(before);
    LocalDate last = US.counter().minus(hearingDay, DayPeriod.businessDays(5));
    Evaluation e = US.evaluate(hearing(hearingDay.toString(), disclosed(sent.toString(), LEA)));
    assertThat(e.findings(ID).isEmpty()).isEqualTo(!sent.isAfter(last));
  }

  @Test
  void aDisclosureWithoutASenderIsNotedOnce() {
    Evaluation e = US.evaluate(hearing("2026-03-16",
        DocumentSent.of(DocumentKind.EVALUATIONS_AND_RECOMMENDATIONS, at("2026-03-05"))));
    assertThat(notes(e, ID))
        .containsExactly("hearing h: a disclosure without a sender was not attributed to a party");
    assertThat(e.deadlines(ID)).isEmpty();
  }

  @Test
  void withSeveralDisclosuresTheFirstMeetsTheDeadlineAndTheLastIsTheOneThatMayBeBarred() {
    // Monday hearing 03-16: the last lawful day is Monday 03-09; the family disclosed on 03-06 and again on 03-10
    for (Evaluation e : List.of(
        US.evaluate(hearing("2026-03-16", disclosed("2026-03-10", PARENT), disclosed("2026-03-06", PARENT))),
        US.evaluate(hearing("2026-03-16", disclosed("2026-03-06", PARENT), disclosed("2026-03-10", PARENT))))) {
      assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
        assertThat(x.description()).isEqualTo("disclose evaluations and recommendations (family side)");
        assertThat(x.satisfiedOn()).contains(d("2026-03-06"));
        assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
      });
      assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
          "The family disclosed evaluations or recommendations on 2026-03-10, later than 2026-03-09, 5 business days"
              + " before the hearing on 2026-03-16; the hearing officer may bar that evidence."));
    }
  }
}
