package org.iepdr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The batch is streamed both ways: the service runs in its own JVM with a 64 MiB heap and is sent 320 MiB
 * of JSON Lines (5,000 cases of 64 KiB each, mostly blanks inside the lines), which it could not hold;
 * and the first answer must arrive while the client still holds back the rest of the input (ping-pong),
 * which no service that reads the whole body first, or writes the whole answer last, can give.
 */
@Timeout(value = 360, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchStreamingTest {

  static final int CASES = 5_000;
  static final int LINE_BYTES = 64 * 1024;

  static Process service;
  static int port;
  static Path log;

  @BeforeAll
  static void start() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    log = Path.of("target", "batch-streaming-service.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    service = new ProcessBuilder(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp",
        System.getProperty("java.class.path"), IepdrServiceApplication.class.getName(), "--server.port=" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    HttpClient c = HttpClient.newHttpClient();
    // a few seconds alone; much longer on a busy 2-core machine
    long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (true) {
      try {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      assertThat(service.isAlive()).as("the service is running (see %s)", log).isTrue();
      assertThat(System.nanoTime()).as("the service is ready within 180 s").isLessThan(until);
      Thread.sleep(200);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (service != null) {
      service.destroy();
      service.waitFor(20, TimeUnit.SECONDS);
      if (service.isAlive()) {
        service.destroyForcibly();
      }
    }
  }

  static byte[] paddedLine(String caseLine, int bytes) {
    StringBuilder b = new StringBuilder(bytes);
    b.append(caseLine, 0, caseLine.length() - 1);
    while (b.length() < bytes - 2) {
      b.append(' ');
    }
    return b.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @Order(1)
  void aBatchLargerThanTheHeapStreamsInAndOutAndTheFirstAnswerComesBeforeTheInputEnds() throws Exception {
    byte[] line = paddedLine(Http.line(Http.caseFile("mo-fiep-one-day-late.json")), LINE_BYTES);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
          + "Accept: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      BlockingQueue<String> answers = new LinkedBlockingQueue<>();
      List<Throwable> failures = new ArrayList<>();
      Thread reader = new Thread(() -> {
        try {
          read(new BufferedInputStream(socket.getInputStream()), answers);
        } catch (Throwable t) {
          failures.add(t);
        } finally {
          answers.add("END");
        }
      });
      reader.start();
      // ping-pong: one case, and its answer must come back while the request is still open
      chunk(out, line);
      out.flush();
      String first = answers.poll(30, TimeUnit.SECONDS);
      assertThat(first).as("the first answer arrives before the input ends").isNotNull().contains("\"line\":1");
      for (int i = 1; i < CASES; i++) {
        chunk(out, line);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      reader.join(90_000);
      assertThat(failures).isEmpty();
      List<String> rest = new ArrayList<>();
      answers.drainTo(rest);
      assertThat(rest.get(rest.size() - 1)).isEqualTo("END");
      assertThat(rest).hasSize(CASES + 1); // the other answers, the summary and END
      String summary = rest.get(rest.size() - 2);
      assertThat(summary).contains("\"cases\":" + CASES).contains("\"invalid\":0");
    }
    assertThat(service.isAlive()).as("the service survived (no OutOfMemoryError; see %s)", log).isTrue();
  }

  /** SIGTERM while a batch is half sent: the service finishes that request, then stops. */
  @Test
  @Order(2)
  void aGracefulShutdownFinishesTheRequestInFlight() throws Exception {
    byte[] line = (Http.line(Http.caseFile("mo-fiep-on-time.json")) + "\n").getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
          + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      BlockingQueue<String> answers = new LinkedBlockingQueue<>();
      List<Throwable> failures = new ArrayList<>();
      Thread reader = new Thread(() -> {
        try {
          read(new BufferedInputStream(socket.getInputStream()), answers);
        } catch (Throwable t) {
          failures.add(t);
        }
      });
      reader.start();
      chunk(out, line);
      out.flush();
      assertThat(answers.poll(30, TimeUnit.SECONDS)).as("the first answer").isNotNull();
      service.destroy(); // SIGTERM
      Thread.sleep(1_000);
      assertThat(service.isAlive()).as("the service waits for the request in flight").isTrue();
      for (int i = 0; i < 9; i++) {
        chunk(out, line);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      reader.join(60_000);
      assertThat(failures).isEmpty();
      List<String> rest = new ArrayList<>();
      answers.drainTo(rest);
      assertThat(rest).hasSize(10); // nine answers and the summary
      assertThat(rest.get(9)).contains("\"cases\":10");
    }
    assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("the service stops after the request").isTrue();
  }

  static void chunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Reads a chunked HTTP response, putting each line of its body in the queue as it arrives. */
  static void read(InputStream in, BlockingQueue<String> answers) throws IOException {
    String status = header(in);
    if (!status.startsWith("HTTP/1.1 200")) {
      throw new IOException("status " + status);
    }
    boolean chunked = false;
    String h;
    while (!(h = header(in)).isEmpty()) {
      chunked |= h.equalsIgnoreCase("Transfer-Encoding: chunked");
    }
    if (!chunked) {
      throw new IOException("not chunked: the answer was not streamed");
    }
    ByteArrayOutputStream lineBuf = new ByteArrayOutputStream();
    while (true) {
      int size = Integer.parseInt(header(in).strip(), 16);
      if (size == 0) {
        return;
      }
      for (int i = 0; i < size; i++) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("truncated");
        }
        if (b == '\n') {
          answers.add(lineBuf.toString(StandardCharsets.UTF_8));
          lineBuf.reset();
        } else {
          lineBuf.write(b);
        }
      }
      header(in); // the CRLF after the chunk
    }
  }

  static String header(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }
}
