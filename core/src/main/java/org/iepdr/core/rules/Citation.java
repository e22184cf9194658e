package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * Where a rule comes from: the document, the section, a link, and the quoted sentence, so that a
 * reader can check the rule against its source without opening another file.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Citation {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Citation}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }

  /**
   * Returns a citation with a link.
   *
   * @param document the document, e.g. {@code "34 CFR Part 300"}
   * @param section the section, e.g. {@code "300.510(a)(1)"}
   * @param link a URL
   * @param quote the sentence quoted from the source
   * @return the citation
   */
  public static Citation of(String document, String section, String link, String quote) {
    return builder().document(document).section(section).link(link).quote(quote).build();
  }

  /**
   * Returns a citation without a link (a seed file or a statute read from a copy).
   *
   * @param document the document
   * @param section the section
   * @param quote the sentence quoted
   * @return the citation
   */
  public static Citation of(String document, String section, String quote) {
    return builder().document(document).section(section).quote(quote).build();
  }

  /**
   * Returns the document cited.
   *
   * @return the document
   */
  public abstract String document();

  /**
   * Returns the section, paragraph or page within the document.
   *
   * @return the section
   */
  public abstract String section();

  /**
   * Returns a link to the source, where there is one.
   *
   * @return the link
   */
  public abstract Optional<String> link();

  /**
   * Returns the sentence quoted from the source.
   *
   * @return the quote
   */
  public abstract String quote();

  /**
   * Returns how far the source was verified, as recorded in the project's research notes
   * ({@code VERIFIED}, {@code VERIFIED-2ND}, seed). Defaults to {@code "VERIFIED"}.
   *
   * @return the verification level
   */
  @Value.Default
  public String verification() {
    return "VERIFIED";
  }

  @Value.Check
  void check() {
    if (quote().isBlank()) {
      throw new InvalidInputException("citation.quote", "blank", "the sentence quoted from " + document());
    }
  }

  @Override
  public String toString() {
    return document() + " " + section();
  }
}
