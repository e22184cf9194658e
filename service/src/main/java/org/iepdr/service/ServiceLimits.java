package org.iepdr.service;

import org.iepdr.json.casefile.CaseFileReader;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hostile-input limits of the service ({@code iepdr.limits.*}; environment variables
 * {@code IEPDR_LIMITS_MAX_CASE_BYTES} and so on): past {@code maxCaseBytes} a case (a request body, or
 * one line of a batch) is refused with 413; past {@code maxEvents} events or {@code maxStringChars}
 * characters in one string, too. A streamed batch has no total limit.
 *
 * @param maxCaseBytes the most bytes of one case or one batch line (default 8 MiB)
 * @param maxEvents the most events of one case (default 100,000, the library's)
 * @param maxStringChars the most characters of one string (default 10,000, the library's)
 */
@ConfigurationProperties("iepdr.limits")
public record ServiceLimits(@DefaultValue("8388608") long maxCaseBytes, @DefaultValue("100000") int maxEvents,
    @DefaultValue("10000") int maxStringChars) {

  /**
   * Creates the limits, each at least 1.
   *
   * @param maxCaseBytes the most bytes per case or line
   * @param maxEvents the most events per case
   * @param maxStringChars the most characters per string
   */
  public ServiceLimits {
    if (maxCaseBytes < 1 || maxEvents < 1 || maxStringChars < 1) {
      throw new IllegalArgumentException("iepdr.limits: every limit must be at least 1; was maxCaseBytes="
          + maxCaseBytes + ", maxEvents=" + maxEvents + ", maxStringChars=" + maxStringChars);
    }
  }

  /**
   * Returns these limits as the case-file reader's.
   *
   * @return the reader's limits
   */
  public CaseFileReader.Limits readerLimits() {
    return new CaseFileReader.Limits(maxCaseBytes, maxEvents, maxStringChars);
  }
}
