package org.iepdr.examples.district;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleContext;

/** The district procedure's rules and what they share: the source and the meetings they look at. */
public final class DistrictRules {

  /**
   * The document the procedure comes from: one school district's internal procedure, which is not
   * published, cited as an example of a local policy.
   */
  public static final String SOURCE = "A district's IEP meeting procedure (example local policy, unpublished)";

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

  static Citation procedure(String section, String quote) {
    return Citation.of(Authority.LOCAL_POLICY, Force.DUTY, SOURCE, section, quote);
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
