package org.iepdr.json.simulation;

import java.util.Set;
import java.util.TreeSet;
import org.iepdr.core.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * The checks the parameter and reform file readers share: each refusal names the file, the member's
 * path and what is allowed.
 */
final class FileChecks {

  private FileChecks() {}

  /** Returns a member that must be a string. */
  static String text(JsonNode node, String member, String file, String path) {
    JsonNode n = node.get(member);
    require(n != null && n.isString(), file, path, n == null ? "missing" : "not a string", "a string");
    return n.stringValue();
  }

  /** Refuses a value unless {@code ok}, naming the file, the path, the value and what is allowed. */
  static void require(boolean ok, String file, String path, String value, String allowed) {
    if (!ok) {
      throw new InvalidInputException(file + ": " + path, value, allowed);
    }
  }

  /** Refuses a member of an object that is not one of the allowed names. */
  static void keys(JsonNode node, Set<String> allowed, String file, String where) {
    for (String k : node.propertyNames()) {
      if (!allowed.contains(k)) {
        throw new InvalidInputException(file + ": " + (where.isEmpty() ? k : where + "." + k), "an unknown member",
            "one of " + new TreeSet<>(allowed));
      }
    }
  }
}
