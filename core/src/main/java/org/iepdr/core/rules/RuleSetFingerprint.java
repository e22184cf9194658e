package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The fingerprint of the rule set that answered: a SHA-256 over the library version, the
 * jurisdiction's code and its rule IDs (sorted) with their periods in force, so that a reader of an
 * output can tell whether two outputs were produced by the same rules.
 *
 * <p>The hashed text is, in UTF-8, one line per item, each ending with {@code '\n'}:
 * <pre>
 * iepdr-rule-set/1
 * library VERSION
 * jurisdiction CODE
 * rule ID FROM TO        (one line per rule, by ID; FROM and TO are ISO dates, "-" for an open end)
 * </pre>
 * The fingerprint is the lower-case hexadecimal SHA-256 of that text (64 characters). It changes when
 * a rule is added, removed or replaced, when a period in force changes, and with every library
 * version (a rule's meaning may change with the code that implements it).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class RuleSetFingerprint {

  private static final String VERSION = readVersion();

  private RuleSetFingerprint() {}

  /**
   * Returns the version of the library (of this core artifact), as the build recorded it.
   *
   * @return e.g. {@code "0.2.0"}; {@code "unknown"} when the build recorded none
   */
  public static String libraryVersion() {
    return VERSION;
  }

  /**
   * Returns the fingerprint of a jurisdiction's rules under this library version.
   *
   * @param jurisdiction the jurisdiction
   * @return 64 lower-case hexadecimal digits
   */
  public static String of(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return jurisdiction.fingerprint();
  }

  /**
   * Returns the fingerprint of rules under a given library version.
   *
   * @param libraryVersion the library version
   * @param jurisdiction the jurisdiction's code
   * @param rules the rules' descriptors, in any order
   * @return 64 lower-case hexadecimal digits
   */
  public static String of(String libraryVersion, String jurisdiction, List<RuleDescriptor> rules) {
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(rules, "rules");
    List<RuleDescriptor> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(d -> d.id().toString()));
    StringBuilder b = new StringBuilder("iepdr-rule-set/1\n");
    b.append("library ").append(libraryVersion).append('\n');
    b.append("jurisdiction ").append(jurisdiction).append('\n');
    for (RuleDescriptor d : sorted) {
      b.append("rule ").append(d.id()).append(' ').append(d.inForce().from().map(LocalDate::toString).orElse("-"))
          .append(' ').append(d.inForce().to().map(LocalDate::toString).orElse("-")).append('\n');
    }
    return hex(sha256(b.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256 (MessageDigest's specification)
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder(bytes.length * 2);
    for (byte x : bytes) {
      b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return b.toString();
  }

  /** The version the build wrote into {@code iepdr-version.txt} (Maven resource filtering). */
  private static String readVersion() {
    try (InputStream in = RuleSetFingerprint.class.getResourceAsStream("iepdr-version.txt")) {
      if (in == null) {
        return "unknown";
      }
      String v = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
