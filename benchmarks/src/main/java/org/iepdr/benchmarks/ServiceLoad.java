package org.iepdr.benchmarks;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's bounded load test: a fixed number of {@code POST /v1/evaluate} calls over HTTP/1.1 with
 * keep-alive (one {@link HttpClient}, each of {@code workers} threads sending one request after the
 * other), after a warm-up, against the service on localhost. It reports evaluations per second, the
 * latency percentiles, the errors (a status other than 200, or an answer that differs from the first
 * answer for the same case) and the service's heap after the run.
 *
 * <p>By default it starts the fat jar ({@code service/target/iepdr-service.jar}) on a free port with a
 * fixed heap, waits for its readiness, and stops it after the run (SIGTERM: a graceful shutdown); with
 * {@code --url=} it measures a service already running. The cases are the {@code *.json} files of a
 * directory (default {@code examples/cases}), sent in turn.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.iepdr.benchmarks.ServiceLoad [--requests=50000]
 * [--warmup=20000] [--workers=16] [--jar=service/target/iepdr-service.jar] [--cases=examples/cases]
 * [--heap=512m] [--url=http://127.0.0.1:8080]}; {@code benchmarks/run.sh} runs it. The last line is
 * machine-readable: {@code SERVICE requests=... workers=... seconds=... perSecond=... p50ms=... p99ms=...
 * p999ms=... maxms=... errors=... heapAfterMiB=... heapAfterGcMiB=... heapMaxMiB=... serverCpuUs=...
 * clientCpuUs=... perSecondByCpuOn2Cores=... load=...}: the CPU times per request (the service's and the
 * client's) give what 2 idle cores would do by CPU alone, a figure the other processes of a shared machine
 * lower less than the wall-clock rate.
 */
public final class ServiceLoad {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ServiceLoad() {}

  /**
   * What to run.
   *
   * @param requests the measured requests
   * @param warmup the requests before them (not measured)
   * @param workers the concurrent clients (threads), each on its own kept-alive connection
   * @param jar the service's fat jar to start, when {@code url} is null
   * @param cases the directory of case files to send in turn
   * @param heap the started service's heap ({@code -Xms} and {@code -Xmx})
   * @param url a running service to measure instead of starting one
   */
  public record Options(int requests, int warmup, int workers, Path jar, Path cases, String heap,
      @Nullable URI url) {

    /**
     * Checks the options.
     *
     * @param requests the measured requests, at least 1
     * @param warmup the warm-up requests, at least 0
     * @param workers the workers, at least 1
     * @param jar the fat jar
     * @param cases the case directory
     * @param heap the heap
     * @param url a running service, or null
     */
    public Options {
      Objects.requireNonNull(jar, "jar");
      Objects.requireNonNull(cases, "cases");
      Objects.requireNonNull(heap, "heap");
      if (requests < 1 || warmup < 0 || workers < 1) {
        throw new IllegalArgumentException("requests and workers must be at least 1 and warmup at least 0; was requests="
            + requests + ", warmup=" + warmup + ", workers=" + workers);
      }
    }
  }

  /**
   * What a run measured.
   *
   * @param requests the measured requests sent
   * @param workers the workers
   * @param seconds the wall time of the measured requests
   * @param errors the requests that failed (status, answer or I/O)
   * @param latenciesNanos every measured request's latency, sorted
   * @param heapAfterMiB the service's heap in use right after the run
   * @param heapAfterGcMiB the same after a full GC ({@code jcmd GC.run}; -1 when the service was not
   *     started here)
   * @param heapMaxMiB the service's maximum heap
   * @param serverCpuMicros the service process's CPU time per measured request, in microseconds (-1 when
   *     the service was not started here)
   * @param clientCpuMicros this process's (the load client's) CPU time per measured request
   */
  public record Result(int requests, int workers, double seconds, long errors, long[] latenciesNanos,
      double heapAfterMiB, double heapAfterGcMiB, double heapMaxMiB, double serverCpuMicros,
      double clientCpuMicros) {

    /**
     * Returns the measured requests per second.
     *
     * @return requests per second
     */
    public double perSecond() {
      return requests / seconds;
    }

    /**
     * Returns a latency percentile in milliseconds (nearest rank).
     *
     * @param p the percentile, 0 to 100
     * @return the latency
     */
    public double percentileMillis(double p) {
      int rank = (int) Math.ceil(p / 100.0 * latenciesNanos.length);
      return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, rank - 1))] / 1e6;
    }

    /**
     * Returns the evaluations per second that 2 otherwise idle cores would give by CPU time alone (the
     * service's and the client's CPU per request), an estimate that the load of other processes on a
     * shared machine does not lower; -1 when the service's CPU time is unknown.
     *
     * @return the estimate
     */
    public double perSecondByCpuOn2Cores() {
      return serverCpuMicros < 0 ? -1 : 2e6 / (serverCpuMicros + clientCpuMicros);
    }

    /**
     * Returns the machine-readable line.
     *
     * @param load the load average to add
     * @return the line
     */
    public String line(String load) {
      Objects.requireNonNull(load, "load");
      return String.format(Locale.ROOT, "SERVICE requests=%d workers=%d seconds=%.2f perSecond=%.0f p50ms=%.2f "
          + "p99ms=%.2f p999ms=%.2f maxms=%.2f errors=%d heapAfterMiB=%.0f heapAfterGcMiB=%.0f heapMaxMiB=%.0f "
          + "serverCpuUs=%.0f clientCpuUs=%.0f perSecondByCpuOn2Cores=%.0f load=%s",
          requests, workers, seconds, perSecond(), percentileMillis(50), percentileMillis(99), percentileMillis(99.9),
          percentileMillis(100), errors, heapAfterMiB, heapAfterGcMiB, heapMaxMiB, serverCpuMicros, clientCpuMicros,
          perSecondByCpuOn2Cores(), load);
    }
  }

  /**
   * Runs the load test with the options given as {@code --name=value}.
   *
   * @param args the options
   * @throws Exception if the service cannot be started or reached
   */
  public static void main(String[] args) throws Exception {
    Objects.requireNonNull(args, "args");
    Map<String, String> o = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("options are --name=value; was " + a);
      }
      o.put(a.substring(2, eq), a.substring(eq + 1));
    }
    String url = o.get("url");
    Options options = new Options(Integer.parseInt(o.getOrDefault("requests", "50000").replace("_", "")),
        Integer.parseInt(o.getOrDefault("warmup", "20000").replace("_", "")),
        Integer.parseInt(o.getOrDefault("workers", "16")),
        Path.of(o.getOrDefault("jar", "service/target/iepdr-service.jar")),
        Path.of(o.getOrDefault("cases", "examples/cases")), o.getOrDefault("heap", "512m"),
        url == null ? null : URI.create(url));
    System.out.println("== load average before: " + loadAverage());
    Result r = run(options, System.out);
    System.out.println(r.line(loadAverage()));
    if (r.errors() > 0) {
      System.exit(1);
    }
  }

  /**
   * Runs the load test.
   *
   * @param options what to run
   * @param log where to write progress
   * @return what it measured
   * @throws Exception if the service cannot be started or reached
   */
  public static Result run(Options options, java.io.PrintStream log) throws Exception {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(log, "log");
    List<byte[]> cases = cases(options.cases());
    Process server = null;
    URI base = options.url();
    try {
      if (base == null) {
        int port = freePort();
        server = start(options, port);
        base = URI.create("http://127.0.0.1:" + port);
        awaitReady(base, server);
      }
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      URI evaluate = base.resolve("/v1/evaluate");
      String[] answers = new String[cases.size()];
      for (int i = 0; i < cases.size(); i++) {
        HttpResponse<String> first = send(client, evaluate, cases.get(i));
        if (first.statusCode() != 200) {
          throw new IllegalStateException("case " + i + " answered " + first.statusCode() + ": " + first.body());
        }
        answers[i] = first.body();
      }
      log.println("== warm-up: " + options.warmup() + " requests, " + options.workers() + " workers, "
          + cases.size() + " cases in turn");
      drive(client, evaluate, cases, answers, options.warmup(), options.workers(), new long[options.warmup()]);
      log.println("== measured: " + options.requests() + " requests");
      long[] latencies = new long[options.requests()];
      long serverCpu0 = server == null ? -1 : cpuNanos(server.toHandle());
      long clientCpu0 = clientCpuNanos();
      long start = System.nanoTime();
      long errors = drive(client, evaluate, cases, answers, options.requests(), options.workers(), latencies);
      double seconds = (System.nanoTime() - start) / 1e9;
      long serverCpu1 = server == null ? -1 : cpuNanos(server.toHandle());
      double serverCpuMicros = serverCpu0 < 0 || serverCpu1 < 0 ? -1
          : (serverCpu1 - serverCpu0) / 1e3 / options.requests();
      double clientCpuMicros = (clientCpuNanos() - clientCpu0) / 1e3 / options.requests();
      Arrays.sort(latencies);
      double heapAfter = heapMiB(client, base, "jvm.memory.used");
      double heapMax = heapMiB(client, base, "jvm.memory.max");
      double heapAfterGc = -1;
      if (server != null && gc(server.pid())) {
        heapAfterGc = heapMiB(client, base, "jvm.memory.used");
      }
      return new Result(options.requests(), options.workers(), seconds, errors, latencies, heapAfter, heapAfterGc,
          heapMax, serverCpuMicros, clientCpuMicros);
    } finally {
      if (server != null) {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      }
    }
  }

  /** Sends {@code n} requests from {@code workers} threads; returns the errors; fills the latencies. */
  private static long drive(HttpClient client, URI evaluate, List<byte[]> cases, String[] answers, int n,
      int workers, long[] latencies) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Thread t = new Thread(() -> {
        int i;
        while ((i = next.getAndIncrement()) < n) {
          int c = i % cases.size();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = send(client, evaluate, cases.get(c));
            latencies[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200 || !r.body().equals(answers[c])) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            latencies[i] = System.nanoTime() - t0;
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }, "load-" + w);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    return errors.get();
  }

  private static HttpResponse<String> send(HttpClient client, URI evaluate, byte[] body)
      throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(evaluate).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The case files of a directory, sorted by name. */
  static List<byte[]> cases(Path dir) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no *.json case file in " + dir.toAbsolutePath());
    }
    return out;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Process start(Options options, int port) throws IOException {
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalArgumentException("no service jar at " + options.jar().toAbsolutePath()
          + "; build it first (mvn -B -ntp -q package -DskipTests)");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path logFile = Files.createTempFile("iepdr-service-load", ".log");
    List<String> command = List.of(java.toString(), "-Xms" + options.heap(), "-Xmx" + options.heap(), "-jar",
        options.jar().toString(), "--server.port=" + port, "--server.address=127.0.0.1");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
  }

  private static void awaitReady(URI base, Process server) throws InterruptedException {
    HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < until) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the service stopped with exit code " + server.exitValue());
      }
      try {
        HttpResponse<String> r = probe.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the service was not ready within 180 s at " + base);
  }

  /** A heap gauge of Actuator's metrics endpoint, in MiB. */
  private static double heapMiB(HttpClient client, URI base, String metric) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/actuator/metrics/" + metric
        + "?tag=area:heap")).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      return -1;
    }
    JsonNode m = JSON.readTree(r.body()).path("measurements");
    return m.isEmpty() ? -1 : m.get(0).path("value").asDouble() / (1024.0 * 1024.0);
  }

  /** Asks the service's JVM for a full GC through {@code jcmd}; false when that is not possible. */
  private static boolean gc(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A process's CPU time so far, or -1 when the system does not say. */
  private static long cpuNanos(ProcessHandle p) {
    return p.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  /** This process's CPU time so far (every thread: the workers and the HTTP client's). */
  private static long clientCpuNanos() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "?". */
  static String loadAverage() {
    File f = new File("/proc/loadavg");
    try {
      String[] parts = Files.readString(f.toPath()).trim().split(" ");
      return parts[0] + "," + parts[1] + "," + parts[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
