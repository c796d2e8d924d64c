package com.replycraft.scoring.check.empathy;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.ContentWords;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TEMPLATED_REPLY: the reply is (nearly) a stock template: most of its sentences are boilerplate
 * (close to a stock sentence of {@code lexicon/stock-sentences.txt} by overlap of stemmed word
 * pairs, or made only of service-speak) and nothing in it comes from this customer's thread: not
 * their name, not a number or product they gave, not more than one of their content words. Judged
 * only when the customer has said something a reply could draw on.
 */
public final class TemplatedReplyCheck implements Check {

  private static final List<Set<String>> STOCK = stockShingles();

  /** Dice overlap of word pairs at which a sentence counts as a variant of a stock sentence. */
  static final double STOCK_SIMILARITY = 0.5;

  /** Share of boilerplate sentences at which the reply counts as a template. */
  static final double BOILERPLATE_SHARE = 0.75;

  @Override
  public String id() {
    return "TEMPLATED_REPLY";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.TEMPLATED_REPLY);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    if (context.author() == Author.BOT || reply.isBlank()) {
      return List.of();
    }
    CustomerFacts facts = CustomerFacts.of(context);
    // One shared common word ("order", "account") does not make stock sentences personal.
    if (!facts.hasContent() || facts.drawsOn(reply.tokens())) {
      return List.of();
    }
    int counted = 0;
    int boilerplate = 0;
    int stockLike = 0;
    for (Sentence sentence : reply.sentences()) {
      if (sentence.words() < 2) {
        continue;
      }
      List<Token> tokens = reply.tokensOf(sentence);
      counted++;
      if (similarToStock(tokens)) {
        stockLike++;
        boilerplate++;
      } else if (CustomerFacts.distinctiveWords(tokens) == 0
          && !CustomerFacts.hasConcreteDetail(tokens)) {
        boilerplate++;
      }
    }
    if (counted == 0 || stockLike == 0 || boilerplate < BOILERPLATE_SHARE * counted) {
      return List.of();
    }
    Sentence first = reply.sentences().get(0);
    Sentence last = reply.sentences().get(reply.sentences().size() - 1);
    List<String> theirs = facts.examples(3);
    String hint =
        theirs.isEmpty()
            ? "Open with what they actually wrote about"
            : "Open with what they actually wrote about (" + String.join(", ", theirs) + ")";
    return List.of(
        Finding.of(
            FindingCode.TEMPLATED_REPLY,
            Severity.MAJOR,
            first.start(),
            last.end(),
            "The reply is stock wording with nothing drawn from this customer's messages, so it"
                + " reads as a form letter.",
            hint
                + ", say what you have done or will do about it and by when, and keep at most one"
                + " stock courtesy line."));
  }

  static boolean similarToStock(List<Token> tokens) {
    Set<String> pairs = shingles(words(tokens));
    if (pairs.isEmpty()) {
      return false;
    }
    for (Set<String> stock : STOCK) {
      int shared = 0;
      for (String pair : pairs) {
        if (stock.contains(pair)) {
          shared++;
        }
      }
      if (2.0 * shared / (pairs.size() + stock.size()) >= STOCK_SIMILARITY) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(List<Token> tokens) {
    List<String> words = new ArrayList<>();
    for (Token token : tokens) {
      if (token.isWord() || token.kind() == com.replycraft.scoring.text.TokenKind.NUMBER) {
        words.add(ContentWords.stem(token.lower()));
      }
    }
    return words;
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> pairs = new HashSet<>();
    if (words.size() == 1) {
      pairs.add(words.get(0));
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      pairs.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return pairs;
  }

  private static List<Set<String>> stockShingles() {
    List<Set<String>> stock = new ArrayList<>();
    for (LexiconEntry entry : Lexicon.named("stock-sentences").entries()) {
      List<String> words = new ArrayList<>();
      for (String token : entry.tokens()) {
        if (Character.isLetterOrDigit(token.charAt(0))) {
          words.add(ContentWords.stem(token));
        }
      }
      stock.add(Set.copyOf(shingles(words)));
    }
    return List.copyOf(stock);
  }

  @Override
  public List<CheckExample> examples() {
    String customer =
        "My March bill charged me twice for the Premium bundle. Reference INV-88213. Please fix it.";
    return List.of(
        new CheckExample(
            FindingCode.TEMPLATED_REPLY,
            ScoreRequest.builder()
                .channel(Channel.TICKET)
                .customerSays("2026-11-19T10:00:00Z", customer)
                .draftAt("2026-11-19T12:00:00Z")
                .draft(
                    "Thank you for contacting us. We have received your request and will get back"
                        + " to you as soon as possible. We appreciate your patience.")
                .build(),
            ScoreRequest.builder()
                .channel(Channel.TICKET)
                .customerSays("2026-11-19T10:00:00Z", customer)
                .draftAt("2026-11-19T12:00:00Z")
                .draft(
                    "You're right, invoice INV-88213 charged the Premium bundle twice. I've refunded"
                        + " the duplicate charge today; it will show on your card within 3 days.")
                .build()));
  }
}
