package org.iepdr.json.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.json.casefile.CaseFileReaderTest.READER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.Student;
import org.iepdr.core.testing.CaseArbitraries;

/**
 * Every valid case, with events of every type and every kind (amendments, complaint issues, denied
 * decisions, extensions asked for by a party, meetings a side stayed away from among them), is written
 * and read back to an equal case, save the student's name and birth date, which are never written.
 */
class CaseFileRoundTripProperties {

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.federalCases();
  }

  @Property(tries = 300)
  void theWriterAndTheReaderAgreeOnEveryCase(@ForAll("cases") Case c) {
    Case expected = Case.builder().from(c).student(Student.of(c.student().id())).build();
    for (ZoneId zone : new ZoneId[] {ZoneId.of("America/New_York"), ZoneId.of("Pacific/Kiritimati")}) {
      CaseFileWriter writer = new CaseFileWriter(zone);
      assertThat(READER.read("w.json", writer.write(c, Optional.of(LocalDate.of(2027, 1, 1))), 1).aCase())
          .isEqualTo(expected);
      assertThat(READER.read("line", writer.writeLine(c), 1).aCase()).isEqualTo(expected);
    }
  }
}
