package com.replycraft.scoring.check.empathy;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.ContentWords;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SCRIPTED_EMPATHY: a stock empathy line ("I understand your frustration", "sorry for any
 * inconvenience", "we value your business") with nothing specific to this customer in its sentence
 * or the next: no name, nothing they told us, no concrete detail of their situation. Found from a
 * lexicon of stock lines and a pattern (an apology, thanks or understanding whose object is a
 * generic noun such as "inconvenience" or "patience"); negated and quoted uses are left alone.
 * MAJOR when the customer is upset or the reply stacks several stock lines, MINOR otherwise.
 */
public final class ScriptedEmpathyCheck implements Check {

  private static final Lexicon STOCK = Lexicon.named("scripted-empathy");
  private static final Set<String> HEADS =
      ContentWords.stemsOf(Lexicon.named("scripted-empathy-heads"));
  private static final Set<String> OBJECTS =
      ContentWords.stemsOf(Lexicon.named("scripted-empathy-objects"));

  /** Words that may stand before a stock phrase and belong to it ("We do sincerely"). */
  private static final Set<String> LEAD_INS =
      Set.of(
          "i",
          "we",
          "i'm",
          "we're",
          "am",
          "are",
          "do",
          "so",
          "very",
          "truly",
          "really",
          "sincerely",
          "deeply",
          "greatly",
          "genuinely",
          "i'd",
          "we'd",
          "like",
          "to",
          "want",
          "would",
          "can",
          "i've",
          "we've",
          "always",
          "again",
          "please",
          "be",
          "and",
          "also",
          "just",
          "terribly");

  private static final Set<String> FEELINGS = words("scripted-empathy-feelings");

  /** What may follow "how frustrating" in the stock shape: "this must have been for you". */
  private static final Set<String> FEELING_TAIL =
      Set.of(
          "this",
          "that",
          "it",
          "is",
          "must",
          "be",
          "has",
          "have",
          "been",
          "can",
          "may",
          "was",
          "for",
          "you",
          "all",
          "situation",
          "experience");

  private static final Set<String> CAUSE_FILLERS =
      Set.of("this", "it", "that", "may", "might", "has", "have", "will", "you", "was", "been");

  private static final int MAX_OBJECT_DISTANCE = 5;

  /** Single-word request cues ("please complete form ...", "kindly reply with ..."). */
  private static final Set<String> REQUEST_WORDS = Set.of("please", "pls", "plz", "kindly");

  @Override
  public String id() {
    return "SCRIPTED_EMPATHY";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.SCRIPTED_EMPATHY);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    List<int[]> stock = stockPhrases(reply);
    if (stock.isEmpty()) {
      return List.of();
    }
    CustomerFacts facts = CustomerFacts.of(context);
    List<int[]> unspecific = new ArrayList<>();
    int lastSentence = -1;
    for (int[] phrase : stock) {
      int sentence = reply.tokens().get(phrase[0]).sentence();
      if (sentence != lastSentence && !specificAround(reply, stock, sentence, facts)) {
        unspecific.add(phrase);
        lastSentence = sentence;
      }
    }
    boolean upset =
        context.escalation().has(ReasonCode.CUSTOMER_FRUSTRATED)
            || context.escalation().has(ReasonCode.CUSTOMER_DISTRESSED);
    Severity severity = upset || unspecific.size() > 1 ? Severity.MAJOR : Severity.MINOR;
    List<Finding> findings = new ArrayList<>();
    for (int[] phrase : unspecific) {
      int start = reply.tokens().get(phrase[0]).start();
      int end = reply.tokens().get(phrase[1] - 1).end();
      String text = reply.slice(start, end);
      findings.add(
          Finding.of(
              FindingCode.SCRIPTED_EMPATHY,
              severity,
              start,
              end,
              "\""
                  + text
                  + "\" is a stock line that could be sent to anyone, so it reads as"
                  + " scripted rather than felt.",
              suggestion(facts)));
    }
    return findings;
  }

  /** Token ranges {@code [first, end)} of stock empathy, from the lexicon and the pattern. */
  private static List<int[]> stockPhrases(AnalyzedText reply) {
    List<int[]> phrases = new ArrayList<>();
    for (PhraseMatch match : STOCK.find(reply)) {
      if (!match.quotedIn(reply) && !match.negatedIn(reply)) {
        phrases.add(new int[] {leadIn(reply, match.firstToken()), match.endToken()});
      }
    }
    List<Token> tokens = reply.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      if (!head.isWord() || head.negated() || head.quoted()) {
        continue;
      }
      if (!HEADS.contains(ContentWords.stem(head.lower()))) {
        continue;
      }
      int object = genericObjectAfter(tokens, i);
      if (object >= 0 && !covered(phrases, i)) {
        phrases.add(new int[] {leadIn(reply, i), trailingCause(tokens, object + 1)});
      }
    }
    for (int i = 1; i < tokens.size(); i++) {
      Token feeling = tokens.get(i);
      if (FEELINGS.contains(feeling.lower())
          && tokens.get(i - 1).lower().equals("how")
          && !feeling.negated()
          && !feeling.quoted()
          && !covered(phrases, i)) {
        int end = i + 1;
        while (end < tokens.size()
            && end <= i + 5
            && tokens.get(end).sentence() == feeling.sentence()
            && FEELING_TAIL.contains(tokens.get(end).lower())) {
          end++;
        }
        if (end > i + 1) {
          phrases.add(new int[] {leadIn(reply, i - 1), end});
        }
      }
    }
    phrases.sort((a, b) -> Integer.compare(a[0], b[0]));
    return phrases;
  }

  /**
   * The generic object of a stock head within a few words, with only function words and
   * service-speak between ("sorry for all the trouble"), or -1.
   */
  private static int genericObjectAfter(List<Token> tokens, int head) {
    for (int j = head + 1; j < tokens.size() && j <= head + MAX_OBJECT_DISTANCE; j++) {
      Token token = tokens.get(j);
      if (token.kind() != TokenKind.WORD || token.sentence() != tokens.get(head).sentence()) {
        return -1;
      }
      String stem = ContentWords.stem(token.lower());
      if (OBJECTS.contains(stem)) {
        return j;
      }
      if (ContentWords.isContent(token) && !CustomerFacts.SERVICE_STEMS.contains(stem)) {
        return -1;
      }
    }
    return -1;
  }

  /** Swallows a trailing "caused" / "this may have caused" into the stock phrase. */
  private static int trailingCause(List<Token> tokens, int end) {
    for (int j = end; j < tokens.size() && j < end + 4; j++) {
      String lower = tokens.get(j).lower();
      if (lower.equals("caused")) {
        return j + 1;
      }
      if (!CAUSE_FILLERS.contains(lower)) {
        return end;
      }
    }
    return end;
  }

  private static boolean covered(List<int[]> phrases, int token) {
    for (int[] phrase : phrases) {
      if (token >= phrase[0] && token < phrase[1]) {
        return true;
      }
    }
    return false;
  }

  private static int leadIn(AnalyzedText reply, int first) {
    int start = first;
    Sentence sentence = reply.sentences().get(reply.tokens().get(first).sentence());
    while (start > sentence.firstToken()
        && first - start < 5
        && LEAD_INS.contains(reply.tokens().get(start - 1).lower())) {
      start--;
    }
    return start;
  }

  /**
   * Whether the phrase's sentence (outside the phrase) or the next sentence shows this customer:
   * their name or words, a concrete detail, or enough words of substance that are not service-speak
   * (more of them when the customer gave words the reply could have echoed).
   */
  private static boolean specificAround(
      AnalyzedText reply, List<int[]> stock, int sentenceIndex, CustomerFacts facts) {
    List<Token> window = new ArrayList<>();
    Sentence sentence = reply.sentences().get(sentenceIndex);
    int greeting = CustomerFacts.greetingEnd(reply);
    for (Token token : reply.tokensOf(sentence)) {
      // The name in "Hi Mia, we apologise for the inconvenience" greets; it does not make the
      // apology specific.
      if (token.index() >= greeting && !covered(stock, token.index())) {
        window.add(token);
      }
    }
    if (sentenceIndex + 1 < reply.sentences().size()) {
      // A request that follows ("Please send the form ...") asks something of the customer, and a
      // stock sentence ("Your claim has been received ...") fits anyone: neither says anything
      // about what this customer is going through.
      List<Token> next = reply.tokensOf(reply.sentences().get(sentenceIndex + 1));
      if (!isRequest(next) && !TemplatedReplyCheck.similarToStock(next)) {
        window.addAll(next);
      }
    }
    return facts.drawsOn(window)
        || CustomerFacts.hasConcreteDetail(window)
        || CustomerFacts.distinctiveWords(window) >= (facts.hasContent() ? 3 : 2);
  }

  /** A sentence that asks the customer to do something: it opens with or holds a request cue. */
  private static boolean isRequest(List<Token> tokens) {
    for (Token token : tokens) {
      if (token.isWord() && REQUEST_WORDS.contains(token.lower())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String lexicon) {
    Set<String> words = new java.util.HashSet<>();
    for (com.replycraft.scoring.lexicon.LexiconEntry entry : Lexicon.named(lexicon).entries()) {
      words.add(String.join("", entry.tokens()));
    }
    return Set.copyOf(words);
  }

  private static String suggestion(CustomerFacts facts) {
    List<String> theirs = facts.examples(2);
    String hint =
        theirs.isEmpty() ? "" : " Use what they told you (" + String.join(", ", theirs) + ").";
    return "Name the specific thing instead, e.g. \"I'm sorry the replacement router still hasn't"
        + " arrived after two weeks\"."
        + hint;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.SCRIPTED_EMPATHY,
            ScoreRequest.builder()
                .channel(Channel.EMAIL)
                .customerSays(
                    "2026-11-19T10:00:00Z",
                    "My replacement router still hasn't arrived and I work from home.")
                .draftAt("2026-11-19T12:00:00Z")
                .draft(
                    "We apologise for any inconvenience caused. Please let us know if we can help.")
                .build(),
            ScoreRequest.builder()
                .channel(Channel.EMAIL)
                .customerSays(
                    "2026-11-19T10:00:00Z",
                    "My replacement router still hasn't arrived and I work from home.")
                .draftAt("2026-11-19T12:00:00Z")
                .draft(
                    "I'm sorry the replacement router still hasn't arrived when you work from home."
                        + " I've sent a new one by express courier; it will reach you on Friday.")
                .build()));
  }
}
