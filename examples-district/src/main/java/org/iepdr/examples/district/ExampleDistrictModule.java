package org.iepdr.examples.district;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.HolidayCalendar;
import org.iepdr.rules.missouri.MissouriModule;

/**
 * A district's own IEP-meeting procedure as a rule module, layered over the Missouri rules.
 *
 * <p>Registered in {@code META-INF/services/org.iepdr.core.rules.RuleModule} of the examples jar, so
 * {@code RuleBook.load()} finds it the way it finds a vendor's module. It answers for {@value #CODE} (a
 * user-assigned ISO 3166 code, never a state's) and inherits every Missouri rule, holiday and the
 * Missouri ladder; a case opts in by saying {@code "state": "XM"}. Missouri cases ({@code "MO"}) are
 * evaluated exactly as without it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ExampleDistrictModule implements RuleModule {

  /** The module's jurisdiction code. */
  public static final String CODE = "XM";

  private final MissouriModule missouri = new MissouriModule();

  /** Creates the module (for {@link java.util.ServiceLoader}). */
  public ExampleDistrictModule() {}

  @Override
  public String jurisdiction() {
    return CODE;
  }

  @Override
  public String name() {
    return "Example District procedure (over Missouri)";
  }

  @Override
  public ZoneId zone() {
    return missouri.zone();
  }

  @Override
  public HolidayCalendar holidays() {
    return missouri.holidays();
  }

  @Override
  public List<Rule> rules() {
    return DistrictRules.all();
  }

  @Override
  public int firstYear() {
    return missouri.firstYear();
  }

  @Override
  public int lastYear() {
    return missouri.lastYear();
  }

  @Override
  public Optional<String> inherits() {
    return Optional.of(MissouriModule.CODE);
  }
}
