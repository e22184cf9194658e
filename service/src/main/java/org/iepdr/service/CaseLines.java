package org.iepdr.service;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.iepdr.core.IepdrException;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFile;
import org.iepdr.json.casefile.CaseFileException;
import org.iepdr.json.casefile.CaseFileProblem;
import org.iepdr.json.casefile.CaseFileReader;
import org.iepdr.json.casefile.JsonLinesReader;

/**
 * A caseload sent as JSON Lines and folded one case at a time (the Section 618 report, the caseload
 * view): nothing but the current line is held. A line past the per-case limit answers 413; a line that
 * cannot be read, or a case its jurisdiction refuses, answers 400 naming the line and every problem.
 */
final class CaseLines {

  /** What is done with each case read. */
  @FunctionalInterface
  interface Sink {
    /**
     * Takes one case.
     *
     * @param caseFile the case read
     * @param jurisdiction the jurisdiction of its state
     */
    void accept(CaseFile caseFile, Jurisdiction jurisdiction);
  }

  private CaseLines() {}

  /**
   * Reads every line of a body into a sink and sets the fingerprint header of the jurisdictions used.
   *
   * @return the jurisdictions used, by code
   */
  static Map<String, Jurisdiction> fold(InputStream body, HttpServletResponse response, CaseFileReader reader,
      RuleBook book, ServiceLimits limits, Sink sink) throws IOException {
    Map<String, Jurisdiction> used = new TreeMap<>();
    JsonLinesReader lines = new JsonLinesReader(body, limits.maxCaseBytes());
    String source = EvaluateController.BODY;
    JsonLinesReader.Line line;
    while ((line = lines.next()) != null) {
      String text = line.text();
      if (line.overLimit()) {
        throw new TooLargeException("line " + line.number() + ": " + line.problem());
      }
      if (line.problem() != null || text == null) {
        throw new CaseFileException(List.of(new CaseFileProblem(source, line.number(), line.column(), "$",
            String.valueOf(line.problem()))));
      }
      if (text.isBlank()) {
        continue;
      }
      CaseFile cf = reader.read(source, text, line.number());
      Jurisdiction j = used.computeIfAbsent(cf.aCase().state(), book::jurisdiction);
      try {
        sink.accept(cf, j);
      } catch (IepdrException e) {
        throw new CaseFileException(List.of(new CaseFileProblem(source, line.number(), 0, "$",
            "case " + cf.aCase().id() + ": " + e.getMessage())));
      }
    }
    if (!used.isEmpty()) {
      response.setHeader(Versions.RULE_SET_FINGERPRINT, used.values().stream().map(Versions::fingerprint)
          .collect(Collectors.joining(",")));
    }
    return used;
  }
}
