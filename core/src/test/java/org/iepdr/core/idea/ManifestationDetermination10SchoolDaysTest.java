package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.idea.DueProcessEvents.d;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.US;
import static org.iepdr.core.testing.Fixtures.at;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.time.SchoolCalendar;
import org.junit.jupiter.api.Test;

class ManifestationDetermination10SchoolDaysTest {

  private static final String ID = "IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS";

  /** Weekdays from January to June 2026, closed for spring break 03-23 to 03-27 and on Friday 03-13. */
  private static final SchoolCalendar DISTRICT = SchoolCalendar.weekdaysExcept("district", d("2026-01-05"),
      d("2026-06-30"), List.of(d("2026-03-13"), d("2026-03-23"), d("2026-03-24"), d("2026-03-25"),
          d("2026-03-26"), d("2026-03-27")));

  private static Case removal(String decided, CaseEvent... later) {
    return caseBuilder().addEvents(PlacementChange.builder().id("removal").by(LEA)
        .kind(PlacementChange.Kind.DISCIPLINARY_REMOVAL).at(at(decided)).build()).addEvents(later).build();
  }

  private static Meeting review(String date) {
    return Meeting.builder().id("mdr").kind(MeetingKind.MANIFESTATION_DETERMINATION).at(at(date))
        .addAttendees(PARENT, LEA).build();
  }

  private static Evaluation run(Case c, String asOf) {
    return US.evaluate(c, EvaluationOptions.builder().asOf(d(asOf)).schoolCalendar(DISTRICT).build());
  }

  @Test
  void tenSchoolDaysSkipTheWeekendAndASchoolHoliday() {
    // decided Monday 03-02: school days 03-03..03-06 (4), 03-09..03-12 (8; 03-13 closed), 03-16, 03-17 (10)
    Evaluation onTime = run(removal("2026-03-02", review("2026-03-17")), "2026-04-30");
    assertThat(onTime.findings(ID)).isEmpty();
    assertThat(onTime.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(x.due()).isEqualTo(d("2026-03-17"));
      assertThat(x.status()).isEqualTo(DeadlineStatus.MET);
    });
    assertThat(run(removal("2026-03-02", review("2026-03-18")), "2026-04-30").findings(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FindingKind.VIOLATION);
          assertThat(f.key()).isEqualTo(ID + ".late");
        });
  }

  @Test
  void springBreakIsNotCounted() {
    // decided 03-19 (Thursday): 03-20 (1), break 03-23..27, 03-30..04-03 (6), 04-06..04-09 (10)
    Evaluation e = run(removal("2026-03-19"), "2026-04-10");
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> assertThat(x.due()).isEqualTo(d("2026-04-09")));
    assertThat(e.findings(ID)).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo(ID + ".missed"));
    assertThat(run(removal("2026-03-19"), "2026-04-09").findings(ID)).isEmpty();
  }

  @Test
  void anOrdinaryChangeOfPlacementStartsNoClock() {
    Case c = caseBuilder().addEvents(PlacementChange.builder().id("p").by(LEA).at(at("2026-03-02")).build()).build();
    assertThat(run(c, "2026-06-01").deadlines(ID)).isEmpty();
  }

  /** The due date is a school day, strictly after the decision, and 10 school days after it. */
  @Property
  void theDueDateIsTheTenthSchoolDay(@ForAll @IntRange(min = 0, max = 120) int offset) {
    String decided = d("2026-01-05").plusDays(offset).toString();
    Evaluation e = run(removal(decided), "2026-06-30");
    assertThat(e.deadlines(ID)).singleElement().satisfies(x -> {
      assertThat(DISTRICT.isWorkingDay(x.due())).isTrue();
      assertThat(DISTRICT.countBetween(d(decided), x.due())).isEqualTo(10);
    });
  }
}
