package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code IDEA.STATE_COMPLAINT.CONTENTS}: a state complaint holds what 300.153(b) requires, and the
 * complainant sends a copy to the district at the same time.
 *
 * <p>34 CFR 300.153(b): "The complaint must include— (1) A statement that a public agency has violated
 * a requirement of Part B of the Act or of this part; (2) The facts on which the statement is based;
 * (3) The signature and contact information for the complainant; and (4) If alleging violations with
 * respect to a specific child— (i) The name and address of the residence of the child; (ii) The name of
 * the school the child is attending; [...] (iv) A description of the nature of the problem of the child,
 * including facts relating to the problem; and (v) A proposed resolution of the problem to the extent
 * known and available to the party at the time the complaint is filed." 300.153(d): "The party filing
 * the complaint must forward a copy of the complaint to the LEA or public agency serving the child at
 * the same time the party files the complaint with the SEA."
 *
 * <p>A complaint in a {@link org.iepdr.core.model.Case} is always about the case's child, so (b)(4)
 * always applies. The complainant's signature is present when {@link Request#signedBy()} names the
 * filer or another party on the filer's side (a second parent, say); the other side's signature (the
 * district's on a parent's complaint) is not the complainant's. The copy to the LEA is present when the complaint was filed with the LEA, or a
 * {@link Receipt} by the LEA is dated (locally) on or before the filing date (a copy sent earlier also
 * reached the district no later than the state). The homeless child's contact information
 * ((b)(4)(iii)) is not modelled. One VIOLATION per complaint lists every missing element.
 *
 * <p>Counting: no day count; "at the same time" is read as the same local date.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class StateComplaintContents extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("IDEA.STATE_COMPLAINT.CONTENTS");

  static final List<RequestContent> REQUIRED = List.of(RequestContent.STATEMENT_OF_VIOLATION,
      RequestContent.FACTS, RequestContent.CONTACT_INFORMATION, RequestContent.STUDENT_NAME,
      RequestContent.STUDENT_ADDRESS, RequestContent.SCHOOL, RequestContent.DESCRIPTION_OF_PROBLEM,
      RequestContent.PROPOSED_RESOLUTION);

  /** Creates the rule. */
  public StateComplaintContents() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.STATE_COMPLAINT)
        .title("A state complaint states the violation, the facts, a signature and contact, the child's details,"
            + " the problem and a proposed resolution, and a copy goes to the district at the same time")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.regulation("300.153(b)", "https://law.lawstack.com/cfr/34/300.153/",
            "The complaint must include— (1) A statement that a public agency has violated a requirement of Part B"
                + " of the Act or of this part; (2) The facts on which the statement is based; (3) The signature and"
                + " contact information for the complainant; and (4) If alleging violations with respect to a specific"
                + " child— (i) The name and address of the residence of the child; (ii) The name of the school the"
                + " child is attending; [...] (iv) A description of the nature of the problem of the child, including"
                + " facts relating to the problem; and (v) A proposed resolution of the problem to the extent known"
                + " and available to the party at the time the complaint is filed."))
        .addCitations(Citation.regulation("300.153(d)", "https://law.lawstack.com/cfr/34/300.153/",
            "The party filing the complaint must forward a copy of the complaint to the LEA or public agency serving"
                + " the child at the same time the party files the complaint with the SEA."))
        .counting("no day count; the copy to the LEA is due on the filing date (local date)")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request complaint : ctx.requests(RequestKind.STATE_COMPLAINT)) {
      boolean signed = signedByComplainant(ctx, complaint);
      List<Message> missing = new ArrayList<>();
      for (RequestContent c : REQUIRED) {
        if (c == RequestContent.CONTACT_INFORMATION && !signed) {
          missing.add(ctx.phrase("signature").build());
        }
        if (!complaint.contents().contains(c)) {
          missing.add(RequiredContents.name(c));
        }
      }
      if (!copiedToLea(ctx, complaint)) {
        missing.add(ctx.phrase("copy_to_lea").build());
      }
      if (!missing.isEmpty()) {
        ctx.finding("incomplete").date("filed", ctx.date(complaint)).parts("missing", missing).events(complaint.id())
            .report();
      }
    }
  }

  private static boolean signedByComplainant(RuleContext ctx, Request complaint) {
    if (complaint.signedBy().contains(complaint.filedBy())) {
      return true;
    }
    Optional<Side> complainant = ctx.sideOf(complaint.filedBy());
    if (complainant.isEmpty()) {
      return false;
    }
    for (String s : complaint.signedBy()) {
      if (ctx.sideOf(s).equals(complainant)) {
        return true;
      }
    }
    return false;
  }

  private static boolean copiedToLea(RuleContext ctx, Request complaint) {
    if (complaint.filedWith() == Recipient.LEA) {
      return true;
    }
    LocalDate filed = ctx.date(complaint);
    for (Receipt r : ctx.receipts(complaint.id())) {
      if (r.recipient() == Recipient.LEA && !ctx.date(r).isAfter(filed)) {
        return true;
      }
    }
    return false;
  }
}
