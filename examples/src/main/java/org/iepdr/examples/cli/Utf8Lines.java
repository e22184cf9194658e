package org.iepdr.examples.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a whole input strictly as UTF-8 (for {@code check -}); JSON Lines are read line by line by
 * {@link org.iepdr.json.casefile.JsonLinesReader}.
 */
final class Utf8Lines {

  private Utf8Lines() {}

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
