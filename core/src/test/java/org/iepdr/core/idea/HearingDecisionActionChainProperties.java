package org.iepdr.core.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.LEA;
import static org.iepdr.core.testing.Fixtures.PARENT;
import static org.iepdr.core.testing.Fixtures.ZONE;
import static org.iepdr.core.testing.Fixtures.caseBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful property: a parent's due process complaint is received, then due process events happen in
 * any order with any gaps; after every step the hearing-decision deadline of
 * {@code IDEA.HEARING.DECISION_45_DAYS} agrees with a model of 34 CFR 300.510(b)-(c) and 300.515(a)
 * written here independently of {@link ResolutionPeriod}.
 */
class HearingDecisionActionChainProperties {

  private static final String ID = "IDEA.HEARING.DECISION_45_DAYS";
  private static final LocalDate RECEIPT = LocalDate.of(2026, 3, 2);

  /** The federal baseline reduced to the rule under test, so that a thousand chains stay fast. */
  private static final Jurisdiction ONE_RULE = RuleBook.of(new RuleModule() {
    @Override
    public String jurisdiction() {
      return "US";
    }

    @Override
    public String name() {
      return "IDEA.HEARING.DECISION_45_DAYS only";
    }

    @Override
    public ZoneId zone() {
      return ZONE;
    }

    @Override
    public HolidayCalendar holidays() {
      return FederalHolidays.calendar();
    }

    @Override
    public List<Rule> rules() {
      return List.of(new HearingDecision45Days());
    }

    @Override
    public Optional<String> inherits() {
      return Optional.empty();
    }
  }).jurisdiction("US");

  /** What the model needs to know about each step. */
  enum Kind { WAIVER, MEETING, CONTINUE_MEDIATION, NO_AGREEMENT, WITHDRAWAL, OTHER }

  record Fact(Kind kind, LocalDate day, boolean written, boolean bothSigned) {}

  /** The case being built, and the facts the model reads. */
  static final class DueProcessState {
    final List<CaseEvent> events = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();
    LocalDate today = RECEIPT;
    Optional<LocalDate> heardOfficerDue = Optional.empty();
    /** Every hearing officer's extension, in order (the last one not before the unextended due date applies). */
    final List<LocalDate[]> heardOfficerDues = new java.util.ArrayList<>();
    int seq;

    DueProcessState() {
      events.add(Request.builder().id("dp").kind(RequestKind.DUE_PROCESS_COMPLAINT).filedBy(PARENT)
          .filedWith(Recipient.LEA).at(next(0)).build());
    }

    /** An instant on today + gap, later than every earlier step's. */
    Instant next(int gap) {
      today = today.plusDays(gap);
      seq++;
      return today.atTime(8, 0).plusMinutes(seq).atZone(ZONE).toInstant();
    }

    String id(String prefix) {
      return prefix + "-" + (seq + 1);
    }

    DueProcessState agreement(AgreementKind kind, Kind fact, int gap, boolean written, boolean both) {
      String id = id(kind.name().toLowerCase(java.util.Locale.ROOT));
      var b = Agreement.builder().id(id).kind(kind).request("dp").inWriting(written).at(next(gap));
      b.addSignatories(PARENT);
      if (both) {
        b.addSignatories(LEA);
      }
      events.add(b.build());
      facts.add(new Fact(fact, today, written, both));
      return this;
    }

    DueProcessState meeting(MeetingKind kind, int gap) {
      events.add(Meeting.builder().id(id("meeting")).kind(kind).request("dp").at(next(gap)).addAttendees(PARENT, LEA)
          .build());
      facts.add(new Fact(Kind.MEETING, today, true, true));
      return this;
    }

    @Override
    public String toString() {
      return "received " + RECEIPT + ", " + facts + ", hearing officer due " + heardOfficerDue;
    }
  }

  @Provide
  Arbitrary<ActionChain<DueProcessState>> chains() {
    return ActionChain.startWith(DueProcessState::new)
        .withAction(agreementAction("waiver in writing", AgreementKind.WAIVE_RESOLUTION_MEETING, Kind.WAIVER))
        .withAction(agreementAction("continue mediation", AgreementKind.CONTINUE_MEDIATION, Kind.CONTINUE_MEDIATION))
        .withAction(agreementAction("no agreement possible", AgreementKind.NO_AGREEMENT_POSSIBLE, Kind.NO_AGREEMENT))
        .withAction(new MediationAgreed())
        .withAction(new ResolutionMeetingHeld())
        .withAction(new WithdrawalFromMediation())
        .withAction(agreementAction("resolution agreement executed", AgreementKind.RESOLUTION_AGREEMENT, Kind.OTHER))
        .withAction(new OtherExtension())
        .withAction(new HearingOfficerExtension())
        .withMaxTransformations(10);
  }

  @Property
  void theDecisionDeadlineFollows300510And300515(@ForAll("chains") ActionChain<DueProcessState> chain) {
    chain.withInvariant("decision deadline", HearingDecisionActionChainProperties::check).run();
  }

  private static Arbitrary<Integer> gaps() {
    return Arbitraries.integers().between(0, 12);
  }

  private static Action.Independent<DueProcessState> agreementAction(String name, AgreementKind kind, Kind fact) {
    return () -> Combinators.combine(gaps(), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((gap, written, both) -> Transformer.mutate(name + " +" + gap + "d written=" + written + " both=" + both,
            s -> s.agreement(kind, fact, gap, written, both)));
  }

  /** Both sides agree to mediate and the first session is held the same day. */
  static final class MediationAgreed implements Action.Independent<DueProcessState> {
    @Override
    public Arbitrary<Transformer<DueProcessState>> transformer() {
      return gaps().map(gap -> Transformer.mutate("mediation agreed and started +" + gap + "d", s -> {
        s.agreement(AgreementKind.TO_MEDIATE, Kind.OTHER, gap, true, true);
        s.meeting(MeetingKind.MEDIATION_SESSION, 0);
      }));
    }
  }

  static final class ResolutionMeetingHeld implements Action.Independent<DueProcessState> {
    @Override
    public Arbitrary<Transformer<DueProcessState>> transformer() {
      return gaps().map(gap -> Transformer.mutate("resolution meeting +" + gap + "d",
          s -> s.meeting(MeetingKind.RESOLUTION, gap)));
    }
  }

  static final class WithdrawalFromMediation implements Action.Independent<DueProcessState> {
    @Override
    public Arbitrary<Transformer<DueProcessState>> transformer() {
      return Combinators.combine(gaps(), Arbitraries.of(PARENT, LEA)).as((gap, by) -> Transformer.mutate(
          "withdrawal from mediation by " + by + " +" + gap + "d", s -> {
            s.events.add(Withdrawal.builder().id(s.id("withdrawal")).request("dp").by(by)
                .from(Withdrawal.From.MEDIATION).at(s.next(gap)).build());
            s.facts.add(new Fact(Kind.WITHDRAWAL, s.today, true, true));
          }));
    }
  }

  /** An extension for a reason other than the hearing officer's: it must not move the deadline. */
  static final class OtherExtension implements Action.Independent<DueProcessState> {
    @Override
    public Arbitrary<Transformer<DueProcessState>> transformer() {
      return Combinators.combine(gaps(), Arbitraries.integers().between(1, 60)).as((gap, days) -> Transformer.mutate(
          "extension OTHER +" + days + "d", s -> {
            s.events.add(Extension.builder().id(s.id("ext")).request("dp").reason(Extension.Reason.OTHER)
                .newDueDate(RECEIPT.plusDays(75 + days)).at(s.next(gap)).build());
            s.facts.add(new Fact(Kind.OTHER, s.today, true, true));
          }));
    }
  }

  /** A specific extension by the hearing officer, only once the decision clock is running. */
  static final class HearingOfficerExtension implements Action.Dependent<DueProcessState> {
    @Override
    public boolean precondition(DueProcessState s) {
      return expectedEnd(s.facts).isPresent();
    }

    @Override
    public Arbitrary<Transformer<DueProcessState>> transformer(DueProcessState state) {
      LocalDate base = expectedEnd(state.facts).orElseThrow().plusDays(45);
      return Arbitraries.integers().between(1, 30).map(days -> Transformer.mutate(
          "hearing officer extends to " + base.plusDays(days), s -> {
            LocalDate to = base.plusDays(days);
            s.events.add(Extension.builder().id(s.id("ho")).request("dp")
                .reason(Extension.Reason.HEARING_OFFICER_SPECIFIC).newDueDate(to).at(s.next(1)).build());
            s.facts.add(new Fact(Kind.OTHER, s.today, true, true));
            s.heardOfficerDue = Optional.of(to);
            s.heardOfficerDues.add(new LocalDate[] {s.today, to});
          }));
    }
  }

  /**
   * The model: the 45-day clock's day 0 is day 30 after receipt, or the day of the first written,
   * both-signed waiver (by day 30), written no-agreement after a meeting started (by day 30), or
   * withdrawal from mediation after a written continue-mediation agreement (made by day 30); with such
   * an agreement and no withdrawal the clock has not started.
   */
  static Optional<LocalDate> expectedEnd(List<Fact> facts) {
    LocalDate day30 = RECEIPT.plusDays(30);
    boolean meetingStarted = false;
    boolean continued = false;
    for (Fact f : facts) {
      boolean valid = f.written() && f.bothSigned() && !f.day().isAfter(day30);
      switch (f.kind()) {
        case MEETING -> meetingStarted = true;
        case WAIVER -> {
          if (valid) {
            return Optional.of(f.day());
          }
        }
        case NO_AGREEMENT -> {
          if (valid && meetingStarted) {
            return Optional.of(f.day());
          }
        }
        case CONTINUE_MEDIATION -> continued |= valid;
        case WITHDRAWAL -> {
          if (continued) {
            return Optional.of(f.day());
          }
        }
        default -> { }
      }
    }
    return continued ? Optional.empty() : Optional.of(day30);
  }

  private static void check(DueProcessState s) {
    Case c = caseBuilder().addAllEvents(s.events).build();
    Evaluation e = ONE_RULE.evaluate(c, s.today);
    Optional<LocalDate> end = expectedEnd(s.facts);
    List<Deadline> deadlines = e.deadlines(ID);
    if (end.isEmpty()) {
      assertThat(deadlines).as("no clock while mediation continues: %s", s).isEmpty();
      return;
    }
    assertThat(deadlines).as("%s", s).hasSize(1);
    Deadline d = deadlines.get(0);
    LocalDate unextended = end.get().plusDays(45);
    assertThat(d.triggerDate()).as("%s", s).isEqualTo(end.get());
    // an extension never moves the due date earlier: one set before the due date as it stands (counted or
    // already extended) is reported and not applied
    // ... and one granted after the due date (as extended so far) had passed extends nothing (reported)
    LocalDate extended = unextended;
    for (LocalDate[] grant : s.heardOfficerDues) {
      LocalDate granted = grant[0];
      LocalDate to = grant[1];
      extended = granted.isAfter(extended) || to.isBefore(extended) ? extended : to;
    }
    assertThat(d.due()).as("%s", s).isEqualTo(extended);
    assertThat(d.due()).as("never earlier than unextended: %s", s).isAfterOrEqualTo(unextended);
    assertThat(unextended).as("never before receipt + 45: %s", s).isAfterOrEqualTo(RECEIPT.plusDays(45));
    boolean lateWithdrawal = end.get().isAfter(RECEIPT.plusDays(30));
    if (!lateWithdrawal) {
      assertThat(unextended).as("never after receipt + 75 without an extension: %s", s)
          .isBeforeOrEqualTo(RECEIPT.plusDays(75));
    } else {
      assertThat(s.facts).as("only a withdrawal from continued mediation ends the period after day 30")
          .anyMatch(f -> f.kind() == Kind.WITHDRAWAL && f.day().equals(end.get()));
    }
  }
}
