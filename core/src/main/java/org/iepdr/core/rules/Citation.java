package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * Where a rule comes from: the document, the section, a link, and the quoted sentence, so that a
 * reader can check the rule against its source without opening another file; and the source's
 * {@link Authority authority}, the {@link Force force} of the quoted words and whether the quote is a
 * {@linkplain #restatement() restatement}, which decide how strong a finding may rest on it
 * ({@link KindPolicy}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class Citation {

  /** The document name of the federal regulations, {@value}. */
  public static final String CFR_300 = "34 CFR Part 300";

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
   * Returns a citation of 34 CFR Part 300 whose quoted words impose a duty, with a link.
   *
   * @param section the section, e.g. {@code "300.510(a)(1)"}
   * @param link a URL, e.g. {@code "https://sites.ed.gov/idea/regs/b/e/300.510/a"}
   * @param quote the regulation's own words
   * @return the citation
   */
  public static Citation regulation(String section, String link, String quote) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(quote, "quote");
    return of(Authority.REGULATION, Force.DUTY, CFR_300, section, link, quote);
  }

  /**
   * Returns a citation of 34 CFR Part 300 whose quoted words impose a duty, without a link.
   *
   * @param section the section
   * @param quote the regulation's own words
   * @return the citation
   */
  public static Citation regulation(String section, String quote) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(quote, "quote");
    return of(Authority.REGULATION, Force.DUTY, CFR_300, section, quote);
  }

  /**
   * Returns a citation of a source's own words (not a restatement), with a link.
   *
   * @param authority the source's authority
   * @param force what the quoted words do
   * @param document the document, e.g. {@code "34 CFR Part 300"}
   * @param section the section, e.g. {@code "300.510(a)(1)"}
   * @param link a URL
   * @param quote the sentence quoted from the source
   * @return the citation
   */
  public static Citation of(Authority authority, Force force, String document, String section, String link,
      String quote) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(quote, "quote");
    return builder().authority(authority).force(force).document(document).section(section).link(link).quote(quote)
        .build();
  }

  /**
   * Returns a citation of a source's own words (not a restatement), without a link.
   *
   * @param authority the source's authority
   * @param force what the quoted words do
   * @param document the document
   * @param section the section
   * @param quote the sentence quoted
   * @return the citation
   */
  public static Citation of(Authority authority, Force force, String document, String section, String quote) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(quote, "quote");
    return builder().authority(authority).force(force).document(document).section(section).quote(quote).build();
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
   * Returns the authority of the source: what kind of document the quote comes from.
   *
   * @return the authority
   */
  public abstract Authority authority();

  /**
   * Returns what the quoted words do: impose a duty, recommend, or permit and advise.
   *
   * @return the force
   */
  public abstract Force force();

  /**
   * Returns whether the quote is a restatement: someone's paraphrase of the source (a summary, a
   * secondary page quoting it loosely, a project's own wording of a rule whose text was not retrieved)
   * rather than the source's own words. Defaults to false.
   *
   * @return true for a restatement
   */
  @Value.Default
  public boolean restatement() {
    return false;
  }

  /**
   * Returns the strongest kind of finding this citation allows ({@link KindPolicy#strongest(Citation)}).
   *
   * @return the strongest kind
   */
  public final FindingKind strongestKind() {
    return KindPolicy.strongest(this);
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
