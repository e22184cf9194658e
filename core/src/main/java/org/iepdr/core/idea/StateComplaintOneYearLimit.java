package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.STATE_COMPLAINT.ONE_YEAR_LIMIT}: a state complaint alleges a violation that occurred not
 * more than one year before the complaint was received.
 *
 * <p>34 CFR 300.153(c): "The complaint must allege a violation that occurred not more than one year
 * prior to the date that the complaint is received in accordance with § 300.151." There is no
 * continuing-violation exception (it was in the old 300.662(c) and was dropped in 2006).
 *
 * <p>Counting: the receipt date is the local date the state agency had the complaint
 * ({@link RuleContext#receivedBy} with {@link Recipient#STATE_AGENCY}: the filing date when it was filed
 * with the state agency, which is the default); when the case records no receipt by the state agency, the
 * filing date is used and the trace says so. The earliest timely violation date is
 * {@code receipt.minusYears(1)}: a violation exactly one year before receipt is on time (received
 * 2026-03-02: 2025-03-02 on time, 2025-03-01 late). For a complaint received on 29 February,
 * {@link LocalDate#minusYears} gives 28 February of the previous year (the last valid day of that
 * month), so a violation on 28 February is on time and one on 27 February is late. No roll-forward;
 * there is no deadline to plan.
 *
 * <p>A complaint without an {@link Request#allegedViolationDate()} is noted in the trace, not reported.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StateComplaintOneYearLimit extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.STATE_COMPLAINT.ONE_YEAR_LIMIT");

  /** Creates the rule. */
  public StateComplaintOneYearLimit() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.STATE_COMPLAINT)
        .title("A state complaint alleges a violation that occurred not more than one year before it was received")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.153(c)", "https://law.lawstack.com/cfr/34/300.153/",
            "The complaint must allege a violation that occurred not more than one year prior to the date that the"
                + " complaint is received in accordance with § 300.151."))
        .counting("1 year back from the date received (LocalDate.minusYears(1); 29 Feb -> 28 Feb); that date is"
            + " still on time; no roll-forward")
        .build());
  }

  /**
   * Returns the earliest alleged-violation date that is still on time for a complaint received on a date.
   *
   * @param received the date the complaint was received
   * @return {@code received.minusYears(1)}
   */
  public static LocalDate earliestTimelyViolation(LocalDate received) {
    return java.util.Objects.requireNonNull(received, "received").minusYears(1);
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      Optional<LocalDate> violation = complaint.allegedViolationDate();
      if (violation.isEmpty()) {
        ctx.note(() -> "complaint " + complaint.id() + ": no alleged violation date recorded; the one-year limit was not checked");
        continue;
      }
      Optional<Instant> byState = ctx.receivedBy(complaint, Recipient.STATE_AGENCY);
      if (byState.isEmpty()) {
        ctx.note(() -> "complaint " + complaint.id() + ": no receipt by the state agency recorded; counted from the filing date");
      }
      LocalDate received = ctx.date(byState.orElse(complaint.at()));
      LocalDate earliest = earliestTimelyViolation(received);
      if (violation.get().isBefore(earliest)) {
        ctx.finding("late").date("received", received).date("violation", violation.get()).date("earliest", earliest)
            .events(complaint.id()).report();
      }
    }
  }
}
