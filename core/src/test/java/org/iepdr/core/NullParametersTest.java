package org.iepdr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public entry of the exported packages names its null parameter (issue 13, "The API"): each
 * public constructor and public static method of every public, hand-written class (the Immutables
 * builders check their own attributes) is called once per reference parameter with {@code null} there
 * and ordinary values elsewhere, and must throw a {@link NullPointerException} whose message is the
 * parameter's name (or starts with it: {@code "closedDays element"}). Parameters marked
 * {@code @Nullable} are skipped, as are entries whose other parameters the test cannot fill, an enum's
 * {@code valueOf} (the JDK's), and {@link InvalidInputException}, whose value may be null. The names
 * come from the class files ({@code -parameters} is on in the parent pom). Instance methods are not
 * called (the test cannot make an instance of every type); they follow the same convention.
 */
class NullParametersTest {

  private static final List<String> PACKAGES = List.of("org/iepdr/core", "org/iepdr/core/time",
      "org/iepdr/core/model", "org/iepdr/core/rules", "org/iepdr/core/process", "org/iepdr/core/idea",
      "org/iepdr/core/simulation", "org/iepdr/core/report", "org/iepdr/core/caseload");

  @Test
  void everyPublicEntryNamesItsNullParameter() throws Exception {
    Path root = Path.of(IepdrException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String pkg : PACKAGES) {
      for (Class<?> type : classes(root, pkg)) {
        List<Executable> entries = new ArrayList<>(List.of(type.getConstructors()));
        for (Method m : type.getDeclaredMethods()) {
          boolean enumValueOf = type.isEnum() && m.getName().equals("valueOf"); // the JDK's own ("Name is null")
          if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
              && !enumValueOf) {
            entries.add(m);
          }
        }
        if (Modifier.isAbstract(type.getModifiers())) {
          entries.removeIf(e -> e instanceof Constructor);
        }
        for (Executable entry : entries) {
          Parameter[] ps = entry.getParameters();
          for (int i = 0; i < ps.length; i++) {
            if (ps[i].getType().isPrimitive() || nullable(ps[i]) || BAD_VALUES.contains(type)) {
              continue;
            }
            Object[] args = new Object[ps.length];
            boolean filled = true;
            for (int j = 0; j < ps.length && filled; j++) {
              if (j != i) {
                args[j] = sample(ps[j].getType());
                filled = args[j] != null;
              }
            }
            if (!filled) {
              continue;
            }
            checked++;
            String where = type.getName() + "." + (entry instanceof Constructor ? "<init>" : entry.getName())
                + " parameter " + ps[i].getName();
            try {
              if (entry instanceof Constructor<?> c) {
                c.newInstance(args);
              } else {
                ((Method) entry).invoke(null, args);
              }
              failures.add(where + ": accepted null");
            } catch (InvocationTargetException e) {
              Throwable t = e.getCause();
              if (!(t instanceof NullPointerException)) {
                failures.add(where + ": threw " + t.getClass().getSimpleName() + " instead");
              } else if (t.getMessage() == null || !t.getMessage().startsWith(ps[i].getName())) {
                failures.add(where + ": NullPointerException message '" + t.getMessage() + "'");
              }
            }
          }
        }
      }
    }
    assertThat(checked).as("entries checked").isGreaterThan(100);
    assertThat(failures).as("%d entries checked", checked).isEmpty();
  }

  /**
   * Exceptions whose parameters are the bad value itself (which may be null: "field 'x' was null") or
   * the parts of a message about it; checked by their own tests.
   */
  private static final Set<Class<?>> BAD_VALUES = Set.of(InvalidInputException.class);

  private static boolean nullable(Parameter p) {
    return hasNullable(p) || hasNullable(p.getAnnotatedType());
  }

  private static boolean hasNullable(AnnotatedElement e) {
    return Stream.of(e.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private static Object sample(Class<?> t) {
    if (t == String.class) {
      return "XX";
    } else if (t == LocalDate.class) {
      return LocalDate.of(2026, 3, 2);
    } else if (t == Instant.class) {
      return Instant.parse("2026-03-02T15:00:00Z");
    } else if (t == LocalDateTime.class) {
      return LocalDateTime.of(2026, 3, 2, 10, 0);
    } else if (t == LocalTime.class) {
      return LocalTime.NOON;
    } else if (t == ZoneId.class) {
      return ZoneId.of("America/Chicago");
    } else if (t == Duration.class) {
      return Duration.ofDays(1);
    } else if (t == Optional.class) {
      return Optional.empty();
    } else if (t == List.class || t == Collection.class) {
      return List.of();
    } else if (t == Set.class) {
      return Set.of();
    } else if (t == Map.class) {
      return Map.of();
    } else if (t.isArray()) {
      return java.lang.reflect.Array.newInstance(t.getComponentType(), 0);
    } else if (t.isEnum()) {
      return t.getEnumConstants()[0];
    }
    return null;
  }

  private static List<Class<?>> classes(Path root, String pkg) throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(root.resolve(pkg))) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$")
          && !n.startsWith("Immutable") && !n.equals("package-info.class")).forEach(names::add);
    }
    for (String n : names) {
      Class<?> c = Class.forName(pkg.replace('/', '.') + "." + n.substring(0, n.length() - 6));
      if (Modifier.isPublic(c.getModifiers())) {
        out.add(c);
      }
    }
    return out;
  }
}
