package org.iepdr.rules.missouri;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.PlanConstraint;
import org.iepdr.core.rules.ProposedAct;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayCounter;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code MO.CHILD_COMPLAINT.FILING_DATE}: a child complaint received after DESE's business hours (8:00
 * AM-4:30 PM Central) is filed the next business day, and the 60-day decision clock runs from that
 * filing date.
 *
 * <p>DESE's child complaint page (VERIFIED, law-facts M8): "Complaints received after business hours of
 * 8:00 AM - 4:30 PM will be filed the following business day." The 60 days are the federal limit, 34 CFR
 * 300.152(a) (VERIFIED): "a time limit of 60 days after a complaint is filed under § 300.153 to—" issue
 * the written decision; the University of Missouri library guide (VERIFIED-2ND): "Department issues a
 * decision letter to all parties within 60 days".
 *
 * <p>The filing date is {@link ChildComplaintFilingDate#of}: see there for the hours, and for a complaint
 * received before 8:00 AM (filed that day). DESE's receipt is {@link RuleContext#receivedBy} the state
 * agency, else the request's own instant (noted).
 *
 * <p>This rule replaces {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS} in Missouri ({@link
 * RuleDescriptor#replaces()}): it reports the 60-day decision deadline itself, under its own id, counted
 * from the Missouri filing date, so that the federal rule (which counts from the receipt date) does not
 * report a second, different deadline for the same complaint. Counting: 60 calendar days; the filing
 * date is day 0; no roll-forward. An {@link Extension} for the complaint for exceptional circumstances or
 * an agreement to use mediation or other ADR (300.152(b)(1)) moves the due date to its new due date (the
 * latest such extension wins). The complaint's one-year limit is the inherited federal rule.
 */
public final class ChildComplaintFilingDateRule extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.CHILD_COMPLAINT.FILING_DATE");

  /** The federal rule this one replaces in Missouri. */
  public static final RuleId REPLACES = RuleId.of("IDEA.STATE_COMPLAINT.DECISION_60_DAYS");

  static final DayPeriod PERIOD = DayPeriod.calendarDays(60);

  /** Creates the rule. */
  public ChildComplaintFilingDateRule() {
    super(RuleDescriptor.builder()
        .id(ID)
        .title("A child complaint received after DESE's business hours is filed the next business day; the"
            + " 60-day decision clock starts on the filing date")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of("Missouri DESE, Due Process/Child Complaint page", "Child complaint",
            "https://dese.mo.gov/special-education/compliance/due-processchild-complaint",
            "Complaints received after business hours of 8:00 AM - 4:30 PM will be filed the following business"
                + " day."))
        .addCitations(Citation.of("34 CFR Part 300", "300.152(a)", "https://sites.ed.gov/idea/regs/b/b/300.152",
            "a time limit of 60 days after a complaint is filed under § 300.153 to—"))
        .addCitations(Sources.secondary("University of Missouri library guide to special education disputes",
            "Child complaint", "Department issues a decision letter to all parties within 60 days"))
        .counting("filing date: the receipt date if received on a business day by 4:30 PM Central, else the next"
            + " business day; then 60 calendar days, filing date is day 0, no roll-forward")
        .addReplaces(REPLACES)
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      Optional<Instant> received = ctx.receivedBy(complaint, Recipient.STATE_AGENCY);
      if (received.isEmpty()) {
        ctx.note("complaint " + complaint.id() + ": no receipt by DESE recorded; its own date is taken as the"
            + " receipt");
      }
      Instant at = received.orElse(complaint.at());
      String triggerId = triggerId(ctx, complaint, at);
      LocalDate filed = ChildComplaintFilingDate.of(at, ctx.counter());
      LocalDate receivedOn = ChildComplaintFilingDate.ZONE == ctx.zone() ? ctx.date(at)
          : at.atZone(ChildComplaintFilingDate.ZONE).toLocalDate();
      if (!filed.equals(receivedOn)) {
        ctx.note("complaint " + complaint.id() + ": received " + receivedOn + " outside DESE's business hours,"
            + " filed " + filed);
      }
      LocalDate due = ctx.counter().plus(filed, PERIOD);
      Optional<Extension> extension = Optional.empty();
      for (Extension e : ctx.events(Extension.class)) {
        if (e.request().equals(complaint.id()) && (e.reason() == Extension.Reason.EXCEPTIONAL_CIRCUMSTANCES
            || e.reason() == Extension.Reason.AGREED_FOR_MEDIATION_OR_ADR)
            && (extension.isEmpty() || e.newDueDate().isAfter(extension.get().newDueDate()))) {
          extension = Optional.of(e);
        }
      }
      if (extension.isPresent() && extension.get().newDueDate().isAfter(due)) {
        ctx.note("complaint " + complaint.id() + ": decision due date extended to "
            + extension.get().newDueDate() + " (" + extension.get().id() + ")");
        due = extension.get().newDueDate();
      }
      Optional<Decision> decision = RuleContext.first(
          ctx.decisions(complaint.id(), DecisionKind.STATE_COMPLAINT_DECISION));
      Deadline d = ctx.deadline("issue the written child complaint decision")
          .trigger(triggerId, filed)
          .period(PERIOD)
          .due(due)
          .satisfiedBy(decision)
          .report();
      if (d.status() == DeadlineStatus.MISSED) {
        String filedWords = filed.equals(receivedOn) ? "filed on " + filed
            : "received on " + receivedOn + " after business hours and so filed on " + filed;
        ctx.report(decision.isPresent()
            ? "DESE's decision on the child complaint came on " + d.satisfiedOn().get() + ", after " + due
                + " (60 days after the complaint was " + filedWords + ")."
            : "DESE issued no decision on the child complaint by " + due + " (60 days after the complaint was "
                + filedWords + ").",
            decision.map(x -> new String[] {complaint.id(), x.id()}).orElse(new String[] {complaint.id()}));
      }
    }
  }

  private static String triggerId(RuleContext ctx, Request complaint, Instant at) {
    if (complaint.filedWith() != Recipient.STATE_AGENCY) {
      for (Receipt r : ctx.receipts(complaint.id())) {
        if (r.recipient() == Recipient.STATE_AGENCY && r.at().equals(at)) {
          return r.id();
        }
      }
    }
    return complaint.id();
  }

  @Override
  public Optional<PlanConstraint> plan(ProposedAct act, LocalDate trigger, DayCounter counter) {
    if (act != ProposedAct.STATE_COMPLAINT_DECISION) {
      return Optional.empty();
    }
    return Optional.of(PlanConstraint.noLaterThan(ID, counter.plus(trigger, PERIOD),
        "within 60 days of the filing date (34 CFR 300.152(a)); in Missouri a complaint received after 4:30 PM"
            + " Central or on a weekend or holiday is filed the next business day"));
  }
}
