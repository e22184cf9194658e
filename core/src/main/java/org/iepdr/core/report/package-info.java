/**
 * The IDEA Section 618 dispute-resolution report (formerly "Table 7", OMB 1820-0677; submitted through
 * the EMAPS IDEA Part B Dispute Resolution survey) and the SPP/APR indicators B15 and B16 computed from
 * it, counted from case events: {@link org.iepdr.core.report.Section618Counter} reads a stream of cases,
 * evaluates each with the jurisdiction the caller names, and returns a
 * {@link org.iepdr.core.report.Section618Report} of every element
 * ({@link org.iepdr.core.report.Section618Element}), with its consistency checks, the residual lines
 * (reports and decisions not within timelines), small-cell suppression
 * ({@link org.iepdr.core.report.SuppressedTable}) and the merge of partial reports.
 *
 * <p>Counting: per complaint or request (a case may hold several), only the actions initiated in the
 * {@linkplain org.iepdr.core.report.ReportingYear reporting year}, with the status each has on the status
 * date (June 30 unless the caller chooses another). Every choice the collection's labels leave open is an
 * {@linkplain org.iepdr.core.report.Section618Options option} or documented on the element it concerns.
 *
 * <p>The package names no state: the caller supplies the jurisdiction that evaluates each case.
 */
@NullMarked
@IepdrStyle
package org.iepdr.core.report;

import org.iepdr.core.internal.IepdrStyle;
import org.jspecify.annotations.NullMarked;
