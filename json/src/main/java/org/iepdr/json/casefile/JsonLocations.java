package org.iepdr.json.casefile;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document read once as a tree and once as tokens, so that each value's JSON pointer maps to
 * the line and column where it starts.
 */
final class JsonLocations {

  private final Map<String, int[]> byPointer;

  private JsonLocations(Map<String, int[]> byPointer) {
    this.byPointer = byPointer;
  }

  /**
   * Scans the text and records where each value (and each field name) starts.
   *
   * @param mapper the mapper whose factory parses
   * @param text the JSON text
   * @param firstLine the line number of the text's first line (1 for a file; n for line n of JSON Lines)
   * @return the locations
   * @throws tools.jackson.core.JacksonException if the text is not well-formed JSON
   */
  static JsonLocations scan(ObjectMapper mapper, String text, int firstLine) {
    Map<String, int[]> map = new HashMap<>();
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        TokenStreamLocation loc = p.currentTokenLocation();
        int[] lc = {loc.getLineNr() + firstLine - 1, loc.getColumnNr()};
        if (t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
          // a field name comes before its value: the first location seen for a pointer is the name's
          map.putIfAbsent(pointer, lc);
        }
      }
    }
    return new JsonLocations(map);
  }

  /**
   * Returns the line and column of the value at a JSON pointer, or of its nearest ancestor.
   *
   * @param pointer the JSON pointer, e.g. {@code /events/3/kind}
   * @return {line, column}, or {0, 0} when unknown
   */
  int[] find(String pointer) {
    String p = pointer;
    while (true) {
      int[] lc = byPointer.get(p);
      if (lc != null) {
        return lc;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
