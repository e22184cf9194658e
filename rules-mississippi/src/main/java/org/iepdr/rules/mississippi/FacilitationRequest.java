package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MS.FACILITATION.REQUEST} (advisory): a facilitated IEP meeting is best requested in writing (a
 * letter or an email) naming the child, the school and the district, and the issue.
 *
 * <p>The Special Ed Start Guide article "Mississippi IEP Facilitator: When to Request One and How" (a
 * secondary source): "The request can be made in writing — a simple letter or
 * email stating that you are requesting a facilitated IEP meeting for your child, the name of the
 * school and district, and a brief description of the issue you're trying to resolve."
 *
 * <p>A request "can" be made in writing: the words permit and advise, and an oral request is lawful, so
 * the rule gives {@link org.iepdr.core.rules.FindingKind#ADVISORY} findings only.
 *
 * <p>What it checks: every {@link RequestKind#FACILITATED_IEP} request is {@link RequestForm#WRITTEN}
 * or {@link RequestForm#EMAIL}, and its contents include {@link RequestContent#STUDENT_NAME},
 * {@link RequestContent#SCHOOL}, {@link RequestContent#DISTRICT} and {@link RequestContent#ISSUE}. One
 * finding per request names every missing element.
 *
 * <p>Counting: no day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class FacilitationRequest extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.FACILITATION.REQUEST");

  private static final Map<RequestContent, String> REQUIRED = new LinkedHashMap<>();

  static {
    // the content and the last part of the key of the phrase that names it
    REQUIRED.put(RequestContent.STUDENT_NAME, "child_name");
    REQUIRED.put(RequestContent.SCHOOL, "school");
    REQUIRED.put(RequestContent.DISTRICT, "district");
    REQUIRED.put(RequestContent.ISSUE, "issue");
  }

  /** Creates the rule. */
  public FacilitationRequest() {
    super(RuleDescriptor.builder()
        .id(ID)
        .readsRequests(RequestKind.FACILITATED_IEP)
        .messages(Messages.CATALOG)
        .title("A facilitation request is written (letter or email) and names the child, school, district and issue")
        .kind(FindingKind.ADVISORY)
        .addCitations(Sources.article("How to Request a Facilitator in Mississippi", Force.ADVICE,
            "The request can be made in writing — a simple letter or email stating that you are requesting a"
                + " facilitated IEP meeting for your child, the name of the school and district, and a brief"
                + " description of the issue you're trying to resolve."))
        .counting("no day count")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Request r : ctx.requests(RequestKind.FACILITATED_IEP)) {
      List<Message> missing = new ArrayList<>();
      if (r.form() == RequestForm.ORAL) {
        missing.add(ctx.phrase("written_form").build());
      }
      REQUIRED.forEach((content, phrase) -> {
        if (!r.contents().contains(content)) {
          missing.add(ctx.phrase(phrase).build());
        }
      });
      if (!missing.isEmpty()) {
        ctx.finding("missing").date("requested", ctx.date(r)).parts("missing", missing).events(r.id()).report();
      }
    }
  }
}
