package org.iepdr.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.iepdr.core.rules.RuleSetFingerprint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The service's protections: it refuses to start bound to an address other than the loopback one
 * without a bearer token (unless {@code iepdr.security.allow-unauthenticated} is set); with a token,
 * every request but the health probes must carry it (compared in constant time); CORS is off unless
 * origins are configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

  private final SecurityProperties security;

  SecurityConfiguration(SecurityProperties security, Environment environment) {
    this.security = security;
    String address = environment.getProperty("server.address", "");
    if (!security.tokenRequired() && !security.allowUnauthenticated() && !loopback(address)) {
      throw new IllegalStateException("the service is bound to '" + (address.isBlank() ? "every address" : address)
          + "' without a bearer token: set IEPDR_SECURITY_TOKEN (iepdr.security.token), bind to 127.0.0.1"
          + " (IEPDR_ADDRESS), or set IEPDR_SECURITY_ALLOW_UNAUTHENTICATED=true to run it unprotected");
    }
  }

  /** Whether an address is the loopback one (no name lookup but for "localhost" itself). */
  static boolean loopback(String address) {
    String a = address.strip();
    if (a.isEmpty()) {
      return false; // every interface
    }
    if (a.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!a.matches("[0-9.]+|\\[?[0-9A-Fa-f:]+]?")) {
      return false; // a host name: not known to be the loopback without a lookup
    }
    try {
      return InetAddress.getByName(a).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    if (!security.corsOrigins().isEmpty()) {
      registry.addMapping("/v1/**").allowedOrigins(security.corsOrigins().toArray(String[]::new))
          .allowedMethods("GET", "POST").allowedHeaders("Authorization", "Content-Type", "Accept")
          .exposedHeaders(Versions.LIBRARY_VERSION, Versions.RULE_SET_FINGERPRINT);
    }
  }

  @Bean
  FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter() {
    FilterRegistrationBean<BearerTokenFilter> r = new FilterRegistrationBean<>(new BearerTokenFilter(security));
    r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    r.setEnabled(security.tokenRequired());
    return r;
  }

  /** Asks every request but the health probes, the try-it page's static files and CORS preflights for the bearer token. */
  static final class BearerTokenFilter extends OncePerRequestFilter {

    private final byte[] expected;

    BearerTokenFilter(SecurityProperties security) {
      this.expected = sha256(security.token());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI();
      if (path.equals("/actuator/health") || path.startsWith("/actuator/health/") || isPageFile(path)
          || "OPTIONS".equals(request.getMethod())) {
        chain.doFilter(request, response);
        return;
      }
      String h = request.getHeader("Authorization");
      String given = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : "";
      // both sides hashed first: the comparison takes the same time whatever the token's length
      if (!given.isEmpty() && MessageDigest.isEqual(expected, sha256(given))) {
        chain.doFilter(request, response);
        return;
      }
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"give the service's bearer token: Authorization: Bearer TOKEN\",\"libraryVersion\":\""
          + RuleSetFingerprint.libraryVersion() + "\"}");
    }

    /**
     * Whether a path names one of the try-it page's static files (the page, its script and style, the
     * bundled example cases): they hold no student's data, so a browser may load them without the token;
     * every call the page makes to {@code /v1} still needs it.
     */
    static boolean isPageFile(String path) {
      return path.equals("/") || path.equals("/index.html") || path.equals("/page.js") || path.equals("/page.css")
          || (path.startsWith("/examples/") && !path.contains(".."));
    }

    private static byte[] sha256(String s) {
      try {
        return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is not available", e);
      }
    }
  }
}
