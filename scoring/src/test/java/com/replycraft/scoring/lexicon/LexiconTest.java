package com.replycraft.scoring.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final TextAnalyzer analyzer = new TextAnalyzer();

  private final Lexicon lexicon =
      Lexicon.of(
          "test",
          List.of(
              "# a comment line",
              "",
              "soon => within 24 hours",
              "as soon as possible => by 5 pm today   # trailing comment",
              "get back to * shortly",
              "we can't"));

  @Test
  void reads_entries_replacements_and_comments() {
    assertThat(lexicon.entries()).hasSize(4);
    assertThat(lexicon.entries().get(0).replacement()).isEqualTo("within 24 hours");
    assertThat(lexicon.entries().get(1).phrase()).isEqualTo("as soon as possible");
    assertThat(lexicon.entries().get(1).replacement()).isEqualTo("by 5 pm today");
    assertThat(lexicon.entries().get(2).tokens())
        .containsExactly("get", "back", "to", "*", "shortly");
  }

  @Test
  void matches_leftmost_longest_with_exact_spans() {
    AnalyzedText text = analyzer.analyze("Reply as soon as possible, or soon.");

    List<PhraseMatch> matches = lexicon.find(text);

    assertThat(matches)
        .extracting(m -> text.slice(m.start(), m.end()))
        .containsExactly("as soon as possible", "soon");
    assertThat(matches.get(0).start()).isEqualTo(6);
    assertThat(matches.get(0).end()).isEqualTo(25);
  }

  @Test
  void a_star_matches_any_one_word_but_not_punctuation() {
    assertThat(lexicon.find(analyzer.analyze("We will get back to you shortly."))).hasSize(1);
    assertThat(lexicon.find(analyzer.analyze("We will get back to, shortly."))).isEmpty();
  }

  @Test
  void matches_case_and_apostrophe_insensitively() {
    assertThat(lexicon.find(analyzer.analyze("SOON. We can’t."))).hasSize(2);
  }

  @Test
  void knows_when_a_match_is_negated_or_quoted() {
    AnalyzedText negated = analyzer.analyze("It will not be soon.");
    AnalyzedText quoted = analyzer.analyze("You said \"soon\" last week.");
    AnalyzedText plain = analyzer.analyze("It will be soon.");

    assertThat(lexicon.find(negated).get(0).negatedIn(negated)).isTrue();
    assertThat(lexicon.find(quoted).get(0).quotedIn(quoted)).isTrue();
    assertThat(lexicon.affirmedIn(negated)).isFalse();
    assertThat(lexicon.affirmedIn(quoted)).isFalse();
    assertThat(lexicon.affirmedIn(plain)).isTrue();
  }

  @Test
  void loads_a_named_lexicon_from_the_classpath_once() {
    assertThat(Lexicon.named("vague-timeframe")).isSameAs(Lexicon.named("vague-timeframe"));
    assertThat(Lexicon.named("vague-timeframe").entries()).isNotEmpty();
  }
}
