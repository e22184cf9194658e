package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleModule;

/**
 * A named "what if": a change to a jurisdiction's rules or ladder, to the simulation's parameters, or
 * both, in the spirit of OpenFisca's reforms (a reform is applied to the baseline system and yields a
 * second system to compare against it).
 *
 * <p>A change to the law is a change to the {@link RuleModule}: a reform wraps the state's module
 * ({@link ReformedModule}) to replace a rule by one with another period, remove a rule, or change the
 * escalation path; the reformed jurisdiction is compiled by {@link org.iepdr.core.rules.RuleBook} like
 * any other, so projection, simulation and evaluation all follow the reformed rules. A change in
 * behaviour (a resolution rate, a cost) is a change to {@link SimulationParameters}. {@link Reforms}
 * provides the reforms of issue 6.
 *
 * <p>Implementation Requirements: immutable and thread-safe; both functions must be pure.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface Reform {

  /**
   * Returns the reform's name, as a command line names it (e.g. {@code "fiep-lead-time-5"}).
   *
   * @return the name
   */
  String name();

  /**
   * Returns what the reform changes, in words.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the reformed module of the jurisdiction. The default changes nothing.
   *
   * @param module the jurisdiction's own module (baseline)
   * @param baseline the compiled baseline jurisdiction (its rules, inherited ones included, and path)
   * @return the reformed module, or {@code module} itself when the rules do not change
   */
  default RuleModule rules(RuleModule module, Jurisdiction baseline) {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(baseline, "baseline");
    return module;
  }

  /**
   * Returns the reformed parameters. The default changes nothing.
   *
   * @param baseline the baseline parameters
   * @return the reformed parameters
   */
  default SimulationParameters parameters(SimulationParameters baseline) {
    Objects.requireNonNull(baseline, "baseline");
    return baseline;
  }

  /**
   * Returns the reform with one of its own parameters set to a value, under the same name: what a sweep
   * of {@code reform.NAME.PARAMETER} runs at each point ({@link Sweep}). A reform read from a file
   * ({@link ReformDefinition#toReform()}) has {@value ReformDefinition#LEAD_TIME} (the amount of its
   * lead-time replacements) and every parameter path ({@link ParameterPaths}); the default has none.
   *
   * @param parameter the reform's parameter, e.g. {@value ReformDefinition#LEAD_TIME}
   * @param value the value
   * @return the reform at that value
   * @throws InvalidInputException when the reform has no such parameter or the value is out of its range
   */
  default Reform at(String parameter, double value) {
    Objects.requireNonNull(parameter, "parameter");
    throw new InvalidInputException("reform '" + name() + "' parameter", "'" + parameter + "'",
        "a parameter of a reform defined as data (a bundled reform or a reform file); this reform has none");
  }

  /**
   * Returns a reform from its two functions.
   *
   * @param name the name
   * @param description what it changes
   * @param rules the change to the rules (module, baseline jurisdiction) -> module
   * @param parameters the change to the parameters
   * @return the reform
   */
  static Reform of(String name, String description, BiFunction<RuleModule, Jurisdiction, RuleModule> rules,
      UnaryOperator<SimulationParameters> parameters) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(parameters, "parameters");
    checkName(name);
    Objects.requireNonNull(description, "description");
    return new Reform() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public RuleModule rules(RuleModule module, Jurisdiction baseline) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(baseline, "baseline");
        return rules.apply(module, baseline);
      }

      @Override
      public SimulationParameters parameters(SimulationParameters baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return parameters.apply(baseline);
      }

      @Override
      public String toString() {
        return "Reform[" + name + "]";
      }
    };
  }

  /**
   * Returns a reform of the parameters only.
   *
   * @param name the name
   * @param description what it changes
   * @param parameters the change
   * @return the reform
   */
  static Reform ofParameters(String name, String description, UnaryOperator<SimulationParameters> parameters) {
    return of(name, description, (m, j) -> m, parameters);
  }

  /**
   * Returns a reform that changes nothing (a control: its results equal the baseline's).
   *
   * @param name the name
   * @return the reform
   */
  static Reform nothing(String name) {
    return of(name, "changes nothing", (m, j) -> m, p -> p);
  }

  /**
   * Returns this reform followed by another: rules and parameters changed by both, in order.
   *
   * @param then the reform applied second
   * @return the combined reform, named {@code this+then}
   */
  default Reform andThen(Reform then) {
    Objects.requireNonNull(then, "then");
    Reform first = this;
    return of(first.name() + "+" + then.name(), first.description() + "; " + then.description(),
        (m, j) -> then.rules(first.rules(m, j), j), p -> then.parameters(first.parameters(p)));
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.equals("baseline")) {
      throw new InvalidInputException("reform.name", name, "a non-blank name other than 'baseline'");
    }
  }
}
