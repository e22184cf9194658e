package org.iepdr.core.model;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * The child the case is about, known to the library by an opaque id.
 *
 * <p>A name and a birth date may be carried for the caller's convenience; both are redacted from
 * {@code toString} and never appear in a message or a finding. Rules never read them.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Student {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Student}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableStudent.Builder {
    Builder() {}
  }

  /**
   * Returns a student known only by an opaque id.
   *
   * @param id the opaque id, not blank
   * @return the student
   */
  public static Student of(String id) {
    return builder().id(id).build();
  }

  /**
   * Returns the opaque id the caller uses for the student.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the student's name, if the caller supplied one. Redacted from {@code toString}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * Returns the student's birth date, if the caller supplied one. Redacted from {@code toString}.
   *
   * @return the birth date
   */
  @Value.Redacted
  public abstract Optional<LocalDate> birthDate();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new InvalidInputException("student.id", "blank", "a non-blank opaque id");
    }
  }
}
