/**
 * Conformance: a vendor's workflow checked over every start date of a range, and test cases with
 * expectations anyone can write.
 *
 * <p>A {@link org.iepdr.core.conformance.Workflow} is a prototype {@link org.iepdr.core.model.Case}
 * (the facts that stay fixed: parties, who files, signatures) and {@link
 * org.iepdr.core.conformance.Step}s, each placing one event (or a document or recording notice of a
 * meeting) at an {@link org.iepdr.core.conformance.Offset} from another step or from the start, with
 * the vendor's own {@link org.iepdr.core.conformance.Adjustment}s. {@link
 * org.iepdr.core.conformance.Conformance#run} builds the case the workflow produces for every start
 * instant, evaluates it with a {@link org.iepdr.core.rules.Jurisdiction}, and returns a {@link
 * org.iepdr.core.conformance.ConformanceReport}: the start dates on which a rule is broken, grouped
 * by rule and by reason, and each step's lawful range where the planning API can compute it.
 *
 * <p>Test cases ({@link org.iepdr.core.conformance.TestCase}) carry expectations ({@link
 * org.iepdr.core.conformance.Expectation}: the findings that must and must not appear, the deadlines
 * with their due dates, windows and outcomes, the next steps); {@link org.iepdr.core.conformance.TestRun}
 * checks an evaluation against them. The file formats live in {@code iepdr-json}
 * ({@code org.iepdr.json.workflow}, {@code org.iepdr.json.testfile}).
 *
 * <p>Pure: no I/O, no clock, no default zone or locale; a report does not depend on the number of
 * threads.
 */
@NullMarked
@IepdrStyle
package org.iepdr.core.conformance;

import org.iepdr.core.internal.IepdrStyle;
import org.jspecify.annotations.NullMarked;
