package org.iepdr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.iepdr.core.message.Language;
import org.iepdr.core.message.Message;
import org.iepdr.core.message.MessageCatalog;
import org.iepdr.core.model.Case;
import org.iepdr.core.process.Advice;
import org.iepdr.core.process.EscalationPath;
import org.iepdr.core.process.NextStep;
import org.iepdr.core.process.Reopening;
import org.iepdr.core.process.Step;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Jurisdiction;
import org.iepdr.core.rules.Rule;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.json.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The message catalogs of every module: both languages hold the same keys with the same arguments,
 * the Spanish wording uses the glossary's terms, every key a rule writes exists, and rendering does
 * not depend on the default locale, on the class path or on the module path.
 */
class MessageCatalogsTest {

  private static final RuleBook BOOK = RuleBook.load();

  /** Every catalog in use: core's, each module's (through its rules' descriptors) and the tool's words. */
  static Map<String, MessageCatalog> catalogs() {
    Map<String, MessageCatalog> all = new LinkedHashMap<>();
    all.put(MessageCatalog.core().name(), MessageCatalog.core());
    for (String code : BOOK.jurisdictions()) {
      for (Rule r : BOOK.jurisdiction(code).rules()) {
        all.putIfAbsent(r.descriptor().messages().name(), r.descriptor().messages());
      }
    }
    all.put(EvaluationReport.WORDS.name(), EvaluationReport.WORDS);
    return all;
  }

  @Test
  void everyCatalogHoldsTheSameKeysWithTheSameArgumentsInBothLanguages() {
    List<String> problems = new ArrayList<>();
    for (MessageCatalog c : catalogs().values()) {
      Set<String> en = c.keys(Language.ENGLISH);
      Set<String> es = c.keys(Language.SPANISH);
      for (String k : en) {
        if (!es.contains(k)) {
          problems.add(c.name() + ": no Spanish for " + k);
        } else if (!new TreeSet<>(c.arguments(k, Language.ENGLISH)).equals(new TreeSet<>(c.arguments(k,
            Language.SPANISH)))) {
          problems.add(c.name() + ": " + k + " has arguments " + c.arguments(k, Language.ENGLISH) + " in English but "
              + c.arguments(k, Language.SPANISH) + " in Spanish");
        }
      }
      for (String k : es) {
        if (!en.contains(k)) {
          problems.add(c.name() + ": Spanish key " + k + " has no English");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The glossary: an English term and the Spanish term a message must then use. */
  record Term(Pattern english, String spanish) {}

  static List<Term> glossary() throws IOException {
    return glossary(new ArrayList<>());
  }

  static List<Term> glossary(List<Pattern> forbidden) throws IOException {
    List<Term> terms = new ArrayList<>();
    try (var in = MessageCatalogsTest.class.getResourceAsStream("/glossary/glossary-es.tsv")) {
      assertThat(in).as("glossary").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f[0].startsWith("!")) {
          forbidden.add(Pattern.compile(f[0].substring(1), Pattern.CASE_INSENSITIVE));
        } else {
          terms.add(new Term(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE), f[1]));
        }
      }
    }
    return terms;
  }

  @Test
  void theSpanishMessagesUseTheGlossarysTerms() throws IOException {
    List<Pattern> forbidden = new ArrayList<>();
    List<Term> terms = glossary(forbidden);
    assertThat(terms).hasSizeGreaterThan(10);
    assertThat(forbidden).isNotEmpty();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (MessageCatalog c : catalogs().values()) {
      for (String k : c.keys(Language.ENGLISH)) {
        String en = c.pattern(k, Language.ENGLISH);
        String es = c.pattern(k, Language.SPANISH);
        if (en == null || es == null || k.startsWith("format.")) {
          continue;
        }
        for (Pattern p : forbidden) {
          if (p.matcher(es).find()) {
            problems.add(c.name() + " " + k + ": Spanish uses the variant '" + p + "' the glossary forbids: " + es);
          }
        }
        for (Term t : terms) {
          if (t.english().matcher(en).find()) {
            checked++;
            if (!es.toLowerCase(Locale.ROOT).contains(t.spanish().toLowerCase(Locale.ROOT))) {
              problems.add(c.name() + " " + k + ": English says '" + t.english() + "', Spanish lacks '" + t.spanish()
                  + "': " + es);
            }
          }
        }
      }
    }
    assertThat(checked).as("glossary terms found in English messages").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  static List<Path> bundledCases() throws IOException {
    return GoldenCasesTest.cases().toList();
  }

  @Test
  void everyFindingAndDeadlineOfTheBundledCasesRendersCompletelyInBothLanguages() throws IOException {
    List<String> problems = new ArrayList<>();
    int findings = 0;
    for (Path file : bundledCases()) {
      Case aCase = CaseFileReader.forRuleBook(BOOK).read(file).aCase();
      Jurisdiction j = BOOK.jurisdiction(aCase.state());
      Evaluation e;
      try {
        e = j.evaluate(aCase, aCase.events().get(aCase.events().size() - 1).at().atZone(j.counter().zone())
            .toLocalDate().plusDays(400));
      } catch (RuntimeException needsCalendar) {
        continue;
      }
      for (Finding f : e.findings()) {
        findings++;
        check(problems, file, f.statement());
      }
      for (Deadline d : e.deadlines()) {
        check(problems, file, d.action());
      }
    }
    assertThat(findings).isGreaterThan(5);
    assertThat(problems).isEmpty();
  }

  /**
   * Every next step of the bundled cases, as of their last event and 400 days later: why it is open,
   * why it is open again and its advice are keys of a module's catalog that render completely in both
   * languages, and the Spanish differs from the English.
   */
  @Test
  void everyNextStepOfTheBundledCasesRendersCompletelyInBothLanguages() throws IOException {
    List<String> problems = new ArrayList<>();
    int steps = 0;
    int advice = 0;
    int reopenings = 0;
    for (Path file : bundledCases()) {
      Case aCase = CaseFileReader.forRuleBook(BOOK).read(file).aCase();
      Jurisdiction j = BOOK.jurisdiction(aCase.state());
      LocalDate last = aCase.events().get(aCase.events().size() - 1).at().atZone(j.counter().zone()).toLocalDate();
      for (LocalDate asOf : List.of(last, last.plusDays(400))) {
        Evaluation e;
        try {
          e = j.evaluate(aCase, asOf);
        } catch (RuntimeException needsCalendar) {
          continue;
        }
        for (NextStep s : e.nextSteps()) {
          steps++;
          checkWorded(problems, file, s.reason());
          if (s.openAgain().isPresent()) {
            reopenings++;
            checkWorded(problems, file, s.openAgain().get().reason());
          }
          for (Advice a : s.advice()) {
            advice++;
            checkWorded(problems, file, a.statement());
          }
        }
      }
    }
    assertThat(steps).as("next steps of the bundled cases").isGreaterThan(20);
    assertThat(advice).as("advice shown to the bundled cases").isGreaterThan(5);
    assertThat(reopenings).as("reopenings shown to the bundled cases").isPositive();
    assertThat(problems).isEmpty();
  }

  /**
   * Every step, reopening and piece of advice of every jurisdiction's path, also those no bundled case
   * reaches, is worded under a key of the documented shape ({@code STEP.<J>.<FROM>.<TO>[.<situation>]},
   * {@code REOPENING.<J>.<PROCESS>}, {@code ADVICE.<J>.<PROCESS>.<name>}) and renders completely in both
   * languages.
   */
  @Test
  void everyStepReopeningAndAdviceOfEveryPathIsWordedInBothLanguages() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    Path none = Path.of("(path)");
    for (String code : BOOK.jurisdictions()) {
      EscalationPath path = BOOK.jurisdiction(code).escalation();
      for (Step s : path.steps()) {
        checked++;
        checkWorded(problems, none, s.reason());
        if (!s.reason().key().matches("STEP\\.[A-Z]{2}\\." + s.from() + "\\." + s.to() + "(\\.[a-z_]+)?")) {
          problems.add(code + ": step " + s.from() + " -> " + s.to() + " keyed " + s.reason().key());
        }
      }
      for (Reopening r : path.reopenings().values()) {
        checked++;
        checkWorded(problems, none, r.reason());
        if (!r.reason().key().matches("REOPENING\\.[A-Z]{2}\\." + r.process())) {
          problems.add(code + ": reopening of " + r.process() + " keyed " + r.reason().key());
        }
      }
      for (Advice a : path.advice()) {
        checked++;
        checkWorded(problems, none, a.statement());
        if (!a.statement().key().matches("ADVICE\\.[A-Z]{2}\\." + a.process() + "\\.[a-z_]+")) {
          problems.add(code + ": advice on " + a.process() + " keyed " + a.statement().key());
        }
      }
    }
    assertThat(checked).isGreaterThan(60);
    assertThat(problems).isEmpty();
  }

  /**
   * {@code check --lang es} writes the next steps, the reason a process is open again and the advice in
   * Spanish, in the text, Markdown and JSON formats; without {@code --lang} they stay in English.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void checkWritesTheNextStepsInTheLanguageAsked(String format) {
    String file = GoldenCasesTest.CASES.resolve("ms-refused-facilitation.json").toString();
    Cli.Result es = Cli.run("check", file, "--format", format, "--lang", "es");
    Cli.Result en = Cli.run("check", file, "--format", format);
    assertThat(es.err()).isEmpty();
    assertThat(en.err()).isEmpty();
    String declinedEs = "el distrito escolar rechazó la facilitación: conserve su negativa por escrito";
    String declinedEn = "the district declined facilitation: keep its refusal in writing";
    assertThat(es.out()).contains(declinedEs).doesNotContain(declinedEn)
        .contains("puede volver a pedirse un facilitador");
    assertThat(en.out()).contains(declinedEn).doesNotContain(declinedEs)
        .contains("a facilitator can be requested again");
    if (format.equals("json")) {
      assertThat(es.out()).contains("\"key\" : \"STEP.MS.IEP_MEETING.MEDIATION.declined\"")
          .contains("\"key\" : \"REOPENING.MS.FACILITATED_IEP\"");
    }
  }

  private static void checkWorded(List<String> problems, Path file, Message m) {
    check(problems, file, m);
    if (!"literal".equals(m.key()) && m.render(Language.ENGLISH).equals(m.render(Language.SPANISH))) {
      problems.add(file + ": " + m.key() + " reads the same in Spanish as in English");
    }
  }

  private static void check(List<String> problems, Path file, Message m) {
    if ("literal".equals(m.key())) {
      problems.add(file + ": a rule still words a message itself: " + m);
    }
    for (Language l : Language.values()) {
      m.problems(l).forEach(p -> problems.add(file + ": " + p));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "tr", "en-US", "de"})
  void renderingDoesNotDependOnTheDefaultLocale(String tag) throws IOException {
    Path file = bundledCases().get(0);
    Case aCase = CaseFileReader.forRuleBook(BOOK).read(file).aCase();
    Jurisdiction j = BOOK.jurisdiction(aCase.state());
    Evaluation e = j.evaluate(aCase);
    String en = render(e, Language.ENGLISH);
    String es = render(e, Language.SPANISH);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(render(e, Language.ENGLISH)).isEqualTo(en);
      assertThat(render(e, Language.SPANISH)).isEqualTo(es);
      assertThat(e.findings().isEmpty() || !en.equals(es)).isTrue();
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static String render(Evaluation e, Language l) {
    StringBuilder b = new StringBuilder();
    e.findings().forEach(f -> b.append(f.message(l)).append('\n'));
    e.deadlines().forEach(d -> b.append(d.description(l)).append('\n'));
    for (NextStep s : e.nextSteps()) {
      b.append(s.why(l)).append('\n');
      s.advice().forEach(a -> b.append(a.text(l)).append('\n'));
    }
    return b.toString();
  }

  /**
   * On the module path each state module opens its own catalog: a layer of the core, Missouri and
   * Mississippi modules (their other dependencies are compile-time only) finds every module's Spanish
   * wording under Spanish and Turkish default locales.
   */
  /** English renderings seen on the module path, by catalog and key, across the default locales tried. */
  private static final Map<String, String> englishUnderRoot = new java.util.concurrent.ConcurrentHashMap<>();

  @ParameterizedTest
  @ValueSource(strings = {"es", "tr"})
  void onTheModulePathEveryModuleRendersItsOwnCatalog(String tag) throws Exception {
    List<Path> paths = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      String s = p.toString().replace('\\', '/');
      if (s.matches(".*/(core|rules-missouri|rules-mississippi)/target/(classes|[^/]*\\.jar)") && !s.endsWith("-tests.jar")) {
        paths.add(p);
      }
    }
    assertThat(paths).as("core and the two state modules on the class path: %s", paths).hasSize(3);
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf = boot.configuration().resolve(finder, ModuleFinder.of(),
        Set.of("org.iepdr.core", "org.iepdr.rules.missouri", "org.iepdr.rules.mississippi"));
    ClassLoader parent = ClassLoader.getPlatformClassLoader();
    ModuleLayer layer = boot.defineModulesWithOneLoader(cf, parent);
    ClassLoader loader = layer.findLoader("org.iepdr.core");
    Class<?> moduleType = loader.loadClass("org.iepdr.core.rules.RuleModule");
    Class<?> ruleType = loader.loadClass("org.iepdr.core.rules.Rule");
    Class<?> descriptorType = loader.loadClass("org.iepdr.core.rules.RuleDescriptor");
    Class<?> catalogType = loader.loadClass("org.iepdr.core.message.MessageCatalog");
    Class<?> languageType = loader.loadClass("org.iepdr.core.message.Language");
    assertThat(moduleType.getModule().isNamed()).isTrue();
    Object spanish = languageType.getField("SPANISH").get(null);
    Object english = languageType.getField("ENGLISH").get(null);
    Class<?> messageType = loader.loadClass("org.iepdr.core.message.Message");
    Class<?> factsType = loader.loadClass("org.iepdr.core.message.Facts");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      Set<String> seen = new TreeSet<>();
      for (Object module : ServiceLoader.load(layer, moduleType)) {
        Object jurisdictionCode = moduleType.getMethod("jurisdiction").invoke(module);
        List<?> rules = (List<?>) moduleType.getMethod("rules").invoke(module);
        for (Object rule : rules) {
          Object descriptor = ruleType.getMethod("descriptor").invoke(rule);
          Object catalog = descriptorType.getMethod("messages").invoke(descriptor);
          Set<?> keys = (Set<?>) catalogType.getMethod("keys", languageType).invoke(catalog, spanish);
          Object name = catalogType.getMethod("name").invoke(catalog);
          // a module's own message renders in each language through the catalog the module opened on the
          // module path: Spanish when asked, English when asked, whatever the default locale
          if (!keys.isEmpty() && seen.add(jurisdictionCode + ":" + name)) {
            int rendered = 0;
            for (Object key : keys) {
              Object en = catalogType.getMethod("pattern", String.class, languageType).invoke(catalog, key, english);
              Object es = catalogType.getMethod("pattern", String.class, languageType).invoke(catalog, key, spanish);
              if (key.toString().startsWith("format.") || en == null || en.equals(es)) {
                continue;
              }
              Object message = messageType.getMethod("of", catalogType, String.class, factsType)
                  .invoke(null, catalog, key, factsType.getMethod("none").invoke(null));
              String inSpanish = (String) messageType.getMethod("render", languageType).invoke(message, spanish);
              String inEnglish = (String) messageType.getMethod("render", languageType).invoke(message, english);
              assertThat(inSpanish).as("%s %s in Spanish", name, key).isNotEqualTo(inEnglish);
              assertThat(inEnglish).as("%s %s in English under %s", name, key, tag)
                  .isEqualTo(englishUnderRoot.computeIfAbsent(name + " " + key, k -> inEnglish));
              rendered++;
            }
            assertThat(rendered).as("messages of %s rendered on the module path", name).isGreaterThan(5);
          }
        }
      }
      assertThat(seen).as("module catalogs with Spanish keys, loaded on the module path")
          .contains("MO:org.iepdr.rules.missouri", "MS:org.iepdr.rules.mississippi", "US:org.iepdr.core");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
