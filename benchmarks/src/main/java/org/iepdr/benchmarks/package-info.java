/**
 * JMH benchmarks of the library against the peers a user would pick instead: ObjectLab Kit's
 * business-day calculator and a naive day-by-day loop for deadline arithmetic; case evaluation
 * throughput; start-up. Each benchmark checks its answer once in its setup (a wrong fast answer is
 * not a result) and consumes results through JMH's {@code Blackhole}.
 */
@NullMarked
package org.iepdr.benchmarks;

import org.jspecify.annotations.NullMarked;
