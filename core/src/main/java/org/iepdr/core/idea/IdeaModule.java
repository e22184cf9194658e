package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleModule;
import org.iepdr.core.time.FederalHolidays;
import org.iepdr.core.time.HolidayCalendar;

/**
 * The federal baseline as a {@link RuleModule} for the code {@code "US"}: every {@code IDEA.*} rule,
 * the federal holidays of 5 U.S.C. 6103, and the federal escalation path.
 *
 * <p>Every state module inherits it. Evaluated on its own (code {@code "US"}) it counts days in
 * America/New_York, the zone of the U.S. Department of Education; a state module counts in its own
 * zone and adds its own holidays.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class IdeaModule implements RuleModule {

  /** The code the federal baseline answers for. */
  public static final String CODE = "US";

  /** Creates the module (for {@link java.util.ServiceLoader}). */
  public IdeaModule() {}

  @Override
  public String jurisdiction() {
    return CODE;
  }

  @Override
  public String name() {
    return "IDEA Part B (federal baseline)";
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("America/New_York");
  }

  @Override
  public HolidayCalendar holidays() {
    return FederalHolidays.calendar();
  }

  @Override
  public List<Rule> rules() {
    return IdeaRules.all();
  }

  @Override
  public Optional<String> inherits() {
    return Optional.empty();
  }

  @Override
  public Optional<EscalationPath> escalation() {
    return Optional.of(FederalEscalation.path());
  }
}
