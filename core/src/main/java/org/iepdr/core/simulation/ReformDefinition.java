package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.process.DisputeProcess;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.DayPeriod;

/**
 * A reform as data (read from a reform file by {@code org.iepdr.json.simulation.ReformFile}): the rules
 * it removes or replaces, by rule ID, for each state it applies to; the processes it takes out of the
 * ladder; and the parameters it changes, by {@link ParameterPaths path}. {@link #toReform()} makes the
 * {@link Reform} the simulator runs, through the same {@link ReformedModule} mechanism as the reforms
 * written in code.
 *
 * <p>A reform that changes rules of some states refuses to run on a state it has no change for, and a
 * reform naming a rule the state does not have is refused: both with an {@link InvalidInputException}
 * naming the rule and the state.
 *
 * @param name the reform's name
 * @param description what it changes, in words
 * @param ruleChanges the rule changes (empty: the rules stay)
 * @param removedProcesses processes whose every step in and out is taken out of the ladder
 * @param parameterChanges new values by parameter path
 * @param parameterNote why the parameters change (appended to the changed processes' sources)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ReformDefinition(String name, String description, List<RuleChange> ruleChanges,
    List<DisputeProcess> removedProcesses, Map<String, Double> parameterChanges, String parameterNote) {

  /**
   * One rule removed or replaced in one state.
   *
   * @param state the state's code
   * @param rule the rule's ID
   * @param leadTime empty to remove the rule; otherwise the period of the {@link MinimumLeadTime} for
   *     facilitated IEP meetings that replaces it
   */
  public record RuleChange(String state, RuleId rule, Optional<DayPeriod> leadTime) {

    /**
     * Checks the change.
     *
     * @param state state
     * @param rule rule
     * @param leadTime lead time
     */
    public RuleChange {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(leadTime, "leadTime");
    }
  }

  /**
   * Copies the lists and map.
   *
   * @param name name
   * @param description description
   * @param ruleChanges rule changes
   * @param removedProcesses removed processes
   * @param parameterChanges parameter changes
   * @param parameterNote parameter note
   */
  public ReformDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(parameterNote, "parameterNote");
    Objects.requireNonNull(ruleChanges, "ruleChanges");
    Objects.requireNonNull(removedProcesses, "removedProcesses");
    Objects.requireNonNull(parameterChanges, "parameterChanges");
    if (name.isBlank() || name.equals(Simulator.BASELINE)) {
      throw new InvalidInputException("reform.name", "'" + name + "'", "a non-blank name other than 'baseline'");
    }
    ruleChanges = List.copyOf(ruleChanges);
    removedProcesses = List.copyOf(removedProcesses);
    parameterChanges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameterChanges));
    for (String path : parameterChanges.keySet()) {
      ParameterPaths.allowedRange(path);
    }
  }

  /**
   * Returns the states the reform changes rules of.
   *
   * @return the codes, sorted
   */
  public List<String> states() {
    TreeSet<String> s = new TreeSet<>();
    ruleChanges.forEach(c -> s.add(c.state().toUpperCase(Locale.ROOT)));
    return List.copyOf(s);
  }

  /**
   * Returns the reform.
   *
   * @return the reform
   */
  public Reform toReform() {
    return Reform.of(name, description, this::rules, this::parameters);
  }

  private RuleModule rules(RuleModule module, Jurisdiction baseline) {
    String state = baseline.code().toUpperCase(Locale.ROOT);
    List<RuleChange> mine = new ArrayList<>();
    for (RuleChange c : ruleChanges) {
      if (c.state().equalsIgnoreCase(state)) {
        mine.add(c);
      }
    }
    if (!ruleChanges.isEmpty() && mine.isEmpty()) {
      List<String> ids = ruleChanges.stream().map(c -> c.rule().value()).toList();
      throw new InvalidInputException("reform '" + name + "' rule" + (ids.size() > 1 ? "s" : ""), String.join(", ", ids),
          "rules " + state + " has: " + state + " does not have " + String.join(" or ", ids) + " (the reform changes"
              + " rules of " + String.join(", ", states()) + " only)");
    }
    ReformedModule.Builder b = ReformedModule.of(module);
    for (RuleChange c : mine) {
      if (baseline.rule(c.rule()).isEmpty()) {
        throw new InvalidInputException("reform '" + name + "' rule", c.rule().value(),
            "a rule " + state + " has: " + state + " does not have " + c.rule().value());
      }
      if (c.leadTime().isEmpty()) {
        b.remove(c.rule());
      } else {
        DayPeriod period = c.leadTime().get();
        RuleId id = RuleId.of("REFORM." + c.rule().value() + "." + period.unit().name() + "_" + period.amount());
        b.replace(c.rule(), new MinimumLeadTime(id, c.rule(), name, RequestKind.FACILITATED_IEP,
            MeetingKind.FACILITATED_IEP, ProposedAct.FACILITATED_IEP_MEETING, period));
      }
    }
    if (!removedProcesses.isEmpty()) {
      EscalationPath path = baseline.escalation();
      EscalationPath.Builder p = path.toBuilder(path.name() + " without "
          + String.join(", ", removedProcesses.stream().map(Enum::name).toList()).toLowerCase(Locale.ROOT)
              .replace("facilitated_iep", "facilitation"));
      for (DisputeProcess removed : removedProcesses) {
        for (DisputeProcess other : DisputeProcess.values()) {
          if (other != removed) {
            p.removeStep(other, removed).removeStep(removed, other);
          }
        }
      }
      b.escalation(p.build());
    }
    return mine.isEmpty() && removedProcesses.isEmpty() ? module : b.build();
  }

  private SimulationParameters parameters(SimulationParameters p) {
    SimulationParameters out = p;
    for (Map.Entry<String, Double> e : parameterChanges.entrySet()) {
      String path = e.getKey();
      double v = e.getValue();
      if (path.endsWith(".resolved")) {
        // lower the partly share first when the new rate and the old partly share add up to more than 1
        String partly = path.substring(0, path.length() - "resolved".length()) + "partly";
        if (ParameterPaths.value(out, partly) + v > 1.0) {
          out = ParameterPaths.withValue(out, partly, 1.0 - v);
        }
      }
      String[] parts = path.split("\\.");
      String source = null;
      if (parts.length > 2) {
        ProcessParameters pp = out.process(DisputeProcess.valueOf(parts[1]));
        if (pp != null) {
          source = pp.source() + "; reform '" + name + "': " + path.substring(parts[0].length() + parts[1].length() + 2)
              + " = " + ParameterPaths.format(v) + (parameterNote.isEmpty() ? "" : " (" + parameterNote + ")");
        }
      }
      out = ParameterPaths.withValue(out, path, v, source);
    }
    return out;
  }
}
