package org.iepdr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.MessageCatalog;
import org.iepdr.core.model.Case;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * What findings say agrees with the dates they rest on, for generated US, MO and MS cases: an act a
 * finding calls late is dated after the day it names, one it calls early (dated before the complaint,
 * the receipt or the hearing it answers) before it; and every missed deadline whose act is done has a
 * finding of its rule that calls that act, by its date, late or early (so a rule cannot miss a
 * deadline silently).
 *
 * <p>The findings are read by their keys and typed facts, never by their text: {@link #LATE} and
 * {@link #EARLY} name, for every finding that makes such a claim, the fact that dates the act and the
 * fact that dates the day it is measured against. A key that is not in the tables makes no claim these
 * properties read; {@link #theClaimTablesNameFactsTheMessagesUse} checks that the tables follow the
 * catalogs.
 *
 * <p>The claim about findings is how a rule that called an early act late was found (a Missouri
 * complaint decided after its after-hours arrival but before its filing date was reported "after the
 * due date"); with that fix reverted these properties fail.
 */
class FindingClaimsProperties {

  /** The fact that dates the act and the fact that dates the day the finding measures it against. */
  record Claim(String act, String limit) {}

  /** Findings that call an act late: the act is after the limit. */
  static final Map<String, Claim> LATE = Map.ofEntries(
      // federal (core's catalog)
      Map.entry("IDEA.RESOLUTION.MEETING_15_DAYS.late", new Claim("held", "due")),
      Map.entry("IDEA.DUE_PROCESS.RESPONSE.late", new Claim("sent", "due")),
      Map.entry("IDEA.EXPEDITED.TIMELINES.meeting_late", new Claim("held", "due")),
      Map.entry("IDEA.EXPEDITED.TIMELINES.hearing_late", new Claim("held", "due")),
      Map.entry("IDEA.EXPEDITED.TIMELINES.decision_late", new Claim("issued", "due")),
      Map.entry("IDEA.HEARING.DECISION_45_DAYS.late", new Claim("issued", "due")),
      Map.entry("IDEA.HEARING.DECISION_45_DAYS.late_extended", new Claim("issued", "due")),
      Map.entry("IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS.late_family", new Claim("disclosed", "due")),
      Map.entry("IDEA.HEARING.DISCLOSURE_5_BUSINESS_DAYS.late_district", new Claim("disclosed", "due")),
      Map.entry("IDEA.RESOLUTION.AGREEMENT_REVIEW.voided_late", new Claim("voided", "due")),
      Map.entry("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE.challenge_late", new Claim("made", "due")),
      Map.entry("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE.ruling_late", new Claim("ruled", "due")),
      Map.entry("IDEA.STATE_COMPLAINT.DECISION_60_DAYS.late", new Claim("issued", "due")),
      Map.entry("IDEA.STATE_COMPLAINT.DECISION_60_DAYS.late_extended", new Claim("issued", "due")),
      Map.entry("IDEA.CIVIL_ACTION.TIME_LIMIT.late", new Claim("filed", "due")),
      Map.entry("IDEA.SAFEGUARDS.NOTICE.discipline_late", new Claim("given", "decided")),
      Map.entry("IDEA.RECORDS.ACCESS_45_DAYS.late", new Claim("given", "due")),
      Map.entry("IDEA.FEES.SETTLEMENT_OFFER.too_late", new Claim("offered", "due")),
      Map.entry("IDEA.FEES.SETTLEMENT_OFFER.accepted_late", new Claim("accepted", "acceptBy")),
      Map.entry("IDEA.PRIVATE_PLACEMENT.NOTICE.late", new Claim("sent", "due")),
      Map.entry("IDEA.DISCIPLINE.MANIFESTATION_10_SCHOOL_DAYS.late", new Claim("held", "due")),
      // Missouri
      Map.entry("MO.NOTICE_OF_ACTION.10_DAYS.early", new Claim("noticed", "due")),
      Map.entry("MO.MEETING.TWO_ATTEMPTS.late", new Claim("second", "due")),
      Map.entry("MO.DUE_PROCESS.COMMISSIONER_15_DAYS.late", new Claim("assigned", "due")),
      Map.entry("MO.MEDIATION.SCHEDULE_15_DAYS.late", new Claim("session", "due")),
      Map.entry("MO.MEDIATION.COMPLETE_30_DAYS.late", new Claim("ended", "due")),
      Map.entry("MO.FIEP.LEAD_TIME.late", new Claim("received", "due")),
      Map.entry("MO.MEETING.NOTICE_10_DAYS.late", new Claim("sent", "due")),
      // Mississippi
      Map.entry("MS.FACILITATION.LEAD_TIME.late", new Claim("requested", "due")),
      Map.entry("MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS.late", new Claim("forwarded", "due")));

  /** Findings that call an act early: dated before the event it answers. */
  static final Map<String, Claim> EARLY = Map.ofEntries(
      Map.entry("IDEA.RESOLUTION.MEETING_15_DAYS.before_complaint", new Claim("held", "filed")),
      Map.entry("IDEA.DUE_PROCESS.RESPONSE.before_complaint", new Claim("sent", "filed")),
      Map.entry("IDEA.EXPEDITED.TIMELINES.meeting_before_complaint", new Claim("held", "filed")),
      Map.entry("IDEA.EXPEDITED.TIMELINES.hearing_before_complaint", new Claim("held", "filed")),
      Map.entry("IDEA.EXPEDITED.TIMELINES.decision_before_hearing", new Claim("issued", "heard")),
      Map.entry("IDEA.HEARING.DECISION_45_DAYS.before_complaint", new Claim("issued", "filed")),
      Map.entry("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE.challenge_before_complaint", new Claim("made", "filed")),
      Map.entry("IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE.ruling_before_challenge", new Claim("ruled", "made")),
      Map.entry("IDEA.STATE_COMPLAINT.DECISION_60_DAYS.before_filing", new Claim("issued", "received")),
      Map.entry("MO.DUE_PROCESS.COMMISSIONER_15_DAYS.before_notice", new Claim("assigned", "received")),
      Map.entry("MS.STATE_COMPLAINT.FORWARD_3_BUSINESS_DAYS.before_receipt", new Claim("forwarded", "received")));

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.oneOf(ThreeStates.cases(), ActsAroundTheirClocks.cases());
  }

  private static LocalDate fact(Finding f, String name) {
    Optional<LocalDate> d = f.facts().date(name);
    assertThat(d).as("%s: fact %s of %s", f.ruleId(), name, f.key()).isPresent();
    return d.orElseThrow();
  }

  @Property(tries = 5000)
  void anActAFindingCallsLateIsDatedAfterTheDayItNames(@ForAll("cases") Case c) {
    Evaluation e = ThreeStates.BOOK.evaluate(c, LocalDate.of(2027, 6, 1));
    boolean claimed = false;
    for (Finding f : e.findings()) {
      Claim late = LATE.get(f.key());
      if (late != null) {
        claimed = true;
        assertThat(fact(f, late.act())).as("%s: %s", f.key(), f.facts()).isAfter(fact(f, late.limit()));
      }
      Claim early = EARLY.get(f.key());
      if (early != null) {
        assertThat(fact(f, early.act())).as("%s: %s", f.key(), f.facts()).isBefore(fact(f, early.limit()));
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
      LocalDate on = d.satisfiedOn().get();
      // a state rule that shapes a federal clock reports the deadline under the federal id and names itself
      // in shapedBy; its findings keep its own id
      RuleId by = d.shapedBy().isEmpty() ? d.ruleId() : d.shapedBy().get(d.shapedBy().size() - 1);
      List<Finding> ofRule = e.findings().stream().filter(f -> f.ruleId().equals(by)).toList();
      List<Finding> dating = new ArrayList<>();
      for (Finding f : ofRule) {
        Claim claim = LATE.containsKey(f.key()) ? LATE.get(f.key()) : EARLY.get(f.key());
        if (claim != null && f.facts().date(claim.act()).filter(on::equals).isPresent()) {
          dating.add(f);
        }
      }
      assertThat(dating).as("a finding of %s that calls the act of %s late or early (findings: %s)", d.ruleId(), on,
          ofRule.stream().map(Finding::key).toList()).isNotEmpty();
      Statistics.label("missed with its act").collect(d.doneBeforeWindow() ? "dated before the window" : "late");
    }
  }

  @Test
  void theClaimTablesNameFactsTheMessagesUse() {
    // guards the tables themselves: a key's English pattern must use both facts the table names
    List<MessageCatalog> catalogs = new ArrayList<>();
    for (String code : ThreeStates.BOOK.jurisdictions()) {
      for (Rule r : ThreeStates.BOOK.jurisdiction(code).rules()) {
        if (!catalogs.contains(r.descriptor().messages())) {
          catalogs.add(r.descriptor().messages());
        }
      }
    }
    List<String> unknown = new ArrayList<>();
    for (Map<String, Claim> table : List.of(LATE, EARLY)) {
      table.forEach((key, claim) -> {
        Optional<MessageCatalog> catalog = catalogs.stream()
            .filter(m -> m.pattern(key, Language.ENGLISH) != null).findFirst();
        if (catalog.isEmpty()) {
          unknown.add(key);
          return;
        }
        assertThat(catalog.get().arguments(key, Language.ENGLISH)).as(key).contains(claim.act(), claim.limit());
      });
    }
    assertThat(unknown).as("keys of no catalog").isEmpty();
  }
}
