/**
 * The test-file format (JSON or YAML, {@code docs/test-files.md} and
 * {@code docs/schemas/test-file.schema.json}): cases, inline or by path, with the expectations their
 * evaluations must meet. The reader turns a file into {@link org.iepdr.core.conformance.TestCase}s for
 * {@link org.iepdr.core.conformance.TestRun}, reporting every problem of a file at once.
 */
@NullMarked
package org.iepdr.json.testfile;

import org.jspecify.annotations.NullMarked;
