package org.iepdr.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies without ever holding more than the per-case limit. */
final class Bodies {

  private Bodies() {}

  /**
   * Reads a whole body of at most {@code max} bytes.
   *
   * @throws TooLargeException past {@code max} bytes (the rest is not read)
   */
  static byte[] read(InputStream in, long max, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new TooLargeException(what + " is more than " + max + " bytes long; at most " + max
            + " bytes are allowed per case (iepdr.limits.max-case-bytes)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
