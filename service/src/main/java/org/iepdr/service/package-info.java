/**
 * The IEP Dispute Rules HTTP service: the library's evaluations, plans, day counts, reports and checks
 * over HTTP under {@code /v1}, reading and writing the formats and schemas of {@code iepdr-json}
 * (docs/service.md). Built on Spring Boot; started with {@code java -jar iepdr-service.jar}.
 */
@NullMarked
package org.iepdr.service;

import org.jspecify.annotations.NullMarked;
