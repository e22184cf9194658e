package org.iepdr.rules.mississippi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.iepdr.core.message.Message;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.Hours;

/**
 * {@code MS.RECORDING.NOTICE}: the parent or the district may audio-record an IEP meeting after
 * notifying the members of the IEP team 24 hours before it starts.
 *
 * <p>Miss. Code 37-23-31(1) (current through the 2024 session, as a public copy of the code reads): "The
 * parent or guardian or local educational agency shall have the right to audio record the proceedings
 * of individualized education program team meetings. The parent or guardian or local educational
 * agency shall notify the members of the individualized education program team of his, her, or its
 * intent to audio record a meet[ing] …" The copy read was cut off there, so the statute's own notice
 * period was not seen. <b>The 24-hour figure comes only from the Special Ed Start Guide article
 * "Mississippi IEP Facilitator: When to Request One and How" (a secondary source):</b> "If you've been
 * recording meetings (which is your right in Mississippi, with 24-hour notice), continue doing so."
 * So the statute supports a violation where no notice was given at all, while the 24 hours rest on the
 * article and support a warning only ({@link org.iepdr.core.rules.KindPolicy}): a finding of no notice
 * rests on the statute and is a violation; a finding of a notice given but less than 24 hours ahead
 * rests on the article's citation and is therefore a warning.
 *
 * <p>Unlike Missouri's RSMo 162.686 (a cap on the notice a district may demand of a parent), this is
 * a duty on whoever records, parent <em>or</em> district.
 *
 * <p>What it checks: for every IEP or facilitated IEP meeting, each party in
 * {@link Meeting#recordedBy()} gave a {@link RecordingNotice} at least 24 hours
 * before {@link Meeting#at()}; recording without any notice is a violation, and a notice less than 24
 * hours before is a warning (23 hours 59 minutes is late).
 *
 * <p>Counting: 24 elapsed hours, instant to instant ({@link Hours#isAtLeastBefore}), so a
 * daylight-saving change between the notice and the meeting does not move the deadline by an hour;
 * times in messages are America/Chicago.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RecordingNotice24Hours extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MS.RECORDING.NOTICE");

  /** The notice required. */
  static final Duration LEAD = Duration.ofHours(24);

  private static final Set<MeetingKind> IEP_TEAM_MEETINGS = EnumSet.of(MeetingKind.IEP, MeetingKind.FACILITATED_IEP);

  /** The article's account of the 24 hours: what a finding of a late notice rests on. */
  static final Citation TWENTY_FOUR_HOURS = Sources.article(
      "How to Request a Facilitator in Mississippi (the 24-hour figure)", Force.DUTY,
      "If you've been recording meetings (which is your right in Mississippi, with 24-hour notice), continue doing"
          + " so.");

  /** Creates the rule. */
  public RecordingNotice24Hours() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Meeting.class)
        .messages(Messages.CATALOG)
        .title("Whoever audio-records an IEP meeting notifies the IEP team 24 hours before it starts")
        .kind(FindingKind.VIOLATION)
        .addCitations(Citation.of(Authority.STATUTE, Force.DUTY, "Mississippi Code of 1972", "37-23-31(1)",
            "The parent or guardian or local educational agency shall have the right to audio record the"
                + " proceedings of individualized education program team meetings. The parent or guardian or"
                + " local educational agency shall notify the members of the individualized education program"
                + " team of his, her, or its intent to audio record a meet[ing] …"))
        .addCitations(TWENTY_FOUR_HOURS)
        .counting("24 elapsed hours before the meeting's start instant, instant to instant (daylight-saving"
            + " changes do not shift it); messages in America/Chicago")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    for (Meeting meeting : ctx.events(Meeting.class)) {
      if (!IEP_TEAM_MEETINGS.contains(meeting.kind())) {
        continue;
      }
      for (String recorder : meeting.recordedBy()) {
        Instant earliest = null;
        for (RecordingNotice n : meeting.recordingNotices()) {
          if (n.by().equals(recorder) && (earliest == null || n.givenAt().isBefore(earliest))) {
            earliest = n.givenAt();
          }
        }
        if (earliest == null) {
          ctx.finding("no_notice").part("who", who(ctx, recorder)).time("start", meeting.at()).events(meeting.id())
              .report();
        } else if (!Hours.isAtLeastBefore(earliest, meeting.at(), LEAD)) {
          ctx.finding("late_notice").part("who", who(ctx, recorder)).time("given", earliest).time("start", meeting.at())
              .time("due", Hours.latestNotice(meeting.at(), LEAD)).citing(TWENTY_FOUR_HOURS)
              .events(meeting.id()).report();
        }
      }
    }
  }

  /** Who recorded: the parent, the district, or a party named by id. */
  private static Message who(RuleContext ctx, String recorder) {
    Side side = ctx.sideOf(recorder).orElse(null);
    return side != null ? ctx.phrase(side == Side.FAMILY ? "who_parent" : "who_district").build()
        : ctx.phrase("who_party").text("party", recorder).build();
  }
}
