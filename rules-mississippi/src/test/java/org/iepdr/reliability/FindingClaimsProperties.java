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
 * What findings and deadlines say agrees with their dates, for generated US, MO and MS cases: an act a
 * finding calls late ("on X, after the last day Y", "on X, later than Y") is dated after the day it names,
 * one it calls early ("is dated X, before the complaint ... on Y") before it;
 * a met deadline's act lies in its window; a missed deadline's act lies after the due date or before the
 * window opened ({@link Deadline#doneBeforeWindow()}), never inside it.
 *
 * <p>The claim about messages is how a rule that counted from the wrong day, or called an early act late,
 * was found (a Missouri complaint decided after its after-hours arrival but before its filing date was
 * reported "after the due date").
 */
class FindingClaimsProperties {

  private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";

  /**
   * The wordings of a late act: the act's date is the first group, the day it is late against the
   * last. "on 2026-05-17, after the last day 2026-05-16", "on X, after the due date Y", "on X, later than
   * Y"; the lead times: "reached DESE on X, but the meeting of M needed it by Y", "was requested on X, but
   * for the IEP meeting scheduled on M the request had to be made by Y", "was sent on X; Missouri expects
   * it by Y".
   */
  private static final List<Pattern> LATE = List.of(
      Pattern.compile("on " + DATE + ", (?:after|later than) (?:the )?(?:last (?:lawful )?day |(?:extended )?due date )?"
          + DATE),
      Pattern.compile("reached DESE on " + DATE + ", but the meeting of " + DATE + " needed it by " + DATE),
      Pattern.compile("was requested on " + DATE + ", but for the IEP meeting scheduled on " + DATE
          + " the request had to be made by " + DATE),
      Pattern.compile("was sent on " + DATE + "; Missouri expects it by " + DATE));

  /** "is dated 2026-03-01, before the complaint it answers was filed on 2026-03-02". */
  private static final Pattern EARLY = Pattern.compile(
      "is dated (\\d{4}-\\d{2}-\\d{2}), before [^.]*? on (\\d{4}-\\d{2}-\\d{2})");

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
  void aDeadlinesStatusAgreesWithTheDateOfItsAct(@ForAll("cases") Case c) {
    Evaluation e = ThreeStates.BOOK.evaluate(c, LocalDate.of(2027, 6, 1));
    for (Deadline d : e.deadlines()) {
      if (d.satisfiedOn().isEmpty()) {
        assertThat(d.status()).as("%s", d).isNotEqualTo(DeadlineStatus.MET);
        continue;
      }
      LocalDate on = d.satisfiedOn().get();
      Statistics.label("deadline").collect(d.status());
      if (d.status() == DeadlineStatus.MET) {
        assertThat(d.window().contains(on)).as("%s", d).isTrue();
      } else if (d.status() == DeadlineStatus.MISSED) {
        assertThat(on.isAfter(d.due()) || d.doneBeforeWindow()).as("%s", d).isTrue();
      }
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
