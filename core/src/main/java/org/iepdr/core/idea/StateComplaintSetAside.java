package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.STATE_COMPLAINT.SET_ASIDE}: a part of a state complaint that a due process hearing
 * addresses is set aside until the hearing concludes; the other issues keep the 60-day time limit; an
 * issue decided in a hearing between the same parties is bound by that decision (34 CFR 300.152(c)).
 *
 * <p>Which parts are set aside is decided in one place, {@link SetAside} (its Javadoc quotes (c)(1) and
 * (c)(2) and says how a case records the parts); {@link StateComplaintDecision60Days} reports a set-aside
 * part's deadline as not applicable, never as a violation. This rule notes each part set aside and reports:
 * <ul>
 *   <li>a written state complaint decision that decides a part while the hearing on it is pending (its
 *       {@link Decision#decides()} names the issue, or, for a complaint set aside whole, names nothing):
 *       the State "must set aside" that part "until the conclusion of the hearing";
 *   <li>a written decision that decides an issue a hearing decision had already decided: that decision is
 *       binding on the issue, and the SEA must inform the complainant to that effect, a warning (the case
 *       does not show whether the SEA did).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StateComplaintSetAside extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.STATE_COMPLAINT.SET_ASIDE");

  /** Creates the rule. */
  public StateComplaintSetAside() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.STATE_COMPLAINT)
        .title("A state complaint's issues that are in a due process hearing are set aside until it concludes; an"
            + " issue decided in a hearing binds")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.152(c)(1)",
            "http://idea.ed.gov/explore/view/p-old/,root,regs,300,B,300.152,c,.html",
            "If a written complaint is received that is also the subject of a due process hearing under § 300.507 or"
                + " §§ 300.530 through 300.532, or contains multiple issues of which one or more are part of that"
                + " hearing, the State must set aside any part of the complaint that is being addressed in the due"
                + " process hearing until the conclusion of the hearing."))
        .addCitations(Citation.regulation("300.152(c)(2)",
            "http://idea.ed.gov/explore/view/p-old/,root,regs,300,B,300.152,c,.html",
            "If an issue raised in a complaint filed under this section has previously been decided in a due process"
                + " hearing involving the same parties— (i) The due process hearing decision is binding on that"
                + " issue; and (ii) The SEA must inform the complainant to that effect."))
        .counting("no count: a part is set aside from the state complaint until the hearing that addresses it"
            + " concludes; the other issues keep the 60 days")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      SetAside parts = SetAside.of(ctx, complaint);
      if (parts.aside().isEmpty()) {
        continue;
      }
      for (Decision decision : ctx.decisions(complaint.id(), DecisionKind.STATE_COMPLAINT_DECISION)) {
        LocalDate issued = ctx.date(decision);
        for (SetAside.Issue i : parts.aside()) {
          boolean whole = i.issue().equals(complaint.id());
          boolean decides = whole ? decision.decides().isEmpty() : decision.decides().contains(i.issue());
          if (!decides) {
            continue;
          }
          String hearing = i.hearing().orElseThrow();
          boolean pending = i.concluded().filter(day -> !day.isAfter(issued)).isEmpty();
          if (i.part() == SetAside.Part.DECIDED && !i.concluded().orElseThrow().isAfter(issued)) {
            ctx.finding("decided_in_hearing").kind(FindingKind.WARNING).text("issue", i.issue())
                .date("issued", issued).date("heard", i.concluded().orElseThrow())
                .events(complaint.id(), decision.id(), i.decision().orElseThrow()).report();
          } else if (pending) {
            ctx.finding("decided_while_set_aside").text("issue", i.issue()).date("issued", issued)
                .events(complaint.id(), decision.id(), hearing).report();
          }
        }
      }
    }
  }
}
