package org.iepdr.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.testing.CaseArbitraries;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.FederalHolidays;

/**
 * The context's per-evaluation caches answer as the plain computations they replace: the local date
 * of an event or instant (kept per known event, found by its instant) is {@link LocalDate#ofInstant}
 * in the zone, daylight-saving changes included; the per-request index (one map, lists by type
 * filtered once) gives the events a filter of the known events gives, in timeline order, every time
 * it is asked.
 */
class RuleContextIndexProperties {

  private static final DayCounter COUNTER =
      DayCounter.of(ZONE, BusinessCalendar.of(FederalHolidays.calendar(), 2000, 2100));

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.casesForEveryRule("US", ZONE, 0, 30, 400);
  }

  /** The context of a case as of the date of one of its events (or the last), so that later acts drop out. */
  private static RuleContext context(Case c, int cut) {
    List<CaseEvent> events = c.events();
    LocalDate asOf = events.isEmpty() ? LocalDate.of(2026, 6, 1)
        : LocalDate.ofInstant(events.get(Math.min(cut, events.size() - 1)).at(), ZONE);
    return new RuleContext(c, asOf, COUNTER, false);
  }

  @Property(tries = 200)
  void datesAreTheZonesLocalDates(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 40) int cut,
      @ForAll @IntRange(min = -30, max = 30) int hours) {
    RuleContext ctx = context(c, cut);
    for (int round = 0; round < 2; round++) {
      for (CaseEvent e : ctx.knownEvents()) {
        LocalDate expected = LocalDate.ofInstant(e.at(), ZONE);
        assertThat(ctx.date(e)).as(e.id()).isEqualTo(expected);
        // an equal instant that is another object, and instants that are no event's
        assertThat(ctx.date(Instant.ofEpochSecond(e.at().getEpochSecond(), e.at().getNano()))).isEqualTo(expected);
        Instant other = e.at().plusSeconds(3600L * hours + 1);
        assertThat(ctx.date(other)).isEqualTo(LocalDate.ofInstant(other, ZONE));
      }
      // the events the case has but the as-of date does not know yet
      for (CaseEvent e : c.events()) {
        assertThat(ctx.date(e)).as(e.id()).isEqualTo(LocalDate.ofInstant(e.at(), ZONE));
      }
    }
  }

  @Property(tries = 200)
  void theRequestIndexGivesWhatAFilterGives(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 40) int cut) {
    RuleContext ctx = context(c, cut);
    Set<String> requests = new LinkedHashSet<>();
    for (CaseEvent e : c.events()) {
      requests.add(e.id());
      String named = RuleContext.requestOf(e);
      if (named != null) {
        requests.add(named);
      }
    }
    requests.add("no-such-request");
    List<Class<? extends CaseEvent>> types = List.of(Receipt.class, Meeting.class, Agreement.class, Decision.class,
        Extension.class, Withdrawal.class, Amendment.class, CaseEvent.class);
    for (int round = 0; round < 2; round++) {
      for (String id : requests) {
        for (Class<? extends CaseEvent> type : types) {
          List<CaseEvent> indexed = List.copyOf(ctx.eventsFor(id, type));
          List<CaseEvent> filtered = List.copyOf(filter(ctx, id, type));
          assertThat(indexed).as(id + " " + type.getSimpleName()).isEqualTo(filtered);
        }
        assertThat(ctx.receipts(id)).containsExactlyElementsOf(filter(ctx, id, Receipt.class));
        for (DecisionKind kind : DecisionKind.values()) {
          assertThat(ctx.decisions(id, kind))
              .containsExactlyElementsOf(filter(ctx, id, Decision.class).stream().filter(d -> d.kind() == kind).toList());
        }
        assertThat(ctx.meetingsFor(id, MeetingKind.HEARING, MeetingKind.RESOLUTION))
            .containsExactlyElementsOf(filter(ctx, id, Meeting.class).stream()
                .filter(m -> m.kind() == MeetingKind.HEARING || m.kind() == MeetingKind.RESOLUTION).toList());
      }
    }
  }

  private static <T extends CaseEvent> List<T> filter(RuleContext ctx, String requestId, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (CaseEvent e : ctx.knownEvents()) {
      if (requestId.equals(RuleContext.requestOf(e)) && type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return out;
  }
}
