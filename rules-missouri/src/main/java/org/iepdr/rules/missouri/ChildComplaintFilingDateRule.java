package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.idea.StateComplaintDecision60Days;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.BusinessCalendar;

/**
 * {@code MO.CHILD_COMPLAINT.FILING_DATE}: a child complaint received after DESE's business hours (8:00
 * AM-4:30 PM Central) is filed the next business day, and the 60-day decision clock runs from that
 * filing date.
 *
 * <p>DESE's Due Process/Child Complaint page (dese.mo.gov; DESE's own procedure for filing the complaints
 * it receives): "Complaints received after business hours of 8:00 AM - 4:30 PM will be filed the
 * following business day." The 60 days are the federal limit, 34 CFR 300.152(a): "a time limit of 60
 * days after a complaint is filed under § 300.153 to—" issue the written decision. The University of
 * Missouri Libraries' guide (a secondary source) says something else about 60 days, and is cited for it:
 * "Department issues a decision letter to all parties within 60 days to declare if the Department will
 * conduct an investigation."
 *
 * <p>The filing date is {@link ChildComplaintFilingDate#of}: see there for the hours, and for a complaint
 * received before 8:00 AM (filed that day). DESE's receipt is {@link RuleContext#receivedBy} the state
 * agency, else the request's own instant (noted).
 *
 * <p>This rule is the federal {@code IDEA.STATE_COMPLAINT.DECISION_60_DAYS} with Missouri's filing date:
 * it extends {@link StateComplaintDecision60Days}, overriding only {@link #filing}, and replaces the federal
 * rule in Missouri ({@link RuleDescriptor#replaces()}) so that one complaint has one decision deadline.
 * Counting, extensions and planning are the federal rule's: 60 calendar days, the filing date is day 0,
 * no roll-forward; an extension for exceptional circumstances or an agreement to use mediation or other
 * ADR (300.152(b)(1)) moves the due date. The complaint's one-year limit is the inherited federal rule.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ChildComplaintFilingDateRule extends StateComplaintDecision60Days {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.CHILD_COMPLAINT.FILING_DATE");

  /** The federal rule this one replaces in Missouri. */
  public static final RuleId REPLACES = StateComplaintDecision60Days.ID;

  /** Creates the rule. */
  public ChildComplaintFilingDateRule() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.STATE_COMPLAINT)
        .messages(Messages.CATALOG)
        .title("A child complaint received after DESE's business hours is filed the next business day; the"
            + " 60-day decision clock starts on the filing date")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of(Authority.AGENCY_PROCEDURE, Force.DUTY,
            "Missouri DESE, Due Process/Child Complaint page", "Complaint File Date",
            "https://dese.mo.gov/special-education/compliance/due-processchild-complaint",
            "Complaints received after business hours of 8:00 AM - 4:30 PM will be filed the following business"
                + " day."))
        .addAllCitations(federalCitations())
        .addCitations(Citation.builder().authority(Authority.SECONDARY).force(Force.DUTY)
            .document("University of Missouri Libraries, special education law guide")
            .section("Child Complaint to State Department of Education")
            .link("https://libraryguides.missouri.edu/c.php?g=720543&p=5421606")
            .quote("Department issues a decision letter to all parties within 60 days to declare if the Department"
                + " will conduct an investigation.").build())
        .counting("filing date: the receipt date if received on a business day by 4:30 PM Central, else the next"
            + " business day; then 60 calendar days, filing date is day 0, no roll-forward")
        .addReplaces(REPLACES)
        .build());
  }

  @Override
  protected Filing filing(RuleContext ctx, Request complaint) {
    Optional<CaseEvent> received = ctx.arrival(complaint, Recipient.STATE_AGENCY);
    if (received.isEmpty()) {
      ctx.note("complaint " + complaint.id() + ": no receipt by DESE recorded; its own date is taken as the receipt");
    }
    CaseEvent trigger = received.orElse(complaint);
    Instant at = trigger.at();
    LocalDate filed = ChildComplaintFilingDate.of(at, ctx.counter());
    ZonedDateTime receivedAt = at.atZone(ChildComplaintFilingDate.ZONE);
    LocalDate receivedOn = receivedAt.toLocalDate();
    if (filed.equals(receivedOn)) {
      return new Filing(filed, trigger.id(), ctx.phrase(StateComplaintDecision60Days.ID, "filed").date("filed", filed)
          .build());
    }
    Message words = moved(ctx, receivedAt, filed);
    ctx.note(() -> "complaint " + complaint.id() + ": " + words.render(Language.ENGLISH));
    return new Filing(filed, trigger.id(), words, receivedOn);
  }

  /**
   * Says why a complaint's filing date is not the day DESE received it: received after 4:30 PM on a
   * business day, or on a day DESE was closed; and which closed days (the weekend, a holiday by its
   * name) the next business day skipped.
   */
  private static Message moved(RuleContext ctx, ZonedDateTime receivedAt, LocalDate filed) {
    BusinessCalendar business = ctx.counter().businessCalendar();
    LocalDate receivedOn = receivedAt.toLocalDate();
    boolean closedDay = !business.isWorkingDay(receivedOn);
    // one part per closed day or weekend skipped: rarely more than two
    List<Message> closed = new ArrayList<>(2);
    boolean weekend = false;
    for (LocalDate day = closedDay ? receivedOn : receivedOn.plusDays(1); day.isBefore(filed); day = day.plusDays(1)) {
      if (!BusinessCalendar.isWeekday(day)) {
        if (!weekend) {
          closed.add(ctx.phrase("closed_weekend").build());
        }
        weekend = true;
        continue;
      }
      weekend = false;
      LocalDate d = day;
      closed.add(business.holidays().holidayOn(day)
          .map(h -> ctx.phrase("closed_holiday").text("holiday", h.name()).date("day", d).build())
          .orElseGet(() -> ctx.phrase("closed_day").date("day", d).build()));
    }
    if (closedDay) {
      return ctx.phrase("filed_closed_day").date("received_on", receivedOn).parts("closed", closed)
          .date("filed", filed).build();
    }
    return closed.isEmpty()
        ? ctx.phrase("filed_after_hours").time("received", receivedAt).date("filed", filed).build()
        : ctx.phrase("filed_after_hours_closed").time("received", receivedAt).date("filed", filed)
            .parts("closed", closed).build();
  }
}
