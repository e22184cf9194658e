package org.iepdr.core.idea;

import java.time.LocalDate;
import java.util.Optional;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.RuleContext;

/**
 * When the party a complaint is against received it: the LEA for a family's complaint, the family for
 * an agency's. The first non-verification {@link Receipt} by that recipient, or the filing day when
 * the complaint was filed with it; when the case records neither, the filing day, and the rule notes
 * the assumption.
 *
 * @param eventId the receipt, or the complaint itself
 * @param date day 0 of the clocks counted from receipt
 * @param assumed true when no receipt was recorded and the filing day was used
 * @param receiver the side that received the complaint
 * @param filed the day the complaint was filed: an answer to it (a response, a challenge, a meeting)
 *     from that day on is early rather than late when it comes before the recorded receipt, since the
 *     receiver may have had another copy first ({@link org.iepdr.core.rules.RuleContext.DeadlineDraft#opensOn})
 */
record DueProcessReceipt(String eventId, LocalDate date, boolean assumed, Side receiver, LocalDate filed) {

  static DueProcessReceipt of(RuleContext ctx, Request complaint) {
    Side filer = ctx.sideOf(complaint.filedBy()).orElse(Side.FAMILY);
    Side receiver = filer == Side.FAMILY ? Side.AGENCY : Side.FAMILY;
    Recipient recipient = receiver == Side.AGENCY ? Recipient.LEA : Recipient.FAMILY;
    Optional<CaseEvent> arrival = ctx.arrival(complaint, recipient);
    if (arrival.isEmpty()) {
      ctx.note(() -> "complaint " + complaint.id() + ": no receipt by the " + (receiver == Side.AGENCY ? "LEA" : "family")
          + " recorded; counted from the filing date");
      return new DueProcessReceipt(complaint.id(), ctx.date(complaint), true, receiver, ctx.date(complaint));
    }
    return new DueProcessReceipt(arrival.get().id(), ctx.date(arrival.get()), false, receiver, ctx.date(complaint));
  }
}
