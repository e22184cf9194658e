package org.iepdr.examples.district;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleContext;

/** The district procedure's rules and what they share: the source and the meetings they look at. */
public final class DistrictRules {

  /** The seed file the procedure comes from. */
  public static final String SOURCE = "seed 004_b692dd508e664a0f.txt (a district's IEP process and procedures)";

  private DistrictRules() {}

  /**
   * Returns every rule of the district's procedure.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return List.of(new NoticeByTheTenth(), new ReportsTwoWeeksBefore(), new DraftFiveDaysMarked(),
        new AgendaThreeToFiveDays(), new ParentalRightsOffered(), new IepDraftUntilSigned());
  }

  static Citation seed(String section, String quote) {
    return Citation.builder().document(SOURCE).section(section).quote(quote).verification("seed").build();
  }

  /** The IEP team meetings the procedure governs: IEP and facilitated IEP meetings not cancelled. */
  static List<Meeting> iepMeetings(RuleContext ctx) {
    return ctx.meetings(MeetingKind.IEP, MeetingKind.FACILITATED_IEP).stream()
        .filter(m -> m.status() != Meeting.Status.CANCELLED).toList();
  }

  /** The first document of a kind sent for a meeting. */
  static Optional<DocumentSent> first(Meeting m, DocumentKind kind) {
    return m.documents().stream().filter(d -> d.kind() == kind)
        .min((a, b) -> a.sentAt().compareTo(b.sentAt()));
  }

  static LocalDate sentOn(RuleContext ctx, DocumentSent d) {
    return ctx.date(d.sentAt());
  }
}
