package org.iepdr.examples.cli;

import java.util.List;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.EffectivePeriod;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.json.output.RuleCatalogueJson;

/**
 * The rule catalogue of a jurisdiction, generated from each rule's {@link RuleDescriptor}.
 *
 * <p>The repository keeps the Markdown catalogue of each installed jurisdiction as
 * {@code docs/rules/CODE.md}; a test fails when one is stale. Regenerate with
 * {@code java -jar examples/target/iepdr.jar rules --state CODE --format markdown > docs/rules/CODE.md} (for
 * the example district module {@code XM}, put {@code iepdr-example-district.jar} on the class path: see the
 * README).
 */
public final class RuleCatalogue {

  private RuleCatalogue() {}

  /** Output formats. */
  public enum Format {
    /** Plain text. */
    TEXT,
    /** Markdown, as kept under docs/rules. */
    MARKDOWN,
    /** A JSON array. */
    JSON
  }

  /**
   * Renders a catalogue.
   *
   * @param format the format
   * @param j the jurisdiction
   * @param rules the rules to list
   * @return the text, ending with a line break
   */
  public static String render(Format format, Jurisdiction j, List<Rule> rules) {
    return switch (format) {
      case TEXT -> text(j, rules);
      case MARKDOWN -> markdown(j, rules);
      case JSON -> RuleCatalogueJson.write(j, rules);
    };
  }

  static String from(EffectivePeriod p) {
    return p.from().map(Object::toString).orElse("always");
  }

  static String to(EffectivePeriod p) {
    return p.to().map(Object::toString).orElse("-");
  }

  static String text(Jurisdiction j, List<Rule> rules) {
    StringBuilder b = new StringBuilder();
    b.append(j.name()).append(" (").append(j.code()).append("): ").append(rules.size()).append(" rules\n");
    for (Rule r : rules) {
      RuleDescriptor d = r.descriptor();
      b.append('\n').append(d.id()).append("  ").append(d.kind()).append("  in force ").append(from(d.inForce()))
          .append(" to ").append(d.inForce().to().map(Object::toString).orElse("now")).append('\n');
      b.append("  ").append(d.title()).append('\n');
      if (!d.counting().isBlank()) {
        b.append("  counting: ").append(d.counting()).append('\n');
      }
      if (!d.replaces().isEmpty()) {
        b.append("  replaces: ").append(d.replaces()).append('\n');
      }
      for (Citation c : d.citations()) {
        b.append("  source: ").append(c.document()).append(' ').append(c.section())
            .append(c.link().map(l -> " <" + l + ">").orElse("")).append(" [").append(label(c)).append("]\n");
        b.append("    \"").append(c.quote()).append("\"\n");
      }
    }
    return b.toString();
  }

  static String markdown(Jurisdiction j, List<Rule> rules) {
    StringBuilder b = new StringBuilder();
    b.append("# Rule catalogue: ").append(j.name()).append(" (").append(j.code()).append(")\n\n");
    b.append("Generated from the rules' own metadata by `iepdr rules --state ").append(j.code())
        .append(" --format markdown`; do not edit by hand (a test fails when this file is stale).\n\n");
    b.append("| rule ID | kind | in force from | to | title |\n|---|---|---|---|---|\n");
    for (Rule r : rules) {
      RuleDescriptor d = r.descriptor();
      b.append("| [`").append(d.id()).append("`](#").append(anchor(d.id().toString())).append(") | ")
          .append(d.kind()).append(" | ").append(from(d.inForce())).append(" | ").append(to(d.inForce()))
          .append(" | ").append(d.title().replace("|", "\\|").replace("\n", " ")).append(" |\n");
    }
    for (Rule r : rules) {
      RuleDescriptor d = r.descriptor();
      b.append("\n## ").append(d.id()).append("\n\n");
      b.append(d.title()).append("\n\n");
      b.append("- kind: ").append(d.kind()).append('\n');
      b.append("- in force: ").append(from(d.inForce())).append(" to ")
          .append(d.inForce().to().map(Object::toString).orElse("now")).append('\n');
      if (!d.counting().isBlank()) {
        b.append("- counting: ").append(d.counting()).append('\n');
      }
      if (!d.replaces().isEmpty()) {
        b.append("- replaces: ").append(d.replaces()).append('\n');
      }
      for (Citation c : d.citations()) {
        b.append("- source: ").append(c.link().map(l -> "[" + c.document() + " " + c.section() + "](" + l + ")")
            .orElse(c.document() + " " + c.section())).append(" (").append(label(c)).append(")\n\n");
        b.append("  > ").append(c.quote().replace("\n", " ")).append("\n\n");
      }
    }
    return b.toString();
  }

  /**
   * The source's authority and force, and whether the quote is a restatement, in words, with the
   * strongest kind the citation allows: e.g. "statute, duty; allows VIOLATION".
   *
   * @param c the citation
   * @return the label
   */
  static String label(Citation c) {
    return c.authority().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", "
        + c.force().name().toLowerCase(java.util.Locale.ROOT) + (c.restatement() ? ", restatement" : "")
        + "; allows " + c.strongestKind();
  }

  static String anchor(String id) {
    return id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_ -]", "");
  }
}
