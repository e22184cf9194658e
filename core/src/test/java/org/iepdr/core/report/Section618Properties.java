package org.iepdr.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.report.Population.*;
import static org.iepdr.core.report.Section618Element.*;
import static org.iepdr.core.testing.Fixtures.US;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.RequestKind;

/**
 * Over generated populations: the identities hold; each complaint or request is in exactly one status
 * element of its section; a population's report equals the merge of the reports of any split of it; no
 * suppressed cell can be derived from the published ones through the identities.
 */
class Section618Properties {

  private static final LocalDate JULY_1 = d("2025-07-01");
  private static final ReportingYear YEAR = ReportingYear.startingIn(2025);
  private static final Section618Options ALL = Section618Options.builder().addDrillDown(Section618Element.values())
      .build();

  /** What happens to a request after it is filed. */
  enum Story {
    NOTHING, DECIDED, DECIDED_LATE, EXTENDED_THEN_DECIDED, WITHDRAWN, MEETING, MEETING_AND_AGREEMENT, DECLINED
  }

  record Script(RequestKind kind, int filed, Story story, int after, boolean related) {}

  @Provide
  Arbitrary<List<Case>> populations() {
    Arbitrary<Script> script = Combinators.combine(
        Arbitraries.of(RequestKind.STATE_COMPLAINT, RequestKind.MEDIATION, RequestKind.DUE_PROCESS_COMPLAINT,
            RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT),
        Arbitraries.integers().between(-40, 380), Arbitraries.of(Story.class), Arbitraries.integers().between(1, 60),
        Arbitraries.of(true, false)).as(Script::new);
    return script.list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(0).ofMaxSize(14).map(Section618Properties::cases);
  }

  static List<Case> cases(List<List<Script>> scripts) {
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      List<CaseEvent> events = new ArrayList<>();
      String dueProcess = null;
      List<Script> ss = scripts.get(i);
      for (int j = 0; j < ss.size(); j++) {
        Script s = ss.get(j);
        String id = "r" + j;
        if (s.kind() == RequestKind.DUE_PROCESS_COMPLAINT) {
          dueProcess = id;
        }
        events.addAll(events(id, s, s.kind() == RequestKind.MEDIATION && s.related() ? dueProcess : null));
      }
      out.add(aCase("case-" + i, events.toArray(CaseEvent[]::new)));
    }
    return out;
  }

  private static String day(int offset) {
    return JULY_1.plusDays(offset).toString();
  }

  private static List<CaseEvent> events(String id, Script s, String relatedTo) {
    List<CaseEvent> e = new ArrayList<>();
    int f = s.filed();
    String filed = day(f);
    String later = day(f + s.after());
    switch (s.kind()) {
      case STATE_COMPLAINT -> {
        e.add(stateComplaint(id, filed));
        switch (s.story()) {
          case DECIDED -> e.add(report(id + "-d", id, later, s.related()));
          case DECIDED_LATE -> e.add(report(id + "-d", id, day(f + 60 + s.after()), false));
          case EXTENDED_THEN_DECIDED -> {
            e.add(extension(id + "-x", id, Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES, day(f + 50), day(f + 120)));
            e.add(report(id + "-d", id, day(f + 50 + s.after()), false));
          }
          case WITHDRAWN -> e.add(withdrawal(id + "-w", id, later));
          default -> { }
        }
      }
      case MEDIATION -> {
        e.add(relatedTo == null ? mediation(id, filed) : mediationFor(id, relatedTo, filed));
        switch (s.story()) {
          case MEETING, DECIDED -> e.add(held(id + "-s", MeetingKind.MEDIATION_SESSION, id, later));
          case MEETING_AND_AGREEMENT, DECIDED_LATE -> {
            e.add(held(id + "-s", MeetingKind.MEDIATION_SESSION, id, later));
            e.add(agreement(id + "-a", AgreementKind.MEDIATION_AGREEMENT, id, later));
          }
          case WITHDRAWN -> e.add(withdrawal(id + "-w", id, later));
          case DECLINED -> e.add(declined(id + "-n", id, later));
          default -> { }
        }
      }
      default -> {
        boolean expedited = s.kind() == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT;
        e.add(expedited ? expedited(id, filed) : dueProcess(id, filed));
        DecisionKind kind = expedited ? DecisionKind.EXPEDITED_HEARING_DECISION : DecisionKind.HEARING_DECISION;
        switch (s.story()) {
          case DECIDED, DECIDED_LATE -> {
            e.add(held(id + "-m", MeetingKind.RESOLUTION, id, day(f + 5)));
            if (expedited) {
              e.add(held(id + "-h", MeetingKind.EXPEDITED_HEARING, id, day(f + 14)));
            }
            e.add(Decision.builder().from(decision(id + "-d", kind, id, day(f + 14 + s.after())))
                .ordersPlacementChange(s.related()).build());
          }
          case EXTENDED_THEN_DECIDED -> {
            e.add(extension(id + "-x", id, Extension.Reason.HEARING_OFFICER_SPECIFIC, day(f + 70), day(f + 110)));
            e.add(decision(id + "-d", kind, id, day(f + 70 + s.after())));
          }
          case WITHDRAWN -> e.add(withdrawal(id + "-w", id, later));
          case MEETING -> e.add(held(id + "-m", MeetingKind.RESOLUTION, id, later));
          case MEETING_AND_AGREEMENT -> {
            e.add(held(id + "-m", MeetingKind.RESOLUTION, id, later));
            e.add(agreement(id + "-a", AgreementKind.RESOLUTION_AGREEMENT, id, later));
          }
          default -> { }
        }
      }
    }
    return e;
  }

  static Section618Report count(List<Case> cases, Section618Options options) {
    Section618Counter counter = new Section618Counter(YEAR, options);
    cases.forEach(c -> counter.add(c, US, WITH_CALENDAR));
    return counter.report();
  }

  @Property(tries = 60)
  void theIdentitiesHold(@ForAll("populations") List<Case> cases) {
    Section618Report r = count(cases, Section618Options.defaults());
    assertThat(r.checks()).allSatisfy(c -> assertThat(c.holds()).as(c.identity()).isTrue());
    assertThat(r.count(COMPLAINTS_WITH_REPORTS)).isEqualTo(r.count(REPORTS_WITHIN_TIMELINES)
        + r.count(REPORTS_WITHIN_EXTENDED_TIMELINES) + r.count(REPORTS_NOT_WITHIN_TIMELINES));
    assertThat(r.count(HEARINGS_ADJUDICATED)).isEqualTo(r.count(DECISIONS_WITHIN_TIMELINE)
        + r.count(DECISIONS_WITHIN_EXTENDED_TIMELINE) + r.count(DECISIONS_NOT_WITHIN_TIMELINES));
  }

  @Property(tries = 60)
  void eachRequestIsInExactlyOneStatusOfItsSection(@ForAll("populations") List<Case> cases) {
    Section618Report r = count(cases, ALL);
    partition(r, COMPLAINTS, COMPLAINTS_WITH_REPORTS, COMPLAINTS_PENDING, COMPLAINTS_WITHDRAWN);
    partition(r, COMPLAINTS_WITH_REPORTS, REPORTS_WITHIN_TIMELINES, REPORTS_WITHIN_EXTENDED_TIMELINES,
        REPORTS_NOT_WITHIN_TIMELINES);
    partition(r, MEDIATION_REQUESTS, MEDIATIONS_HELD, MEDIATIONS_PENDING, MEDIATIONS_WITHDRAWN);
    partition(r, MEDIATIONS_HELD, MEDIATIONS_HELD_DUE_PROCESS, MEDIATIONS_HELD_NOT_DUE_PROCESS);
    partition(r, DUE_PROCESS_COMPLAINTS, HEARINGS_ADJUDICATED, DUE_PROCESS_PENDING, DUE_PROCESS_WITHDRAWN);
    partition(r, HEARINGS_ADJUDICATED, DECISIONS_WITHIN_TIMELINE, DECISIONS_WITHIN_EXTENDED_TIMELINE,
        DECISIONS_NOT_WITHIN_TIMELINES);
    partition(r, EXPEDITED_COMPLAINTS, EXPEDITED_HEARINGS_ADJUDICATED, EXPEDITED_PENDING, EXPEDITED_WITHDRAWN);
    subset(r, REPORTS_WITH_NONCOMPLIANCE, COMPLAINTS_WITH_REPORTS);
    subset(r, COMPLAINTS_PENDING_DUE_PROCESS, COMPLAINTS_PENDING);
    subset(r, MEDIATION_AGREEMENTS_DUE_PROCESS, MEDIATIONS_HELD_DUE_PROCESS);
    subset(r, MEDIATION_AGREEMENTS_NOT_DUE_PROCESS, MEDIATIONS_HELD_NOT_DUE_PROCESS);
    subset(r, RESOLUTION_AGREEMENTS, RESOLUTION_MEETINGS);
    subset(r, RESOLUTION_MEETINGS, DUE_PROCESS_COMPLAINTS);
    subset(r, EXPEDITED_RESOLUTION_AGREEMENTS, EXPEDITED_RESOLUTION_MEETINGS);
    subset(r, PLACEMENT_CHANGES_ORDERED, EXPEDITED_HEARINGS_ADJUDICATED);
    subset(r, EXPEDITED_COMPLAINTS, DUE_PROCESS_COMPLAINTS);
  }

  private static void partition(Section618Report r, Section618Element total, Section618Element... parts) {
    List<CaseRef> joined = new ArrayList<>();
    for (Section618Element p : parts) {
      joined.addAll(r.cases(p));
    }
    assertThat(joined).as(total.code() + " partitioned").hasSameSizeAs(new HashSet<>(joined))
        .containsExactlyInAnyOrderElementsOf(r.cases(total));
  }

  private static void subset(Section618Report r, Section618Element part, Section618Element of) {
    assertThat(r.cases(of)).as(part.code() + " within " + of.code()).containsAll(r.cases(part));
  }

  @Property(tries = 40)
  void aSplitPopulationMergesIntoTheWhole(@ForAll("populations") List<Case> cases,
      @ForAll @IntRange(min = 0, max = 14) int cut1, @ForAll @IntRange(min = 0, max = 14) int cut2) {
    int a = Math.min(Math.min(cut1, cut2), cases.size());
    int b = Math.min(Math.max(cut1, cut2), cases.size());
    Section618Report whole = count(cases, ALL);
    Section618Report merged = count(cases.subList(0, a), ALL).merge(count(cases.subList(a, b), ALL))
        .merge(count(cases.subList(b, cases.size()), ALL));
    assertThat(merged.counts()).isEqualTo(whole.counts());
    for (Section618Element e : Section618Element.values()) {
      assertThat(merged.cases(e)).as(e.code()).isEqualTo(whole.cases(e));
    }
    assertThat(merged.b15()).isEqualTo(whole.b15());
    assertThat(merged.b16()).isEqualTo(whole.b16());
    assertThat(merged.b16().note()).isEqualTo(whole.b16().note());
    assertThat(merged.checks()).isEqualTo(whole.checks());
    assertThat(merged.suppress(3).primary()).isEqualTo(whole.suppress(3).primary());
    assertThat(merged.suppress(3).complementary()).isEqualTo(whole.suppress(3).complementary());
  }

  @Property(tries = 60)
  void noSuppressedCellCanBeDerivedThroughTheIdentities(@ForAll("populations") List<Case> cases,
      @ForAll @IntRange(min = 1, max = 6) int threshold) {
    Section618Report r = count(cases, Section618Options.defaults());
    SuppressedTable t = r.suppress(threshold);
    Set<Section618Element> suppressed = EnumSet.noneOf(Section618Element.class);
    for (Section618Element e : Section618Element.values()) {
      long v = r.count(e);
      assertThat(t.primary().contains(e)).as(e.code()).isEqualTo(v >= 1 && v <= threshold);
      if (t.suppressed(e)) {
        suppressed.add(e);
        assertThat(t.cell(e)).isEmpty();
      } else {
        assertThat(t.cell(e)).contains(v);
      }
    }
    assertThat(determined(suppressed)).as("suppressed cells the identities determine").isEmpty();
    assertThat(t.derivable()).isEmpty();
  }

  /**
   * An independent check, in exact integers: a suppressed cell is determined by the published cells exactly
   * when its unit vector is in the row space of the identities restricted to the suppressed cells.
   */
  static Set<Section618Element> determined(Set<Section618Element> suppressed) {
    List<Section618Element> cols = new ArrayList<>(suppressed);
    List<BigInteger[]> rows = new ArrayList<>();
    Section618Element[][] identities = {
        {COMPLAINTS, COMPLAINTS_WITH_REPORTS, COMPLAINTS_PENDING, COMPLAINTS_WITHDRAWN},
        {COMPLAINTS_WITH_REPORTS, REPORTS_WITHIN_TIMELINES, REPORTS_WITHIN_EXTENDED_TIMELINES,
            REPORTS_NOT_WITHIN_TIMELINES},
        {MEDIATION_REQUESTS, MEDIATIONS_HELD, MEDIATIONS_PENDING, MEDIATIONS_WITHDRAWN},
        {MEDIATIONS_HELD, MEDIATIONS_HELD_DUE_PROCESS, MEDIATIONS_HELD_NOT_DUE_PROCESS},
        {DUE_PROCESS_COMPLAINTS, HEARINGS_ADJUDICATED, DUE_PROCESS_PENDING, DUE_PROCESS_WITHDRAWN},
        {HEARINGS_ADJUDICATED, DECISIONS_WITHIN_TIMELINE, DECISIONS_WITHIN_EXTENDED_TIMELINE,
            DECISIONS_NOT_WITHIN_TIMELINES},
        {EXPEDITED_COMPLAINTS, EXPEDITED_HEARINGS_ADJUDICATED, EXPEDITED_PENDING, EXPEDITED_WITHDRAWN}};
    for (Section618Element[] q : identities) {
      BigInteger[] row = new BigInteger[cols.size()];
      for (int c = 0; c < cols.size(); c++) {
        int at = List.of(q).indexOf(cols.get(c));
        row[c] = at < 0 ? BigInteger.ZERO : at == 0 ? BigInteger.ONE : BigInteger.ONE.negate();
      }
      rows.add(row);
    }
    int base = rank(rows, cols.size());
    Set<Section618Element> out = EnumSet.noneOf(Section618Element.class);
    for (int c = 0; c < cols.size(); c++) {
      List<BigInteger[]> with = new ArrayList<>(rows);
      BigInteger[] unit = new BigInteger[cols.size()];
      java.util.Arrays.fill(unit, BigInteger.ZERO);
      unit[c] = BigInteger.ONE;
      with.add(unit);
      if (rank(with, cols.size()) == base) {
        out.add(cols.get(c));
      }
    }
    return out;
  }

  /** Fraction-free Gaussian elimination. */
  private static int rank(List<BigInteger[]> input, int width) {
    List<BigInteger[]> m = new ArrayList<>();
    for (BigInteger[] r : input) {
      m.add(r.clone());
    }
    int rank = 0;
    for (int col = 0; col < width; col++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[col].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] p = m.get(pivot);
      m.set(pivot, m.get(rank));
      m.set(rank, p);
      for (int r = rank + 1; r < m.size(); r++) {
        BigInteger[] row = m.get(r);
        if (row[col].signum() != 0) {
          BigInteger f = row[col];
          BigInteger g = p[col];
          for (int k = 0; k < width; k++) {
            row[k] = row[k].multiply(g).subtract(p[k].multiply(f));
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
