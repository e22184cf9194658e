package org.iepdr.core.simulation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.HolidayCalendar;

/**
 * A {@link RuleModule} that delegates to another and changes its rules or escalation path: the tool a
 * {@link Reform} uses to change the law. It answers for the same code, zone, holidays and inheritance
 * as the module it wraps.
 *
 * <pre>{@code
 * RuleModule reformed = ReformedModule.of(missouri)
 *     .replace(MO_FIEP_LEAD_TIME, new MinimumLeadTime(...))     // a rule with another period
 *     .remove(RuleId.of("MO.MEDIATION.NO_ATTORNEYS"))           // a rule the reform repeals
 *     .build();
 * Jurisdiction j = RuleBook.of(new IdeaModule(), reformed).jurisdiction("MO");
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe when the wrapped module is.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ReformedModule implements RuleModule {

  private final RuleModule base;
  private final List<Rule> rules;
  private final Set<RuleId> removes;
  private final Optional<EscalationPath> escalation;

  private ReformedModule(RuleModule base, List<Rule> rules, Set<RuleId> removes, Optional<EscalationPath> escalation) {
    this.base = base;
    this.rules = List.copyOf(rules);
    this.removes = Set.copyOf(removes);
    this.escalation = escalation;
  }

  /**
   * Starts a reformed copy of a module.
   *
   * @param base the module to reform
   * @return a builder
   */
  public static Builder of(RuleModule base) {
    return new Builder(Objects.requireNonNull(base, "base"));
  }

  /**
   * Returns the module this one reforms.
   *
   * @return the base module
   */
  public RuleModule base() {
    return base;
  }

  @Override
  public String jurisdiction() {
    return base.jurisdiction();
  }

  @Override
  public String name() {
    return base.name();
  }

  @Override
  public ZoneId zone() {
    return base.zone();
  }

  @Override
  public HolidayCalendar holidays() {
    return base.holidays();
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public Optional<String> inherits() {
    return base.inherits();
  }

  @Override
  public Set<RuleId> removes() {
    return removes;
  }

  @Override
  public Optional<EscalationPath> escalation() {
    return escalation;
  }

  @Override
  public int firstYear() {
    return base.firstYear();
  }

  @Override
  public int lastYear() {
    return base.lastYear();
  }

  @Override
  public String toString() {
    return "ReformedModule[" + base.jurisdiction() + ", " + rules.size() + " rules, removes " + removes + "]";
  }

  /** Builds a {@link ReformedModule}. Not thread-safe. */
  public static final class Builder {
    private final RuleModule base;
    private final Map<RuleId, Rule> rules = new LinkedHashMap<>();
    private final Set<RuleId> removes = new LinkedHashSet<>();
    private Optional<EscalationPath> escalation;

    private Builder(RuleModule base) {
      this.base = base;
      for (Rule r : base.rules()) {
        rules.put(r.descriptor().id(), r);
      }
      removes.addAll(base.removes());
      escalation = base.escalation();
    }

    /**
     * Removes a rule: the module's own, or an inherited one.
     *
     * @param id the rule's id
     * @return this builder
     */
    public Builder remove(RuleId id) {
      Objects.requireNonNull(id, "id");
      rules.remove(id);
      removes.add(id);
      return this;
    }

    /**
     * Replaces a rule (own or inherited) by another, which may carry another id.
     *
     * @param replaced the id of the rule replaced
     * @param replacement the new rule
     * @return this builder
     */
    public Builder replace(RuleId replaced, Rule replacement) {
      remove(replaced);
      return add(replacement);
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      RuleId id = rule.descriptor().id();
      removes.remove(id);
      rules.put(id, rule);
      return this;
    }

    /**
     * Sets the escalation path.
     *
     * @param path the path
     * @return this builder
     */
    public Builder escalation(EscalationPath path) {
      escalation = Optional.of(Objects.requireNonNull(path, "path"));
      return this;
    }

    /**
     * Builds the module.
     *
     * @return the module
     */
    public ReformedModule build() {
      return new ReformedModule(base, new ArrayList<>(rules.values()), removes, escalation);
    }
  }
}
