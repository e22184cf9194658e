package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines as UTF-8, one line at a time, never holding more than one line (of at most
 * {@code maxLineBytes} bytes): a byte-order mark at the start is skipped; a line break is {@code \n}
 * or {@code \r\n}; a line that is not valid UTF-8 is returned with its problem (line and column),
 * never silently replaced; a line longer than the limit is skipped to its end and returned with its
 * problem; the lines after either are read as usual. Used by {@code iepdr batch},
 * {@code iepdr report section-618} and the HTTP service.
 *
 * <p>Implementation Requirements: not thread-safe (one reader per input).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class JsonLinesReader {

  /**
   * One line: its number and either its text or what is wrong with its bytes.
   *
   * @param number the line number, from 1
   * @param text the line's text without its line break, or null when {@code problem} is set
   * @param problem what is wrong with the line's bytes, or null
   * @param column the column of the problem (1 for a line over the limit), 0 without a problem
   * @param bytes the bytes the line took, with its line break
   * @param overLimit whether the line was longer than the reader's limit (its text is not kept)
   */
  public record Line(int number, @Nullable String text, @Nullable String problem, int column, long bytes,
      boolean overLimit) {

    /**
     * Returns whether the line's bytes are a text (valid UTF-8 within the limit).
     *
     * @return true when {@code problem} is null
     */
    public boolean valid() {
      return problem == null;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private int number;
  private boolean eof;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * Creates a reader without a line limit.
   *
   * @param in the input (not closed by the reader)
   */
  public JsonLinesReader(InputStream in) {
    this(in, Long.MAX_VALUE);
  }

  /**
   * Creates a reader with a line limit.
   *
   * @param in the input (not closed by the reader)
   * @param maxLineBytes the most bytes of one line, without its line break; at least 1
   * @throws IllegalArgumentException if {@code maxLineBytes} is below 1
   */
  public JsonLinesReader(InputStream in, long maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes is " + maxLineBytes + "; give at least 1");
    }
    this.maxLineBytes = maxLineBytes;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = n < 0;
      if (n == 0) {
        int b = in.read();
        if (b < 0) {
          eof = true;
          return false;
        }
        buf[0] = (byte) b;
        pos = 0;
        len = 1;
        return true;
      }
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  /**
   * Returns whether a line can be read without waiting (bytes are buffered or available); a batch
   * evaluates what it has rather than wait for a slow producer.
   *
   * @return true if the next read would not block
   * @throws IOException if the input cannot be asked
   */
  public boolean ready() throws IOException {
    return pos < len || in.available() > 0;
  }

  /**
   * Returns the next line, or null at the end of the input.
   *
   * @return the line
   * @throws IOException if the input cannot be read
   */
  public @Nullable Line next() throws IOException {
    ByteArrayOutputStream line = null;
    boolean any = false;
    long size = 0;
    boolean over = false;
    while (true) {
      if (pos >= len && !fill()) {
        break;
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      boolean end = pos < len;
      size += pos - start;
      if (line == null) {
        line = new ByteArrayOutputStream(Math.max(64, Math.min(pos - start, 1 << 16)));
      }
      if (!over && size - 1 > maxLineBytes) {
        over = true; // drop what was kept: a line past the limit is never held (+1 for a '\r')
        line = new ByteArrayOutputStream(0);
      }
      if (!over) {
        line.write(buf, start, pos - start);
      }
      if (end) {
        pos++;
        break;
      }
    }
    if (!any || line == null) {
      return null;
    }
    number++;
    if (over) {
      return new Line(number, null, "the line is more than " + maxLineBytes + " bytes long; at most " + maxLineBytes
          + " bytes are allowed per line", 1, size + 1, true);
    }
    byte[] bytes = line.toByteArray();
    long taken = bytes.length + 1L;
    int from = 0;
    if (number == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      from = 3; // a UTF-8 byte-order mark
    }
    int to = bytes.length;
    if (to > from && bytes[to - 1] == '\r') {
      to--;
    }
    if (to - from > maxLineBytes) {
      return new Line(number, null, "the line is " + (to - from) + " bytes long; at most " + maxLineBytes
          + " bytes are allowed per line", 1, taken, true);
    }
    return decode(bytes, from, to, taken);
  }

  private Line decode(byte[] bytes, int from, int to, long size) {
    ByteBuffer bb = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer cb = CharBuffer.allocate(to - from);
    decoder.reset();
    CoderResult r = decoder.decode(bb, cb, true);
    if (!r.isError()) {
      r = decoder.flush(cb);
    }
    if (r.isError()) {
      int at = bb.position();
      int column = cb.position() + 1;
      String problem = String.format(Locale.ROOT, "invalid UTF-8: byte 0x%02X at column %d (byte %d of the line)"
          + " does not continue a character; the input must be UTF-8", bytes[at] & 0xFF, column, at - from + 1);
      return new Line(number, null, problem, column, size, false);
    }
    cb.flip();
    return new Line(number, cb.toString(), null, 0, size, false);
  }
}
