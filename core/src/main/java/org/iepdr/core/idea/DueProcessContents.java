package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.DUE_PROCESS.CONTENTS}: a due process complaint names the child, the child's address and
 * school, describes the problem with facts, and proposes a resolution.
 *
 * <p>34 CFR 300.508(b): "The due process complaint required in paragraph (a)(1) of this section must
 * include— (1) The name of the child; (2) The address of the residence of the child; (3) The name of the
 * school the child is attending; [...] (5) A description of the nature of the problem of the child
 * relating to the proposed or refused initiation or change, including facts relating to the problem; and
 * (6) A proposed resolution of the problem to the extent known and available to the party at the time."
 *
 * <p>Applies to {@link RequestKind#DUE_PROCESS_COMPLAINT} and
 * {@link RequestKind#EXPEDITED_DUE_PROCESS_COMPLAINT}; one VIOLATION per complaint lists every missing
 * element. The homeless child's contact information ((b)(4)) is not modelled. Whether a complaint is
 * sufficient is for the hearing officer on a timely challenge ({@code IDEA.DUE_PROCESS.SUFFICIENCY_CHALLENGE});
 * this rule only reports what is missing. Counting: no day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class DueProcessContents extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.DUE_PROCESS.CONTENTS");

  static final List<RequestContent> REQUIRED = List.of(RequestContent.STUDENT_NAME, RequestContent.STUDENT_ADDRESS,
      RequestContent.SCHOOL, RequestContent.DESCRIPTION_OF_PROBLEM, RequestContent.PROPOSED_RESOLUTION);

  /** Creates the rule. */
  public DueProcessContents() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT)
        .title("A due process complaint names the child, the address and school, describes the problem with facts,"
            + " and proposes a resolution")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.508(b)", "https://sites.ed.gov/idea/regs/b/e/300.508/b",
            "The due process complaint required in paragraph (a)(1) of this section must include— (1) The name of the"
                + " child; (2) The address of the residence of the child; (3) The name of the school the child is"
                + " attending; [...] (5) A description of the nature of the problem of the child relating to the"
                + " proposed or refused initiation or change, including facts relating to the problem; and (6) A"
                + " proposed resolution of the problem to the extent known and available to the party at the time."))
        .build());
  }

  /** The due process complaints, expedited or not. */
  private static final RequestKind[] COMPLAINTS = {
    RequestKind.DUE_PROCESS_COMPLAINT, RequestKind.EXPEDITED_DUE_PROCESS_COMPLAINT
  };

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(COMPLAINTS)) {
      List<Message> missing = RequiredContents.missing(complaint, REQUIRED);
      if (!missing.isEmpty()) {
        ctx.finding("incomplete").date("filed", ctx.date(complaint)).parts("missing", missing).events(complaint.id())
            .report();
      }
    }
  }
}
