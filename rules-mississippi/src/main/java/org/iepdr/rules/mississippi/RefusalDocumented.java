package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;

/**
 * {@code MS.FACILITATION.REFUSAL_DOCUMENTED} (advisory): when the district declines facilitation, the
 * parent should have its refusal in writing, because the refusal builds the record for mediation or a
 * state complaint.
 *
 * <p>The Special Ed Start Guide article "Mississippi IEP Facilitator: When to Request One and How" (a
 * secondary source): "If the school declines, document their refusal in
 * writing. That refusal becomes part of your paper trail if you later escalate to mediation or a state
 * complaint."
 *
 * <p>What it checks: a {@link Reply} {@link Reply.Answer#DECLINED} by an agency-side party to a
 * facilitation request that is not {@link Reply#inWriting()} gets an advisory finding. Declining is
 * lawful (facilitation is voluntary); the finding is guidance, not a violation.
 *
 * <p>Counting: no day count.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RefusalDocumented extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.FACILITATION.REFUSAL_DOCUMENTED");

  /** Creates the rule. */
  public RefusalDocumented() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Reply.class)
        .messages(Messages.CATALOG)
        .title("If the district declines facilitation, the parent has the refusal in writing")
        .kind(FindingKind.ADVISORY)
        .addCitations(Sources.article("How to Request a Facilitator in Mississippi", Force.ADVICE,
            "If the school declines, document their refusal in writing. That refusal becomes part of your paper"
                + " trail if you later escalate to mediation or a state complaint."))
        .counting("no day count")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Reply reply : ctx.events(Reply.class)) {
      if (reply.answer() != Reply.Answer.DECLINED || reply.inWriting()) {
        continue;
      }
      Optional<Request> request = ctx.request(reply.request());
      if (request.isEmpty() || request.get().kind() != RequestKind.FACILITATED_IEP) {
        continue;
      }
      if (ctx.sideOf(reply.by()).filter(Side.AGENCY::equals).isEmpty()) {
        continue;
      }
      ctx.finding("oral_refusal").date("declined", ctx.date(reply)).events(request.get().id(), reply.id()).report();
    }
  }
}
