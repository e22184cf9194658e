package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.DUE_PROCESS.AMENDMENT}: a party may amend its due process complaint only with the other
 * party's written consent (and the chance to resolve it at a resolution meeting) or the hearing officer's
 * permission, granted not later than five days before the hearing; an amendment that takes effect
 * restarts the resolution timelines.
 *
 * <p>20 U.S.C. 1415(c)(2)(E): "(i) In general A party may amend its due process complaint notice only if
 * (I) the other party consents in writing to such amendment and is given the opportunity to resolve the
 * complaint through a meeting held pursuant to subsection (f)(1)(B); or (II) the hearing officer grants
 * permission, except that the hearing officer may only grant such permission at any time not later than 5
 * days before a due process hearing occurs. (ii) Applicable timeline The applicable timeline for a due
 * process hearing under this subchapter shall recommence at the time the party files an amended complaint
 * notice, including the timeline under subsection (f)(1)(B)." The regulation, 34 CFR 300.508(d)(3)-(4),
 * says the same of the resolution meeting (300.510(a)) and the resolution period (300.510(b)), which
 * "begin again with the filing of the amended due process complaint"; its Part B text was not retrieved
 * here, so it is cited as a restatement (the words of its Part C twin, 303.441(d)(3)-(4)).
 *
 * <p>What it reports: an amendment recorded with no consent and no permission
 * ({@link Amendment.Basis#NONE}), and a permission granted later than five days before the hearing
 * begins (the first hearing held or scheduled for the complaint); neither restarts a clock. An amendment
 * that takes effect is noted; the clocks it restarts (the 15-day meeting, the 30-day period and so the
 * 45-day decision) restart in their own rules ({@link ResolutionMeeting15Days}, {@link ResolutionPeriod}).
 * An amendment of an expedited complaint is noted and restarts nothing: 300.532(c)(1) applies 300.508(a)
 * through (c) to expedited hearings, not (d).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueProcessAmendment extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.DUE_PROCESS.AMENDMENT");

  /** Creates the rule. */
  public DueProcessAmendment() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Amendment.class)
        .title("A due process complaint is amended only with written consent or the hearing officer's timely"
            + " permission; the amendment restarts the resolution timelines")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of(Authority.STATUTE, Force.DUTY, "20 U.S.C.", "1415(c)(2)(E)",
            "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title20-section1415",
            "A party may amend its due process complaint notice only if (I) the other party consents in writing to"
                + " such amendment and is given the opportunity to resolve the complaint through a meeting held"
                + " pursuant to subsection (f)(1)(B); or (II) the hearing officer grants permission, except that the"
                + " hearing officer may only grant such permission at any time not later than 5 days before a due"
                + " process hearing occurs."))
        .addCitations(Citation.builder().authority(Authority.REGULATION).force(Force.DUTY).document("34 CFR")
            .section("300.508(d)(3)-(4)").link("https://sites.ed.gov/idea/regs/b/e/300.508/d").restatement(true)
            .quote("Restated from the Part C twin, 34 CFR 303.441(d)(3)-(4): a party may amend its due process"
                + " complaint only if the other party consents in writing and is given the opportunity to resolve it"
                + " through a resolution meeting, or the hearing officer grants permission not later than five days"
                + " before the due process hearing begins; if a party files an amended complaint, the timelines for"
                + " the resolution meeting (300.510(a)) and the time period to resolve (300.510(b)) begin again with"
                + " the filing of the amended due process complaint.").build())
        .counting("restart: the 15-day meeting clock and the 30-day resolution period (and so the 45-day decision"
            + " clock) count again from the amended filing; permission no later than 5 calendar days before the"
            + " hearing begins")
        .build());
  }

  /** The due process complaints, expedited or not. */
  private static final RequestKind[] COMPLAINTS = {
    RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(COMPLAINTS)) {
      boolean expedited = complaint.kind() == RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT;
      for (Amendment a : ctx.amendments(complaint)) {
        LocalDate amended = ctx.date(a);
        if (expedited) {
          ctx.note(() -> "complaint " + complaint.id() + ": amendment " + a.id() + " of an expedited complaint restarts no"
              + " timeline (300.532(c)(1) applies 300.508(a)-(c), not (d))");
          continue;
        }
        switch (a.basis()) {
          case NONE -> ctx.finding("without_basis").date("amended", amended).events(complaint.id(), a.id()).report();
          case HEARING_OFFICER_PERMISSION -> {
            LocalDate granted = a.grantedAt().map(ctx::date).orElse(amended);
            Optional<LocalDate> last = ctx.lastDayForPermission(complaint);
            if (last.isPresent() && granted.isAfter(last.get())) {
              ctx.finding("permission_late").date("granted", granted).date("last", last.get())
                  .date("hearing", last.get().plusDays(5)).events(complaint.id(), a.id()).report();
              continue;
            }
            restarted(ctx, complaint, a, amended);
          }
          case WRITTEN_CONSENT -> restarted(ctx, complaint, a, amended);
        }
      }
    }
  }

  private static void restarted(RuleContext ctx, Request complaint, Amendment a, LocalDate amended) {
    ctx.note(() -> "complaint " + complaint.id() + ": amendment " + a.id() + " (" + a.basis() + ") filed on " + amended
        + " restarts the 15-day resolution meeting clock and the 30-day resolution period (and so the 45-day"
        + " decision clock) from that day (300.508(d)(4))");
  }
}
