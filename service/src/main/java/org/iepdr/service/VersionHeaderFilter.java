package org.iepdr.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the library version and the rule-set fingerprints on every response, before anything is
 * written; an endpoint that one jurisdiction answered replaces the fingerprint header with that
 * jurisdiction's alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class VersionHeaderFilter extends OncePerRequestFilter {

  private final String all;

  VersionHeaderFilter(RuleBook book) {
    this.all = Versions.fingerprints(book);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(Versions.LIBRARY_VERSION, RuleSetFingerprint.libraryVersion());
    response.setHeader(Versions.RULE_SET_FINGERPRINT, all);
    chain.doFilter(request, response);
  }
}
