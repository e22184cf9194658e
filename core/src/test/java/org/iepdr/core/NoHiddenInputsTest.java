package org.iepdr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No library code reads the clock, the default time zone or the default locale: the as-of date, the
 * jurisdiction's zone and fixed locales are always passed in. Scans the main sources of every module
 * of the reactor.
 */
class NoHiddenInputsTest {

  private static final Pattern FORBIDDEN = Pattern.compile(
      "\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant|Year|YearMonth)\\.now\\("
          + "|Clock\\.system|System\\.currentTimeMillis|System\\.nanoTime|ZoneId\\.systemDefault|TimeZone\\.getDefault"
          + "|Locale\\.getDefault|new Date\\(\\)|new Random\\(\\)|Math\\.random"
          // implicit default locale
          + "|\\.to(Lower|Upper)Case\\(\\)|String\\.format\\(\"|\\.formatted\\(");

  @Test
  void libraryCodeReadsNoClockZoneOrLocaleFromTheEnvironment() throws IOException {
    Path root = Paths.get("").toAbsolutePath().getParent();
    List<String> offences = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/main/java/"))
          .filter(f -> !f.toString().contains("/benchmarks/") && !f.toString().contains("/examples/"))::iterator) {
        scanned++;
        List<String> lines = read(p);
        for (int i = 0; i < lines.size(); i++) {
          if (FORBIDDEN.matcher(lines.get(i)).find()) {
            offences.add(root.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertThat(scanned).as("main sources scanned").isGreaterThan(50);
    assertThat(offences).isEmpty();
  }

  private static List<String> read(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
