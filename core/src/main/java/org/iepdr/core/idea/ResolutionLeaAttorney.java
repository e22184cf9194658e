package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.RESOLUTION.LEA_ATTORNEY}: the LEA's attorney may attend a resolution meeting only if
 * the parent is accompanied by an attorney.
 *
 * <p>34 CFR 300.510(a)(1)(ii): the meeting "May not include an attorney of the LEA unless the parent
 * is accompanied by an attorney."
 *
 * <p>Facts: a held {@link MeetingKind#RESOLUTION} meeting whose attendees include a participant in
 * role {@link ParticipantRole#ATTORNEY} acting for {@link Side#AGENCY} and none acting for
 * {@link Side#FAMILY}. No days are counted.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ResolutionLeaAttorney extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.RESOLUTION.LEA_ATTORNEY");

  /** Creates the rule. */
  public ResolutionLeaAttorney() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .title("The LEA's attorney attends a resolution meeting only if the parent is accompanied by an attorney")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.510(a)(1)(ii)",
            "https://sites.ed.gov/idea/regs/b/e/300.510/a",
            "May not include an attorney of the LEA unless the parent is accompanied by an attorney."))
        .counting("no days counted")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting m : ctx.meetings(MeetingKind.RESOLUTION)) {
      if (!m.held()) {
        continue;
      }
      List<Participant> attorneys = ctx.attendees(m, ParticipantRole.ATTORNEY);
      List<String> agency = new ArrayList<>();
      boolean family = false;
      for (Participant p : attorneys) {
        Side side = p.actsFor().orElse(null);
        if (side == Side.AGENCY) {
          agency.add(p.id());
        } else if (side == Side.FAMILY) {
          family = true;
        }
      }
      if (!agency.isEmpty() && !family) {
        ctx.finding("unaccompanied_parent").date("held", ctx.date(m)).events(m.id()).report();
      }
    }
  }
}
