package org.iepdr.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.RuleDescriptor;

/**
 * The list of every source the installed rules cite, with its authority and the rules that use it,
 * generated from the rules' own citations. The repository keeps it as {@code docs/sources.md}; a test fails
 * when it is stale (run that test with {@code -Diepdr.updateDocs=true} to regenerate it).
 */
public final class SourceList {

  private SourceList() {}

  /**
   * Renders the Markdown list of the sources cited by every rule of every jurisdiction of a rule book.
   *
   * @param book the rule book
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(RuleBook book) {
    Objects.requireNonNull(book, "book");
    Map<String, Rule> rules = new TreeMap<>();
    for (String code : book.jurisdictions()) {
      Jurisdiction j = book.jurisdiction(code);
      for (Rule r : j.rules()) {
        rules.putIfAbsent(r.descriptor().id().toString(), r);
      }
    }
    Map<Key, Entry> sources = new TreeMap<>();
    for (Rule r : rules.values()) {
      RuleDescriptor d = r.descriptor();
      for (Citation c : d.citations()) {
        Entry e = sources.computeIfAbsent(new Key(c.authority(), c.document()), k -> new Entry());
        c.link().ifPresent(e.links::add);
        e.uses.computeIfAbsent(d.id().toString(), k -> new TreeSet<>())
            .add(c.section() + (c.restatement() ? ", restated" : ""));
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("# Sources the rules cite\n\n");
    b.append("Generated from the rules' own citations (`SourceList` in the examples module); do not edit by hand"
        + " (a test fails when this file is stale; run the examples module's `SourceListTest` with"
        + " `-Diepdr.updateDocs=true` to regenerate it).\n\n");
    b.append("Every citation carries its source's authority, the force of the quoted words (a duty, a"
        + " recommendation, or advice) and whether the quote is a restatement (someone's paraphrase of the"
        + " source rather than its text). The README's table \"How strong a finding may be\" turns these into the"
        + " strongest kind of finding a rule may report. Authorities:\n\n");
    for (Authority a : Authority.values()) {
      b.append("- `").append(a).append("`: ").append(describe(a)).append('\n');
    }
    b.append("\n").append(sources.size()).append(" sources, cited by ").append(rules.size()).append(" rules.\n\n");
    b.append("| source | authority | rules (section cited; \"restated\" where the quote is a restatement) |\n"
        + "|---|---|---|\n");
    for (Map.Entry<Key, Entry> s : sources.entrySet()) {
      Entry e = s.getValue();
      b.append("| ").append(cell(s.getKey().document()));
      for (String l : e.links) {
        b.append(" <").append(l).append('>');
      }
      b.append(" | ").append(s.getKey().authority()).append(" | ");
      List<String> uses = new ArrayList<>();
      for (Map.Entry<String, Set<String>> u : e.uses.entrySet()) {
        uses.add("`" + u.getKey() + "` (" + String.join("; ", u.getValue()) + ")");
      }
      b.append(cell(String.join(", ", uses))).append(" |\n");
    }
    return b.toString();
  }

  static String describe(Authority a) {
    return switch (a) {
      case STATUTE -> "an Act of Congress or of a state legislature";
      case REGULATION -> "a federal regulation (34 CFR Part 300)";
      case STATE_RULE -> "a state's own binding rule: board rules, administrative code, the state plan";
      case AGENCY_PROCEDURE -> "a state agency's binding programme procedure (a form it requires, who must sign)";
      case AGENCY_GUIDANCE -> "an agency's informal guidance: OSEP letters and Q&A, state agency pages and flyers";
      case SECONDARY -> "articles, advocacy and parent-centre summaries, law-firm pages, CADRE profiles";
      case LOCAL_POLICY -> "a school district's own procedure (the example district module)";
      case HYPOTHETICAL -> "a simulated reform, stated to compare it with the law";
    };
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private record Key(Authority authority, String document) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return Comparator.comparing(Key::authority).thenComparing(k -> k.document().toLowerCase(Locale.ROOT))
          .thenComparing(Key::document).compare(this, o);
    }
  }

  private static final class Entry {
    final Set<String> links = new TreeSet<>();
    final Map<String, Set<String>> uses = new LinkedHashMap<>();
  }
}
