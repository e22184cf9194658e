package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * The reforms researchers asked for (issue 6), by name for a command line ({@link #byName}).
 *
 * <ul>
 *   <li>{@value #FIEP_LEAD_TIME_5}: {@link #facilitationLeadTime(DayPeriod)} with 5 calendar days.
 *   <li>{@value #MEDIATION_ATTORNEYS}: {@link #attorneysInMediation(double)} with
 *       {@value #ATTORNEYS_RESOLVED} resolved.
 *   <li>{@value #NO_FACILITATION}: {@link #withoutFacilitation()}.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Reforms {

  /** The name of the 5-day facilitation lead time reform. */
  public static final String FIEP_LEAD_TIME_5 = "fiep-lead-time-5";
  /** The name of the attorneys-in-mediation reform. */
  public static final String MEDIATION_ATTORNEYS = "mediation-attorneys";
  /** The name of the reform that removes facilitation from the ladder. */
  public static final String NO_FACILITATION = "no-facilitation";
  /**
   * The mediation resolution rate the named attorneys reform assumes: an illustrative hypothesis, ten
   * points below Missouri's published "over 84%" (no published figure for mediation with attorneys).
   */
  public static final double ATTORNEYS_RESOLVED = 0.74;

  /** Missouri's rule that keeps attorneys out of mediation sessions (owned by the Missouri module). */
  static final RuleId NO_ATTORNEYS = RuleId.of("MO.MEDIATION.NO_ATTORNEYS");

  private Reforms() {}

  /**
   * Returns the names {@link #byName} knows.
   *
   * @return the names
   */
  public static List<String> names() {
    return List.of(FIEP_LEAD_TIME_5, MEDIATION_ATTORNEYS, NO_FACILITATION);
  }

  /**
   * Returns a provided reform by name.
   *
   * @param name one of {@link #names()} (case-insensitive)
   * @return the reform
   * @throws InvalidInputException for an unknown name
   */
  public static Reform byName(String name) {
    switch (java.util.Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)) {
      case FIEP_LEAD_TIME_5:
        return facilitationLeadTime(DayPeriod.calendarDays(5));
      case MEDIATION_ATTORNEYS:
        return attorneysInMediation(ATTORNEYS_RESOLVED);
      case NO_FACILITATION:
        return withoutFacilitation();
      default:
        throw new InvalidInputException("reform", name, "one of " + names());
    }
  }

  /**
   * A different facilitation lead time: every rule of the jurisdiction that sets an earliest day for a
   * facilitated IEP meeting (Missouri's {@code MO.FIEP.LEAD_TIME}, Mississippi's facilitation lead time)
   * is replaced by a {@link MinimumLeadTime} with the given period and the id
   * {@code REFORM.<old id>.<unit>_<amount>}.
   *
   * @param period the new lead time
   * @return the reform, named {@code fiep-lead-time-<amount>} (with the unit when not calendar days)
   */
  public static Reform facilitationLeadTime(DayPeriod period) {
    String unit = java.util.Objects.requireNonNull(period, "period").unit().name().toLowerCase(Locale.ROOT);
    String name = "fiep-lead-time-" + period.amount() + (unit.equals("calendar") ? "" : "-" + unit);
    return Reform.of(name, "facilitated IEP meetings may be held " + period + " after the request reaches the"
        + " agency (replaces the lead-time rule)", (module, baseline) -> {
          ReformedModule.Builder b = ReformedModule.of(module);
          boolean changed = false;
          for (Rule r : baseline.rules()) {
            Optional<PlanConstraint> c = r.plan(ProposedAct.FACILITATED_IEP_MEETING,
                SimulationParameters.DEFAULT_REFERENCE_START, baseline.counter());
            if (c.isPresent() && c.get().earliest().isPresent()) {
              RuleId old = r.descriptor().id();
              RuleId id = RuleId.of("REFORM." + old.value() + "." + period.unit().name() + "_" + period.amount());
              b.replace(old, new MinimumLeadTime(id, old, name, RequestKind.FACILITATED_IEP,
                  MeetingKind.FACILITATED_IEP, ProposedAct.FACILITATED_IEP_MEETING, period));
              changed = true;
            }
          }
          return changed ? b.build() : module;
        }, p -> p);
  }

  /**
   * Attorneys allowed in mediation: Missouri's {@code MO.MEDIATION.NO_ATTORNEYS} rule removed (where the
   * jurisdiction has it) and the share of mediations that resolve the dispute set to a new rate.
   *
   * @param resolvedRate the probability that a mediation that takes place resolves every issue
   * @return the reform, named {@value #MEDIATION_ATTORNEYS} (with the rate when not the default)
   */
  public static Reform attorneysInMediation(double resolvedRate) {
    String name = resolvedRate == ATTORNEYS_RESOLVED ? MEDIATION_ATTORNEYS
        : MEDIATION_ATTORNEYS + "-" + String.format(Locale.ROOT, "%.2f", resolvedRate);
    return Reform.of(name, "attorneys may attend mediation (removes " + NO_ATTORNEYS + "); mediation resolves "
        + String.format(Locale.ROOT, "%.0f%%", 100 * resolvedRate) + " of the disputes it hears",
        (module, baseline) -> baseline.rule(NO_ATTORNEYS).isPresent()
            ? ReformedModule.of(module).remove(NO_ATTORNEYS).build() : module,
        p -> {
          ProcessParameters m = p.process(DisputeProcess.MEDIATION);
          if (m == null) {
            return p;
          }
          double partly = Math.min(m.partly(), 1.0 - resolvedRate);
          // one build, one check: setting the new rate before capping partly would be refused when the old
          // partly share and the new rate add up to more than 1
          return p.with(DisputeProcess.MEDIATION, ProcessParameters.builder().from(m).resolved(resolvedRate)
              .partly(partly).source(m.source() + "; reform '" + name + "': resolved = " + resolvedRate
                  + " (hypothesis)").build());
        });
  }

  /**
   * Facilitation removed from the ladder: every step into or out of {@code FACILITATED_IEP} is taken
   * out of the jurisdiction's escalation path; families who would have asked for it go to the other
   * processes in proportion to their weights.
   *
   * @return the reform, named {@value #NO_FACILITATION}
   */
  public static Reform withoutFacilitation() {
    return Reform.of(NO_FACILITATION, "no facilitated IEP meetings: the step is removed from the ladder",
        (module, baseline) -> {
          EscalationPath path = baseline.escalation();
          EscalationPath.Builder b = path.toBuilder(path.name() + " without facilitation");
          for (DisputeProcess p : DisputeProcess.values()) {
            if (p != DisputeProcess.FACILITATED_IEP) {
              b.removeStep(p, DisputeProcess.FACILITATED_IEP).removeStep(DisputeProcess.FACILITATED_IEP, p);
            }
          }
          return ReformedModule.of(module).escalation(b.build()).build();
        }, p -> p);
  }
}
