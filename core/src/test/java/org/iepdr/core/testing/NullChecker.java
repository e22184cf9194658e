package org.iepdr.core.testing;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Calls public instance methods with {@code null} in one reference parameter at a time (issue 13, "The
 * API": every public method names its null parameter) and collects every call that does not throw a
 * {@link NullPointerException} whose message starts with the parameter's name.
 *
 * <p>The instances come from a registry: the samples a test {@linkplain #add adds}, then whatever their
 * public no-argument methods return (and the elements of returned collections, maps and optionals),
 * {@linkplain #explore explored} for a few rounds, as long as the value's class lies in the packages
 * under test. The other arguments of a call are ordinary values (a date, a string, an empty list) or a
 * registry instance of the parameter's type. Skipped: parameters marked {@code @Nullable}, primitives,
 * {@code equals(Object)}, methods declared by generated classes ({@code Immutable*}: the Immutables
 * builders and {@code with} methods check their own attributes), methods a predicate excludes (callbacks
 * the engine calls, such as {@code Rule.evaluate}), and calls whose other parameters cannot be filled
 * (counted and listed).
 */
public final class NullChecker {

  private final Predicate<Class<?>> inScope;
  private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Set<String> unfillable = new TreeSet<>();
  private final Set<String> covered = new TreeSet<>();
  private final Set<String> uncovered = new TreeSet<>();
  private int checked;

  /**
   * A checker for the classes a predicate accepts.
   *
   * @param inScope which classes are under test (and kept when explored)
   */
  public NullChecker(Predicate<Class<?>> inScope) {
    this.inScope = inScope;
  }

  /**
   * Adds sample instances (one per concrete class is kept: the first).
   *
   * @param samples the instances
   * @return this checker
   */
  public NullChecker add(Object... samples) {
    for (Object o : samples) {
      instances.putIfAbsent(o.getClass(), o);
    }
    return this;
  }

  /**
   * Adds to the registry whatever the registered instances' public no-argument methods return, for a
   * number of rounds.
   *
   * @param rounds how many rounds
   * @param skip methods not to call (by name, e.g. ones that run a long simulation)
   * @return this checker
   */
  public NullChecker explore(int rounds, Set<String> skip) {
    for (int r = 0; r < rounds; r++) {
      for (Object o : List.copyOf(instances.values())) {
        for (Method m : publicAccessors(o.getClass())) {
          if (skip.contains(m.getName())) {
            continue;
          }
          try {
            keep(m.invoke(o));
          } catch (ReflectiveOperationException | RuntimeException e) {
            // an accessor that refuses this sample: nothing to keep
          }
        }
      }
    }
    return this;
  }

  /** The public no-argument instance methods of a class's public supertypes (generated classes are not public). */
  private static List<Method> publicAccessors(Class<?> c) {
    Map<String, Method> out = new LinkedHashMap<>();
    List<Class<?>> supers = new ArrayList<>();
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      supers.add(k);
      supers.addAll(List.of(k.getInterfaces()));
    }
    for (Class<?> k : supers) {
      if (!Modifier.isPublic(k.getModifiers())) {
        continue;
      }
      for (Method m : k.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
            && Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
          out.putIfAbsent(m.getName(), m);
        }
      }
    }
    return List.copyOf(out.values());
  }

  private void keep(Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof Optional<?> opt) {
      opt.ifPresent(this::keep);
    } else if (v instanceof Collection<?> c) {
      c.stream().limit(50).forEach(this::keep);
    } else if (v instanceof Map<?, ?> map) {
      map.keySet().stream().limit(50).forEach(this::keep);
      map.values().stream().limit(50).forEach(this::keep);
    } else if (inScope(v.getClass())) {
      instances.putIfAbsent(v.getClass(), v);
    }
  }

  private boolean inScope(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      if (inScope.test(k)) {
        return true;
      }
      for (Class<?> i : k.getInterfaces()) {
        if (inScope.test(i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The registry's instance of a type, if any.
   *
   * @param type the type
   * @return an instance, or null
   */
  public Object instanceOf(Class<?> type) {
    Object exact = instances.get(type);
    if (exact != null) {
      return exact;
    }
    return instances.values().stream().filter(type::isInstance).findFirst().orElse(null);
  }

  /**
   * Checks every public instance method declared by the types.
   *
   * @param types the public types under test
   * @param exclude methods not to check (callbacks the library calls itself)
   * @return this checker
   * @throws InterruptedException if interrupted
   */
  public NullChecker check(List<Class<?>> types, Predicate<Method> exclude) throws InterruptedException {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "null-checker");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Class<?> type : types) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
              && !m.isBridge() && !isEquals(m) && !exclude.test(m) && hasCheckedParameter(m)) {
            methods.add(m);
          }
        }
        if (methods.isEmpty()) {
          continue;
        }
        Object target = instanceOf(type);
        if (target == null) {
          uncovered.add(type.getName());
          continue;
        }
        covered.add(type.getName());
        for (Method m : methods) {
          checkMethod(pool, type, target, m);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return this;
  }

  /**
   * Checks every public constructor (of a concrete class) and public static method declared by the
   * types, as {@code NullParametersTest} does for core (an enum's {@code valueOf} is the JDK's).
   *
   * @param types the public types under test
   * @return this checker
   * @throws InterruptedException if interrupted
   */
  public NullChecker checkStatic(List<Class<?>> types) throws InterruptedException {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "null-checker");
      t.setDaemon(true);
      return t;
    });
    try {
      for (Class<?> type : types) {
        List<java.lang.reflect.Executable> entries = new ArrayList<>();
        if (!Modifier.isAbstract(type.getModifiers())) {
          entries.addAll(List.of(type.getConstructors()));
        }
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
              && !(type.isEnum() && m.getName().equals("valueOf"))) {
            entries.add(m);
          }
        }
        for (java.lang.reflect.Executable e : entries) {
          checkMethod(pool, type, null, e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return this;
  }

  private void checkMethod(ExecutorService pool, Class<?> type, Object target, java.lang.reflect.Executable m)
      throws InterruptedException {
    Parameter[] ps = m.getParameters();
    for (int i = 0; i < ps.length; i++) {
      if (!checkable(ps[i])) {
        continue;
      }
      String name = m instanceof java.lang.reflect.Constructor ? "<init>" : m.getName();
      String where = type.getName() + "." + name + " parameter " + ps[i].getName();
      Object[] args = new Object[ps.length];
      boolean filled = true;
      for (int j = 0; j < ps.length && filled; j++) {
        if (j != i) {
          args[j] = sample(ps[j].getType());
          filled = args[j] != null;
        }
      }
      if (!filled) {
        unfillable.add(where);
        continue;
      }
      checked++;
      Future<Object> call = pool.submit(() -> m instanceof Method method ? method.invoke(target, args)
          : ((java.lang.reflect.Constructor<?>) m).newInstance(args));
      try {
        call.get(30, TimeUnit.SECONDS);
        failures.add(where + ": accepted null");
      } catch (TimeoutException e) {
        call.cancel(true);
        failures.add(where + ": ran for 30 s with null");
      } catch (ExecutionException e) {
        Throwable t = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
        if (!(t instanceof NullPointerException)) {
          failures.add(where + ": threw " + t.getClass().getSimpleName() + " instead (" + t.getMessage() + ")");
        } else if (t.getMessage() == null || !t.getMessage().startsWith(ps[i].getName())) {
          failures.add(where + ": NullPointerException message '" + t.getMessage() + "'");
        }
      }
    }
  }

  private static boolean isEquals(Method m) {
    return m.getName().equals("equals") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class;
  }

  private static boolean hasCheckedParameter(Method m) {
    return Stream.of(m.getParameters()).anyMatch(NullChecker::checkable);
  }

  private static boolean checkable(Parameter p) {
    return !p.getType().isPrimitive() && !hasNullable(p) && !hasNullable(p.getAnnotatedType());
  }

  private static boolean hasNullable(AnnotatedElement e) {
    return Stream.of(e.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  /**
   * An ordinary value of a type: a fixed date, time or string, an empty collection, an enum's first
   * constant, or the registry's instance.
   *
   * @param t the type
   * @return the value, or null when there is none
   */
  public Object sample(Class<?> t) {
    if (t == String.class || t == CharSequence.class) {
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
    } else if (t == List.class || t == Collection.class || t == Iterable.class) {
      return List.of();
    } else if (t == Set.class) {
      return Set.of();
    } else if (t == Map.class) {
      return Map.of();
    } else if (t == int.class) {
      return 1;
    } else if (t == long.class) {
      return 1L;
    } else if (t == double.class) {
      return 0.5;
    } else if (t == boolean.class) {
      return false;
    } else if (t == Integer.class) {
      return 1;
    } else if (t == Long.class) {
      return 1L;
    } else if (t == Double.class) {
      return 0.5;
    } else if (t == Boolean.class) {
      return Boolean.FALSE;
    } else if (t == Path.class) {
      return Path.of("target", "null-checker-sample");
    } else if (t == Appendable.class || t == StringBuilder.class) {
      return new StringBuilder();
    } else if (t == java.io.Writer.class) {
      return new java.io.StringWriter();
    } else if (t == java.io.OutputStream.class || t == java.io.PrintStream.class) {
      return new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    } else if (t == java.io.Reader.class) {
      return new java.io.StringReader("{}");
    } else if (t == java.io.InputStream.class) {
      return new java.io.ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } else if (t == java.util.function.LongConsumer.class) {
      return (java.util.function.LongConsumer) v -> { };
    } else if (t == java.util.function.Consumer.class) {
      return (java.util.function.Consumer<Object>) v -> { };
    } else if (t.isArray()) {
      return java.lang.reflect.Array.newInstance(t.getComponentType(), 0);
    } else if (t.isEnum()) {
      return t.getEnumConstants()[0];
    }
    return instanceOf(t);
  }

  /**
   * The public top-level classes of packages in a directory of class files (no generated
   * {@code Immutable*} classes, no nested classes, no {@code package-info}).
   *
   * @param root the class-file root
   * @param packages the packages, as paths ({@code org/iepdr/core})
   * @return the classes
   * @throws IOException if the directory cannot be read
   * @throws ClassNotFoundException if a class cannot be loaded
   */
  public static List<Class<?>> publicTypes(Path root, List<String> packages)
      throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : packages) {
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
    }
    return out;
  }

  /**
   * The calls that did not name their null parameter.
   *
   * @return the failures
   */
  public List<String> failures() {
    return failures;
  }

  /**
   * How many calls were made.
   *
   * @return the count
   */
  public int checked() {
    return checked;
  }

  /**
   * The types with checked methods that had an instance.
   *
   * @return their names
   */
  public Set<String> covered() {
    return covered;
  }

  /**
   * The types with methods to check that the registry has no instance of.
   *
   * @return their names
   */
  public Set<String> uncovered() {
    return uncovered;
  }

  /**
   * The parameters not checked because another parameter of the method could not be filled.
   *
   * @return method and parameter
   */
  public Set<String> unfillable() {
    return unfillable;
  }

  /**
   * A summary for the test's report.
   *
   * @return counts and lists
   */
  public String summary() {
    return checked + " entries checked; " + covered.size() + " types covered, " + uncovered.size()
        + " not: " + uncovered + "; " + unfillable.size() + " parameters not fillable: " + unfillable;
  }


  /**
   * Whether a method is a rule's {@code evaluate} or {@code plan}: callbacks the engine makes with its
   * own, never null, arguments, which rule authors implement and the checks leave out.
   *
   * @param m a method
   * @return whether it is such a callback
   */
  public static boolean engineCallback(Method m) {
    return org.iepdr.core.rules.Rule.class.isAssignableFrom(m.getDeclaringClass()) && (m.getName().equals("evaluate")
        && m.getParameterCount() == 1 && m.getParameterTypes()[0] == org.iepdr.core.rules.RuleContext.class
        || m.getName().equals("plan") && m.getParameterCount() == 3);
  }

  /**
   * Checks a state module's exported package: its public constructors and static methods, then the
   * instance methods of the module, its jurisdiction (over the federal baseline), the counter, the
   * extra samples and what their accessors return.
   *
   * @param module the module
   * @param packagePath the exported package as a path ({@code org/iepdr/rules/missouri})
   * @param samples more sample instances (the module's holidays, say)
   * @return the checker, with its counts and failures
   * @throws Exception if the classes cannot be read or a call is interrupted
   */
  public static NullChecker checkModule(org.iepdr.core.rules.RuleModule module, String packagePath,
      Object... samples) throws Exception {
    Path root = Path.of(module.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = publicTypes(root, List.of(packagePath));
    NullChecker checker = new NullChecker(c -> c.getName().startsWith("org.iepdr."));
    org.iepdr.core.rules.Jurisdiction j = org.iepdr.core.rules.RuleBook
        .of(new org.iepdr.core.idea.IdeaModule(), module).jurisdiction(module.jurisdiction());
    checker.add(module, j, j.counter());
    checker.add(samples);
    checker.explore(2, Set.of());
    checker.checkStatic(types);
    checker.staticChecked = checker.checked();
    checker.check(types, NullChecker::engineCallback);
    return checker;
  }

  /** How many of the checked entries were constructors or static methods (set by {@link #checkModule}). */
  private int staticChecked;

  /**
   * Returns how many of the checked entries were constructors or static methods, when
   * {@link #checkModule} made the checks.
   *
   * @return the count
   */
  public int staticChecked() {
    return staticChecked;
  }
}
