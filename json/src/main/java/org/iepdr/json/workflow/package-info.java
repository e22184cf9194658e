/**
 * The workflow-template format (JSON or YAML) read into a {@link org.iepdr.core.conformance.Workflow},
 * and the JSON form of a {@link org.iepdr.core.conformance.ConformanceReport}.
 *
 * <p>{@link org.iepdr.json.workflow.WorkflowReader} reports every problem of a template at once, each
 * as {@code file:line:column: $.json.path: message}, like the case-file reader; the events of the
 * steps are read by {@link org.iepdr.json.casefile.CaseFileReader}, so they take the case file's
 * fields and values. The format is documented in {@code docs/workflows.md} with the JSON Schema
 * {@code docs/schemas/workflow.schema.json}.
 */
@NullMarked
package org.iepdr.json.workflow;

import org.jspecify.annotations.NullMarked;
