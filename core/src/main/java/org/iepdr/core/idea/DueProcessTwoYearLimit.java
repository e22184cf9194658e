package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
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
 * {@code IDEA.DUE_PROCESS.TWO_YEAR_LIMIT}: a due process complaint is filed within two years of the
 * date the filer knew or should have known of the action it is about, unless the district's
 * misrepresentation or withholding of information prevented the parent from filing.
 *
 * <p>34 CFR 300.507(a)(2): "The due process complaint must allege a violation that occurred not more
 * than two years before the date the parent or public agency knew or should have known about the
 * alleged action that forms the basis of the due process complaint, or, if the State has an explicit
 * time limitation for filing a due process complaint under this part, in the time allowed by that State
 * law, except that the exceptions to the timeline described in § 300.511(f) apply to the timeline in
 * this section" (the CFR text, as federal.elaws.us reproduces it). 300.511(e): a party
 * "must request an impartial hearing on their due process complaint within two years of the date the
 * parent or agency knew or should have known about the alleged action". 300.511(f): the timeline "does
 * not apply to a parent if the parent was prevented from filing a due process complaint due to" the
 * LEA's "specific misrepresentations [...] that it had resolved the problem" or its "withholding of
 * information from the parent that was required under Part 300 to be provided to the parent." (The
 * 300.511 wording is the IDEA Partnership's restatement, which cites 34 CFR 300.511(e)-(f); the citation
 * is marked as a restatement.)
 *
 * <p>Applies to {@link RequestKind#DUE_PROCESS_COMPLAINT} and
 * {@link RequestKind#EXPEDITED_DUE_PROCESS_COMPLAINT}. Counting: the receipt date is the complaint's
 * local filing date; the earliest timely knew-or-should-have-known date is
 * {@code receipt.minusYears(2)} (29 February gives 28 February), and that date is still on time. No
 * roll-forward. A complaint with a {@link Request#tollingReason()} is not reported (the trace notes
 * it); one without a knew-or-should-have-known date is noted, not reported. A state's explicit time
 * limitation replaces this rule in the state's module.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueProcessTwoYearLimit extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.DUE_PROCESS.TWO_YEAR_LIMIT");

  /** Creates the rule. */
  public DueProcessTwoYearLimit() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
        .title("A due process complaint is filed within two years of when the filer knew or should have known,"
            + " unless the district's misrepresentation or withholding prevented the parent from filing")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.507(a)(2)", "http://federal.elaws.us/cfr/title34.part300.section300.507(a)",
            "The due process complaint must allege a violation that occurred not more than two years before the"
                + " date the parent or public agency knew or should have known about the alleged action that forms"
                + " the basis of the due process complaint, or, if the State has an explicit time limitation for"
                + " filing a due process complaint under this part, in the time allowed by that State law, except"
                + " that the exceptions to the timeline described in § 300.511(f) apply to the timeline in this"
                + " section."))
        .addCitations(Citation.builder().authority(Authority.REGULATION).force(Force.DUTY).restatement(true)
            .document(Citation.CFR_300 + ", as restated by the IDEA Partnership").section("300.511(e)-(f)")
            .quote("The timeline described in 34 CFR 300.511(e) does not apply to a parent if the parent was prevented"
                + " from filing a due process complaint due to: Specific misrepresentations by the local educational"
                + " agency (LEA) that it had resolved the problem forming the basis of the due process complaint; or"
                + " The LEA's withholding of information from the parent that was required under Part 300 to be"
                + " provided to the parent.")
            .link("http://www.ideapartnership.org/index.php?option=com_content&view=article&id=464&catid=31&Itemid=58")
            .build())
        .counting("2 years back from the filing date (LocalDate.minusYears(2)); that date is still on time; no"
            + " roll-forward")
        .build());
  }

  /**
   * Returns the earliest knew-or-should-have-known date that is still on time for a complaint filed on
   * a date.
   *
   * @param filed the filing date
   * @return {@code filed.minusYears(2)}
   */
  public static LocalDate earliestTimelyKnowledge(LocalDate filed) {
    return java.util.Objects.requireNonNull(filed, "filed").minusYears(2);
  }

  /** The due process complaints, expedited or not. */
  private static final RequestKind[] COMPLAINTS = {
    RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(COMPLAINTS)) {
      Optional<LocalDate> knew = complaint.knewOrShouldHaveKnown();
      if (knew.isEmpty()) {
        ctx.note(() -> "complaint " + complaint.id() + ": no knew-or-should-have-known date recorded; the two-year limit"
            + " was not checked");
        continue;
      }
      LocalDate filed = ctx.date(complaint);
      LocalDate earliest = earliestTimelyKnowledge(filed);
      if (!knew.get().isBefore(earliest)) {
        continue;
      }
      if (complaint.tollingReason().isPresent()) {
        LocalDate knewOn = knew.get();
        ctx.note(() -> "complaint " + complaint.id() + ": filed more than two years after " + knewOn
            + ", but the limit does not apply (" + complaint.tollingReason().orElseThrow() + ", 300.511(f))");
        continue;
      }
      ctx.finding("late").date("filed", filed).date("knew", knew.get()).date("due", knew.get().plusYears(2))
          .events(complaint.id()).report();
    }
  }
}
