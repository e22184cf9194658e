package org.iepdr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The bind address guard, the bearer token and CORS, each on a service of its own. */
class SecurityTest {

  static ConfigurableApplicationContext start(String... properties) {
    // command-line arguments: they override application.properties (default properties would not)
    String[] args = new String[properties.length + 1];
    args[0] = "--server.port=0";
    for (int i = 0; i < properties.length; i++) {
      args[i + 1] = "--" + properties[i];
    }
    return new SpringApplicationBuilder(IepdrServiceApplication.class).run(args);
  }

  static int port(ConfigurableApplicationContext c) {
    return ((WebServerApplicationContext) c).getWebServer().getPort();
  }

  @Test
  void boundToEveryAddressWithoutATokenItRefusesToStart() {
    assertThatThrownBy(() -> start("server.address=0.0.0.0").close()).hasStackTraceContaining("without a bearer token");
  }

  @Test
  void boundElsewhereItStartsWhenToldToOrWithAToken() {
    try (ConfigurableApplicationContext c = start("server.address=0.0.0.0",
        "iepdr.security.allow-unauthenticated=true")) {
      assertThat(port(c)).isPositive();
    }
  }

  @Test
  void aConfiguredTokenIsAskedOfEveryRequestButTheHealthProbes() throws Exception {
    try (ConfigurableApplicationContext c = start("server.address=0.0.0.0", "iepdr.security.token=s3cret-token")) {
      Http http = new Http(port(c));
      HttpResponse<String> none = http.get("/v1/jurisdictions");
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(http.send(http.request("/v1/jurisdictions").header("Authorization", "Bearer wrong").build())
          .statusCode()).isEqualTo(401);
      assertThat(http.send(http.request("/v1/jurisdictions").header("Authorization", "Bearer s3cret-token2").build())
          .statusCode()).isEqualTo(401);
      assertThat(http.send(http.request("/v1/jurisdictions").header("Authorization", "Bearer s3cret-token").build())
          .statusCode()).isEqualTo(200);
      assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
      assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(401);
      // the try-it page's static files hold no student's data: a browser loads them without the token,
      // but the page's calls still need it
      assertThat(http.get("/").statusCode()).isEqualTo(200);
      assertThat(http.get("/page.js").statusCode()).isEqualTo(200);
      assertThat(http.get("/examples/index.json").statusCode()).isEqualTo(200);
      assertThat(http.post("/v1/evaluate", "application/json", "{}").statusCode()).isEqualTo(401);
      assertThat(http.get("/v1/due").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void corsIsOffUnlessConfigured() throws Exception {
    try (ConfigurableApplicationContext off = start()) {
      Http http = new Http(port(off));
      HttpResponse<String> r = http.send(http.request("/v1/jurisdictions").header("Origin", "https://portal.example")
          .build());
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    try (ConfigurableApplicationContext on = start("iepdr.security.cors-origins=https://portal.example")) {
      Http http = new Http(port(on));
      HttpResponse<String> r = http.send(http.request("/v1/jurisdictions").header("Origin", "https://portal.example")
          .build());
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("https://portal.example");
      HttpResponse<String> other = http.send(http.request("/v1/jurisdictions").header("Origin", "https://evil.example")
          .build());
      assertThat(other.statusCode()).isEqualTo(403);
    }
  }

  @Test
  void loopbackAddresses() {
    assertThat(SecurityConfiguration.loopback("127.0.0.1")).isTrue();
    assertThat(SecurityConfiguration.loopback("::1")).isTrue();
    assertThat(SecurityConfiguration.loopback("localhost")).isTrue();
    assertThat(SecurityConfiguration.loopback("0.0.0.0")).isFalse();
    assertThat(SecurityConfiguration.loopback("")).isFalse();
    assertThat(SecurityConfiguration.loopback("10.1.2.3")).isFalse();
    assertThat(SecurityConfiguration.loopback("example.org")).isFalse();
  }
}
