package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code IDEA.FEES.SETTLEMENT_OFFER} (advice): in an administrative proceeding, a written settlement offer
 * made more than 10 days before the proceeding begins and not accepted within 10 days limits the
 * attorneys' fees for later work, if the relief finally obtained is not more favourable than the offer.
 *
 * <p>34 CFR 300.517(c)(2)(i): "Attorneys' fees may not be awarded and related costs may not be reimbursed
 * in any action or proceeding under section 615 of the Act for services performed subsequent to the time
 * of a written offer of settlement to a parent if-- (A) The offer is made within the time prescribed by Rule
 * 68 of the Federal Rules of Civil Procedure or, in the case of an administrative proceeding, at any time
 * more than 10 days before the proceeding begins; (B) The offer is not accepted within 10 days; and (C) The
 * court or administrative hearing officer finds that the relief finally obtained by the parents is not more
 * favorable to the parents than the offer of settlement."
 *
 * <p>Counting: the proceeding begins on the first hearing (held or scheduled, not cancelled) of the due
 * process complaint the offer names in {@link Request#relatesTo()}; "more than 10 days before" it is on or
 * before the 11th calendar day before it ({@link #OFFER}, counted back). The 10 days to accept run from the
 * offer (day 0; {@link #ACCEPTANCE}); the parents' {@link Reply} with {@link Reply.Answer#ACCEPTED} answers
 * it (an acceptance after the 10 days is reported as such). The rule reports the dates that decide the limit,
 * as advice; whether the relief obtained is more
 * favourable (paragraph (C)) is for the hearing officer or the court and is not judged.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class SettlementOffer extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.FEES.SETTLEMENT_OFFER");

  /**
   * The offer clock, 300.517(c)(2)(i)(A): "at any time more than 10 days before the proceeding begins", so
   * on or before the 11th day before the hearing.
   */
  public static final Clock OFFER = Clock.before("offer", DayPeriod.calendarDays(11))
      .startsAt("the beginning of the administrative proceeding (the first hearing day)")
      .satisfiedBy("the written offer of settlement (more than 10 days before: the 11th day before or earlier)")
      .build();

  /** The acceptance clock, 300.517(c)(2)(i)(B): "The offer is not accepted within 10 days". */
  public static final Clock ACCEPTANCE = Clock.after("acceptance", DayPeriod.calendarDays(10))
      .startsAt("the written offer of settlement")
      .satisfiedBy("the parents' acceptance of the offer")
      .build();

  /** Creates the rule. */
  public SettlementOffer() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.SETTLEMENT_OFFER)
        .title("A written settlement offer made more than 10 days before the hearing and not accepted within 10 days"
            + " can limit attorneys' fees")
        .kind(FindingKind.ADVISORY)
        .addCitations(Citation.regulation("300.517(c)(2)(i)",
            "http://idea.ed.gov/explore/view/p/,root,regs,300,E,300.517,c,2,i,.html",
            "(A) The offer is made within the time prescribed by Rule 68 of the Federal Rules of Civil Procedure or,"
                + " in the case of an administrative proceeding, at any time more than 10 days before the proceeding"
                + " begins; (B) The offer is not accepted within 10 days; and (C) The court or administrative hearing"
                + " officer finds that the relief finally obtained by the parents is not more favorable to the"
                + " parents than the offer of settlement."))
        .counting("offer on or before the 11th calendar day before the first hearing day (more than 10 days); 10"
            + " calendar days from the offer (day 0) to accept")
        .build());
  }

  /** The hearings an offer must come before. */
  private static final MeetingKind[] HEARINGS = {
    MeetingKind.HEARING, MeetingKind.EXPEDITED_HEARING
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request offer : ctx.requests(RequestKind.SETTLEMENT_OFFER)) {
      LocalDate offered = ctx.date(offer);
      Optional<Reply> accepted = RuleContext.first(ctx.eventsFor(offer.id(), Reply.class).stream()
          .filter(r -> r.answer() == Reply.Answer.ACCEPTED)
          .filter(r -> ctx.sideOf(r.by()).filter(Side.FAMILY::equals).isPresent())
          .filter(r -> !ctx.date(r).isBefore(offered))
          .toList());
      Deadline acceptance = ctx.clock(ACCEPTANCE).concerning(offer).trigger(offer.id(), offered)
          .satisfiedBy(accepted).report();
      Optional<Meeting> hearing = offer.relatesTo().stream()
          .flatMap(c -> ctx.meetingsFor(c, HEARINGS).stream())
          .filter(m -> m.status() != Meeting.Status.CANCELLED)
          .min(Comparator.comparing(Meeting::at));
      if (acceptance.status() == DeadlineStatus.MET) {
        ctx.finding("accepted").date("offered", offered).date("accepted", ctx.date(accepted.get()))
            .events(offer.id(), accepted.get().id()).report();
        continue;
      }
      if (accepted.isPresent()) {
        ctx.finding("accepted_late").date("offered", offered).date("accepted", ctx.date(accepted.get()))
            .date("acceptBy", acceptance.due()).events(offer.id(), accepted.get().id()).report();
        continue;
      }
      if (hearing.isEmpty()) {
        ctx.note(() -> "offer " + offer.id() + ": no hearing is recorded for the complaint it names; whether it was made"
            + " more than 10 days before the proceeding began cannot be told");
        if (acceptance.status() == DeadlineStatus.PENDING) {
          ctx.finding("open").date("offered", offered).date("acceptBy", acceptance.due()).events(offer.id()).report();
        }
        continue;
      }
      LocalDate begins = ctx.date(hearing.get());
      Deadline timely = ctx.clock(OFFER).concerning(offer).trigger(hearing.get().id(), begins)
          .satisfiedBy(offer.id(), offered).report();
      if (timely.status() == DeadlineStatus.MISSED) {
        ctx.finding("too_late").date("offered", offered).date("due", timely.due()).date("hearing", begins)
            .events(offer.id(), hearing.get().id()).report();
      } else if (acceptance.status() == DeadlineStatus.PENDING) {
        ctx.finding("open").date("offered", offered).date("acceptBy", acceptance.due())
            .events(offer.id(), hearing.get().id()).report();
      } else {
        ctx.finding("limits_fees").date("offered", offered).date("acceptBy", acceptance.due())
            .date("hearing", begins).events(offer.id(), hearing.get().id()).report();
      }
    }
  }
}
