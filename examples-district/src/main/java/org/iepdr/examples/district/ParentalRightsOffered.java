package org.iepdr.examples.district;

import java.time.LocalDate;
import java.util.Optional;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code XM.RIGHTS.OFFERED_AND_RECORDED}: the parent received the parental rights with the invitation,
 * and the parent's response is recorded verbatim.
 *
 * <p>The district's IEP meeting procedure (example local policy): "Confirm the parents received parental rights with the invitation. Offer a full explanation
 * of parental rights. Record parent response verbatim in the notes."
 *
 * <p>Counting: none; the rights ({@code PROCEDURAL_SAFEGUARDS} document) must have been sent no later than
 * the meeting's start. The core model has no meeting notes, so whether the answer was recorded verbatim
 * cannot be checked from the facts: for every held meeting the rule adds an advisory reminding the team
 * to record it.
 */
public final class ParentalRightsOffered extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("XM.RIGHTS.OFFERED_AND_RECORDED");

  /** Creates the rule. */
  public ParentalRightsOffered() {
    super(RuleDescriptor.builder().id(ID)
        .messages(Messages.CATALOG)
        .title("Parental rights go out with the invitation and the parent's response is recorded verbatim")
        .kind(FindingKind.WARNING)
        .addCitations(DistrictRules.procedure("Opening the meeting", "Confirm the parents received parental rights"
            + " with the invitation.  Offer a full explanation of parental rights.  Record parent response"
            + " verbatim in the notes."))
        .counting("none: the rights are sent no later than the meeting's start")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : DistrictRules.iepMeetings(ctx)) {
      LocalDate meetingDay = ctx.date(m);
      Optional<DocumentSent> rights = DistrictRules.first(m, DocumentKind.PROCEDURAL_SAFEGUARDS);
      if (rights.isEmpty() || rights.get().sentAt().isAfter(m.at())) {
        ctx.finding(rights.isEmpty() ? "not_recorded" : "not_sent").date("meeting", meetingDay).events(m.id()).report();
      }
      if (m.held()) {
        ctx.finding("explain").kind(FindingKind.ADVISORY).date("meeting", meetingDay).events(m.id()).report();
      }
    }
  }
}
