package org.iepdr.core.message;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The typed setters shared by everything that gathers {@link Facts}: a facts builder, a message
 * builder, and the finding and deadline drafts a rule fills in. Each setter names the fact and checks
 * its value's type, so a pattern's {@code {due}} always finds a date.
 *
 * @param <S> the concrete draft, returned by every setter
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public abstract class FactsDraft<S extends FactsDraft<S>> {

  /** For subclasses. */
  protected FactsDraft() {}

  /**
   * Records a fact; the setters below call it with a checked value.
   *
   * @param name the fact's name
   * @param value the value
   * @return this draft
   */
  protected abstract S put(String name, Object value);

  /**
   * Sets a date.
   *
   * @param name the fact's name
   * @param date the date
   * @return this draft
   */
  public final S date(String name, LocalDate date) {
    return put(name, Objects.requireNonNull(date, "date"));
  }

  /**
   * Sets a time in the jurisdiction's zone.
   *
   * @param name the fact's name
   * @param time the time, with its zone
   * @return this draft
   */
  public final S time(String name, ZonedDateTime time) {
    return put(name, Objects.requireNonNull(time, "time"));
  }

  /**
   * Sets a number (a count of days, hours or people).
   *
   * @param name the fact's name
   * @param number the number
   * @return this draft
   */
  public final S number(String name, long number) {
    return put(name, number);
  }

  /**
   * Sets a literal that is never translated: an event id, a hearing's id.
   *
   * @param name the fact's name
   * @param text the text; never a student's name or birth date
   * @return this draft
   */
  public final S text(String name, String text) {
    return put(name, Objects.requireNonNull(text, "text"));
  }

  /**
   * Sets a label the catalog translates ({@code enum.<Type>.<CONSTANT>}).
   *
   * @param name the fact's name
   * @param label the constant
   * @return this draft
   */
  public final S label(String name, Enum<?> label) {
    return put(name, Objects.requireNonNull(label, "label"));
  }

  /**
   * Sets a phrase of its own (rendered in the same language).
   *
   * @param name the fact's name
   * @param part the phrase
   * @return this draft
   */
  public final S part(String name, Message part) {
    return put(name, Objects.requireNonNull(part, "part"));
  }

  /**
   * Sets a list of phrases (joined by the catalog's {@code format.list} or {@code format.list.<style>}).
   *
   * @param name the fact's name
   * @param parts the phrases
   * @return this draft
   */
  public final S parts(String name, List<Message> parts) {
    Objects.requireNonNull(parts, "parts");
    for (int i = 0, n = parts.size(); i < n; i++) {
      Objects.requireNonNull(parts.get(i), "parts element");
    }
    return put(name, List.copyOf(parts));
  }
}
