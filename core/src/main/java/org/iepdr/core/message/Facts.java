package org.iepdr.core.message;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The typed facts a finding, a deadline or a piece of advice states, by name, in the order they were
 * given: what a program reads instead of parsing a sentence.
 *
 * <p>A value is one of: a {@link LocalDate}; a {@link ZonedDateTime} (an instant in the jurisdiction's
 * zone, with its offset); a {@code Long} (a count of days, hours, people); a {@code String} (an event id
 * or another literal that is never translated); an {@link Enum} constant (a label the catalog
 * translates, such as a side or a process); a {@link Message} (a phrase of its own); a list of
 * messages. Facts never hold a student's name or birth date.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class Facts {

  private static final Facts NONE = new Facts(new String[0], new Object[0], 0);

  /** The names and values: the first {@link #size} entries of arrays that may be longer (never changed). */
  private final String[] names;
  private final Object[] values;
  private final int size;

  private Facts(String[] names, Object[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /**
   * Returns the empty set of facts.
   *
   * @return no facts
   */
  public static Facts none() {
    return NONE;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the names, in the order given.
   *
   * @return the names
   */
  public List<String> names() {
    return List.of(Arrays.copyOf(names, size));
  }

  /**
   * Returns the number of facts.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns whether there are no facts.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns a fact's value.
   *
   * @param name the fact's name
   * @return the value, or empty when there is no such fact
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(find(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns a date fact.
   *
   * @param name the fact's name
   * @return the date, or empty when there is no such fact or it is not a date
   */
  public Optional<LocalDate> date(String name) {
    return typed(name, LocalDate.class);
  }

  /**
   * Returns a time fact (an instant in the jurisdiction's zone).
   *
   * @param name the fact's name
   * @return the time, or empty when there is no such fact or it is not a time
   */
  public Optional<ZonedDateTime> time(String name) {
    return typed(name, ZonedDateTime.class);
  }

  /**
   * Returns a number fact.
   *
   * @param name the fact's name
   * @return the number, or empty when there is no such fact or it is not a number
   */
  public OptionalLong number(String name) {
    Object v = find(Objects.requireNonNull(name, "name"));
    return v instanceof Long l ? OptionalLong.of(l) : OptionalLong.empty();
  }

  /**
   * Returns a text fact (an id or another literal).
   *
   * @param name the fact's name
   * @return the text, or empty when there is no such fact or it is not text
   */
  public Optional<String> text(String name) {
    return typed(name, String.class);
  }

  /**
   * Returns the facts as an ordered, unmodifiable map.
   *
   * @return name to value, in the order given
   */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      m.put(names[i], values[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  private <T> Optional<T> typed(String name, Class<T> type) {
    Object v = find(Objects.requireNonNull(name, "name"));
    return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
  }

  @Nullable Object find(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Facts f && Arrays.equals(names, 0, size, f.names, 0, f.size)
        && Arrays.equals(values, 0, size, f.values, 0, f.size);
  }

  @Override
  public int hashCode() {
    // as Arrays.hashCode over the facts' entries
    int n = 1;
    int v = 1;
    for (int i = 0; i < size; i++) {
      n = 31 * n + names[i].hashCode();
      v = 31 * v + values[i].hashCode();
    }
    return 31 * n + v;
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /** Builds {@link Facts}. Not thread-safe; the facts it builds are. */
  public static final class Builder extends FactsDraft<Builder> {
    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    /** The names and values given; empty and shared until the first fact (many drafts state none). */
    private String[] names = NO_NAMES;
    private Object[] values = NO_VALUES;
    /**
     * How many facts were given. The arrays are only appended to, so facts built earlier share them and
     * read their own first entries, which never change.
     */
    private int size;

    Builder() {}

    /**
     * Records a fact of any of the allowed types (see {@link Facts}); the typed setters are clearer.
     *
     * @param name the fact's name
     * @param value a date, a zoned time, a number ({@code Integer} or {@code Long}), a string, an enum
     *     constant, a message or a list of messages
     * @return this builder
     * @throws IllegalArgumentException for a value of another type, or a name given twice
     */
    @Override
    public Builder put(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (value instanceof Integer i) {
        value = (long) i;
      }
      if (value instanceof List<?> list) {
        value = List.copyOf(list);
      }
      if (!(value instanceof LocalDate || value instanceof ZonedDateTime || value instanceof Long
          || value instanceof String || value instanceof Enum<?> || value instanceof Message
          || (value instanceof List<?> list && allMessages(list)))) {
        throw new IllegalArgumentException("fact '" + name + "': a " + value.getClass().getSimpleName()
            + " is not a fact; use a date, a zoned time, a number, a string, an enum constant or a message");
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          throw new IllegalArgumentException("fact '" + name + "' is given twice");
        }
      }
      if (size == names.length) {
        int capacity = Math.max(4, size * 2);
        names = Arrays.copyOf(names, capacity);
        values = Arrays.copyOf(values, capacity);
      }
      names[size] = name;
      values[size] = value;
      size++;
      return this;
    }

    private static boolean allMessages(List<?> list) {
      for (int i = 0, n = list.size(); i < n; i++) {
        if (!(list.get(i) instanceof Message)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns the facts given so far.
     *
     * @return the facts
     */
    public Facts build() {
      if (size == 0) {
        return NONE;
      }
      // the facts share the arrays, reading only the entries given so far (see size)
      return new Facts(names, values, size);
    }
  }
}
