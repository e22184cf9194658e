package org.iepdr.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines as UTF-8, one line at a time, the same way from a file and from standard input:
 * a byte-order mark at the start is skipped; a line break is {@code \n} or {@code \r\n}; a line that is
 * not valid UTF-8 is returned with its problem (line and column), never silently replaced, and the
 * lines after it are read as usual.
 */
final class Utf8Lines {

  /** One line: its number and either its text or what is wrong with its bytes. */
  record Line(int number, @Nullable String text, @Nullable String problem, int column, long bytes) {

    boolean valid() {
      return problem == null;
    }
  }

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private int number;
  private boolean eof;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  Utf8Lines(InputStream in) {
    this.in = in;
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
   * evaluates what it has rather than wait for a slow producer on standard input.
   *
   * @return true if the next read would not block
   * @throws IOException if the input cannot be asked
   */
  boolean ready() throws IOException {
    return pos < len || in.available() > 0;
  }

  /**
   * Returns the next line, or null at the end of the input.
   *
   * @return the line
   * @throws IOException if the input cannot be read
   */
  @Nullable Line next() throws IOException {
    ByteArrayOutputStream line = null;
    boolean any = false;
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
      if (line == null) {
        line = new ByteArrayOutputStream(Math.max(64, pos - start));
      }
      line.write(buf, start, pos - start);
      if (end) {
        pos++;
        break;
      }
    }
    if (!any || line == null) {
      return null;
    }
    number++;
    byte[] bytes = line.toByteArray();
    long size = bytes.length + 1L;
    int from = 0;
    if (number == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      from = 3; // a UTF-8 byte-order mark
    }
    int to = bytes.length;
    if (to > from && bytes[to - 1] == '\r') {
      to--;
    }
    return decode(bytes, from, to, size);
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
      return new Line(number, null, problem, column, size);
    }
    cb.flip();
    return new Line(number, cb.toString(), null, 0, size);
  }

  /**
   * Decodes a whole input strictly as UTF-8 (for {@code check -}), skipping a byte-order mark.
   *
   * @param bytes the input
   * @return the text
   * @throws CharacterCodingException naming the line and column of the first invalid byte
   */
  static String decodeAll(byte[] bytes) throws CharacterCodingException {
    int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer cb = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(bb, cb, true);
    if (!r.isError()) {
      r = d.flush(cb);
    }
    if (r.isError()) {
      int line = 1;
      int lineStart = from;
      for (int i = from; i < bb.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, bb.position() - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new Utf8Exception(line, column, bytes[bb.position()] & 0xFF);
    }
    cb.flip();
    return cb.toString();
  }

  /** Invalid UTF-8 at a line and column. */
  static final class Utf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final int value;

    Utf8Exception(int line, int column, int value) {
      this.line = line;
      this.column = column;
      this.value = value;
    }

    @Override
    public String getMessage() {
      return String.format(Locale.ROOT, "invalid UTF-8: byte 0x%02X at column %d does not continue a character;"
          + " the input must be UTF-8", value, column);
    }
  }
}
