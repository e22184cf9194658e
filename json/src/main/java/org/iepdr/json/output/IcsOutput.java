package org.iepdr.json.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.apiguardian.api.API;
import org.iepdr.core.caseload.DueItem;
import org.iepdr.core.caseload.DueList;
import org.iepdr.core.message.Language;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;

/**
 * Deadlines as iCalendar text (RFC 5545), written with ical4j: one all-day event per deadline on its due
 * date (a window that opens after the trigger, such as an agenda due 3 to 5 days before a meeting, becomes
 * an event spanning the window). {@link #of(Evaluation)} writes every deadline of one case
 * ({@code iepdr check --ics}); {@link #of(DueList, Language)} the open deadlines of a caseload due in a
 * window, one calendar for the whole caseload ({@code iepdr due --ics}).
 *
 * <p>The output is deterministic: an event's UID is made of the case id, the deadline's position among the
 * case's deadlines, the rule and the trigger (the same deadline has the same UID in both calendars), and
 * its DTSTAMP is the as-of date (not the clock). No event names a student; the case id is the only
 * identifier written.
 *
 * <p>ical4j is an optional dependency of {@code iepdr-json}: an application that calls this class adds
 * {@code org.mnode.ical4j:ical4j} (the version of the parent pom) to its own dependencies.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class IcsOutput {

  private static final String PRODUCT = "-//iepdr//IEP dispute deadlines//EN";

  private IcsOutput() {}

  /**
   * Returns every deadline of an evaluation as iCalendar text: the summary is the outcome, the action
   * (in English) and the rule; the description the period, trigger and status.
   *
   * @param evaluation the evaluation
   * @return the iCalendar text
   */
  public static String of(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    Evaluation e = evaluation;
    Calendar cal = calendar();
    DtStamp stamp = stamp(e.asOf());
    int i = 0;
    for (Deadline d : e.deadlines()) {
      i++;
      String summary = "[" + d.outcome() + "] " + d.description() + " (" + d.ruleId() + ")";
      VEvent ev = event(d, summary);
      ev.replace(stamp);
      ev.add(new Uid(uid(e.caseId(), i, d)));
      ev.add(new Description(d.period() + " from " + d.trigger() + " on " + d.triggerDate() + ". Status as of "
          + e.asOf() + ": " + d.outcome() + d.satisfiedBy().map(s -> ", done by " + s
          + d.satisfiedOn().map(o -> " on " + o).orElse("")).orElse("") + "."));
      cal.add(ev);
    }
    return text(cal);
  }

  /**
   * Returns the items of a due list as one iCalendar text, in the list's order: the summary is the case
   * id, the action (in the language) and the rule; the description the jurisdiction, period, trigger, due
   * date and days left (in English).
   *
   * @param list the due list
   * @param language the language of the actions
   * @return the iCalendar text
   */
  public static String of(DueList list, Language language) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(language, "language");
    Calendar cal = calendar();
    DtStamp stamp = stamp(list.window().asOf());
    for (DueItem item : list.items()) {
      Deadline d = item.deadline();
      VEvent ev = event(d, item.caseId() + ": " + item.action(language) + " (" + d.ruleId() + ")");
      ev.replace(stamp);
      ev.add(new Uid(uid(item.caseId(), item.position(), d)));
      ev.add(new Description("Case " + item.caseId() + " (" + item.jurisdiction() + "). " + d.period() + " from "
          + d.trigger() + " on " + d.triggerDate() + ". Due " + item.due() + d.unextendedDue().map(u -> " (extended"
          + " from " + u + ")").orElse("") + ": " + item.daysLeft() + (item.daysLeft() == 1 ? " day" : " days")
          + " left as of " + item.asOf() + ". " + d.citation().document() + " " + d.citation().section() + "."));
      cal.add(ev);
    }
    return text(cal);
  }

  private static Calendar calendar() {
    Calendar cal = new Calendar();
    cal.add(new ProdId(PRODUCT));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    return cal;
  }

  private static DtStamp stamp(LocalDate asOf) {
    return new DtStamp(asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static String uid(String caseId, int position, Deadline d) {
    return caseId + "-" + position + "-" + d.ruleId() + "-" + d.trigger() + "@iepdr";
  }

  /** An all-day event on the due date, or spanning a window that opens after the trigger. */
  private static VEvent event(Deadline d, String summary) {
    LocalDate earliest = d.window().earliest().orElse(null);
    if (earliest == null || earliest.equals(d.due()) || !earliest.isAfter(d.triggerDate())) {
      return new VEvent(d.due(), summary);
    }
    return new VEvent(earliest, d.due().plusDays(1), summary);
  }

  private static String text(Calendar cal) {
    StringWriter w = new StringWriter();
    try {
      new CalendarOutputter(true).output(cal, w);
    } catch (IOException | ValidationException ex) {
      throw new IllegalStateException("cannot write the calendar: " + ex.getMessage(), ex);
    }
    return w.toString();
  }
}
