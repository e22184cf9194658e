package org.iepdr.core.simulation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;

/**
 * Test fixtures of the simulation tests: "Testland" ({@code ZZ}), a jurisdiction whose escalation path
 * and plan windows each test chooses, so that a model's lawful bounds (and so every drawn day) are known
 * by construction; and the inverse of the SplitMix64 finaliser, to pick the seed whose dispute draws a
 * chosen uniform for one purpose.
 */
final class Testland implements RuleModule {

  static final String CODE = "ZZ";
  static final LocalDate START = SimulationParameters.DEFAULT_REFERENCE_START;

  private final List<Rule> rules;
  private final EscalationPath path;
  private final Optional<String> inherits;

  Testland(EscalationPath path, Optional<String> inherits, List<Rule> rules) {
    this.path = path;
    this.inherits = inherits;
    this.rules = List.copyOf(rules);
  }

  @Override public String jurisdiction() { return CODE; }
  @Override public String name() { return "Testland"; }
  @Override public ZoneId zone() { return ZoneId.of("America/Chicago"); }
  @Override public HolidayCalendar holidays() { return FederalHolidays.calendar(); }
  @Override public List<Rule> rules() { return rules; }
  @Override public Optional<String> inherits() { return inherits; }
  @Override public Optional<EscalationPath> escalation() { return Optional.ofNullable(path); }
  @Override public int firstYear() { return 2020; }
  @Override public int lastYear() { return 2035; }

  /** A stand-alone Testland (nothing inherited) with a path and plan rules. */
  static Jurisdiction jurisdiction(EscalationPath path, Rule... rules) {
    return RuleBook.of(new Testland(path, Optional.empty(), List.of(rules))).jurisdiction(CODE);
  }

  /** Starts an escalation path; {@link #step} adds steps with a placeholder condition and source. */
  static PathBuilder path() {
    return new PathBuilder();
  }

  /** Builds a path from pairs of processes. */
  static final class PathBuilder {
    private final EscalationPath.Builder b = EscalationPath.builder("Testland ladder");

    PathBuilder step(DisputeProcess from, DisputeProcess... to) {
      for (DisputeProcess t : to) {
        b.step(from, t, "test step", "test");
      }
      return this;
    }

    EscalationPath build() {
      return b.build();
    }
  }

  /** Parameters named "test" over a one-day reference period (fast to compile) with the given processes. */
  static SimulationParameters.Builder parameters() {
    return SimulationParameters.builder().name("test").horizonDays(1);
  }

  /**
   * A rule that only plans one act: from {@code earliest} to {@code latest} calendar days after the
   * trigger, each a function of the trigger date; a negative offset means the rule sets no such end.
   */
  static final class Window extends BaseRule {
    private final ProposedAct act;
    private final ToIntFunction<LocalDate> earliest;
    private final ToIntFunction<LocalDate> latest;

    Window(String id, ProposedAct act, ToIntFunction<LocalDate> earliest, ToIntFunction<LocalDate> latest) {
      super(RuleDescriptor.builder().id(RuleId.of(id)).title("plans " + act).kind(FindingKind.VIOLATION)
          .addCitations(Citation.of(Authority.REGULATION, Force.DUTY, "Testland code", "s.1", "The act falls within its window.")).build());
      this.act = act;
      this.earliest = earliest;
      this.latest = latest;
    }

    @Override
    public void evaluate(RuleContext ctx) {
      // plans only
    }

    @Override
    public Optional<PlanConstraint> plan(ProposedAct proposed, LocalDate trigger, DayCounter counter) {
      if (proposed != act) {
        return Optional.empty();
      }
      int e = earliest.applyAsInt(trigger);
      int l = latest.applyAsInt(trigger);
      return Optional.of(new PlanConstraint(descriptor().id(),
          e < 0 ? Optional.empty() : Optional.of(trigger.plusDays(e)),
          l < 0 ? Optional.empty() : Optional.of(trigger.plusDays(l)), "test window"));
    }
  }

  /** A fixed window: {@code earliest} to {@code latest} days after the trigger (negative: unset). */
  static Window window(String id, ProposedAct act, int earliest, int latest) {
    return new Window(id, act, t -> earliest, t -> latest);
  }

  // --- the inverse of SimulationModel.mix64, to choose draws ---------------------------------------

  /** The counter increment of {@link SimulationModel#uniform}: slot s reads mix64(key + (s + 1) * this). */
  static final long SLOT_GAMMA = 0xd1b54a32d192ed03L;

  /** The mixed value whose top 53 bits give the uniform 0. */
  static final long U_ZERO = 0L;
  /** The mixed value whose top 53 bits give the uniform 0.25. */
  static final long U_QUARTER = 1L << 62;
  /** The mixed value whose top 53 bits give the uniform 0.5. */
  static final long U_HALF = 1L << 63;
  /** The mixed value whose top 53 bits give the largest uniform, 1 - 2^-53. */
  static final long U_MAX = -1L;

  /** The inverse of the SplitMix64 finaliser: {@code unmix(mix64(z)) == z}. */
  static long unmix(long z) {
    z = z ^ (z >>> 31) ^ (z >>> 62);
    z *= inverse(0x94d049bb133111ebL);
    z = z ^ (z >>> 27) ^ (z >>> 54);
    z *= inverse(0xbf58476d1ce4e5b9L);
    return z ^ (z >>> 30) ^ (z >>> 60);
  }

  /** The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration). */
  static long inverse(long odd) {
    long x = odd;
    for (int i = 0; i < 6; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }

  /** The dispute key whose draw for {@code slot} mixes to {@code mixed}. */
  static long keyFor(int slot, long mixed) {
    return unmix(mixed) - (slot + 1) * SLOT_GAMMA;
  }

  /** The seed whose dispute 0 has the given key ({@code disputeKey(seed, 0) == mix64(mix64(seed))}). */
  static long seedFor(long key) {
    return unmix(unmix(key));
  }

  /** The slot of one purpose of one process, as the walk numbers them. */
  static int slot(DisputeProcess process, int purpose) {
    for (int i = 0; i < SimulationModel.COUNT; i++) {
      if (SimulationModel.PROCESSES[i] == process) {
        return i * SimulationModel.SLOTS_PER_PROCESS + purpose;
      }
    }
    throw new IllegalArgumentException(process.name());
  }
}
