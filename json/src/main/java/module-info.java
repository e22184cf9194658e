/**
 * IEP Dispute Rules, JSON: the case-file format (reader and writer) and the JSON outputs of the
 * library (evaluation, plan, batch line, rule catalogue), shared by the {@code iepdr} tool and
 * applications. Built on Jackson 3 ({@code tools.jackson}).
 */
module org.iepdr.json {
  requires transitive org.iepdr.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires static ical4j.core;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;

  exports org.iepdr.json.casefile;
  exports org.iepdr.json.output;
  exports org.iepdr.json.simulation;
  exports org.iepdr.json.workflow;
  exports org.iepdr.json.testfile;
}
