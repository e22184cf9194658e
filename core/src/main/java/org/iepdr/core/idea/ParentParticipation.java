package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.MEETING.PARENT_PARTICIPATION}: the agency gives the parent the opportunity to take part
 * in an IEP meeting, and a meeting held without the parent needs a record of the agency's attempts to
 * convince the parent to attend.
 *
 * <p>34 CFR 300.322(a)(1): "Notifying parents of the meeting early enough to ensure that they will
 * have an opportunity to attend". 300.322(d): a meeting may be held without a parent "if the public
 * agency is unable to convince the parents that they should attend", and the agency keeps a record of
 * its attempts, such as detailed records of telephone calls made or attempted and their results,
 * copies of correspondence sent to the parents and any responses received, and detailed records of
 * visits made to the parent's home or place of employment and their results.
 *
 * <p>For every held {@link MeetingKind#IEP} or {@link MeetingKind#FACILITATED_IEP} meeting that no
 * family-side party attended:
 * <ul>
 *   <li>no {@link Meeting#participationAttempts() participation attempt} (call, letter or visit) made
 *       at or before the meeting's start: a VIOLATION (an attempt recorded after the meeting could not
 *       have convinced the parent to attend);
 *   <li>no {@link DocumentKind#MEETING_NOTICE} sent before the start and no notice waiver: a WARNING.
 *       Federal law sets no number of days ("early enough"), so the rule only warns where no notice at
 *       all was sent; states that add a number (Missouri's 10 days) do so in their own rule.
 * </ul>
 * A meeting a parent attended raises nothing here. Whether the time and place were mutually agreed
 * (300.322(a)(2)) is not a fact the model records.
 *
 * <p>Counting: no day count; instants are compared with the meeting's scheduled start.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ParentParticipation extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.MEETING.PARENT_PARTICIPATION");

  /** Creates the rule. */
  public ParentParticipation() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .title("The parent is notified early enough to attend; a meeting held without the parent needs"
            + " documented attempts to involve them")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.322(a)(1)", "https://sites.ed.gov/idea/regs/b/d/300.322/a",
            "Notifying parents of the meeting early enough to ensure that they will have an opportunity to attend"))
        .addCitations(Citation.regulation("300.322(d)", "https://sites.ed.gov/idea/regs/b/d/300.322/d",
            "if the public agency is unable to convince the parents that they should attend"))
        .counting("no day count; notices and attempts must come before the meeting's start (instants compared)")
        .build());
  }

  /** The IEP meetings, facilitated or not. */
  private static final MeetingKind[] IEP_MEETINGS = {
    MeetingKind.IEP, MeetingKind.FACILITATED_IEP
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : ctx.meetings(IEP_MEETINGS)) {
      if (!m.held() || familyAttended(ctx, m)) {
        continue;
      }
      int before = 0;
      for (ParticipationAttempt a : m.participationAttempts()) {
        if (!a.at().isAfter(m.at())) {
          before++;
        }
      }
      int attempts = before;
      if (attempts == 0) {
        ctx.finding("no_attempts").date("held", ctx.date(m)).events(m.id()).report();
      } else {
        ctx.note(() -> "meeting " + m.id() + ": held without the parent after " + attempts
            + " documented attempt(s) (300.322(d))");
      }
      boolean noticed = false;
      for (DocumentSent d : m.documents()) {
        noticed |= d.kind() == DocumentKind.MEETING_NOTICE && d.sentAt().isBefore(m.at());
      }
      if (!noticed && m.noticeWaivedBy().isEmpty()) {
        ctx.finding("no_notice").kind(FindingKind.WARNING).date("held", ctx.date(m)).events(m.id()).report();
      }
    }
  }

  private static boolean familyAttended(RuleContext ctx, Meeting m) {
    for (String id : m.attendees()) {
      Party p = ctx.party(id).orElse(null);
      if (p != null && p.side() == Side.FAMILY) {
        return true;
      }
    }
    return false;
  }
}
