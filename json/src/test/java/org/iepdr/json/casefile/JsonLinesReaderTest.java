package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.iepdr.core.IepdrException;
import org.iepdr.core.time.SchoolCalendar;
import org.junit.jupiter.api.Test;

/** JsonLinesReader (line breaks, byte-order mark, invalid UTF-8, the line limit) and SchoolCalendarFile. */
class JsonLinesReaderTest {

  static List<JsonLinesReader.Line> lines(JsonLinesReader r) throws IOException {
    List<JsonLinesReader.Line> out = new ArrayList<>();
    JsonLinesReader.Line l;
    while ((l = r.next()) != null) {
      out.add(l);
    }
    return out;
  }

  static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void linesAreSplitOnLfAndCrLfWithTheByteOrderMarkSkipped() throws IOException {
    List<JsonLinesReader.Line> ls = lines(new JsonLinesReader(in("\uFEFF{\"a\":1}\r\n\n{\"b\":2}")));
    assertThat(ls).extracting(JsonLinesReader.Line::text).containsExactly("{\"a\":1}", "", "{\"b\":2}");
    assertThat(ls).extracting(JsonLinesReader.Line::number).containsExactly(1, 2, 3);
    assertThat(ls).allMatch(JsonLinesReader.Line::valid);
  }

  @Test
  void invalidUtf8IsThatLinesProblemAndTheNextLineIsRead() throws IOException {
    byte[] bytes = {'{', (byte) 0xC3, '(', '}', '\n', '{', '}', '\n'};
    List<JsonLinesReader.Line> ls = lines(new JsonLinesReader(new ByteArrayInputStream(bytes)));
    assertThat(ls.get(0).valid()).isFalse();
    assertThat(ls.get(0).problem()).contains("invalid UTF-8").contains("column 2");
    assertThat(ls.get(1).text()).isEqualTo("{}");
  }

  @Test
  void aLineAtTheLimitIsReadAndOneByteMoreIsSkippedWithItsProblem() throws IOException {
    String atLimit = "x".repeat(100);
    String over = "y".repeat(101);
    String huge = "z".repeat(300_000);
    List<JsonLinesReader.Line> ls = lines(new JsonLinesReader(in(atLimit + "\r\n" + over + "\n" + huge + "\nok\n"),
        100));
    assertThat(ls.get(0).text()).isEqualTo(atLimit);
    assertThat(ls.get(1).overLimit()).isTrue();
    assertThat(ls.get(1).text()).isNull();
    assertThat(ls.get(1).problem()).isEqualTo("the line is 101 bytes long; at most 100 bytes are allowed per line");
    assertThat(ls.get(2).overLimit()).isTrue();
    assertThat(ls.get(2).problem()).startsWith("the line is more than 100 bytes long");
    assertThat(ls.get(3).text()).isEqualTo("ok");
    assertThat(ls).hasSize(4);
  }

  @Test
  void withoutALimitALongLineIsRead() throws IOException {
    String huge = "z".repeat(300_000);
    assertThat(lines(new JsonLinesReader(in(huge + "\n"))).get(0).text()).isEqualTo(huge);
    assertThatThrownBy(() -> new JsonLinesReader(in(""), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSchoolCalendarFileIsReadWithEveryProblemListed() {
    SchoolCalendar c = SchoolCalendarFile.read("cal.txt", "cal", List.of("# district", "name D 2026-27",
        "first 2026-08-17", "last 2027-05-21", "closed 2026-09-07", "closed 2026-11-25..2026-11-27"));
    assertThat(c.name()).isEqualTo("D 2026-27");
    assertThatThrownBy(() -> SchoolCalendarFile.read("cal.txt", "cal", List.of("first 2026-13-01", "bogus line")))
        .isInstanceOfSatisfying(SchoolCalendarFileException.class, e -> assertThat(e.problems()).containsExactly(
            "cal.txt:1: '2026-13-01' is not an ISO date such as 2026-08-17",
            "cal.txt:2: 'bogus line' is not understood; allowed lines: name TEXT, first DATE, last DATE, closed DATE,"
                + " closed DATE..DATE",
            "cal.txt: the line 'first DATE' is missing", "cal.txt: the line 'last DATE' is missing"));
    assertThatThrownBy(() -> SchoolCalendarFile.read("cal.txt", "cal", List.of("first 2027-08-17", "last 2026-05-21")))
        .isInstanceOf(IepdrException.class);
  }
}
