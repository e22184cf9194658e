package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.iepdr.core.idea.StateComplaintDecision60Days;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;

/**
 * {@code MS.STATE_COMPLAINT.DECISION_FROM_FILING}: MDE issues its written decision on a state complaint
 * within 60 days of the filing date, never counted from the date the district verified receipt.
 *
 * <p>The Special Ed Start Guide article "Mississippi IEP Facilitator: When to Request One and How" (a
 * secondary source): "MDE must investigate and issue written findings within 60
 * calendar days of your filing date (not the date the district verifies receipt — OSEP corrected that
 * clock-rigging practice in 2025)." 34 CFR 300.152(a): "a time limit of 60 days after a complaint is
 * filed under § 300.153"; 300.152(b)(1) allows an extension only if "exceptional circumstances exist with
 * respect to a particular complaint" or the parties agree to extend it for mediation or other
 * alternative dispute resolution.
 *
 * <p>This is the federal {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS} restated for Mississippi: it
 * extends {@link StateComplaintDecision60Days}, overriding only {@link #filing}, and replaces the federal
 * rule ({@link RuleDescriptor#replaces()}), so a Mississippi case gets one 60-day deadline and at most one
 * finding, under this id. It pins the trigger, because Mississippi counted from the district's verified
 * receipt until OSEP's 2025 review; extension handling and planning are the federal rule's.
 *
 * <p>Counting: 60 calendar days; the filing date (the day MDE received the complaint, in
 * America/Chicago; the request's own date when it was filed with MDE) is day 0; no roll-forward. A
 * {@link Receipt} {@link Receipt.Via#VERIFIED} by the district is ignored: the deadline depends on the
 * filing date alone. An {@link org.iepdr.core.model.Extension} for exceptional circumstances or agreed for mediation/ADR,
 * made on or before the current due date, moves the due date to its new date; other extensions do not.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StateComplaintDecisionFromFiling extends StateComplaintDecision60Days {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.STATE_COMPLAINT.DECISION_FROM_FILING");

  /** Creates the rule. */
  public StateComplaintDecisionFromFiling() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.STATE_COMPLAINT)
        .messages(Messages.CATALOG)
        .title("The 60-day state complaint decision clock runs from the filing date, not the district's verified receipt")
        .kind(FindingKind.VIOLATION)
        .addAllCitations(federalCitations())
        .addCitations(Sources.article("What to Do If Facilitation Doesn't Resolve the Dispute", Force.DUTY,
            "MDE must investigate and issue written findings within 60 calendar days of your filing date (not the"
                + " date the district verifies receipt — OSEP corrected that clock-rigging practice in 2025)."))
        .counting("60 calendar days from the filing date (day 0); never from the district's verified receipt;"
            + " no roll-forward; moved only by an extension for exceptional circumstances or mediation/ADR")
        .addReplaces(StateComplaintDecision60Days.ID)
        .build());
  }

  /**
   * Returns the decision deadline for a complaint filed on a date: 60 calendar days later.
   *
   * @param filingDate the filing date
   * @param counter the jurisdiction's day counting
   * @return the last day the decision is on time, before any extension
   */
  public static LocalDate dueDate(LocalDate filingDate, DayCounter counter) {
    Objects.requireNonNull(filingDate, "filingDate");
    Objects.requireNonNull(counter, "counter");
    return counter.plus(filingDate, PERIOD);
  }

  @Override
  protected Filing filing(RuleContext ctx, Request complaint) {
    CaseEvent filing = ctx.arrival(complaint, Recipient.STATE_AGENCY).orElse(complaint);
    LocalDate filed = ctx.date(filing);
    for (Receipt r : ctx.receipts(complaint.id())) {
      if (r.via() == Receipt.Via.VERIFIED) {
        LocalDate verified = ctx.date(r);
        ctx.note(() -> "complaint " + complaint.id() + ": the district's verified receipt " + r.id() + " on "
            + verified + " does not start the clock");
      }
    }
    return new Filing(filed, filing.id(), ctx.phrase("filed").date("filed", filed).build());
  }
}
