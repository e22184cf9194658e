package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MO.MEDIATION.REQUEST} (warning): a written request that identifies the student and the district,
 * describes the nature of the dispute, and states that state-sponsored mediation is requested; no due
 * process filing is needed first.
 *
 * <p>The request's form and contents are an article's advice (the Special Ed Start Guide, "Missouri IEP
 * Mediation: How the Free Process Works and When to Use It"): "Your request should be in writing and
 * should: Identify the student and the district; Briefly describe the nature of the dispute
 * (identification, evaluation, placement, provision of services); State that you are requesting
 * state-sponsored mediation" and "The request can be made independently of any other proceeding — you do
 * not need to file a due process complaint first." So the rule reports {@link FindingKind#WARNING}s. RSMo
 * 162.959.2 (subsection 2, in the public copy at statutes.laws.com): "Mediation shall also be made
 * available to parties prior to the request for a hearing."
 *
 * <p>For each {@link RequestKind#MEDIATION} request, one finding names every missing element among
 * {@link RequestContent#STUDENT_NAME}, {@link RequestContent#DISTRICT},
 * {@link RequestContent#NATURE_OF_DISPUTE} and {@link RequestContent#STATE_SPONSORED_MEDIATION_REQUESTED},
 * and an oral request (a letter, a form or an email is written). Every
 * {@link Demand.Kind#DUE_PROCESS_FILING_BEFORE_MEDIATION} demand, by whoever made it, is reported. No
 * day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class MediationRequestContents extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.MEDIATION.REQUEST");

  private static final Map<RequestContent, String> REQUIRED = new LinkedHashMap<>();

  static {
    // the content and the last part of the key of the phrase that says it is missing
    REQUIRED.put(RequestContent.STUDENT_NAME, "lacks_student");
    REQUIRED.put(RequestContent.DISTRICT, "lacks_district");
    REQUIRED.put(RequestContent.NATURE_OF_DISPUTE, "lacks_nature");
    REQUIRED.put(RequestContent.STATE_SPONSORED_MEDIATION_REQUESTED, "lacks_state_mediation");
  }

  /** Creates the rule. */
  public MediationRequestContents() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Request.class, Demand.class)
        .messages(Messages.CATALOG)
        .title("A written mediation request names the student, the district and the dispute and asks for"
            + " state-sponsored mediation; no due process filing is needed first")
        .kind(FindingKind.WARNING)
        .addCitations(Sources.article("How to Request Mediation in Missouri", Force.RECOMMENDATION,
            "Your request should be in writing and should: Identify the student and the district; Briefly describe"
                + " the nature of the dispute (identification, evaluation, placement, provision of services); State"
                + " that you are requesting state-sponsored mediation"))
        .addCitations(Sources.article("How to Request Mediation in Missouri", Force.ADVICE,
            "The request can be made independently of any other proceeding — you do not need to file a due"
                + " process complaint first."))
        .addCitations(Sources.rsmo162959("162.959.2",
            "Mediation shall also be made available to parties prior to the request for a hearing."))
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request r : ctx.requests(RequestKind.MEDIATION)) {
      List<Message> missing = new ArrayList<>();
      if (!r.form().isWritten()) {
        missing.add(ctx.phrase("not_written").build());
      }
      REQUIRED.forEach((content, phrase) -> {
        if (!r.contents().contains(content)) {
          missing.add(ctx.phrase(phrase).build());
        }
      });
      if (!missing.isEmpty()) {
        ctx.finding("incomplete").date("requested", ctx.date(r)).parts("missing", missing).events(r.id()).report();
      }
    }
    for (Demand d : ctx.events(Demand.class)) {
      if (d.kind() == Demand.Kind.DUE_PROCESS_FILING_BEFORE_MEDIATION) {
        List<String> ids = new ArrayList<>();
        ids.add(d.id());
        d.request().ifPresent(ids::add);
        ctx.finding("filing_demanded").date("demanded", ctx.date(d)).events(ids).report();
      }
    }
  }
}
