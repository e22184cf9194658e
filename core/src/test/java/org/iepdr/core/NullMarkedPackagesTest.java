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
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main code of every module of the reactor is {@code @NullMarked}: NullAway checks
 * only {@code @NullMarked} code, so a package without it (a new package whose {@code package-info.java}
 * was forgotten or copied without the annotation) would silently escape the nullness check. Scans the
 * main sources of every module from the reactor root, and checks core's compiled packages as well.
 */
class NullMarkedPackagesTest {

  private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
  private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
  private static final Pattern PACKAGE = Pattern.compile("(?s)^(.*?)\\bpackage\\s+([\\w.]+)\\s*;(.*)$");
  private static final Pattern QUALIFIED = Pattern.compile("@\\s*org\\.jspecify\\.annotations\\.NullMarked\\b");
  private static final Pattern SIMPLE = Pattern.compile("@\\s*NullMarked\\b");
  private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+org\\.jspecify\\.annotations\\.NullMarked\\s*;");

  @Test
  void everyPackageOfEveryModulesMainCodeIsNullMarked() {
    Map<String, List<String>> packagesByModule = mainPackagesByModule();
    assertThat(packagesByModule.keySet()).as("modules with main code")
        .contains("core", "rules-missouri", "rules-mississippi", "json");
    assertThat(packagesByModule.get("core")).as("core's packages").hasSizeGreaterThanOrEqualTo(8);

    List<String> offences = new ArrayList<>();
    Path root = reactorRoot();
    for (List<String> dirs : packagesByModule.values()) {
      for (String dir : dirs) {
        Path info = root.resolve(dir).resolve("package-info.java");
        if (!Files.isRegularFile(info)) {
          offences.add(dir + ": no package-info.java");
          continue;
        }
        String problem = nullMarkedProblem(read(info), packageName(dir));
        if (problem != null) {
          offences.add(root.relativize(info) + ": " + problem);
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void everyPackageOfCoreCarriesNullMarkedAtRunTime() throws ClassNotFoundException {
    List<String> dirs = mainPackagesByModule().get("core");
    List<String> unmarked = new ArrayList<>();
    for (String dir : dirs) {
      String name = packageName(dir);
      Class<?> info = Class.forName(name + ".package-info");
      if (info.getAnnotation(NullMarked.class) == null) {
        unmarked.add(name);
      }
    }
    assertThat(dirs).hasSizeGreaterThanOrEqualTo(8);
    assertThat(unmarked).isEmpty();
  }

  @Test
  void theCheckRecognisesAnUnmarkedPackage() {
    String name = "org.example.p";
    assertThat(nullMarkedProblem("/** Docs. */\n@NullMarked\npackage org.example.p;\n\n"
        + "import org.jspecify.annotations.NullMarked;\n", name)).isNull();
    assertThat(nullMarkedProblem("@org.jspecify.annotations.NullMarked\npackage org.example.p;\n", name)).isNull();
    assertThat(nullMarkedProblem("/** Docs. */\npackage org.example.p;\n", name)).contains("not annotated");
    assertThat(nullMarkedProblem("/** Every type is {@code @NullMarked}. */\npackage org.example.p;\n", name))
        .as("a mention in the Javadoc is not the annotation").contains("not annotated");
    assertThat(nullMarkedProblem("// @NullMarked\npackage org.example.p;\n", name)).contains("not annotated");
    assertThat(nullMarkedProblem("@NullMarked\npackage org.example.p;\n", name))
        .as("another annotation named NullMarked").contains("import");
    assertThat(nullMarkedProblem("@org.jspecify.annotations.NullMarked\npackage org.example.q;\n", name))
        .contains("org.example.q");
  }

  /**
   * Returns what is wrong with a {@code package-info.java}, or null when it declares the expected
   * package and annotates it with JSpecify's {@code @NullMarked}.
   */
  private static @Nullable String nullMarkedProblem(String source, String expectedPackage) {
    String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll(" ")).replaceAll(" ");
    Matcher m = PACKAGE.matcher(code);
    if (!m.matches()) {
      return "no package declaration";
    }
    if (!m.group(2).equals(expectedPackage)) {
      return "declares package " + m.group(2) + ", expected " + expectedPackage;
    }
    String annotations = m.group(1);
    if (QUALIFIED.matcher(annotations).find()) {
      return null;
    }
    if (!SIMPLE.matcher(annotations).find()) {
      return "the package is not annotated @NullMarked";
    }
    if (!IMPORT.matcher(m.group(3)).find()) {
      return "@NullMarked without import org.jspecify.annotations.NullMarked";
    }
    return null;
  }

  /**
   * The directories (relative to the reactor root) that hold main Java sources, by module (the path of
   * the directory that holds {@code src/main/java}): a directory is a package when it holds a
   * {@code .java} file other than {@code module-info.java}. Build output ({@code target}) is skipped.
   */
  private static Map<String, List<String>> mainPackagesByModule() {
    Path root = reactorRoot();
    Map<String, TreeSet<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> f.getFileName().toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .map(root::relativize)
          .forEach(f -> {
            int src = mainJavaIndex(f);
            if (src > 0) {
              found.computeIfAbsent(f.subpath(0, src).toString(), k -> new TreeSet<>())
                  .add(f.getParent().toString());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> out = new TreeMap<>();
    found.forEach((module, dirs) -> out.put(module, List.copyOf(dirs)));
    return out;
  }

  /**
   * The index of the {@code src} of {@code src/main/java} in a relative path to a source file in a
   * package, or -1 when the file is not main code of a module (or lies under a {@code target} or a
   * hidden directory).
   */
  private static int mainJavaIndex(Path relative) {
    for (int i = 0; i < relative.getNameCount(); i++) {
      String name = relative.getName(i).toString();
      if (name.equals("target") || name.startsWith(".")) {
        return -1;
      }
      if (i > 0 && i + 4 < relative.getNameCount() && name.equals("src")
          && relative.getName(i + 1).toString().equals("main") && relative.getName(i + 2).toString().equals("java")) {
        return i;
      }
    }
    return -1;
  }

  /** The package a directory {@code module/src/main/java/a/b/c} holds: {@code a.b.c}. */
  private static String packageName(String dir) {
    Path p = Path.of(dir);
    int src = mainJavaIndex(p.resolve("X.java"));
    StringBuilder name = new StringBuilder();
    for (int i = src + 3; i < p.getNameCount(); i++) {
      name.append(name.length() == 0 ? "" : ".").append(p.getName(i));
    }
    return name.toString();
  }

  /** The reactor root: the parent of the module the tests run in (surefire runs them in core/). */
  private static Path reactorRoot() {
    Path root = Paths.get("").toAbsolutePath().getParent();
    assertThat(root.resolve("pom.xml")).as("the reactor's pom").isRegularFile();
    assertThat(root.resolve("core").resolve("pom.xml")).as("core's pom").isRegularFile();
    return root;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
