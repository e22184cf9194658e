package org.iepdr.reliability;

import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.testing.CaseArbitraries;

/** One rule book with the federal baseline, Missouri and Mississippi, and generated cases of each. */
final class ThreeStates {

  /** US, MO and MS, found through ServiceLoader. */
  static final RuleBook BOOK = RuleBook.load();

  private ThreeStates() {}

  /**
   * Valid cases of the three jurisdictions, with neutral student names.
   *
   * @return the arbitrary
   */
  static Arbitrary<Case> cases() {
    return cases(Arbitraries.just("Student Name"), Arbitraries.just(LocalDate.of(2015, 1, 1)));
  }

  /**
   * Valid cases of the three jurisdictions with the given student names and birth dates.
   *
   * @param names student names
   * @param births birth dates
   * @return the arbitrary
   */
  static Arbitrary<Case> cases(Arbitrary<String> names, Arbitrary<LocalDate> births) {
    return Arbitraries.oneOf(
        CaseArbitraries.cases("US", ZoneId.of("America/New_York"), names, births),
        CaseArbitraries.cases("MO", ZoneId.of("America/Chicago"), names, births),
        CaseArbitraries.cases("MS", ZoneId.of("America/Chicago"), names, births));
  }

  /**
   * The zone a state's cases are generated in.
   *
   * @param state the state code
   * @return the zone
   */
  static ZoneId zone(String state) {
    return "US".equals(state) ? ZoneId.of("America/New_York") : ZoneId.of("America/Chicago");
  }
}
