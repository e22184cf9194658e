package org.iepdr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the library artifacts says how stable it is (apiguardian's {@code @API}), and
 * what is internal is not exported by its module: the source trees of the reactor are read from the
 * repository root.
 */
class ApiMarkersTest {

  /** The library artifacts, whose public types are the published API. */
  static final List<String> LIBRARY_MODULES =
      List.of("core", "rules-missouri", "rules-mississippi", "json");

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^public\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);
  private static final Pattern API =
      Pattern.compile("^@API\\(status = (\\w+), since = \"[0-9.]+\"\\)\\s*$", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  static Path root() {
    return Path.of("").toAbsolutePath().getParent();
  }

  @Test
  void everyPublicTypeOfTheLibraryCarriesAStabilityMarker() throws IOException {
    List<String> unmarked = new ArrayList<>();
    int types = 0;
    for (String module : LIBRARY_MODULES) {
      for (Path file : javaFiles(module)) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (PUBLIC_TYPE.matcher(source).find()) {
          types++;
          if (!API.matcher(source).find()) {
            unmarked.add(root().relativize(file).toString());
          }
        }
      }
    }
    assertThat(types).as("public types found").isGreaterThan(100);
    assertThat(unmarked).as("public types without @API(status = ..., since = ...)").isEmpty();
  }

  @Test
  void internalTypesLiveInPackagesTheModuleDoesNotExport() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String module : LIBRARY_MODULES) {
      Set<String> exported = exportedPackages(module);
      for (Path file : javaFiles(module)) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher api = API.matcher(source);
        Matcher pkg = PACKAGE.matcher(source);
        if (!api.find() || !pkg.find()) {
          continue;
        }
        boolean internal = api.group(1).equals("INTERNAL");
        boolean isExported = exported.contains(pkg.group(1));
        if (internal == isExported) {
          wrong.add(root().relativize(file) + " (" + api.group(1) + ", package "
              + (isExported ? "exported" : "not exported") + ")");
        }
      }
    }
    assertThat(wrong).as("INTERNAL exactly where the package is not exported").isEmpty();
  }

  private static Set<String> exportedPackages(String module) throws IOException {
    Path info = root().resolve(module).resolve("src/main/java/module-info.java");
    assertThat(info).as("module-info of " + module).exists();
    Set<String> exported = new TreeSet<>();
    Matcher m = EXPORTS.matcher(Files.readString(info, StandardCharsets.UTF_8));
    while (m.find()) {
      exported.add(m.group(1));
    }
    return exported;
  }

  private static List<Path> javaFiles(String module) throws IOException {
    Path base = root().resolve(module).resolve("src/main/java");
    try (Stream<Path> s = Files.walk(base)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("package-info.java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    }
  }
}
