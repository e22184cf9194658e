/**
 * IEP Dispute Rules, Missouri: the {@code MO.*} rules, Missouri's state holidays and escalation path,
 * plugged into {@code org.iepdr.core} as a {@link org.iepdr.core.rules.RuleModule} service for the
 * state code {@code MO}.
 */
module org.iepdr.rules.missouri {
  requires org.iepdr.core;
  requires static org.immutables.value;
  requires static transitive org.apiguardian.api;
  requires static org.jspecify;

  exports org.iepdr.rules.missouri;

  provides org.iepdr.core.rules.RuleModule with org.iepdr.rules.missouri.MissouriModule;
}
