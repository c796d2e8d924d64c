package com.replycraft.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnalyzerTest {

  private final TextAnalyzer analyzer = new TextAnalyzer();

  // ---- sentences -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We open at 9 a.m. and close at 5 p.m. every day.",
        "Your parcel left on Jan. 5 and should arrive on Friday.",
        "Send any file, e.g. a PDF or a photo of the receipt.",
        "Dr. Smith will call you about the claim.",
        "Mr. Jones signed for the parcel at 10 a.m. Monday.",
        "The total is $1,200.50 including tax.",
      })
  void keeps_abbreviations_and_numbers_inside_their_sentence(String text) {
    assertThat(analyzer.analyze(text).sentences()).hasSize(1);
  }

  @Test
  void splits_sentences_lines_and_list_items_with_trimmed_offsets() {
    String text =
        "Hi Priya,\n\nThanks for waiting.  Here is what happens next:\n- we refund\n- we call";
    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.sentences())
        .extracting(analyzed::sentenceText)
        .containsExactly(
            "Hi Priya,",
            "Thanks for waiting.",
            "Here is what happens next:",
            "- we refund",
            "- we call");
    Sentence second = analyzed.sentences().get(1);
    assertThat(text.substring(second.start(), second.end())).isEqualTo("Thanks for waiting.");
    assertThat(analyzed.paragraphs()).hasSize(4);
  }

  @Test
  void paragraphs_split_at_blank_lines_and_list_items_only() {
    String text =
        "Hi Sam,\r\n\r\nYour refund is on its way.\nIt left today.\n\n  \nNext:\n1. check\n2) sign\n"
            + "* done\n-not a list item\n";
    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.paragraphs())
        .extracting(analyzed::slice)
        .containsExactly(
            "Hi Sam,",
            "Your refund is on its way.\nIt left today.",
            "Next:",
            "1. check",
            "2) sign",
            "* done\n-not a list item");
  }

  // ---- tokens ----------------------------------------------------------------------------------

  @Test
  void tokens_carry_their_offsets_kind_and_lower_case_form() {
    String text = "Sam, you can’t use order AB-12345 (#48213) before 5pm 😊 :)";
    AnalyzedText analyzed = analyzer.analyze(text);

    for (Token token : analyzed.tokens()) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    assertThat(analyzed.tokens())
        .extracting(Token::text)
        .containsExactly(
            "Sam",
            ",",
            "you",
            "can’t",
            "use",
            "order",
            "AB-12345",
            "(",
            "#",
            "48213",
            ")",
            "before",
            "5pm",
            "😊",
            ":)");
    assertThat(analyzed.tokens().get(3).lower()).isEqualTo("can't");
    assertThat(analyzed.tokens())
        .extracting(Token::kind)
        .containsExactly(
            TokenKind.WORD,
            TokenKind.PUNCTUATION,
            TokenKind.WORD,
            TokenKind.WORD,
            TokenKind.WORD,
            TokenKind.WORD,
            TokenKind.WORD,
            TokenKind.PUNCTUATION,
            TokenKind.PUNCTUATION,
            TokenKind.NUMBER,
            TokenKind.PUNCTUATION,
            TokenKind.WORD,
            TokenKind.NUMBER,
            TokenKind.EMOJI,
            TokenKind.EMOJI);
  }

  @Test
  void keeps_emoji_sequences_whole_and_does_not_mistake_colons_for_faces() {
    AnalyzedText analyzed = analyzer.analyze("Great 👍🏽 👨‍👩‍👧 Note:Please call 10:30");

    assertThat(analyzed.tokens()).filteredOn(t -> t.kind() == TokenKind.EMOJI).hasSize(2);
    assertThat(analyzed.tokens())
        .extracting(Token::text)
        .contains("👍🏽", "👨‍👩‍👧", "Please", "10:30");
  }

  @Test
  void a_url_or_email_address_is_one_token_and_its_question_mark_asks_nothing() {
    String text =
        "Track it at https://example.com/track?id=48213. Or email help@example.co.uk, Sam.";
    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.tokens())
        .filteredOn(t -> t.kind() == TokenKind.SYMBOL)
        .extracting(Token::text)
        .containsExactly("https://example.com/track?id=48213", "help@example.co.uk");
    assertThat(analyzed.sentences()).noneMatch(Sentence::question);
    assertThat(analyzed.specifics()).extracting(analyzed::slice).contains("help@example.co.uk");
  }

  // ---- negation --------------------------------------------------------------------------------

  @ParameterizedTest(name = "\"{1}\" negated in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      I am not sorry about it.                     | sorry
      No problem at all.                           | problem
      This will never happen again.                | again
      We can't refund the fee.                     | refund
      We don't apologise for this.                 | apologise
      I cant find it.                              | find
      You won’t be charged twice.                  | charged
      """)
  void marks_words_in_a_negation_scope(String text, String word) {
    assertThat(token(analyzer.analyze(text), word).negated()).isTrue();
  }

  @ParameterizedTest(name = "\"{1}\" affirmed in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      I can't help but apologise for the delay.            | apologise
      I am sorry about the wait.                           | sorry
      It was not us. We apologise for the confusion.       | apologise
      I'm not happy, and I want a refund.                  | refund
      I'm not happy and I want a refund.                   | want
      Not only did it arrive late, but it was broken too.  | broken
      """)
  void leaves_words_outside_the_negation_scope(String text, String word) {
    assertThat(token(analyzer.analyze(text), word).negated()).isFalse();
  }

  // ---- quotes ----------------------------------------------------------------------------------

  @Test
  void marks_quoted_customer_phrases_and_email_quotes() {
    String text =
        "You wrote \"this is a joke\" and “I want to cancel”.\n> Where is my refund?\nWe are on it.";
    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(token(analyzed, "joke").quoted()).isTrue();
    assertThat(token(analyzed, "cancel").quoted()).isTrue();
    assertThat(token(analyzed, "refund").quoted()).isTrue();
    assertThat(token(analyzed, "wrote").quoted()).isFalse();
    assertThat(token(analyzed, "on").quoted()).isFalse();
    assertThat(analyzed.quoted())
        .extracting(analyzed::slice)
        .containsExactly("\"this is a joke\"", "“I want to cancel”", "> Where is my refund?");
  }

  @Test
  void an_unpaired_quote_marks_nothing() {
    AnalyzedText analyzed = analyzer.analyze("He said \"fine\nand left. Then a 12\" screen.");

    assertThat(analyzed.quoted()).isEmpty();
  }

  // ---- questions -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Where is my refund?",
        "How do I get my refund",
        "I'd like to know when it ships.",
        "Can you check the order for me please.",
        "Hi Sam, can you tell me what happened",
        "Is it possible to change the address",
        "Any update on this.",
        "I'm not sure how to reset my password.",
        "Thanks, when will the engineer come",
        "Why was I charged twice.",
        "Do you know when the outage ends",
      })
  void recognises_questions_with_and_without_a_question_mark(String text) {
    assertThat(analyzer.analyze(text).sentences().get(0).question()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What a mess.",
        "Have a great day.",
        "When you get a chance, call us on 0800 123 456.",
        "I've forwarded your complaint to the claims team, who will reply by Friday.",
        "Your parcel is at the depot, where it will stay until Monday.",
        "Should you need anything else, reply here and I'll pick it up.",
        "Had you been told about the fee, you could have chosen another plan.",
        "How nice of you to say so!",
        "Thanks for the update.",
        "The parcel was delivered to your neighbour.",
        "Will do.",
        "I know how you feel.",
        "You asked \"where is my refund?\" and it was sent today.",
        "> Any update?",
      })
  void does_not_take_statements_for_questions(String text) {
    assertThat(analyzer.analyze(text).sentences().get(0).question()).isFalse();
  }

  // ---- specifics -------------------------------------------------------------------------------

  @Test
  void finds_names_references_numbers_and_dates() {
    String text =
        "Thanks, Priya. Order AB-12345 and ticket #48213 for the Pixel 8 left on 12/03/2026, "
            + "£40 was refunded on Tuesday.";
    AnalyzedText analyzed = analyzer.analyze(text);

    assertThat(analyzed.specifics())
        .extracting(analyzed::slice)
        .contains("Priya", "AB-12345", "#48213", "Pixel", "8", "12/03/2026", "40", "Tuesday")
        .doesNotContain("Thanks", "Order", "48213");
  }

  @Test
  void the_pronoun_i_and_sentence_starts_are_not_specifics() {
    AnalyzedText analyzed = analyzer.analyze("I will check. We can help. I'm on it.");

    assertThat(analyzed.specifics()).isEmpty();
  }

  // ---- readability -----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} has {1} syllables")
  @CsvSource({
    "the, 1",
    "refund, 2",
    "service, 2",
    "table, 2",
    "while, 1",
    "free, 1",
    "processed, 2",
    "needed, 2",
    "signed, 1",
    "boxes, 2",
    "makes, 1",
    "pages, 2",
    "yesterday, 3",
    "apologise, 4",
    "account, 2",
    "immediately, 5",
    "can't, 1",
  })
  void counts_syllables(String word, int syllables) {
    assertThat(Readability.syllables(word)).isEqualTo(syllables);
  }

  @Test
  void computes_reading_grade_and_ease_as_worked_out_by_hand() {
    // 14 words, 2 sentences, 21 syllables: Your(1) refund(2) was(1) processed(2) yesterday(3);
    // It(1) should(1) reach(1) your(1) account(2) within(2) three(1) working(2) days(1).
    // grade = 0.39 * 7 + 11.8 * 1.5 - 15.59 = 4.84; ease = 206.835 - 1.015 * 7 - 84.6 * 1.5 = 72.83
    Readability r =
        analyzer
            .analyze(
                "Your refund was processed yesterday. "
                    + "It should reach your account within three working days.")
            .readability();

    assertThat(r.words()).isEqualTo(14);
    assertThat(r.sentences()).isEqualTo(2);
    assertThat(r.syllables()).isEqualTo(21);
    assertThat(r.grade()).isEqualTo(4.8);
    assertThat(r.ease()).isEqualTo(72.8);
  }

  @Test
  void a_long_latinate_sentence_reads_harder_than_a_short_plain_one() {
    Readability hard =
        analyzer
            .analyze(
                "Unfortunately, notwithstanding our comprehensive investigation, the reimbursement "
                    + "authorisation remains outstanding pending additional documentation verification.")
            .readability();
    Readability plain = analyzer.analyze("We need one more form. Then we pay you.").readability();

    assertThat(hard.grade()).isGreaterThan(15);
    assertThat(hard.ease()).isLessThan(10);
    assertThat(plain.grade()).isLessThan(3);
    assertThat(plain.ease()).isGreaterThan(90);
  }

  @Test
  void scales_stay_in_range_for_tiny_and_empty_texts() {
    assertThat(analyzer.analyze("Thanks!").readability().grade()).isEqualTo(0);
    assertThat(analyzer.analyze("Thanks!").readability().ease()).isEqualTo(100);
    Readability empty = analyzer.analyze("").readability();
    assertThat(empty.words()).isZero();
    assertThat(empty.grade()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"", "a. ", "Dr. ", "\" x", "x\n", "😊", "?", "> ", "AB-1 ", "a@b", "a@b ", "www.x"
      })
  void stays_linear_on_long_pathological_input(String unit) {
    String text = unit.repeat(100_000 / unit.length());

    long started = System.nanoTime();
    AnalyzedText analyzed = analyzer.analyze(text);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(analyzed.text()).isEqualTo(text);
    assertThat(millis).as("analysing 100k characters of %s", unit).isLessThan(3_000);
  }

  @Test
  void one_analyzer_gives_the_same_answers_from_many_threads_at_once() throws Exception {
    List<String> texts =
        List.of(
            "Hi Sam. Dr. Lee will call at 9 a.m. Monday. Is that OK?",
            "We can't refund it. But we can send a voucher, e.g. £20.",
            "> Where is it?\nIt left on Jan. 5. Tracking: AB-12345.");
    List<List<Sentence>> expected =
        texts.stream().map(t -> analyzer.analyze(t).sentences()).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int task = 0; task < 8; task++) {
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    int k = i % texts.size();
                    if (!analyzer.analyze(texts.get(k)).sentences().equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Token token(AnalyzedText text, String word) {
    List<Token> matches = text.tokens().stream().filter(t -> t.lower().equals(word)).toList();
    assertThat(matches).as("token %s in %s", word, text.text()).isNotEmpty();
    return matches.get(0);
  }
}
