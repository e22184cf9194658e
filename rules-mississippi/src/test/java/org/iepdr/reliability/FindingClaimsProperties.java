package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * What findings say agrees with the dates they rest on, for generated US, MO and MS cases: an act a
 * finding calls late ("on X, after the last day Y", "on X, later than Y", the lead-time wordings) is
 * dated after the day it names, one it calls early ("is dated X, before the complaint ... on Y") before
 * it; and every missed deadline whose act is done has a finding of its rule that names the act's date
 * in one of those wordings (so a rule cannot miss a deadline silently, and a reworded message cannot
 * slip past the patterns unchecked).
 *
 * <p>The claim about messages is how a rule that called an early act late was found (a Missouri
 * complaint decided after its after-hours arrival but before its filing date was reported "after the
 * due date"); with that fix reverted these properties fail.
 */
class FindingClaimsProperties {

  private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";

  /**
   * The wordings of a late act: the act's date is the first group, the day it is late against the
   * last. "on 2026-05-17, after the last day 2026-05-16", "on X, after the due date Y", "on X, later
   * than Y", "voided on X, after the 3-business-day review period ended on Y"; the lead times: "reached
   * DESE on X, but the meeting of M needed it by Y", "was requested on X, but for the IEP meeting
   * scheduled on M the request had to be made by Y", "was sent on X; Missouri expects it by Y".
   */
  private static final List<Pattern> LATE = List.of(
      Pattern.compile("on " + DATE + ", (?:after|later than) (?:the )?"
          + "(?:last (?:lawful )?day |(?:extended )?due date |3-business-day review period ended on )?" + DATE),
      Pattern.compile("reached DESE on " + DATE + ", but the meeting of " + DATE + " needed it by " + DATE),
      Pattern.compile("was requested on " + DATE + ", but for the IEP meeting scheduled on " + DATE
          + " the request had to be made by " + DATE),
      Pattern.compile("was sent on " + DATE + "; Missouri expects it by " + DATE));

  /** "is dated 2026-03-01, before the complaint it answers was filed on 2026-03-02". */
  private static final Pattern EARLY = Pattern.compile("is dated " + DATE + ", before [^.]*? on " + DATE);

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.oneOf(ThreeStates.cases(), ActsAroundTheirClocks.cases());
  }

  @Property(tries = 5000)
  void anActAFindingCallsLateIsDatedAfterTheDayItNames(@ForAll("cases") Case c) {
    Evaluation e = ThreeStates.BOOK.evaluate(c, LocalDate.of(2027, 6, 1));
    boolean claimed = false;
    for (Finding f : e.findings()) {
      for (Pattern late : LATE) {
        Matcher m = late.matcher(f.message());
        while (m.find()) {
          claimed = true;
          LocalDate act = LocalDate.parse(m.group(1));
          LocalDate limit = LocalDate.parse(m.group(m.groupCount()));
          assertThat(act).as("%s: %s", f.ruleId(), f.message()).isAfter(limit);
        }
      }
    }
    for (Finding f : e.findings()) {
      Matcher m = EARLY.matcher(f.message());
      while (m.find()) {
        assertThat(LocalDate.parse(m.group(1))).as("%s: %s", f.ruleId(), f.message())
            .isBefore(LocalDate.parse(m.group(2)));
      }
    }
    Statistics.label("a finding calls an act late").collect(claimed);
    Statistics.label("a finding calls an act late").coverage(k -> k.check(true).percentage(p -> p >= 10.0));
  }

  @Property(tries = 5000)
  void aMissedDeadlineWhoseActIsDoneHasAFindingThatDatesTheActTruly(@ForAll("cases") Case c) {
    LocalDate asOf = LocalDate.of(2027, 6, 1);
    Evaluation e = ThreeStates.BOOK.evaluate(c, asOf);
    for (Deadline d : e.deadlines()) {
      if (d.status() != DeadlineStatus.MISSED || d.satisfiedOn().isEmpty() || d.satisfiedOn().get().isAfter(asOf)) {
        continue;
      }
      String on = d.satisfiedOn().get().toString();
      List<Finding> naming = e.findings().stream()
          .filter(f -> f.ruleId().equals(d.ruleId()) && f.message().contains(on)).toList();
      assertThat(naming).as("a finding of %s naming the act's date %s", d.ruleId(), on).isNotEmpty();
      assertThat(naming).as("a finding of %s that the late or early wording reads", d.ruleId())
          .anyMatch(f -> late(f.message()) || EARLY.matcher(f.message()).find());
      Statistics.label("missed with its act").collect(d.doneBeforeWindow() ? "dated before the window" : "late");
    }
  }

  private static boolean late(String message) {
    return LATE.stream().anyMatch(p -> p.matcher(message).find());
  }

  @Test
  void theLateMessagePatternsReadTheRulesWording() {
    // guards the patterns themselves: they must keep matching the wording the rules use
    assertThat(late("The written decision was issued on 2026-05-02, after the due date 2026-05-01, 60 days")).isTrue();
    assertThat(late("held on 2026-03-21, after the last lawful day 2026-03-20 (15 days")).isTrue();
    assertThat(late("assigned a commissioner on 2026-04-19, after 2026-04-18 (15 days")).isTrue();
    assertThat(late("disclosed evaluations or recommendations on 2026-03-10, later than 2026-03-09, 5")).isTrue();
    assertThat(late("issued on 2026-07-01, after the extended due date 2026-06-30.")).isTrue();
    assertThat(late("it was voided on 2025-01-07, after the 3-business-day review period ended on 2025-01-06.")).isTrue();
    assertThat(late("The facilitated IEP request reached DESE on 2026-03-05, but the meeting of 2026-03-12 needed it by"
        + " 2026-03-02 (at least 10 days")).isTrue();
    assertThat(late("The facilitator was requested on 2026-03-05, but for the IEP meeting scheduled on 2026-03-12 the"
        + " request had to be made by 2026-03-02 (at least")).isTrue();
    assertThat(late("The notice of the IEP meeting on 2026-03-12 was sent on 2026-03-05; Missouri expects it by"
        + " 2026-03-02 (10 days before)")).isTrue();
    assertThat(EARLY.matcher("The resolution meeting is dated 2026-03-01, before the complaint it answers was filed"
        + " on 2026-03-02.").find()).isTrue();
    assertThat(EARLY.matcher("The expedited hearing decision is dated 2026-03-02, before the hearing on 2026-03-03.")
        .find()).isTrue();
  }
}
