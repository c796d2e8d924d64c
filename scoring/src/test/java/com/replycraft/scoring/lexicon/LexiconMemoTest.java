package com.replycraft.scoring.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-text memo of lexicon matches and the vocabulary numbers change speed, never results. */
class LexiconMemoTest {

  private final TextAnalyzer analyzer = new TextAnalyzer();

  /** Every lexicon file the scorer ships. */
  private static final List<String> SHIPPED = shipped();

  private static List<String> shipped() {
    Path root = Path.of("src/main/resources/lexicon");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".txt"))
          .map(f -> root.relativize(f).toString().replace('\\', '/').replaceAll("\\.txt$", ""))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'll get back to you shortly, as soon as possible.",
        "Still nothing. You're joking right? I need this money for rent this week.",
        "Please hold while I connect you to an agent.",
        "My father passed away last month and I can't afford this bill.",
        "Thanks so much, that's perfect!",
        "",
        "😡😡 WHY is this STILL not fixed?!"
      })
  void remembered_matches_equal_fresh_matches_for_every_shipped_lexicon(String raw) {
    AnalyzedText text = analyzer.analyze(raw);
    assertThat(SHIPPED).hasSizeGreaterThan(50);
    for (String name : SHIPPED) {
      Lexicon lexicon = Lexicon.named(name);
      List<PhraseMatch> first = lexicon.find(text);
      assertThat(lexicon.find(text)).as(name).isSameAs(first); // the memo answered
      assertThat(first).as(name).isEqualTo(lexicon.findUncached(text));
      assertThat(first).as(name).isEqualTo(lexicon.find(analyzer.analyze(raw)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"same words", "different words"})
  void two_lexicons_on_one_text_keep_their_own_matches(String ignored) {
    Lexicon soon = Lexicon.of("soon", List.of("soon"));
    Lexicon later = Lexicon.of("later", List.of("later"));
    AnalyzedText text = analyzer.analyze("Soon or later, sooner or later.");

    assertThat(soon.find(text))
        .extracting(m -> text.slice(m.start(), m.end()))
        .containsExactly("Soon");
    assertThat(later.find(text))
        .extracting(m -> text.slice(m.start(), m.end()))
        .containsExactly("later", "later");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zorbulate", "frindle", "quaxing"})
  void a_lexicon_loaded_after_a_text_was_searched_still_finds_its_new_words(String unseen) {
    String word = unseen + UUID.randomUUID().toString().substring(0, 8).replace("-", "x");
    AnalyzedText text = analyzer.analyze("Please " + word + " the account today.");
    assertThat(Lexicon.named("vague-timeframe").find(text)).isNotNull(); // numbers the tokens

    Lexicon late = Lexicon.of("late", List.of(word + " the account"));

    assertThat(late.find(text))
        .extracting(m -> text.slice(m.start(), m.end()))
        .containsExactly(word + " the account");
  }
}
