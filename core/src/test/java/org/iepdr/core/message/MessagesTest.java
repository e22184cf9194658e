package org.iepdr.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.model.Side;
import org.junit.jupiter.api.Test;

/** Messages: named placeholders, per-language formats, fallbacks and the checks a module's tests use. */
class MessagesTest {

  static final MessageCatalog TEST = MessageCatalog.load("test", "test",
      name -> MessagesTest.class.getResourceAsStream(name));

  static final LocalDate DUE = LocalDate.of(2026, 3, 5);

  @Test
  void datesAreIsoInEnglishAndWordsInSpanishAndApostrophesArePlainText() {
    Message m = Message.builder(TEST, "T.late").date("held", DUE.plusDays(1)).date("due", DUE).build();
    assertThat(m.render(Language.ENGLISH)).isEqualTo("The meeting was held on 2026-03-06, after 2026-03-05; it's late.");
    assertThat(m.render(Language.SPANISH))
        .isEqualTo("La reunión se celebró el 6 de marzo de 2026, después del 5 de marzo de 2026.");
    assertThat(m.render(Locale.forLanguageTag("es-MX"))).isEqualTo(m.render(Language.SPANISH));
    assertThat(m.render(Locale.forLanguageTag("tr"))).isEqualTo(m.render(Language.ENGLISH));
    assertThat(m.problems(Language.ENGLISH)).isEmpty();
    assertThat(m.problems(Language.SPANISH)).isEmpty();
  }

  @Test
  void aTimeShowsTheJurisdictionsZoneWithItsOffsetOrAsADate() {
    ZonedDateTime at = LocalDateTime.of(2026, 3, 5, 16, 45).atZone(ZoneId.of("America/Chicago"));
    Message m = Message.builder(TEST, "T.at").time("at", at).build();
    assertThat(m.render(Language.ENGLISH)).isEqualTo("Received at 2026-03-05T16:45:00-06:00.");
    assertThat(m.render(Language.SPANISH)).isEqualTo("Recibida el 5 de marzo de 2026, 16:45 -06:00.");
    assertThat(Message.builder(TEST, "T.at_date").time("at", at).build().render(Language.SPANISH))
        .isEqualTo("Recibida el 5 de marzo de 2026.");
  }

  @Test
  void listsJoinPerLanguageAndLabelsTranslate() {
    List<Message> items = List.of(Message.builder(TEST, "T.item").text("what", "a").build(),
        Message.builder(TEST, "T.item").text("what", "b").build());
    assertThat(Message.builder(TEST, "T.list").parts("missing", items).build().render(Language.ENGLISH))
        .isEqualTo("Missing: a; b.");
    assertThat(Message.builder(TEST, "T.and").parts("missing", items).build().render(Language.SPANISH))
        .isEqualTo("Falta a y b.");
    assertThat(Message.builder(TEST, "T.side").label("side", Side.FAMILY).build().render(Language.SPANISH))
        .isEqualTo("La familia lo pidió.");
  }

  @Test
  void aMissingSpanishKeyFallsBackToEnglishAndAMissingKeyKeepsItsFacts() {
    Message en = Message.builder(TEST, "T.only_en").number("n", 3).build();
    assertThat(en.render(Language.SPANISH)).isEqualTo("Only in English (3).");
    assertThat(en.problems(Language.SPANISH)).singleElement().asString().contains("no es message 'T.only_en'");
    Message none = Message.builder(TEST, "T.nowhere").date("due", DUE).build();
    assertThat(none.render(Language.ENGLISH)).isEqualTo("T.nowhere {due=2026-03-05}");
    assertThat(none.problems(Language.ENGLISH)).isNotEmpty();
    Message noFact = Message.builder(TEST, "T.late").date("held", DUE).build();
    assertThat(noFact.render(Language.ENGLISH)).contains("after {due}");
    assertThat(noFact.problems(Language.ENGLISH)).singleElement().asString().contains("no fact 'due'");
  }

  @Test
  void factsAreTypedOrderedAndReadable() {
    Facts f = Facts.builder().date("due", DUE).number("days", 15).text("event", "dp-1").label("side", Side.FAMILY)
        .build();
    assertThat(f.names()).containsExactly("due", "days", "event", "side");
    assertThat(f.date("due")).contains(DUE);
    assertThat(f.number("days")).hasValue(15);
    assertThat(f.text("event")).contains("dp-1");
    assertThat(f.date("days")).isEmpty();
    assertThat(f.get("side")).contains(Side.FAMILY);
    assertThat(f).isEqualTo(Facts.builder().date("due", DUE).number("days", 15).text("event", "dp-1")
        .label("side", Side.FAMILY).build());
    assertThatThrownBy(() -> Facts.builder().date("due", DUE).date("due", DUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'due' is given twice");
    assertThatThrownBy(() -> Facts.builder().put("x", new Object()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fact 'x'");
    assertThat(Facts.builder().put("n", 3).build().number("n")).hasValue(3);
  }

  @Test
  void factsBuiltFromOneBuilderKeepWhatWasGivenWhenTheyWereBuilt() {
    Facts.Builder b = Facts.builder().date("due", DUE);
    Facts one = b.build();
    b.number("days", 15).text("event", "dp-1");
    Facts three = b.build();
    b.text("extra", "x").label("side", Side.FAMILY); // past the arrays' first capacity
    Facts five = b.build();
    assertThat(one.names()).containsExactly("due");
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.text("event")).isEmpty();
    assertThat(one.asMap()).containsOnlyKeys("due");
    assertThat(three.names()).containsExactly("due", "days", "event");
    assertThat(three.get("extra")).isEmpty();
    assertThat(five.names()).containsExactly("due", "days", "event", "extra", "side");
    Facts alone = Facts.builder().date("due", DUE).number("days", 15).text("event", "dp-1").build();
    assertThat(three).isEqualTo(alone).hasSameHashCodeAs(alone).isNotEqualTo(one).isNotEqualTo(five);
    assertThat(one).isEqualTo(Facts.builder().date("due", DUE).build())
        .hasSameHashCodeAs(Facts.builder().date("due", DUE).build());
    assertThat(Facts.builder().build()).isEqualTo(Facts.none()).hasSameHashCodeAs(Facts.none());
  }

  @Test
  void aPatternThatDoesNotParseIsRefusedWhenTheCatalogLoadsNamingFileAndKey() {
    assertThatThrownBy(() -> MessageCatalog.load("broken", "broken",
        name -> MessagesTest.class.getResourceAsStream(name)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken_en.properties")
        .hasMessageContaining("T.bad").hasMessageContaining("without its '}'");
    assertThatThrownBy(() -> MessageCatalog.load("none", "absent", name -> null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no absent_en.properties");
  }

  @Test
  void theCatalogListsKeysAndArgumentsPerLanguage() {
    assertThat(TEST.keys(Language.ENGLISH)).contains("T.late", "T.only_en");
    assertThat(TEST.keys(Language.SPANISH)).doesNotContain("T.only_en");
    assertThat(TEST.arguments("T.late", Language.ENGLISH)).containsExactly("held", "due");
    assertThat(TEST.pattern("format.date", Language.SPANISH)).isEqualTo("d 'de' MMMM 'de' uuuu");
    assertThat(TEST.name()).isEqualTo("test");
  }

  @Test
  void languagesParseFromTheirCodes() {
    assertThat(Language.parse("ES")).isEqualTo(Language.SPANISH);
    assertThat(Language.parse(" en ")).isEqualTo(Language.ENGLISH);
    assertThatThrownBy(() -> Language.parse("fr")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("en or es");
    assertThat(Message.literal("as written").render(Language.SPANISH)).isEqualTo("as written");
  }

  @Test
  void twoMessagesAreEqualByCatalogKeyAndFacts() {
    Message a = Message.builder(TEST, "T.count").number("n", 2).build();
    assertThat(a).isEqualTo(Message.builder(TEST, "T.count").number("n", 2).build())
        .hasSameHashCodeAs(Message.builder(TEST, "T.count").number("n", 2).build())
        .isNotEqualTo(Message.builder(TEST, "T.count").number("n", 3).build());
    assertThat(a.toString()).isEqualTo("2 days");
  }
}
