package org.iepdr.core.message;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed pattern: literal text and named placeholders ({@code {name}} or {@code {name,style}}).
 * Parsed once when a catalog loads, so rendering is a walk over the parts.
 */
final class Template {

  /** A placeholder; {@code style} is null when the pattern gives none. */
  record Slot(String name, @Nullable String style) {}

  private final String pattern;
  /** Each part is a String (literal) or a Slot. */
  private final Object[] parts;

  private Template(String pattern, Object[] parts) {
    this.pattern = pattern;
    this.parts = parts;
  }

  /**
   * Parses a pattern.
   *
   * @throws IllegalArgumentException naming the position of an unbalanced brace or an empty name
   */
  static Template parse(String pattern) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    int n = pattern.length();
    StringBuilder literal = new StringBuilder();
    while (i < n) {
      char c = pattern.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("a '}' without its '{' at position " + i);
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = pattern.indexOf('}', i);
      if (close < 0) {
        throw new IllegalArgumentException("a '{' without its '}' at position " + i);
      }
      String inside = pattern.substring(i + 1, close);
      if (inside.indexOf('{') >= 0) {
        throw new IllegalArgumentException("a '{' inside a placeholder at position " + i);
      }
      int comma = inside.indexOf(',');
      String name = (comma < 0 ? inside : inside.substring(0, comma)).strip();
      String style = comma < 0 ? null : inside.substring(comma + 1).strip();
      if (name.isEmpty() || (style != null && style.isEmpty())) {
        throw new IllegalArgumentException("an empty placeholder name or style at position " + i);
      }
      if (literal.length() > 0) {
        parts.add(literal.toString());
        literal.setLength(0);
      }
      parts.add(new Slot(name, style));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return new Template(pattern, parts.toArray());
  }

  /** The argument names, in order of first use. */
  Set<String> arguments() {
    Set<String> names = new LinkedHashSet<>();
    for (Object p : parts) {
      if (p instanceof Slot s) {
        names.add(s.name());
      }
    }
    return names;
  }

  Object[] parts() {
    return parts;
  }

  String pattern() {
    return pattern;
  }
}
