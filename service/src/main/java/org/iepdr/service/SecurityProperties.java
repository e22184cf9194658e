package org.iepdr.service;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service ({@code iepdr.security.*}; environment variables
 * {@code IEPDR_SECURITY_TOKEN}, {@code IEPDR_SECURITY_ALLOW_UNAUTHENTICATED},
 * {@code IEPDR_SECURITY_CORS_ORIGINS}).
 *
 * @param token the bearer token every request under {@code /v1} and {@code /actuator} (but health)
 *     must carry as {@code Authorization: Bearer TOKEN}; empty: no token is asked
 * @param allowUnauthenticated start without a token although bound to an address other than the
 *     loopback one (otherwise the service refuses to start)
 * @param corsOrigins the origins a browser may call the service from (CORS); empty: none
 */
@ConfigurationProperties("iepdr.security")
public record SecurityProperties(@DefaultValue("") String token, @DefaultValue("false") boolean allowUnauthenticated,
    @DefaultValue({}) List<String> corsOrigins) {

  /**
   * Creates the properties.
   *
   * @param token the bearer token, or empty
   * @param allowUnauthenticated whether to start unprotected on a non-loopback address
   * @param corsOrigins the origins allowed by CORS
   */
  public SecurityProperties {
    token = token.strip();
    corsOrigins = corsOrigins.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Returns whether a bearer token is configured.
   *
   * @return true when requests must carry the token
   */
  public boolean tokenRequired() {
    return !token.isEmpty();
  }
}
