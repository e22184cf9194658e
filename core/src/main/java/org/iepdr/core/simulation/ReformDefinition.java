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

  /** The name of a reform's lead-time parameter: the amount of every lead time its rule changes put in place. */
  public static final String LEAD_TIME = "lead-time";

  /**
   * Returns this reform with one of its parameters set: {@value #LEAD_TIME} sets the amount (whole days,
   * 0 to 365, the unit kept) of every lead time its rule changes put in place; a parameter path
   * ({@link ParameterPaths}) sets the value the reform gives that parameter.
   *
   * @param parameter {@value #LEAD_TIME} or a parameter path
   * @param value the value
   * @return the reform at that value, under the same name
   * @throws InvalidInputException naming the reform, the parameter and what is allowed
   */
  public ReformDefinition at(String parameter, double value) {
    Objects.requireNonNull(parameter, "parameter");
    if (parameter.equals(LEAD_TIME)) {
      checkLeadTime(value);
      if (ruleChanges.stream().noneMatch(c -> c.leadTime().isPresent())) {
        throw new InvalidInputException("reform '" + name + "' " + LEAD_TIME, ParameterPaths.format(value),
            "a reform that replaces a rule by a lead time (this one has none)");
      }
      List<RuleChange> changes = new ArrayList<>();
      for (RuleChange c : ruleChanges) {
        changes.add(c.leadTime().isEmpty() ? c : new RuleChange(c.state(), c.rule(),
            Optional.of(DayPeriod.of((int) value, c.leadTime().get().unit()))));
      }
      return new ReformDefinition(name, description, changes, removedProcesses, parameterChanges, parameterNote);
    }
    ParameterPaths.checkValue(parameter, value);
    Map<String, Double> changes = new LinkedHashMap<>(parameterChanges);
    changes.put(parameter, value);
    return new ReformDefinition(name, description, ruleChanges, removedProcesses, changes, parameterNote);
  }

  /**
   * Checks a lead time's amount.
   *
   * @param value the amount
   * @throws InvalidInputException unless a whole number of days from 0 to 365
   */
  static void checkLeadTime(double value) {
    if (!(value >= 0 && value <= 365) || value != Math.rint(value)) {
      throw new InvalidInputException(LEAD_TIME, ParameterPaths.format(value), "whole days from 0 to 365");
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
    ReformDefinition self = this;
    Reform inner = Reform.of(name, description, this::rules, this::parameters);
    return new Reform() {
      @Override
      public String name() {
        return inner.name();
      }

      @Override
      public String description() {
        return inner.description();
      }

      @Override
      public RuleModule rules(RuleModule module, Jurisdiction baseline) {
        return inner.rules(module, baseline);
      }

      @Override
      public SimulationParameters parameters(SimulationParameters baseline) {
        return inner.parameters(baseline);
      }

      @Override
      public Reform at(String parameter, double value) {
        return self.at(parameter, value).toReform();
      }

      @Override
      public String toString() {
        return inner.toString();
      }
    };
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
