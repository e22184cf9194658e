package org.iepdr.examples.cli;

import java.util.regex.Pattern;

/**
 * Escapes text from a case (ids, and the messages that quote them) for each output format, so that
 * an id cannot add a line, a heading, HTML, a link or a timeline row, and look-alike ids stay apart.
 *
 * <p>{@link #text(String)} shows as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}
 * (supplementary: {@code \}{@code u{XXXXX}}) every control, format (bidirectional overrides,
 * zero-width characters, the byte-order mark), line or paragraph separator character, every space but
 * U+0020 (a non-breaking space is {@code \}{@code u00A0}), every combining mark (so a decomposed
 * {@code e\}{@code u0301} is told apart from a composed {@code é}), private-use, unassigned and lone
 * surrogate code points; a backslash doubles. Every other character, letters of every script included,
 * is kept. Text that needs no escape is returned unchanged.
 */
final class Escape {

  private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9._:/@+-]+");

  private Escape() {}

  static boolean needsEscape(int cp) {
    if (cp == ' ') {
      return false;
    }
    if (cp == '\\') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
      default -> false;
    };
  }

  /**
   * Escapes text for a terminal or a text file: one line, no control characters, look-alikes shown.
   *
   * @param s the text
   * @return the escaped text (the same string when nothing needs escaping)
   */
  static String text(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (needsEscape(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!needsEscape(cp)) {
        b.appendCodePoint(cp);
      } else if (cp == '\\') {
        b.append("\\\\");
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (cp <= 0xFFFF) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
      } else {
        b.append(String.format(java.util.Locale.ROOT, "\\u{%X}", cp));
      }
    }
    return b.toString();
  }

  /**
   * Escapes a message of several lines: each line as {@link #text(String)}, the line breaks kept.
   *
   * @param s the message
   * @return the escaped message
   */
  static String lines(String s) {
    String[] parts = s.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = text(parts[i]);
    }
    return String.join("\n", parts);
  }

  /**
   * Escapes text for Markdown (a table cell, a list item, a heading): {@link #text(String)}, then HTML's
   * {@code & < >} as entities, the backtick as {@code &#96;}, and {@code | [ ]} with a backslash, so it
   * can neither start a line, nor open HTML, a code span, a link or an image, nor end a table cell.
   *
   * @param s the text
   * @return the escaped text
   */
  static String markdown(String s) {
    String t = text(s);
    StringBuilder b = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '`' -> b.append("&#96;");
        case '|' -> b.append("\\|");
        case '[' -> b.append("\\[");
        case ']' -> b.append("\\]");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Shows an id in Markdown: as a code span when it is made of letters, digits and {@code ._:/@+-}
   * only, else as {@link #markdown(String) escaped} text (a code span cannot escape a backtick).
   *
   * @param id the id
   * @return the Markdown
   */
  static String markdownCode(String id) {
    return SAFE_CODE.matcher(id).matches() ? "`" + id + "`" : markdown(id);
  }

  /**
   * Escapes text for a Mermaid label (a timeline event, an edge label): {@link #text(String)}, then
   * the characters Mermaid reads as syntax ({@code : ; #}) replaced by {@code " -"}, {@code ","} and
   * {@code "no."}, and HTML and quoting characters as Mermaid entity codes ({@code #lt;}).
   *
   * @param s the text
   * @return the label text
   */
  static String mermaid(String s) {
    String t = text(s).replace(":", " -").replace(";", ",").replace("#", "no.");
    StringBuilder b = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '<' -> b.append("#lt;");
        case '>' -> b.append("#gt;");
        case '&' -> b.append("#amp;");
        case '"' -> b.append("#quot;");
        case '`' -> b.append("#96;");
        case '{' -> b.append("#123;");
        case '}' -> b.append("#125;");
        case '%' -> b.append("#37;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
