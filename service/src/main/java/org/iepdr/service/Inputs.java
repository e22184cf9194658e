package org.iepdr.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.time.SchoolCalendar;
import org.iepdr.json.casefile.SchoolCalendarFile;
import org.jspecify.annotations.Nullable;

/** What several endpoints read the same way: a language, a school calendar, a bounded text body. */
final class Inputs {

  /** The name of a school calendar sent in a request, in problems. */
  static final String CALENDAR = "<schoolCalendar>";

  private Inputs() {}

  /** Reads {@code lang}: {@code en} or {@code es}, as the tool's {@code --lang}. */
  static Language language(String lang) {
    try {
      return Language.parse(lang);
    } catch (InvalidInputException e) {
      throw new BadRequestException("lang was '" + printable(lang) + "'; allowed: en, es");
    }
  }

  /** Reads a proposed act, forgiving case and hyphens, as the tool's {@code plan}. */
  static ProposedAct act(String value) {
    String norm = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ProposedAct a : ProposedAct.values()) {
      if (a.name().equals(norm)) {
        return a;
      }
    }
    throw new BadRequestException("act was '" + printable(value) + "'; allowed: "
        + Arrays.stream(ProposedAct.values()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** Reads a whole body of at most {@code max} bytes as strict UTF-8. */
  static String text(InputStream in, long max, String what) throws IOException {
    byte[] bytes = Bodies.read(in, max, what);
    int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException(what + " is not valid UTF-8; send UTF-8");
    }
  }

  /** Reads a school-calendar file (docs/case-file.md) sent as text; empty when none was sent. */
  static Optional<SchoolCalendar> schoolCalendar(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(SchoolCalendarFile.read(CALENDAR, "school calendar", text.lines().toList()));
  }

  /** A value as it may be quoted in a problem: printable ASCII, at most 40 characters. */
  static String printable(String value) {
    StringBuilder b = new StringBuilder();
    value.codePoints().limit(40).forEach(c -> b.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
    return value.length() > 40 ? b + "..." : b.toString();
  }
}
