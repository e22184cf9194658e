package org.iepdr.examples.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The JSON Lines input of {@code batch} and {@code due}: a file, or standard input for {@code -}. A
 * file is read only to the size it had when it was opened ({@code batch f >> f} must not read its own
 * output forever; a pipe or a device such as {@code /dev/stdin} has no size and is read to its end). An
 * input that cannot be opened, a directory, or a binary file (a NUL byte in its first 8 KiB) is bad input
 * with a message naming it.
 */
final class JsonLinesInput implements Closeable {

  private final String source;
  private final long size;
  private final BufferedInputStream in;

  private JsonLinesInput(String source, long size, BufferedInputStream in) {
    this.source = source;
    this.size = size;
    this.in = in;
  }

  /**
   * Opens an input.
   *
   * @param input the command's argument: a path, or {@code -} for standard input
   * @param stdin standard input
   * @return the opened input, checked not to be binary
   * @throws BadInputException if it cannot be opened or is binary
   * @throws IOException if it cannot be read
   */
  static JsonLinesInput open(String input, InputStream stdin) throws IOException {
    long size;
    InputStream raw;
    if ("-".equals(input)) {
      size = -1;
      raw = stdin;
    } else {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        throw new BadInputException(input + ": is a directory; give a JSON Lines file (one case per line) or '-'");
      }
      try {
        raw = Files.newInputStream(path);
        size = Files.isRegularFile(path) ? Files.size(path) : -1;
      } catch (NoSuchFileException e) {
        throw new BadInputException(input + ": no such file");
      } catch (AccessDeniedException e) {
        throw new BadInputException(input + ": cannot be read (permission denied)");
      } catch (IOException e) {
        throw new BadInputException(input + ": cannot be read: " + e.getMessage());
      }
      if (size >= 0) {
        raw = new BatchCommand.Bounded(raw, size);
      }
    }
    String source = "-".equals(input) ? "<stdin>" : input;
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    try {
      refuseBinary(source, in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    return new JsonLinesInput(source, size, in);
  }

  /** A NUL byte in the first 8 KiB: a binary file (an image, an archive), not JSON Lines. */
  private static void refuseBinary(String source, BufferedInputStream in) throws IOException {
    int peek = 8192;
    in.mark(peek);
    byte[] head = new byte[peek];
    // one read: what has arrived, without waiting for 8 KiB from a slow producer on a pipe
    int n = Math.max(0, in.read(head, 0, peek));
    in.reset();
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        throw new BadInputException(source + ": a binary file (a NUL byte at"
            + " byte " + (i + 1) + "), not JSON Lines; give one JSON case per line in UTF-8");
      }
    }
  }

  /** The input's name in messages: the path, or {@code <stdin>}. */
  String source() {
    return source;
  }

  /** The file's size when opened, or -1 for a pipe, a device or standard input. */
  long size() {
    return size;
  }

  /** The buffered input. */
  BufferedInputStream in() {
    return in;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
