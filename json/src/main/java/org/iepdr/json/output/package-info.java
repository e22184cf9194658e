/**
 * The JSON outputs of the library, as the {@code iepdr} tool writes them: an evaluation
 * ({@link org.iepdr.json.output.EvaluationJson}), plans ({@link org.iepdr.json.output.PlanJson}), the lines of
 * a batch (as trees: {@link org.iepdr.json.output.BatchLineJson}; streamed with the same bytes:
 * {@link org.iepdr.json.output.BatchLineWriter}) and a rule catalogue
 * ({@link org.iepdr.json.output.RuleCatalogueJson}).
 *
 * <p>Every output is described by a JSON Schema (draft 2020-12) under {@code docs/schemas/} and carries
 * {@code schemaVersion} (of that schema), {@code libraryVersion} and, where a jurisdiction answered,
 * {@code ruleSetFingerprint} ({@link org.iepdr.core.rules.RuleSetFingerprint}). An open end of a date
 * range is an absent field, never a sentinel date. No output contains a student's name or birth date.
 */
@NullMarked
package org.iepdr.json.output;

import org.jspecify.annotations.NullMarked;
