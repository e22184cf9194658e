package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.Case;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.time.BusinessCalendar;
import org.iepdr.core.time.DayCounter;

/**
 * The registry of installed rule modules, answering for a jurisdiction code and an as-of date.
 *
 * <p>{@link #load()} finds modules with {@link ServiceLoader}; {@link #of(RuleModule...)} takes them
 * from the caller. Each jurisdiction is compiled once, when the book is built: its own rules merged
 * over the inherited ones, and its business calendar precomputed for the years the module covers.
 *
 * <pre>{@code
 * RuleBook book = RuleBook.load();
 * Evaluation e = book.evaluate(aCase);             // as of the date of the facts
 * Evaluation e2 = book.evaluate(aCase, LocalDate.of(2026, 11, 2));
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; share one instance.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class RuleBook {

  private final Map<String, Jurisdiction> jurisdictions;

  private RuleBook(Map<String, Jurisdiction> jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

  /**
   * Loads every module on the class path or module path through {@link ServiceLoader}.
   *
   * @return the rule book
   * @throws InvalidInputException if two modules claim one code, or a module inherits one that is
   *     not installed
   */
  public static RuleBook load() {
    return load(RuleBook.class.getClassLoader());
  }

  /**
   * Loads every module visible to a class loader through {@link ServiceLoader}.
   *
   * @param loader the class loader
   * @return the rule book
   */
  public static RuleBook load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<RuleModule> modules = new ArrayList<>();
    ServiceLoader.load(RuleModule.class, loader).forEach(modules::add);
    return of(modules);
  }

  /**
   * Builds a rule book from the given modules only.
   *
   * @param modules the modules
   * @return the rule book
   */
  public static RuleBook of(RuleModule... modules) {
    Objects.requireNonNull(modules, "modules");
    return of(java.util.Arrays.asList(modules));
  }

  /**
   * Builds a rule book from the given modules only.
   *
   * @param modules the modules
   * @return the rule book
   * @throws InvalidInputException if two modules claim one code (two instances of one class
   *     included), a module's code or inherited code is not two ASCII letters, two rules of one module
   *     have one id, or a module inherits a code that is not among them, or inheritance forms a cycle
   * @throws NullPointerException if {@code modules}, an element, or a module's code is null
   */
  public static RuleBook of(List<? extends RuleModule> modules) {
    Objects.requireNonNull(modules, "modules");
    Map<String, RuleModule> byCode = new TreeMap<>();
    for (RuleModule m : modules) {
      Objects.requireNonNull(m, "modules element");
      String code = code(m.getClass().getName() + ".jurisdiction()", m.jurisdiction());
      m.inherits().ifPresent(i -> code("ruleModule '" + code + "'.inherits", i));
      RuleModule previous = byCode.put(code, m);
      if (previous != null) {
        throw new InvalidInputException("ruleModule.jurisdiction", code, "one module per code; "
            + (previous.getClass() == m.getClass() ? "two instances of " + m.getClass().getName() + " claim it"
                : "both " + previous.getClass().getName() + " and " + m.getClass().getName() + " claim it")
            + " (to change a module, pass the changed instance instead of the original)");
      }
    }
    Map<String, Jurisdiction> compiled = new LinkedHashMap<>();
    for (String code : byCode.keySet()) {
      compiled.put(code, compile(code, byCode));
    }
    return new RuleBook(compiled);
  }

  /**
   * Checks a jurisdiction code: two ASCII letters (a US state or territory code such as {@code MO}, or
   * {@code US} for the federal baseline), in either case; returns it upper case.
   */
  private static String code(String field, String code) {
    Objects.requireNonNull(code, field);
    if (!code.matches("[A-Za-z]{2}")) {
      throw new InvalidInputException(field, "'" + code + "'",
          "two ASCII letters, such as MO, MS or US (the federal baseline), in either case");
    }
    return code.toUpperCase(Locale.ROOT);
  }

  private static Jurisdiction compile(String code, Map<String, RuleModule> byCode) {
    List<RuleModule> chain = new ArrayList<>();
    String at = code;
    while (at != null) {
      RuleModule m = byCode.get(at);
      if (m == null) {
        throw new InvalidInputException("ruleModule '" + chain.get(chain.size() - 1).jurisdiction() + "'.inherits",
            at, "the code of an installed module; installed: " + byCode.keySet());
      }
      if (chain.contains(m)) {
        throw new InvalidInputException("ruleModule '" + code + "'.inherits", at, "a chain without cycles");
      }
      chain.add(0, m);
      at = m.inherits().map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
    }
    Map<RuleId, Rule> merged = new TreeMap<>();
    EscalationPath path = null;
    for (RuleModule m : chain) {
      for (RuleId removed : m.removes()) {
        merged.remove(removed);
      }
      Set<RuleId> own = new HashSet<>();
      for (Rule r : m.rules()) {
        RuleDescriptor d = Objects.requireNonNull(r, "rules element").descriptor();
        if (!own.add(d.id())) {
          throw new InvalidInputException("ruleModule '" + m.jurisdiction().toUpperCase(Locale.ROOT) + "'.rules",
              d.id(), "one rule per id in a module; two rules of " + m.getClass().getName() + " have this id");
        }
        for (RuleId replaced : d.replaces()) {
          merged.remove(replaced);
        }
        merged.put(d.id(), r);
      }
      path = m.escalation().orElse(path);
    }
    RuleModule own = chain.get(chain.size() - 1);
    if (path == null) {
      path = EscalationPath.builder(own.name()).build();
    }
    List<Rule> rules = new ArrayList<>(merged.values()); // in id order: merged is sorted by id
    DayCounter counter = DayCounter.of(own.zone(),
        BusinessCalendar.of(own.holidays(), own.firstYear(), own.lastYear()));
    return new Jurisdiction(code, own.name(), counter, rules, path);
  }

  /**
   * Returns the codes of the installed jurisdictions.
   *
   * @return the codes, sorted
   */
  public Set<String> jurisdictions() {
    return jurisdictions.keySet();
  }

  /**
   * Returns a jurisdiction by code.
   *
   * @param code the code, e.g. {@code "MO"} (case-insensitive)
   * @return the jurisdiction
   * @throws UnknownJurisdictionException if no module answers for the code
   */
  public Jurisdiction jurisdiction(String code) {
    Objects.requireNonNull(code, "code");
    Jurisdiction j = jurisdictions.get(code.toUpperCase(Locale.ROOT));
    if (j == null) {
      throw new UnknownJurisdictionException(code, jurisdictions.keySet());
    }
    return j;
  }

  /**
   * Evaluates a case under its state's rules as of the date of its facts.
   *
   * @param aCase the case
   * @return the evaluation
   * @throws UnknownJurisdictionException if no module answers for the case's state
   */
  public Evaluation evaluate(Case aCase) {
    Objects.requireNonNull(aCase, "aCase");
    return jurisdiction(aCase.state()).evaluate(aCase);
  }

  /**
   * Evaluates a case under its state's rules as of a date.
   *
   * @param aCase the case
   * @param asOf the date
   * @return the evaluation
   */
  public Evaluation evaluate(Case aCase, LocalDate asOf) {
    Objects.requireNonNull(aCase, "aCase");
    return jurisdiction(aCase.state()).evaluate(aCase, asOf);
  }

  /**
   * Evaluates a case under its state's rules with options.
   *
   * @param aCase the case
   * @param options the options
   * @return the evaluation
   */
  public Evaluation evaluate(Case aCase, EvaluationOptions options) {
    Objects.requireNonNull(aCase, "aCase");
    return jurisdiction(aCase.state()).evaluate(aCase, options);
  }

  /**
   * Returns the earliest and latest lawful dates for a proposed act in a jurisdiction.
   *
   * @param code the jurisdiction's code
   * @param act the act
   * @param trigger the date it counts from
   * @return the plan
   */
  public Plan plan(String code, ProposedAct act, LocalDate trigger) {
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(trigger, "trigger");
    return jurisdiction(code).plan(act, trigger);
  }

  @Override
  public String toString() {
    return "RuleBook" + jurisdictions.keySet();
  }
}
