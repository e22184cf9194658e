/**
 * IEP Dispute Rules, Mississippi: the MS.* rules, Mississippi's holiday calendar and escalation path,
 * plugged into the core as a {@link org.iepdr.core.rules.RuleModule} service for the state code
 * {@code MS}, on top of the inherited federal IDEA baseline.
 */
module org.iepdr.rules.mississippi {
  requires org.iepdr.core;
  requires static org.immutables.value;
  requires static transitive org.apiguardian.api;
  requires static org.jspecify;

  exports org.iepdr.rules.mississippi;

  provides org.iepdr.core.rules.RuleModule with org.iepdr.rules.mississippi.MississippiModule;
}
