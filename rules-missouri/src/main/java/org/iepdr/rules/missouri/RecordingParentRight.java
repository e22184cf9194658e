package org.iepdr.rules.missouri;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.BaseRule;
import org.iepdr.core.rules.EffectivePeriod;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.FindingKind;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.RuleId;
import org.iepdr.core.time.Hours;

/**
 * {@code MO.RECORDING.PARENT_RIGHT} (warning): a district may not forbid a parent from audio-recording an
 * IEP or Section 504 meeting, and may require no more than 24 hours' notice of it (RSMo 162.686).
 *
 * <p>The statute's text was not retrieved: the rule rests on restatements, so it reports
 * {@link FindingKind#WARNING}s. EdCounsel LLC (2021-05-25, on HB 432, which became RSMo 162.686):
 * "Districts cannot require more than 24-hours' notice that the parent or guardian plans to record the
 * meeting"; the Attorney General's letter to Moberly School District, as the Columbia Missourian reported
 * it (2021-09): "The right to record such meetings is vested in the parent".
 *
 * <p>What it reports, for {@link Demand}s made by an agency-side party:
 * <ul>
 *   <li>{@link Demand.Kind#RECORDING_NOTICE} with more than 24 hours: reported (24 exactly is lawful);</li>
 *   <li>{@link Demand.Kind#RECORDING_FORBIDDEN}: reported, except one that names a meeting for which
 *       the district had lawfully asked for notice (a {@code RECORDING_NOTICE} demand made before the
 *       meeting, for it or for every meeting; a demand above 24 hours counts as 24) and no family-side
 *       party gave that notice: then the refusal is noted, not reported. So a parent who gave 24 hours'
 *       notice may always record.</li>
 * </ul>
 * In force from 2021-08-28, the day HB 432 took effect (EdCounsel LLC, 2021-05-25: "If the bill is
 * signed by the Governor, it will become effective on August 28, 2021"; signed 2021-07-14, as the
 * Fox C-6 and Missouri Disability Empowerment pages report; the statute's own text was not read). Each
 * demand is judged by the law of its date: a district's refusal before that day is not judged by this
 * rule, whatever the as-of date, and the trace names it.
 *
 * <p>Counting: hours elapsed, instant to instant ({@link Hours#isAtLeastBefore}), so a 24-hour notice
 * across a daylight-saving change in America/Chicago is 24 real hours, not 24 wall-clock hours.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class RecordingParentRight extends BaseRule {

  /** The rule's id. */
  public static final RuleId ID = RuleId.of("MO.RECORDING.PARENT_RIGHT");

  /** The first day RSMo 162.686 (HB 432, 2021) is in force. */
  public static final LocalDate IN_FORCE_FROM = LocalDate.of(2021, 8, 28);

  /** The most notice a district may require, in hours. */
  static final int MAX_NOTICE_HOURS = 24;

  /** Creates the rule. */
  public RecordingParentRight() {
    super(RuleDescriptor.builder()
        .id(ID)
        .reads(Demand.class)
        .messages(Messages.CATALOG)
        .title("A district may not forbid a parent to audio-record an IEP or 504 meeting, nor require more than 24"
            + " hours' notice")
        .kind(FindingKind.WARNING)
        .inForce(EffectivePeriod.from(IN_FORCE_FROM))
        .addCitations(Citation.builder().authority(Authority.SECONDARY).force(Force.DUTY).restatement(true)
            .document("EdCounsel LLC, \"HB 432 Allows Parental Recording of IEP and Section 504 Meetings\""
                + " (2021-05-25), on RSMo 162.686 (HB 432, effective 2021-08-28)")
            .section("162.686")
            .link("https://edcounsel.law/2021/05/25/hb-432-allows-parental-recording-of-iep-and-section-504-meetings/")
            .quote("Districts cannot require more than 24-hours' notice that the parent or guardian plans to record"
                + " the meeting").build())
        .addCitations(Citation.builder().authority(Authority.AGENCY_GUIDANCE).force(Force.DUTY).restatement(true)
            .document("Missouri Attorney General's letter to Moberly School District, as reported by the Columbia"
                + " Missourian (2021-09)")
            .section("RSMo 162.686")
            .quote("The right to record such meetings is vested in the parent").build())
        .counting("24 hours elapsed, instant to instant, before the meeting's start (America/Chicago; a DST change"
            + " does not add or remove an hour)")
        .build());
  }

  @Override
  public void evaluate(RuleContext ctx) {
    NoticeDemands notices = null;
    for (Demand d : ctx.events(Demand.class)) {
      if (Sources.partySide(ctx, d.by()).filter(Side.AGENCY::equals).isEmpty()) {
        continue;
      }
      if (d.kind() == Demand.Kind.RECORDING_NOTICE) {
        int hours = d.hours().orElseThrow();
        if (hours > MAX_NOTICE_HOURS) {
          ctx.finding("notice_hours").date("demanded", ctx.date(d)).number("hours", hours).events(d.id()).report();
        }
      } else if (d.kind() == Demand.Kind.RECORDING_FORBIDDEN) {
        Optional<Meeting> meeting = d.meeting().flatMap(ctx::event).filter(Meeting.class::isInstance)
            .map(Meeting.class::cast);
        if (meeting.isPresent()) {
          if (notices == null) {
            notices = new NoticeDemands(ctx);
          }
          Optional<Demand> required = notices.required(meeting.get());
          if (required.isPresent() && !familyGaveNotice(ctx, meeting.get(), hoursOf(required.get()))) {
            ctx.note("demand " + d.id() + ": the district had asked for " + hoursOf(required.get()) + " hours'"
                + " notice (" + required.get().id() + ") and the parent gave none in time, so the refusal to let"
                + " the parent record meeting " + meeting.get().id() + " is not reported");
            continue;
          }
          ctx.finding("forbidden_meeting").date("demanded", ctx.date(d)).date("meeting", ctx.date(meeting.get()))
              .events(d.id(), meeting.get().id()).report();
        } else {
          ctx.finding("forbidden").date("demanded", ctx.date(d)).events(d.id()).report();
        }
      }
    }
  }

  private static int hoursOf(Demand notice) {
    return Math.min(notice.hours().orElseThrow(), MAX_NOTICE_HOURS);
  }

  /**
   * The agency's notice demands, indexed once per evaluation (for every meeting, and by meeting), so that
   * finding the one in force for a meeting costs log n, not n.
   */
  private static final class NoticeDemands {
    private final java.util.List<Demand> general = new java.util.ArrayList<>();
    private final java.util.Map<String, java.util.List<Demand>> byMeeting = new java.util.HashMap<>();

    NoticeDemands(RuleContext ctx) {
      for (Demand d : ctx.events(Demand.class)) {
        if (d.kind() == Demand.Kind.RECORDING_NOTICE
            && Sources.partySide(ctx, d.by()).filter(Side.AGENCY::equals).isPresent()) {
          if (d.meeting().isPresent()) {
            byMeeting.computeIfAbsent(d.meeting().get(), k -> new java.util.ArrayList<>()).add(d);
          } else {
            general.add(d);
          }
        }
      }
    }

    /** The latest notice demand by the agency made before the meeting, for it or for every meeting. */
    Optional<Demand> required(Meeting meeting) {
      Demand a = lastBefore(general, meeting.at());
      Demand b = lastBefore(byMeeting.getOrDefault(meeting.id(), java.util.List.of()), meeting.at());
      if (a == null) {
        return Optional.ofNullable(b);
      }
      if (b == null) {
        return Optional.of(a);
      }
      // the later of the two in timeline order (instant, then id), as the events come
      int byAt = a.at().compareTo(b.at());
      return Optional.of(byAt > 0 || (byAt == 0 && a.id().compareTo(b.id()) > 0) ? a : b);
    }

    /** The last of the timeline-ordered demands made before an instant, or null. */
    private static @org.jspecify.annotations.Nullable Demand lastBefore(java.util.List<Demand> demands,
        java.time.Instant t) {
      int lo = 0;
      int hi = demands.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (demands.get(mid).at().isBefore(t)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo == 0 ? null : demands.get(lo - 1);
    }
  }

  private static boolean familyGaveNotice(RuleContext ctx, Meeting meeting, int hours) {
    for (RecordingNotice n : meeting.recordingNotices()) {
      if (Sources.partySide(ctx, n.by()).filter(Side.FAMILY::equals).isPresent()
          && Hours.isAtLeastBefore(n.givenAt(), meeting.at(), Duration.ofHours(hours))) {
        return true;
      }
    }
    return false;
  }
}
