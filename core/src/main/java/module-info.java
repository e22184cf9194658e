/**
 * IEP Dispute Rules, core: day counting, the case model, the rule engine, the dispute-resolution
 * processes and the federal IDEA baseline. State modules plug in as {@link org.iepdr.core.rules.RuleModule}
 * services.
 */
module org.iepdr.core {
  requires static org.immutables.value;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports org.iepdr.core;
  exports org.iepdr.core.time;
  exports org.iepdr.core.model;
  exports org.iepdr.core.rules;
  exports org.iepdr.core.message;
  exports org.iepdr.core.process;
  exports org.iepdr.core.idea;
  exports org.iepdr.core.simulation;
  exports org.iepdr.core.report;
  exports org.iepdr.core.caseload;
  exports org.iepdr.core.conformance;

  uses org.iepdr.core.rules.RuleModule;

  provides org.iepdr.core.rules.RuleModule with org.iepdr.core.idea.IdeaModule;
}
