package org.iepdr.json.casefile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Explains a JSON syntax error in words that never quote the input: the parser's own message echoes
 * the token at fault ({@code Unrecognized token 'Zelda'}), and a token out of place may be a student's
 * name or birth date.
 */
final class JsonSyntax {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([A-Za-z_$][A-Za-z0-9_$]{0,39})\"");
  private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\(.*?\\(code \\d+\\)\\)\\): "
      + "(was expecting [a-zA-Z ,()'-]{1,120})");

  private JsonSyntax() {}

  /**
   * Returns what is wrong, in the parser's terms but without any part of the input.
   *
   * @param original the parser's message without its location
   * @return the explanation
   */
  static String explain(@Nullable String original) {
    String m = original == null ? "" : original;
    if (m.startsWith("Unrecognized token")) {
      return "a bare word where a value belongs; text must be in double quotes, and the only bare words are true,"
          + " false and null";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "the text ends before the JSON value is complete (an object, an array or a string is not closed)";
    }
    if (m.startsWith("Unexpected character")) {
      Matcher u = UNEXPECTED.matcher(m);
      return "an unexpected character" + (u.lookingAt() ? ": " + u.group(1).replace("'", "") : "");
    }
    if (m.startsWith("Duplicate")) {
      Matcher d = DUPLICATE.matcher(m);
      return d.lookingAt() ? "the field \"" + d.group(1) + "\" appears twice in one object"
          : "a field appears twice in one object";
    }
    if (m.startsWith("Trailing token")) {
      return "more than one JSON value; a case is one object (in a batch, one object per line)";
    }
    if (m.startsWith("Illegal unquoted character")) {
      return "a control character inside a string; write it escaped (\\n, \\t, \\u0000)";
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "an escape sequence JSON does not have; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
    }
    if (m.contains("nesting depth")) {
      return "values nested deeper than the parser allows";
    }
    if (m.contains("exceeds the maximum")) {
      return "a value longer than the parser allows";
    }
    if (m.contains("umeric") || m.contains("Leading zeroes") || m.contains("number")) {
      return "a number that is not valid JSON or is out of range";
    }
    if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF")) {
      return "a character that is not UTF-8";
    }
    return "the text is not JSON at this place";
  }
}
