/**
 * Conformance: test cases with expectations (the findings that must and must not appear, the deadlines
 * with their due dates, windows and outcomes, the next steps) and the engine that checks an evaluation
 * against them. The file format that writes them down lives in {@code iepdr-json}
 * ({@code org.iepdr.json.testfile}); this package has no dependency beyond core.
 */
@NullMarked
package org.iepdr.core.conformance;

import org.jspecify.annotations.NullMarked;
