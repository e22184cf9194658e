package org.iepdr.core.idea;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.message.MessageCatalog;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.RuleContext;
import org.iepdr.core.time.DayPeriod;
import org.jspecify.annotations.Nullable;

/**
 * The 30-day resolution period of one due process complaint (34 CFR 300.510(b)-(c)), as adjusted by
 * the events of a case: the one place the library computes when the period ends, when the hearing
 * may proceed, and so where the 45-day hearing-decision clock of 300.515(a) starts.
 *
 * <p>Used by {@code IDEA.RESOLUTION.PERIOD_30_DAYS} ({@link ResolutionPeriod30Days}) and
 * {@code IDEA.HEARING.DECISION_45_DAYS} ({@link HearingDecision45Days}), and meant for simulations;
 * nothing else should count the 30 days again.
 *
 * <p>Sources: 300.510(b)(1) "If the LEA has not resolved the due process complaint to the
 * satisfaction of the parent within 30 days of the receipt of the due process complaint, the due
 * process hearing may occur." 300.510(b)(2) "the timeline for issuing a final decision under §
 * 300.515 begins at the expiration of this 30-day period." 300.510(c): "The 45-day timeline for the
 * due process hearing in § 300.515(a) starts the day after one of the following events: (1) Both
 * parties agree in writing to waive the resolution meeting; (2) After either the mediation or
 * resolution meeting starts but before the end of the 30-day period, the parties agree in writing
 * that no agreement is possible; (3) If both parties agree in writing to continue the mediation at
 * the end of the 30-day resolution period, but later, the parent or public agency withdraws from the
 * mediation process."
 *
 * <h2>Counting</h2>
 * Calendar days. Day 0 is the day the LEA received a parent's complaint (the first non-verification
 * {@link Receipt} by {@link Recipient#LEA}, or the filing date when the complaint was filed with the
 * LEA; when the case records no LEA receipt the filing date is used and {@link #receiptAssumed()}
 * says so). Unadjusted, the period ends at the end of day 30 ({@link #scheduledEnd()}), the hearing
 * may proceed from day 31, and the 45-day clock's day 0 is day 30. An adjustment under 300.510(c)
 * ends the period on the day of the adjusting event: the 45 days start "the day after" it, so the
 * event day is the clock's day 0 and the hearing may proceed from the next day. {@link #end()} is
 * always that day 0.
 *
 * <h2>Adjustments recognised</h2>
 * <ul>
 *   <li>{@link Ending#WAIVER}: an {@link AgreementKind#WAIVE_RESOLUTION_MEETING} agreement in writing
 *       signed by parties of both sides, dated from day 0 to day 30.
 *   <li>{@link Ending#NO_AGREEMENT}: an {@link AgreementKind#NO_AGREEMENT_POSSIBLE} agreement in
 *       writing signed by both sides, dated from day 0 to day 30, on or after the day a
 *       {@link MeetingKind#RESOLUTION} meeting or a {@link MeetingKind#MEDIATION_SESSION} for the
 *       complaint (or for a mediation request whose {@code relatesTo} is the complaint) was held.
 *   <li>{@link Ending#MEDIATION_WITHDRAWAL}: after an {@link AgreementKind#CONTINUE_MEDIATION}
 *       agreement in writing signed by both sides, dated from day 0 to day 30, a {@link Withdrawal}
 *       {@link Withdrawal.From#MEDIATION} for the complaint (or its mediation request) on or after the
 *       agreement's day. Such a withdrawal may come after day 30: the period then lasts until it.
 *       Until the withdrawal, {@link Ending#MEDIATION_CONTINUES}: {@link #end()} is empty.
 * </ul>
 * The earliest qualifying event wins (the first in timeline order). A waiver, no-agreement or
 * continue-mediation agreement dated after day 30 changes nothing (the period had expired); a
 * withdrawal under (c)(3) may come at any time after the continue-mediation agreement. Agreements naming no request count for every
 * complaint, as {@link RuleContext#agreementsFor} does.
 *
 * <h2>Conditions that move the period</h2>
 * <ul>
 *   <li>An amended complaint (34 CFR 300.508(d)(4), 20 U.S.C. 1415(c)(2)(E)(ii) "The applicable
 *       timeline for a due process hearing under this subchapter shall recommence at the time the party
 *       files an amended complaint notice"): the latest {@link Amendment} that takes effect
 *       ({@link RuleContext#amendmentTakesEffect}) and is dated on or after the receipt restarts the
 *       period: day 0 is its filing day ({@link #restartedBy()}).
 *   <li>300.510(b)(3): "the failure of the parent filing a due process complaint to participate in the
 *       resolution meeting will delay the timelines for the resolution process and due process hearing
 *       until the meeting is held", except where the parties agreed to waive it or to use mediation. A
 *       {@link MeetingKind#RESOLUTION} meeting from day 0 to day 30 whose
 *       {@link Meeting#nonParticipation()} is the family side delays the period
 *       ({@link #delayedBy()}): until a resolution meeting is held the period has no end
 *       ({@link Ending#PARENT_NOT_PARTICIPATING}); once one is held, the period ends as many days after
 *       day 30 as passed between the meeting missed and the meeting held
 *       ({@link Ending#DELAYED_BY_PARENT}). The regulation does not say how to count the delay
 *       (restart from the meeting, or add the days): adding the days is this library's reading, said
 *       so in the trace.
 *   <li>300.510(b)(5): "the parent may seek the intervention of a hearing officer to begin the due
 *       process hearing timeline". A {@link DecisionKind#HEARING_TIMELINE_ORDER} not denied, on the
 *       complaint or on a {@link RequestKind#HEARING_TIMELINE_REQUEST} relating to it, ends the period
 *       on its day ({@link Ending#HEARING_OFFICER_ORDER}) when it comes before any other ending: the
 *       45 days start the day after it, by analogy with 300.510(c) (the regulation does not say).
 *   <li>300.510(b)(4) (the LEA may ask for dismissal at the end of the period) does not move the
 *       period; a dismissal ends the complaint ({@link HearingDecision45Days}).
 * </ul>
 *
 * <h2>Complaints filed by the agency</h2>
 * The resolution process is for "the parent's due process complaint" (300.510(a)(1)); for a
 * complaint filed by an agency-side party there is no resolution period ({@link
 * Ending#NO_RESOLUTION_PERIOD}): the hearing may proceed at once and the 45-day clock's day 0 is the
 * day the family received the complaint (else the filing day). That the resolution meeting is not
 * required for an agency complaint, and that the 45 days then run from receipt, are [UNVERIFIED] in
 * the project's research (2013 OSEP Q&amp;A, from memory); only the words "parent's due process
 * complaint" are verified.
 *
 * <p>Implementation Requirements: immutable, thread-safe and pure.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ResolutionPeriod {

  /** The length of the resolution period: 30 calendar days from receipt (300.510(b)(1)). */
  public static final DayPeriod LENGTH = DayPeriod.calendarDays(30);

  /** How the period ended, or why it has not. */
  public enum Ending {
    /** The 30 days ran out with no adjustment. */
    EXPIRED,
    /** Both parties waived the resolution meeting in writing (300.510(c)(1)). */
    WAIVER,
    /** The parties agreed in writing that no agreement is possible (300.510(c)(2)). */
    NO_AGREEMENT,
    /** A party withdrew from mediation continued by written agreement (300.510(c)(3)). */
    MEDIATION_WITHDRAWAL,
    /** Mediation continues past day 30 by written agreement and nobody has withdrawn: no end yet. */
    MEDIATION_CONTINUES,
    /** The complaint was filed by the agency: there is no resolution period. */
    NO_RESOLUTION_PERIOD,
    /**
     * The parent did not participate in a resolution meeting and the meeting was held later: the period
     * ends the days of that delay after day 30 (300.510(b)(3); the count is this library's reading).
     */
    DELAYED_BY_PARENT,
    /**
     * The parent did not participate in a resolution meeting and none has been held since: the timelines
     * wait (300.510(b)(3)); no end yet.
     */
    PARENT_NOT_PARTICIPATING,
    /**
     * The hearing officer ordered the hearing timeline to begin at the parent's request, the LEA having
     * not held or not joined the meeting (300.510(b)(5)); the 45 days count from the order.
     */
    HEARING_OFFICER_ORDER
  }

  private final String complaintId;
  private final String receiptEventId;
  private final LocalDate receiptDate;
  private final boolean receiptAssumed;
  private final Ending ending;
  private final Optional<LocalDate> end;
  private final Optional<String> adjustedBy;
  private Optional<String> restartedBy = Optional.empty();
  private Optional<String> delayedBy = Optional.empty();
  private Optional<ResolutionPeriod> ranOutBefore = Optional.empty();

  private ResolutionPeriod(String complaintId, String receiptEventId, LocalDate receiptDate, boolean receiptAssumed,
      Ending ending, Optional<LocalDate> end, Optional<String> adjustedBy) {
    this.complaintId = complaintId;
    this.receiptEventId = receiptEventId;
    this.receiptDate = receiptDate;
    this.receiptAssumed = receiptAssumed;
    this.ending = ending;
    this.end = end;
    this.adjustedBy = adjustedBy;
  }

  /**
   * Returns the last day of an unadjusted resolution period: {@code receipt + 30} calendar days.
   *
   * @param receipt the day the complaint was received (day 0)
   * @return day 30, which is also the 45-day clock's day 0 when nothing adjusts the period
   */
  public static LocalDate scheduledEnd(LocalDate receipt) {
    return Objects.requireNonNull(receipt, "receipt").plusDays(LENGTH.amount());
  }

  /**
   * Computes the period of a complaint from a rule's context.
   *
   * @param ctx the rule context
   * @param complaint a {@link RequestKind#DUE_PROCESS_COMPLAINT}
   * @return the period
   * @throws InvalidInputException if the request is not a due process complaint
   */
  public static ResolutionPeriod of(RuleContext ctx, Request complaint) {
    Objects.requireNonNull(ctx, "ctx");
    Objects.requireNonNull(complaint, "complaint");
    return ctx.shared(Index.class, c -> new Index(c.caseFile().parties(), c.knownEvents(), c::date))
        .period(complaint);
  }

  /**
   * Computes the period of a complaint from a case, counting dates in a zone.
   *
   * <p>Each call reads the whole case once (linear in its events); a rule that needs the periods of
   * many complaints should use {@link #of(RuleContext, Request)}, which reads the case once per
   * evaluation for all of them.
   *
   * @param aCase the case holding the complaint and the later events
   * @param complaint a {@link RequestKind#DUE_PROCESS_COMPLAINT} of the case
   * @param zone the jurisdiction's zone, which turns instants into dates
   * @return the period
   * @throws InvalidInputException if the request is not a due process complaint
   */
  public static ResolutionPeriod of(Case aCase, Request complaint, ZoneId zone) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(zone, "zone");
    return of(aCase, aCase.events(), complaint, zone);
  }

  /**
   * Computes the period of a complaint from the events of a case known on a date (an event dated later has
   * not happened yet for the period, as for the rules).
   *
   * @param aCase the case holding the complaint (its parties)
   * @param known the events known, in timeline order (a subset of the case's)
   * @param complaint a {@link RequestKind#DUE_PROCESS_COMPLAINT} of the case
   * @param zone the jurisdiction's zone, which turns instants into dates
   * @return the period
   * @throws InvalidInputException if the request is not a due process complaint
   */
  public static ResolutionPeriod of(Case aCase, List<? extends CaseEvent> known, Request complaint, ZoneId zone) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(zone, "zone");
    return new Index(aCase.parties(), List.copyOf(known), instant -> instant.atZone(zone).toLocalDate())
        .period(complaint);
  }

  /**
   * Returns the id of the complaint.
   *
   * @return the complaint's id
   */
  public String complaintId() {
    return complaintId;
  }

  /**
   * Returns the id of the event that put the complaint in the receiving party's hands: the receipt,
   * or the complaint itself when it was filed with that party or no receipt is recorded.
   *
   * @return an event id
   */
  public String receiptEventId() {
    return receiptEventId;
  }

  /**
   * Returns day 0: the day the receiving party (the LEA, for a parent's complaint) received it.
   *
   * @return the receipt date
   */
  public LocalDate receiptDate() {
    return receiptDate;
  }

  /**
   * Returns whether the case records no receipt by the receiving party, so the filing date was used.
   *
   * @return true when the receipt date is the filing date by assumption
   */
  public boolean receiptAssumed() {
    return receiptAssumed;
  }

  /**
   * Returns whether there is a resolution period at all (a parent's complaint).
   *
   * @return false for a complaint filed by the agency
   */
  public boolean applies() {
    return ending != Ending.NO_RESOLUTION_PERIOD;
  }

  /**
   * Returns the last day of the period had nothing adjusted it: {@code receipt + 30}.
   *
   * @return day 30
   */
  public LocalDate scheduledEnd() {
    return scheduledEnd(receiptDate);
  }

  /**
   * Returns how the period ended, or why it has not.
   *
   * @return the ending
   */
  public Ending ending() {
    return ending;
  }

  /**
   * Returns the day the period ends, which is day 0 of the 45-day decision clock: day 30, or the day
   * of the adjusting event ("starts the day after"), or for an agency complaint the receipt day.
   *
   * @return the end, or empty while mediation continues by written agreement
   */
  public Optional<LocalDate> end() {
    return end;
  }

  /**
   * Returns the first day the hearing may be held: the day after {@link #end()}; for an agency
   * complaint, the receipt day.
   *
   * @return the first lawful hearing day, or empty while mediation continues by written agreement
   */
  public Optional<LocalDate> firstHearingDay() {
    return applies() ? end.map(d -> d.plusDays(1)) : end;
  }

  /**
   * Returns whether a hearing may proceed on a date.
   *
   * @param date the hearing date
   * @return true when the period has ended before that date (or does not apply)
   */
  public boolean hearingMayProceedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return firstHearingDay().map(first -> !date.isBefore(first)).orElse(false);
  }

  /**
   * Returns the id of the event that adjusted the period, if one did.
   *
   * @return the waiver, the no-agreement or the withdrawal
   */
  public Optional<String> adjustedBy() {
    return adjustedBy;
  }

  /**
   * Returns the amended complaint whose filing restarted the period (300.508(d)(4)), if one did: the
   * period then counts from its filing ({@link #receiptDate()} is that day).
   *
   * @return the amendment's id
   */
  public Optional<String> restartedBy() {
    return restartedBy;
  }

  /**
   * Returns the period as it was counted before an amendment that came after that period's 45-day
   * decision was already due, if one did: the decision clock of that period had run out, and stays as it
   * ran (missed, or met by a decision before the amendment), beside the clock the amendment restarted.
   *
   * @return the earlier period
   */
  public Optional<ResolutionPeriod> ranOutBefore() {
    return ranOutBefore;
  }

  /**
   * Returns the resolution meeting the parent did not participate in, which delayed the period
   * (300.510(b)(3)), if one did.
   *
   * @return the meeting's id
   */
  public Optional<String> delayedBy() {
    return delayedBy;
  }

  /**
   * Returns the event the 45-day clock counts from: the adjusting event, else the receipt.
   *
   * @return an event id
   */
  public String clockEventId() {
    return adjustedBy.orElse(receiptEventId);
  }

  /**
   * Explains the end of the period in words a parent could understand, in English (for trace notes).
   *
   * @return the explanation, naming dates
   */
  public String explanation() {
    return explanationMessage().render(Language.ENGLISH);
  }

  /**
   * Explains the end of the period as a message of the core catalog, under the key
   * {@code resolution_period.<ending>} (the {@link #ending()} in lower case), with the facts
   * {@code ending} (that label), {@code received} (day 0) and, when the period has an end,
   * {@code end} (the day it ended, day 0 of the 45-day clock).
   *
   * @return the explanation
   */
  public Message explanationMessage() {
    String key = switch (ending) {
      case EXPIRED -> "resolution_period.expired";
      case WAIVER -> "resolution_period.waiver";
      case NO_AGREEMENT -> "resolution_period.no_agreement";
      case MEDIATION_WITHDRAWAL -> "resolution_period.mediation_withdrawal";
      case MEDIATION_CONTINUES -> "resolution_period.mediation_continues";
      case NO_RESOLUTION_PERIOD -> "resolution_period.no_resolution_period";
      case DELAYED_BY_PARENT -> "resolution_period.delayed_by_parent";
      case PARENT_NOT_PARTICIPATING -> "resolution_period.parent_not_participating";
      case HEARING_OFFICER_ORDER -> "resolution_period.hearing_officer_order";
    };
    Message.Builder b = Message.builder(MessageCatalog.core(), key).label("ending", ending).date("received", receiptDate);
    end.ifPresent(d -> b.date("end", d));
    return b.build();
  }

  @Override
  public String toString() {
    return "ResolutionPeriod[" + complaintId + ", received " + receiptDate + ", " + ending
        + end.map(d -> ", ends " + d).orElse("") + adjustedBy.map(a -> " by " + a).orElse("") + "]";
  }

  /**
   * The events of a case that can adjust a resolution period, grouped by the complaint they concern,
   * read once so that the periods of all the case's complaints together cost time linear (times a
   * logarithm) in the case's size: a case with tens of thousands of complaints is not read once per
   * complaint. One map, by request id, holds everything the index keeps for a request (its lists made on
   * first use); each complaint's period is computed once per index, however many rules ask for it (an
   * index serves one evaluation, on one thread).
   */
  private static final class Index {
    /** An adjusting event with its place in the timeline and its local date. */
    private record Entry(int position, CaseEvent event, LocalDate date) {}

    /** What the index holds for one request id (a complaint, or a request relating to one); lists null until used. */
    private static final class Filed {
      /** The request with this id, if the case holds one (the first in timeline order). */
      @Nullable Request request;
      @Nullable List<Receipt> receipts;
      /** The held meetings, the qualifying agreements and the mediation withdrawals concerning the complaint. */
      @Nullable List<Entry> concerning;
      /** The timeline position of the first hearing decision or dismissal; -1 if none. */
      int decided = -1;
      /** The amendments, in timeline order. */
      @Nullable List<Entry> amendments;
      /** Resolution meetings (held or not), in timeline order, for 300.510(b)(3). */
      @Nullable List<Entry> resolutionMeetings;
      /** Hearing officer's orders beginning the hearing timeline (300.510(b)(5)). */
      @Nullable List<Entry> orders;
      /** The first hearing's day, held or scheduled (for a permission to amend). */
      @Nullable LocalDate firstHearing;
      /** Agreements to mediate naming this request (300.510(b)(3) does not apply when the parties agreed to mediate). */
      @Nullable List<Entry> toMediate;
      /** The complaint whose period was last computed here, and that period (each is asked for by several rules). */
      @Nullable Request periodOf;
      @Nullable ResolutionPeriod period;
    }

    /** A request id the case's events never name. */
    private static final Filed NONE = new Filed();

    private final Function<Instant, LocalDate> dates;
    private final List<Party> caseParties;
    /** The case's parties by id, built when an agreement's signatories are first looked up. */
    private @Nullable Map<String, Party> parties;
    /** Per request id, everything below that concerns it. */
    private final Map<String, Filed> filed;
    /** Qualifying agreements that name no request (they concern every complaint), by kind. */
    private final List<Entry> waivers = new ArrayList<>(1);
    private final List<Entry> noAgreements = new ArrayList<>(1);
    private final List<Entry> continuations = new ArrayList<>(1);
    /** Agreements to mediate that name no request (they concern every complaint). */
    private final List<Entry> toMediateAny = new ArrayList<>(1);

    Index(List<Party> caseParties, List<CaseEvent> events, Function<Instant, LocalDate> dates) {
      this.dates = dates;
      this.caseParties = caseParties;
      int requests = 0;
      for (int i = 0, n = events.size(); i < n; i++) {
        if (events.get(i) instanceof Request) {
          requests++;
        }
      }
      // the events name the case's requests (and, in an invalid case, a few others): room for them without resizing
      filed = new HashMap<>(Math.max(4, (requests + 2) * 4 / 3 + 1));
      for (int i = 0, n = events.size(); i < n; i++) {
        if (events.get(i) instanceof Request r) {
          Filed f = slot(r.id());
          if (f.request == null) {
            f.request = r;
          }
        }
      }
      for (int i = 0, n = events.size(); i < n; i++) {
        CaseEvent e = events.get(i);
        if (e instanceof Amendment a) {
          Filed f = slot(a.request());
          f.amendments = add(f.amendments, new Entry(i, e, dates.apply(e.at())));
        } else if (e instanceof Decision d) {
          if (d.denied()) {
            continue;
          }
          if (d.kind() == DecisionKind.HEARING_DECISION || d.kind() == DecisionKind.DISMISSAL) {
            Filed f = slot(d.request());
            if (f.decided < 0) {
              f.decided = i;
            }
          } else if (d.kind() == DecisionKind.HEARING_TIMELINE_ORDER) {
            Request r = filed.getOrDefault(d.request(), NONE).request;
            String complaint = r != null && r.kind() == RequestKind.HEARING_TIMELINE_REQUEST
                ? r.relatesTo().orElse(d.request()) : d.request();
            Filed f = slot(complaint);
            f.orders = add(f.orders, new Entry(i, e, dates.apply(e.at())));
          }
        } else if (e instanceof Meeting m) {
          String request = m.request().orElse(null);
          if (request == null) {
            continue;
          }
          MeetingKind kind = m.kind();
          if ((kind == MeetingKind.HEARING || kind == MeetingKind.EXPEDITED_HEARING)
              && m.status() != Meeting.Status.CANCELLED) {
            LocalDate day = dates.apply(e.at());
            Filed f = slot(request);
            if (f.firstHearing == null || day.isBefore(f.firstHearing)) {
              f.firstHearing = day;
            }
          } else if (kind == MeetingKind.RESOLUTION || kind == MeetingKind.MEDIATION_SESSION) {
            Entry entry = new Entry(i, e, dates.apply(e.at()));
            if (kind == MeetingKind.RESOLUTION) {
              Filed f = slot(request);
              f.resolutionMeetings = add(f.resolutionMeetings, entry);
            }
            if (m.held()) {
              file(request, entry);
            }
          }
        } else if (e instanceof Agreement a) {
          AgreementKind kind = a.kind();
          if (kind == AgreementKind.TO_MEDIATE) {
            Entry entry = new Entry(i, e, dates.apply(e.at()));
            String request = a.request().orElse(null);
            if (request == null) {
              toMediateAny.add(entry);
            } else {
              Filed f = slot(request);
              f.toMediate = add(f.toMediate, entry);
            }
          } else if ((kind == AgreementKind.WAIVE_RESOLUTION_MEETING || kind == AgreementKind.NO_AGREEMENT_POSSIBLE
              || kind == AgreementKind.CONTINUE_MEDIATION) && a.inWriting() && signedByBothSides(a)) {
            Entry entry = new Entry(i, e, dates.apply(e.at()));
            String request = a.request().orElse(null);
            if (request != null) {
              file(request, entry);
            } else {
              (kind == AgreementKind.WAIVE_RESOLUTION_MEETING ? waivers
                  : kind == AgreementKind.NO_AGREEMENT_POSSIBLE ? noAgreements : continuations).add(entry);
            }
          }
        } else if (e instanceof Receipt r) {
          Filed f = slot(r.request());
          if (f.receipts == null) {
            f.receipts = new ArrayList<>(2);
          }
          f.receipts.add(r);
        } else if (e instanceof Withdrawal w && w.from() == Withdrawal.From.MEDIATION) {
          file(w.request(), new Entry(i, e, dates.apply(e.at())));
        }
      }
    }

    /** The entry of a request id, created when first named. */
    private Filed slot(String requestId) {
      Filed f = filed.get(requestId);
      if (f == null) {
        f = new Filed();
        filed.put(requestId, f);
      }
      return f;
    }

    private static List<Entry> add(@Nullable List<Entry> entries, Entry entry) {
      List<Entry> out = entries == null ? new ArrayList<>(2) : entries;
      out.add(entry);
      return out;
    }

    /** Files an event under the request it names and under the complaint that request relates to. */
    private void file(String requestId, Entry entry) {
      Filed f = slot(requestId);
      f.concerning = add(f.concerning, entry);
      Request named = f.request;
      String complaint = named == null ? null : named.relatesTo().orElse(null);
      if (complaint != null && !complaint.equals(requestId)) {
        Filed c = slot(complaint);
        c.concerning = add(c.concerning, entry);
      }
    }

    private boolean signedByBothSides(Agreement a) {
      Map<String, Party> byId = parties();
      boolean family = false;
      boolean agency = false;
      for (String s : a.signatories()) {
        Party p = byId.get(s);
        if (p != null) {
          family |= p.side() == Side.FAMILY;
          agency |= p.side() == Side.AGENCY;
        }
      }
      return family && agency;
    }

    private static List<Entry> entries(@Nullable List<Entry> entries) {
      return entries == null ? List.of() : entries;
    }

    /**
     * The event that put the complaint in a recipient's hands: the complaint itself when it was filed
     * with the recipient, else the recipient's first receipt of it that is not a later verification
     * nor dated before the complaint ({@link Receipt#arrivalOf}, as {@link RuleContext#arrival}); null if none.
     */
    private static @Nullable CaseEvent receiptBy(Filed f, Request complaint, Recipient recipient) {
      if (complaint.filedWith() == recipient) {
        return complaint;
      }
      if (f.receipts != null) {
        for (Receipt r : f.receipts) {
          if (r.arrivalOf(complaint, recipient)) {
            return r;
          }
        }
      }
      return null;
    }

    /** The first entry at or after a timeline position whose date is not before a day; null if none. */
    private static @Nullable Entry firstFrom(List<Entry> entries, int position, LocalDate day) {
      int lo = 0;
      int hi = entries.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        Entry m = entries.get(mid);
        if (m.position() < position || m.date().isBefore(day)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < entries.size() ? entries.get(lo) : null;
    }

    private static @Nullable Entry earlier(@Nullable Entry a, @Nullable Entry b) {
      return a == null ? b : b == null || a.position() <= b.position() ? a : b;
    }

    ResolutionPeriod period(Request complaint) {
      if (complaint.kind() != RequestKind.DUE_PROCESS_COMPLAINT) {
        throw new InvalidInputException("complaint.kind", complaint.kind(), "DUE_PROCESS_COMPLAINT");
      }
      Filed f = filed.getOrDefault(complaint.id(), NONE);
      ResolutionPeriod known = f.period;
      if (known != null && f.periodOf == complaint) {
        return known;
      }
      ResolutionPeriod computed = compute(f, complaint);
      if (f != NONE) {
        f.periodOf = complaint;
        f.period = computed;
      }
      return computed;
    }

    private ResolutionPeriod compute(Filed f, Request complaint) {
      Party filer = party(complaint.filedBy());
      boolean parents = filer == null || filer.side() != Side.AGENCY;
      CaseEvent receipt = receiptBy(f, complaint, parents ? Recipient.LEA : Recipient.FAMILY);
      boolean assumed = receipt == null;
      CaseEvent received = receipt == null ? complaint : receipt;
      String receiptId = received.id();
      LocalDate day0 = dates.apply(received.at());
      ResolutionPeriod current = period(f, complaint, parents, receiptId, day0, assumed);
      for (Entry a : entries(f.amendments)) {
        if (f.decided >= 0 && a.position() > f.decided) {
          break; // the complaint was decided or dismissed: a later amendment restarts nothing
        }
        if (a.date().isBefore(current.receiptDate()) || !takesEffect((Amendment) a.event(), f)) {
          continue;
        }
        // an amendment filed after the 45-day decision was already due restarts the timelines, but the clock
        // as it had run stays: the deadline missed before the amendment stays missed (a verdict reached on an
        // earlier as-of date does not change)
        Optional<LocalDate> decisionDue = HearingDecision45Days.due(current);
        ResolutionPeriod before = decisionDue.isPresent() && a.date().isAfter(decisionDue.get()) ? current
            : current.ranOutBefore.orElse(null);
        current = period(f, complaint, parents, a.event().id(), a.date(), false);
        current.restartedBy = Optional.of(a.event().id());
        current.ranOutBefore = Optional.ofNullable(before);
      }
      return current;
    }

    private @Nullable Party party(String id) {
      return parties().get(id);
    }

    /** The case's parties by id (the first of an id), built when first looked up. */
    private Map<String, Party> parties() {
      Map<String, Party> byId = parties;
      if (byId == null) {
        byId = new HashMap<>(caseParties.size() * 4 / 3 + 1);
        for (Party p : caseParties) {
          byId.putIfAbsent(p.id(), p);
        }
        parties = byId;
      }
      return byId;
    }

    private boolean takesEffect(Amendment a, Filed f) {
      LocalDate granted = dates.apply(a.grantedAt().orElse(a.at()));
      return RuleContext.amendmentTakesEffect(a.basis(), granted, Optional.ofNullable(f.firstHearing));
    }

    private ResolutionPeriod period(Filed f, Request complaint, boolean parents, String receiptId, LocalDate day0,
        boolean assumed) {
      if (!parents) {
        return new ResolutionPeriod(complaint.id(), receiptId, day0, assumed, Ending.NO_RESOLUTION_PERIOD,
            Optional.of(day0), Optional.empty());
      }
      LocalDate day30 = scheduledEnd(day0);
      // The first qualifying event of each kind; the period ends at the earliest of them (the first in
      // timeline order), which is what reading the timeline from day 0 and stopping at the first finds.
      Entry meeting = null;
      Entry waiver = null;
      Entry noAgreement = null;
      Entry continuation = null;
      List<Entry> own = entries(f.concerning);
      for (Entry en : own) {
        if (en.date().isBefore(day0)) {
          continue;
        }
        if (en.event() instanceof Meeting) {
          meeting = meeting == null ? en : meeting;
        } else if (en.event() instanceof Agreement a && !en.date().isAfter(day30)) {
          if (a.kind() == AgreementKind.WAIVE_RESOLUTION_MEETING) {
            waiver = waiver == null ? en : waiver;
          } else if (a.kind() == AgreementKind.CONTINUE_MEDIATION) {
            continuation = continuation == null ? en : continuation;
          }
        }
      }
      waiver = earlier(waiver, within(firstFrom(waivers, 0, day0), day30));
      continuation = earlier(continuation, within(firstFrom(continuations, 0, day0), day30));
      if (meeting != null) {
        for (Entry en : own) {
          if (en.position() > meeting.position() && en.event() instanceof Agreement a
              && a.kind() == AgreementKind.NO_AGREEMENT_POSSIBLE && !en.date().isBefore(day0)
              && !en.date().isAfter(day30)) {
            noAgreement = en;
            break;
          }
        }
        noAgreement = earlier(noAgreement, within(firstFrom(noAgreements, meeting.position() + 1, day0), day30));
      }
      Entry withdrawal = null;
      if (continuation != null) {
        for (Entry en : own) {
          if (en.position() > continuation.position() && en.event() instanceof Withdrawal) {
            withdrawal = en;
            break;
          }
        }
      }
      Entry order = firstFrom(entries(f.orders), 0, day0);
      Entry first = earlier(earlier(earlier(waiver, noAgreement), withdrawal), order);
      if (first != null) {
        Ending adjusted = first == waiver ? Ending.WAIVER
            : first == noAgreement ? Ending.NO_AGREEMENT
            : first == order ? Ending.HEARING_OFFICER_ORDER : Ending.MEDIATION_WITHDRAWAL;
        return new ResolutionPeriod(complaint.id(), receiptId, day0, assumed, adjusted, Optional.of(first.date()),
            Optional.of(first.event().id()));
      }
      if (continuation != null) {
        return new ResolutionPeriod(complaint.id(), receiptId, day0, assumed, Ending.MEDIATION_CONTINUES,
            Optional.empty(), Optional.empty());
      }
      Entry absent = parentAbsent(f, day0, day30);
      if (absent != null) {
        // 300.510(b)(3): the timelines wait "until the meeting is held"; read here as adding the days from
        // the meeting the parent missed to the meeting held (the regulation does not say how to count)
        Entry held = null;
        for (Entry en : entries(f.resolutionMeetings)) {
          if (en.position() > absent.position() && ((Meeting) en.event()).held()) {
            held = en;
            break;
          }
        }
        ResolutionPeriod p = held == null
            ? new ResolutionPeriod(complaint.id(), receiptId, day0, assumed, Ending.PARENT_NOT_PARTICIPATING,
                Optional.empty(), Optional.empty())
            : new ResolutionPeriod(complaint.id(), receiptId, day0, assumed, Ending.DELAYED_BY_PARENT,
                Optional.of(day30.plusDays(java.time.temporal.ChronoUnit.DAYS.between(absent.date(), held.date()))),
                Optional.of(held.event().id()));
        p.delayedBy = Optional.of(absent.event().id());
        return p;
      }
      return new ResolutionPeriod(complaint.id(), receiptId, day0, assumed, Ending.EXPIRED,
          Optional.of(day30), Optional.empty());
    }

    /**
     * The first resolution meeting from day 0 to day 30 in which the parent did not participate, unless
     * the parties agreed to mediate instead (300.510(b)(3) "Except where the parties have jointly agreed
     * to waive the resolution process or to use mediation"); a waiver already ends the period earlier.
     */
    private @Nullable Entry parentAbsent(Filed f, LocalDate day0, LocalDate day30) {
      for (Entry en : entries(f.resolutionMeetings)) {
        Meeting m = (Meeting) en.event();
        if (m.nonParticipation().orElse(null) == Side.FAMILY && !en.date().isBefore(day0)
            && !en.date().isAfter(day30)) {
          return agreedToMediateBy(entries(f.toMediate), en.date()) || agreedToMediateBy(toMediateAny, en.date())
              ? null : en;
        }
      }
      return null;
    }

    /** Whether one of the agreements to mediate is dated on or before a day. */
    private static boolean agreedToMediateBy(List<Entry> toMediate, LocalDate day) {
      for (Entry a : toMediate) {
        if (!a.date().isAfter(day)) {
          return true;
        }
      }
      return false;
    }

    private static @Nullable Entry within(@Nullable Entry e, LocalDate last) {
      return e != null && !e.date().isAfter(last) ? e : null;
    }
  }
}
