package org.iepdr.examples.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneOffset;
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
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;

/**
 * Writes an evaluation's deadlines as an iCalendar file with ical4j: one all-day event per deadline
 * on its last lawful day (a window that opens after the trigger, such as an agenda due 3 to 5 days
 * before a meeting, becomes an event spanning the window).
 *
 * <p>The output is deterministic: each event's UID is made of the case, rule and trigger, and its
 * DTSTAMP is the evaluation's as-of date (not the clock).
 */
public final class IcsExport {

  private IcsExport() {}

  /**
   * Returns the deadlines as iCalendar text.
   *
   * @param e the evaluation
   * @return the iCalendar text
   */
  public static String ics(Evaluation e) {
    Calendar cal = new Calendar();
    cal.add(new ProdId("-//iepdr//IEP dispute deadlines//EN"));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    DtStamp stamp = new DtStamp(e.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
    int i = 0;
    for (Deadline d : e.deadlines()) {
      i++;
      String summary = "[" + d.outcome() + "] " + d.description() + " (" + d.ruleId() + ")";
      VEvent ev = EvaluationReport.isSingleDay(d)
          ? new VEvent(d.due(), summary)
          : new VEvent(d.window().earliest().orElseThrow(), d.due().plusDays(1), summary);
      ev.replace(stamp);
      ev.add(new Uid(e.caseId() + "-" + i + "-" + d.ruleId() + "-" + d.trigger() + "@iepdr"));
      ev.add(new Description(d.period() + " from " + d.trigger() + " on " + d.triggerDate() + ". Status as of "
          + e.asOf() + ": " + d.outcome() + d.satisfiedBy().map(s -> ", done by " + s
          + d.satisfiedOn().map(o -> " on " + o).orElse("")).orElse("") + "."));
      cal.add(ev);
    }
    StringWriter w = new StringWriter();
    try {
      new CalendarOutputter(true).output(cal, w);
    } catch (IOException | ValidationException ex) {
      throw new IllegalStateException("cannot write the calendar: " + ex.getMessage(), ex);
    }
    return w.toString();
  }
}
