package org.iepdr.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The service's entry point: {@code java -jar iepdr-service.jar} starts it on 127.0.0.1:8080 unless
 * configured otherwise (docs/service.md lists the environment variables).
 */
@SpringBootApplication
public class IepdrServiceApplication {

  /** Spring creates the application class; nothing else does. */
  IepdrServiceApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments ({@code --server.port=9000} and the like)
   */
  public static void main(String[] args) {
    SpringApplication.run(IepdrServiceApplication.class, args);
  }
}
