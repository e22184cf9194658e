package org.iepdr.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.Student;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileWriter;

/**
 * An SIS-style batch validation: a student-information system exports its IEP meetings (meeting start,
 * notice sent, who recorded and when they gave notice), maps each row onto the core model, evaluates
 * every case in parallel against the rules of its state, and prints the findings per rule ID. It also
 * writes the cases as JSON Lines, the input of {@code iepdr batch}.
 *
 * <p>Run it with {@code java -cp examples/target/iepdr.jar org.iepdr.examples.SisBatchValidation}.
 */
public final class SisBatchValidation {

  private SisBatchValidation() {}

  /** One row of the export. */
  record Row(String caseId, String state, LocalDateTime meetingStart, LocalDateTime noticeSent,
      Optional<String> recordedBy, Optional<LocalDateTime> recordingNoticeAt) {}

  /**
   * Runs the example on the bundled export.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), Optional.empty());
  }

  /**
   * Runs the example.
   *
   * @param out where to print the summary
   * @param jsonLines where to write the cases as JSON Lines, if anywhere
   * @return the findings per rule ID and kind
   */
  public static Map<String, Map<String, Integer>> run(PrintStream out, Optional<PrintStream> jsonLines) {
    RuleBook book = RuleBook.load();
    List<Case> cases = new ArrayList<>();
    for (Row row : readExport()) {
      cases.add(toCase(row, book.jurisdiction(row.state()).zone()));
    }
    // The rule book is immutable and thread-safe: evaluate in parallel.
    List<Evaluation> evaluations = cases.parallelStream().map(book::evaluate).toList();
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    for (Evaluation e : evaluations) {
      for (Finding f : e.findings()) {
        byRule.computeIfAbsent(f.ruleId().toString(), k -> new TreeMap<>()).merge(f.kind().name(), 1, Integer::sum);
        out.println(e.caseId() + " " + f.kind() + " " + f.ruleId() + ": " + f.message());
      }
    }
    out.println("summary: " + cases.size() + " meetings, "
        + evaluations.stream().filter(Evaluation::hasViolations).count() + " with violations");
    byRule.forEach((rule, kinds) -> out.println("  " + rule + " " + kinds));
    jsonLines.ifPresent(w -> {
      for (Case c : cases) {
        w.println(new CaseFileWriter(book.jurisdiction(c.state()).zone()).writeLine(c));
      }
    });
    return byRule;
  }

  static List<Row> readExport() {
    InputStream in = Objects.requireNonNull(SisBatchValidation.class.getResourceAsStream("sis-export.csv"),
        "sis-export.csv");
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        rows.add(new Row(f[0], f[1], LocalDateTime.parse(f[2]), LocalDateTime.parse(f[3]),
            f[4].isEmpty() ? Optional.empty() : Optional.of(f[4]),
            f[5].isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(f[5]))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static Case toCase(Row row, ZoneId zone) {
    Meeting.Builder meeting = Meeting.builder()
        .id(row.caseId() + "-meeting")
        .kind(MeetingKind.IEP)
        .at(row.meetingStart().atZone(zone).toInstant())
        .addAttendees("parent", "district")
        .addDocuments(new DocumentSent(DocumentKind.MEETING_NOTICE, row.noticeSent().atZone(zone).toInstant(),
            Optional.of("district"), false));
    row.recordedBy().ifPresent(meeting::addRecordedBy);
    row.recordingNoticeAt().ifPresent(at -> meeting.addRecordingNotices(
        new RecordingNotice(row.recordedBy().orElseThrow(), at.atZone(zone).toInstant())));
    return Case.builder()
        .id(row.caseId())
        .student(Student.of("student-of-" + row.caseId()))
        .district("Example District")
        .state(row.state())
        .addParties(Party.of("parent", PartyRole.PARENT), Party.of("district", PartyRole.LEA))
        .addEvents(meeting.build())
        .build();
  }
}
