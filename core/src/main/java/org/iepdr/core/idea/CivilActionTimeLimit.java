package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Clock;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.DeadlineStatus;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.DayPeriod;

/**
 * {@code IDEA.CIVIL_ACTION.TIME_LIMIT} (advice): a party aggrieved by a hearing decision has 90 days from
 * the date of the decision to bring a civil action, or the time a State's law allows.
 *
 * <p>34 CFR 300.516(b), as the Department restated it when it adopted the paragraph (Federal Register,
 * August 14, 2006): "the party bringing the action has 90 days from the date of the decision of the hearing officer or the
 * decision of the State review official to file a civil action, or, if the State has an explicit time
 * limitation for bringing civil actions under Part B of the Act, in the time allowed by that State law."
 *
 * <p>Counting: 90 calendar days from the date of the hearing decision (day 0; no roll-forward), for each
 * {@link DecisionKind#HEARING_DECISION} or {@link DecisionKind#EXPEDITED_HEARING_DECISION} on a due
 * process complaint; the first {@link CourtProceeding} on that complaint answers it. Nobody must bring a
 * civil action, so the rule advises: while the time runs it says until when; when it has run it says so;
 * a civil action brought after it is reported as possibly out of time. A State review official's decision
 * (two-tier States) is not modelled. A State's own limit is not encoded: Missouri's RSMo 162.962 sets 45
 * days for an appeal to state court in the copy found, an older compilation whose current text could not
 * be checked; Mississippi's was not found.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CivilActionTimeLimit extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.CIVIL_ACTION.TIME_LIMIT");

  /** The time limit: 90 calendar days. */
  public static final DayPeriod PERIOD = DayPeriod.calendarDays(90);

  /**
   * The clock, 300.516(b): 90 days from the date of the hearing officer's decision to bring a civil
   * action, unless State law sets an explicit time limitation.
   */
  public static final Clock CLOCK = Clock.after("deadline", PERIOD)
      .startsAt("the date of the hearing decision")
      .satisfiedBy("a civil action brought on the due process complaint (a State's explicit time limitation,"
          + " which 300.516(b) lets replace the 90 days, is not encoded)")
      .build();

  /** Creates the rule. */
  public CivilActionTimeLimit() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
        .title("A civil action on a hearing decision is brought within 90 days of the decision, or the time State"
            + " law allows")
        .kind(FindingKind.ADVISORY)
        .addCitations(Citation.builder().authority(Authority.REGULATION).force(Force.DUTY).restatement(true)
            .document(Citation.CFR_300 + ", as restated by the Department of Education in the preamble to the 2006"
                + " final regulations (Federal Register, August 14, 2006), \"Civil action (Sec. 300.516)\"")
            .section("300.516(b)")
            .link("http://idea.ed.gov/explore/view/p/,root,regs,preamble2,prepart2,E,3290,.html")
            .quote("the party bringing the action has 90 days from the date of the decision of the hearing officer or"
                + " the decision of the State review official to file a civil action, or, if the State has an"
                + " explicit time limitation for bringing civil actions under Part B of the Act, in the time allowed"
                + " by that State law.")
            .build())
        .counting("90 calendar days from the date of the hearing decision (day 0); no roll-forward; a State's own"
            + " limit is not encoded")
        .build());
  }

  /** The complaints whose hearing decision the action is brought from. */
  private static final RequestKind[] COMPLAINTS = {
    RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(COMPLAINTS)) {
      List<Decision> decisions = ctx.decisions(complaint.id(), DecisionKind.HEARING_DECISION);
      if (decisions.isEmpty()) {
        decisions = ctx.decisions(complaint.id(), DecisionKind.EXPEDITED_HEARING_DECISION);
      }
      if (decisions.isEmpty()) {
        continue;
      }
      Decision dec = decisions.get(0);
      LocalDate decided = ctx.date(dec);
      // the first action brought on the complaint on or after the decision (the first by instant; the
      // earliest of equal instants in timeline order)
      CourtProceeding first = null;
      for (CourtProceeding c : ctx.events(CourtProceeding.class)) {
        if (c.request().equals(complaint.id()) && !ctx.date(c).isBefore(decided)
            && (first == null || c.at().isBefore(first.at()))) {
          first = c;
        }
      }
      Optional<CourtProceeding> action = Optional.ofNullable(first);
      Deadline d = ctx.clock(CLOCK).concerning(complaint).trigger(dec.id(), decided).satisfiedBy(action).report();
      LocalDate due = d.due();
      if (action.isPresent()) {
        if (d.status() == DeadlineStatus.MISSED) {
          ctx.finding("late").date("filed", ctx.date(action.get())).date("due", due).date("decided", decided)
              .events(complaint.id(), dec.id(), action.get().id()).report();
        }
      } else if (ctx.asOf().isAfter(due)) {
        ctx.finding("expired").date("due", due).date("decided", decided).events(complaint.id(), dec.id()).report();
      } else {
        ctx.finding("open").date("due", due).date("decided", decided).events(complaint.id(), dec.id()).report();
      }
    }
  }
}
