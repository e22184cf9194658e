package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Facts that cannot be true give no impossible answers (issue 13, "Wrong answers from impossible
 * facts"): a receipt dated before the request it receives is never the request's arrival (it is
 * reported, and no clock counts from it), and an extension never moves a due date earlier.
 */
class ImpossibleFactsTest {

  private static final LocalDate FILED = LocalDate.of(2026, 3, 2);

  /** A parent's complaint filed with the state agency on {@link #FILED}, received by the LEA at an instant. */
  private static Case complaintReceivedAt(Instant receipt, CaseEvent... more) {
    Request dp = Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.STATE_AGENCY).at(at(FILED.toString())).build();
    return caseBuilder().addEvents(dp, Receipt.builder().id("rc").request("dp").recipient(Recipient.LEA).at(receipt)
        .build()).addEvents(more).build();
  }

  @Test
  void aReceiptOneSecondBeforeTheRequestIsNotItsArrivalAndIsReported() {
    Evaluation e = US.evaluate(complaintReceivedAt(at(FILED.toString()).minusSeconds(1)), FILED.plusDays(1));
    assertThat(e.findings(ResolutionMeeting15Days.ID)).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.events()).containsExactly("dp", "rc");
      assertThat(f.message()).contains("before the request it receives");
    });
    // no clock counts from the impossible receipt
    assertThat(e.deadlines()).noneMatch(d -> d.trigger().equals("rc"));
  }

  @Test
  void aReceiptAtTheInstantOfTheRequestIsItsArrival() {
    Evaluation e = US.evaluate(complaintReceivedAt(at(FILED.toString())), FILED.plusDays(1));
    assertThat(e.findings()).noneMatch(f -> f.message().contains("before the request it receives"));
    assertThat(e.deadlines(ResolutionMeeting15Days.ID.toString())).singleElement()
        .satisfies(d -> assertThat(d.trigger()).isEqualTo("rc"));
  }

  @Test
  void aReceiptAWeekBeforeTheComplaintGivesNoResolutionDeadlineBeforeTheComplaint() {
    Evaluation e = US.evaluate(complaintReceivedAt(at(FILED.minusDays(7).toString())), FILED.plusDays(1));
    for (Deadline d : e.deadlines()) {
      assertThat(d.due()).as("%s", d).isAfterOrEqualTo(FILED);
      assertThat(d.triggerDate()).as("%s", d).isAfterOrEqualTo(FILED);
    }
    assertThat(ResolutionPeriod.of(complaintReceivedAt(at(FILED.minusDays(7).toString())),
        (Request) complaintReceivedAt(at(FILED.toString())).events().get(0), org.iepdr.core.testing.Fixtures.ZONE)
        .receiptDate()).isEqualTo(FILED);
  }

  private static Extension extension(String id, LocalDate on, LocalDate newDue) {
    return Extension.builder().id(id).request("dp").reason(Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .newDueDate(newDue).at(at(on.toString())).build();
  }

  /** Filed with the LEA on 2026-03-02: the period ends 2026-04-01 and the decision is due 2026-05-16. */
  private static final LocalDate UNEXTENDED = LocalDate.of(2026, 5, 16);

  @Test
  void anExtensionOneDayBeforeTheUnextendedDueDateIsReportedAndNotApplied() {
    Case c = caseBuilder().addEvents(DueProcessEvents.parentComplaint("2026-03-02"),
        extension("x", LocalDate.of(2026, 4, 10), UNEXTENDED.minusDays(1))).build();
    Evaluation e = US.evaluate(c, LocalDate.of(2026, 4, 20));
    assertThat(e.deadlines(HearingDecision45Days.ID.toString())).singleElement()
        .satisfies(d -> assertThat(d.due()).isEqualTo(UNEXTENDED));
    assertThat(e.findings(HearingDecision45Days.ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.events()).containsExactly("dp", "x");
      assertThat(f.key()).isEqualTo("IDEA.HEARING.DECISION_45_DAYS.extension_earlier");
    });
  }

  @Test
  void anExtensionToTheUnextendedDueDateIsApplied() {
    Case c = caseBuilder().addEvents(DueProcessEvents.parentComplaint("2026-03-02"),
        extension("x", LocalDate.of(2026, 4, 10), UNEXTENDED)).build();
    Evaluation e = US.evaluate(c, LocalDate.of(2026, 4, 20));
    assertThat(e.findings(HearingDecision45Days.ID)).isEmpty();
    assertThat(e.deadlines(HearingDecision45Days.ID.toString())).singleElement()
        .satisfies(d -> assertThat(d.due()).isEqualTo(UNEXTENDED));
  }

  @Test
  void anExtensionBeforeItsTriggerIsReported() {
    // the clock's day 0 is 2026-04-01; an extension to 2026-03-20 would end it before it started
    Case c = caseBuilder().addEvents(DueProcessEvents.parentComplaint("2026-03-02"),
        extension("x", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20))).build();
    Evaluation e = US.evaluate(c, LocalDate.of(2026, 4, 20));
    assertThat(e.deadlines(HearingDecision45Days.ID.toString())).singleElement()
        .satisfies(d -> assertThat(d.due()).isEqualTo(UNEXTENDED));
    assertThat(e.findings(HearingDecision45Days.ID)).singleElement()
        .satisfies(f -> assertThat(f.events()).containsExactly("dp", "x"));
  }

  @Test
  void aStateComplaintExtensionBeforeTheUnextendedDueDateIsReportedAndNotApplied() {
    Request sc = Request.builder().id("dp").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
        .filedWith(Recipient.STATE_AGENCY).at(at("2026-03-02")).build();
    Case c = caseBuilder().addEvents(sc, Extension.builder().id("x").request("dp")
        .reason(Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES).newDueDate(LocalDate.of(2026, 3, 20))
        .at(at("2026-03-10")).build()).build();
    Evaluation e = US.evaluate(c, LocalDate.of(2026, 3, 15));
    assertThat(e.deadlines(StateComplaintDecision60Days.ID.toString())).singleElement()
        .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2026, 5, 1)));
    assertThat(e.findings(StateComplaintDecision60Days.ID)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.WARNING);
      assertThat(f.key()).isEqualTo("IDEA.STATE_COMPLAINT.DECISION_60_DAYS.extension_earlier");
      assertThat(f.facts().date("due")).contains(LocalDate.of(2026, 5, 1));
    });
  }

  /** No deadline counted from a request (or its receipt) is due before the request existed. */
  @Property(tries = 200)
  void noDeadlineIsDueBeforeTheRequestItCountsFromExisted(@ForAll @IntRange(min = -90, max = 90) int receiptDays,
      @ForAll @IntRange(min = -90, max = 90) int hearingNoticeDays) {
    Instant filed = at(FILED.toString());
    Case c = complaintReceivedAt(filed.plusSeconds(receiptDays * 86_400L),
        Receipt.builder().id("hb").request("dp").recipient(Recipient.HEARING_OFFICER)
            .at(filed.plusSeconds(hearingNoticeDays * 86_400L + 60)).build());
    Evaluation e = US.evaluate(c, FILED.plusDays(120));
    for (Deadline d : e.deadlines()) {
      assertThat(d.triggerDate()).as("%s", d).isAfterOrEqualTo(FILED);
      assertThat(d.due()).as("%s", d).isAfterOrEqualTo(FILED);
    }
  }

  /** An extension never moves a due date earlier than the one counted without it. */
  @Property(tries = 200)
  void anExtensionNeverMovesADueDateEarlier(@ForAll @IntRange(min = -120, max = 120) int newDueDays,
      @ForAll @IntRange(min = 0, max = 100) int grantedDays, @ForAll boolean stateComplaint) {
    Request r = Request.builder().id("dp")
        .kind(stateComplaint ? RequestKind.STATE_COMPLAINT : RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
        .filedWith(stateComplaint ? Recipient.STATE_AGENCY : Recipient.LEA).at(at(FILED.toString())).build();
    Extension x = Extension.builder().id("x").request("dp")
        .reason(stateComplaint ? Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES : Extension.Reason.HEARING_OFFICER_SPECIFIC)
        .newDueDate(FILED.plusDays(newDueDays)).at(at(FILED.plusDays(grantedDays).toString())).build();
    LocalDate asOf = FILED.plusDays(130);
    List<Deadline> without = US.evaluate(caseBuilder().addEvents(r).build(), asOf).deadlines();
    List<Deadline> with = US.evaluate(caseBuilder().addEvents(r, x).build(), asOf).deadlines();
    assertThat(with).hasSameSizeAs(without);
    List<LocalDate> before = new ArrayList<>();
    without.forEach(d -> before.add(d.due()));
    for (int i = 0; i < with.size(); i++) {
      assertThat(with.get(i).due()).as("%s", with.get(i)).isAfterOrEqualTo(before.get(i));
    }
  }
}
