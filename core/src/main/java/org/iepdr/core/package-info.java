/**
 * The root of IEP Dispute Rules: the exception hierarchy shared by every package.
 *
 * <p>Every exception the library throws on purpose extends {@link org.iepdr.core.IepdrException};
 * each keeps the value it rejected. The sub-packages hold day counting ({@code time}), the facts of
 * a case ({@code model}), the rule engine ({@code rules}), the dispute-resolution processes
 * ({@code process}) and the federal IDEA baseline ({@code idea}).
 */
@NullMarked
package org.iepdr.core;

import org.jspecify.annotations.NullMarked;
