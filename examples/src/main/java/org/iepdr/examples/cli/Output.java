package org.iepdr.examples.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Output that is checked: a result not written is an error (exit code 5).
 *
 * <p>A {@link PrintWriter} keeps an I/O error to itself; {@link Checked} also remembers the first
 * {@link IOException}, so the tool can tell a closed pipe (exit 5 without a message, as
 * command-line tools do under {@code | head}) from a full disk (exit 5 with a message).
 */
final class Output {

  private Output() {}

  /** An output stream that remembers its first failure. */
  static final class Recording extends FilterOutputStream {
    private volatile @Nullable IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    private IOException record(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw record(e);
      }
    }
  }

  /** A buffered UTF-8 print writer that remembers why it failed. */
  static final class Checked extends PrintWriter {
    private final Recording stream;

    Checked(OutputStream out) {
      this(new Recording(out));
    }

    private Checked(Recording stream) {
      super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), false);
      this.stream = stream;
    }

    /**
     * Returns the first I/O error of the stream, if any.
     *
     * @return the error
     */
    Optional<IOException> failure() {
      return Optional.ofNullable(stream.failure);
    }
  }

  /**
   * Opens an output file named by an option ({@code --ics}, {@code --csv}): a path that cannot be
   * opened is bad input (exit code 2) with a message that says why.
   *
   * @param file the file
   * @param option the option that named it
   * @return the writer, UTF-8
   */
  static Writer openFile(Path file, String option) {
    String what = option + " " + file;
    if (Files.isDirectory(file)) {
      throw new BadInputException(what + ": is a directory; give a file name");
    }
    try {
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      Path parent = file.toAbsolutePath().getParent();
      throw new BadInputException(what + ": cannot be opened for writing: the folder " + parent
          + " does not exist");
    } catch (AccessDeniedException e) {
      throw new BadInputException(what + ": cannot be opened for writing: permission denied");
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(what + ": cannot be opened for writing: " + e.getMessage());
    }
  }

  /**
   * Writes text to a writer from {@link #openFile(Path, String)} and closes it; a failure while
   * writing (a full disk) is exit code 5.
   *
   * @param w the writer
   * @param text the text
   * @param what the file, for the message
   */
  static void writeAndClose(Writer w, String text, String what) {
    try (w) {
      w.write(text);
    } catch (IOException e) {
      throw new OutputFailedException(what, e);
    }
  }

  /**
   * Returns whether a failure is a closed pipe (the reader went away, as {@code head} does).
   *
   * @param e the failure
   * @return true for a broken pipe
   */
  static boolean isClosedPipe(IOException e) {
    String m = e.getMessage();
    return m != null && m.toLowerCase(Locale.ROOT).contains("broken pipe");
  }

  /**
   * Flushes and throws {@link OutputFailedException} when anything written to the writer was lost.
   *
   * @param out the writer
   * @param what what it is, for the message (e.g. "standard output")
   */
  static void check(PrintWriter out, String what) {
    if (out.checkError()) {
      throw failed(out, what);
    }
  }

  static OutputFailedException failed(PrintWriter out, String what) {
    Optional<IOException> cause = out instanceof Checked c ? c.failure() : Optional.empty();
    return new OutputFailedException(what, cause.orElse(null));
  }

  /** The output failed while writing: exit code 5. */
  static final class OutputFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean closedPipe;

    OutputFailedException(String what, @Nullable IOException cause) {
      super("cannot write " + what + (cause == null ? "" : ": " + cause.getMessage()), cause);
      this.closedPipe = cause != null && isClosedPipe(cause);
    }

    /**
     * Returns whether the reader closed the pipe (no message is printed then).
     *
     * @return true for a closed pipe
     */
    boolean closedPipe() {
      return closedPipe;
    }
  }
}
