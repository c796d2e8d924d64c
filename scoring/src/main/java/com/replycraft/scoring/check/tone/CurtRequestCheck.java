package com.replycraft.scoring.check.tone;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CURT_REQUEST: a request or question aimed at the customer with no courtesy anywhere in the reply.
 * Three shapes of sentence count as curt:
 *
 * <ul>
 *   <li>a bare demand: a sentence that opens on a demand verb with no subject ("Send the receipt.",
 *       "Fix your settings."; verbs in {@code lexicon/curt-demand-verb.txt});
 *   <li>a direct question at the reader: a confrontational opening ("Why did you ...", "Did you
 *       even ...", {@code lexicon/curt-question.txt}) or a plain wh-question about "you"/"your"
 *       ("What is your account number?");
 *   <li>an obligation laid on the reader ("You need to reinstall it.", {@code
 *       lexicon/curt-obligation.txt}).
 * </ul>
 *
 * It fires only when the same reply has no softener at all ({@code lexicon/curt-softener.txt}:
 * please, thanks, sorry, "could you", "I wonder", "perhaps" ...) and no greeting with a name ("Hi
 * Sam,"). Conditional guidance ("If the light is red, restart it"), numbered steps, quoted text and
 * negated obligations ("you don't need to ...") are left alone.
 */
public final class CurtRequestCheck implements Check {

  private static final Lexicon SOFTENERS = Lexicon.named("curt-softener");
  private static final Lexicon QUESTIONS = Lexicon.named("curt-question");
  private static final Lexicon OBLIGATIONS = Lexicon.named("curt-obligation");
  private static final Set<String> DEMAND_VERBS = words(Lexicon.named("curt-demand-verb"));

  /** At most this many findings a reply: the point is made once or twice, not per sentence. */
  private static final int MAX_FINDINGS = 2;

  private static final Set<String> GREETINGS =
      Set.of("hi", "hello", "hey", "hiya", "dear", "greetings", "morning", "afternoon", "evening");

  private static final Set<String> GREETING_NAMES =
      Set.of("there", "team", "all", "everyone", "folks", "both", "again", "friend");

  /** Short lead-ins that keep a sentence a bare demand ("So send it.", "Just fix it."). */
  private static final Set<String> LEAD_INS =
      Set.of("so", "now", "just", "then", "and", "also", "ok", "okay", "well", "again");

  /** Words that make a sentence conditional guidance rather than a demand. */
  private static final Set<String> CONDITIONS =
      Set.of(
          "if",
          "when",
          "whenever",
          "once",
          "unless",
          "case",
          "anytime",
          "otherwise",
          "before",
          "after",
          "until",
          "while");

  private static final Set<String> WH = Set.of("what", "what's", "which", "why", "how", "where");

  private static final Set<String> READER = Set.of("you", "your", "you're", "you've", "yours");

  /** After a sentence-opening verb, these show it is not an imperative ("Return flights are"). */
  private static final Set<String> NOT_IMPERATIVE_NEXT =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "will",
          "has",
          "have",
          "can",
          "you",
          "forward",
          "care",
          "below",
          "above",
          "attached");

  private static final Set<String> WRITER =
      Set.of("i", "we", "i'll", "we'll", "i'd", "we'd", "i'm", "we're", "i've", "we've");

  private static final Set<String> LOOK_AT = Set.of("at", "for", "into", "up", "through", "over");

  @Override
  public String id() {
    return "CURT_REQUEST";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.CURT_REQUEST);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    if (reply.words().isEmpty() || softened(reply)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(2);
    Set<Integer> done = new HashSet<>();
    for (PhraseMatch match : QUESTIONS.find(reply)) {
      Sentence sentence = reply.sentences().get(match.sentenceIn(reply));
      if (!match.quotedIn(reply)
          && sentence.question()
          && opens(reply, sentence, match.firstToken())
          && done.add(sentence.index())) {
        findings.add(confrontation(reply, sentence));
      }
    }
    for (PhraseMatch match : OBLIGATIONS.find(reply)) {
      Sentence sentence = reply.sentences().get(match.sentenceIn(reply));
      if (!match.quotedIn(reply)
          && !match.negatedIn(reply)
          && !sentence.question()
          && !negatedAfter(reply, match.endToken(), sentence)
          && !conditional(reply, sentence)
          && done.add(sentence.index())) {
        findings.add(obligation(reply, sentence, match));
      }
    }
    for (Sentence sentence : reply.sentences()) {
      if (done.contains(sentence.index())) {
        continue;
      }
      int first = firstWord(reply, sentence);
      if (first < 0) {
        continue;
      }
      Token opener = reply.tokens().get(first);
      if (sentence.question()) {
        if (WH.contains(opener.lower())
            && aimedAtReader(reply, first, sentence)
            && !writerTakesPart(reply, sentence)) {
          done.add(sentence.index());
          findings.add(directQuestion(reply, sentence));
        }
      } else if (demand(reply, sentence, first)) {
        done.add(sentence.index());
        findings.add(bareDemand(reply, sentence, first));
      }
    }
    findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return findings.size() > MAX_FINDINGS ? findings.subList(0, MAX_FINDINGS) : findings;
  }

  private static boolean softened(AnalyzedText reply) {
    for (PhraseMatch match : SOFTENERS.find(reply)) {
      if (!match.quotedIn(reply)) {
        return true; // even "no thanks needed" is courtesy enough
      }
    }
    return greetsByName(reply);
  }

  /** "Hi Sam," / "Dear Ms Lee" / "Hello there" / "Hi {first_name}": a warm opening. */
  private static boolean greetsByName(AnalyzedText reply) {
    List<Token> tokens = reply.tokens();
    if (tokens.size() < 2 || !GREETINGS.contains(tokens.get(0).lower())) {
      return false;
    }
    Token next = tokens.get(1);
    if (next.isWord()) {
      return GREETING_NAMES.contains(next.lower())
          || next.isCapitalised() && !READER.contains(next.lower());
    }
    return next.kind() == TokenKind.SYMBOL
        || next.text().equals("{")
        || next.text().equals("[")
        || next.text().equals("<");
  }

  /** The index of the sentence's opening word, allowing a short lead-in; -1 for list steps. */
  private static int firstWord(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokens();
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token token = tokens.get(i);
      if (token.quoted()) {
        return -1;
      }
      if (token.isWord()) {
        if (LEAD_INS.contains(token.lower()) && i + 1 < sentence.endToken()) {
          continue;
        }
        return i;
      }
      if (token.kind() == TokenKind.NUMBER || !",".equals(token.text())) {
        return -1; // "1. Send ...", "- Send ...": a numbered or bulleted step
      }
    }
    return -1;
  }

  private static boolean opens(AnalyzedText reply, Sentence sentence, int token) {
    return firstWord(reply, sentence) == token;
  }

  private static boolean demand(AnalyzedText reply, Sentence sentence, int first) {
    Token verb = reply.tokens().get(first);
    boolean opensLine = verb.isCapitalised() || first > sentence.firstToken(); // "Now send ..."
    if (!DEMAND_VERBS.contains(verb.lower()) || verb.negated() || !opensLine) {
      return false;
    }
    if (first + 1 >= sentence.endToken()) {
      return false; // a one-word line ("Cheers", "Done") is a sign-off, not a demand
    }
    Token next = reply.tokens().get(first + 1);
    if (!next.isWord() && next.kind() != TokenKind.NUMBER) {
      return false; // "Update: ...", "Return - ..."
    }
    if (verb.lower().equals("look") && !LOOK_AT.contains(next.lower())) {
      return false; // "Look, ...", "Look dude": a discourse marker
    }
    return !NOT_IMPERATIVE_NEXT.contains(next.lower())
        && !conditional(reply, sentence)
        && !writerTakesPart(reply, sentence)
        && !listStep(reply, sentence);
  }

  /** "Send the form and I'll process it today": the writer commits too, so it is not an order. */
  private static boolean writerTakesPart(AnalyzedText reply, Sentence sentence) {
    for (Token token : reply.tokensOf(sentence)) {
      if (WRITER.contains(token.lower())) {
        return true;
      }
    }
    return false;
  }

  /** The sentence opens a line after a list marker ("3. Add the card", "- Restart it"). */
  private static boolean listStep(AnalyzedText reply, Sentence sentence) {
    String text = reply.text();
    int start = reply.tokens().get(sentence.firstToken()).start();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    String marker = text.substring(lineStart, start).strip();
    if (marker.isEmpty()) {
      return false;
    }
    for (int i = 0; i < marker.length(); i++) {
      char c = marker.charAt(i);
      if (!Character.isDigit(c) && "-*•.)".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean conditional(AnalyzedText reply, Sentence sentence) {
    for (Token token : reply.tokensOf(sentence)) {
      if (CONDITIONS.contains(token.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "What is your ...", "Why are you ...": the reader within the question's first words. */
  private static boolean aimedAtReader(AnalyzedText reply, int opener, Sentence sentence) {
    int end = Math.min(sentence.endToken(), opener + 4);
    for (int i = opener + 1; i < end; i++) {
      Token token = reply.tokens().get(i);
      if (READER.contains(token.lower()) && !token.quoted()) {
        return true;
      }
    }
    return false;
  }

  /** "You must not ...", "you have to never ...": a warning, not a demand. */
  private static boolean negatedAfter(AnalyzedText reply, int token, Sentence sentence) {
    if (token >= sentence.endToken()) {
      return true; // "... than you have to." ends on the phrase: nothing is asked
    }
    String next = reply.tokens().get(token).lower();
    return next.equals("not") || next.equals("never");
  }

  private static Finding confrontation(AnalyzedText reply, Sentence sentence) {
    return curt(
        reply,
        sentence,
        "\""
            + text(reply, sentence)
            + "\" reads as a challenge, not a question the customer can"
            + " answer comfortably.",
        "Ask for what you need without the edge, e.g. \"Could you tell me a little more about"
            + " what happened, so I can sort it out?\"");
  }

  private static Finding directQuestion(AnalyzedText reply, Sentence sentence) {
    Finding finding =
        curt(
            reply,
            sentence,
            "A bare question with no greeting, thanks or \"please\" anywhere in the reply reads as"
                + " an interrogation.",
            "Soften it and say why you ask, e.g. \"Could you please tell me your account"
                + " number, so I can look into this?\"");
    List<Token> tokens = reply.tokensOf(sentence);
    // "What is your order number?" -> "Could you please tell me your order number?"
    int i = firstWord(reply, sentence) - sentence.firstToken();
    if (i >= 0 && i + 2 < tokens.size()) {
      boolean whatIs =
          tokens.get(i).lower().equals("what")
              && tokens.get(i + 1).lower().equals("is")
              && tokens.get(i + 2).lower().equals("your");
      boolean whats =
          tokens.get(i).lower().equals("what's") && tokens.get(i + 1).lower().equals("your");
      int rest = tokens.size() - i - (whatIs ? 3 : 2);
      if ((whatIs || whats) && rest <= 4) {
        Token your = whatIs ? tokens.get(i + 2) : tokens.get(i + 1);
        int end = contentEnd(reply, sentence);
        return finding.withReplacement(
            "Could you please tell me " + reply.slice(your.start(), end).strip() + "?");
      }
    }
    return finding;
  }

  private static Finding obligation(AnalyzedText reply, Sentence sentence, PhraseMatch match) {
    Finding finding =
        curt(
            reply,
            sentence,
            "\""
                + reply.slice(match.start(), match.end())
                + "\" with no courtesy anywhere in the reply reads as an order to the customer.",
            "Ask instead of ordering, e.g. \"Could you please reinstall the app? That should"
                + " clear the error.\"");
    if (opens(reply, sentence, match.firstToken()) && match.endToken() < sentence.endToken()) {
      String rest =
          reply.slice(reply.tokens().get(match.endToken()).start(), contentEnd(reply, sentence));
      return finding.withReplacement("Could you please " + rest.strip() + "?");
    }
    return finding;
  }

  private static Finding bareDemand(AnalyzedText reply, Sentence sentence, int first) {
    Token verb = reply.tokens().get(first);
    String body = reply.slice(verb.start(), contentEnd(reply, sentence)).strip();
    String request = "Could you please " + lowerFirst(body) + "?";
    return curt(
            reply,
            sentence,
            "\""
                + text(reply, sentence)
                + "\" is a bare order, and nothing else in the reply"
                + " softens it.",
            "Ask it as a request and add a reason or thanks, e.g. \"" + request + "\"")
        .withReplacement(request);
  }

  private static Finding curt(
      AnalyzedText reply, Sentence sentence, String message, String suggestion) {
    List<Token> tokens = reply.tokensOf(sentence);
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    return Finding.of(FindingCode.CURT_REQUEST, Severity.MINOR, start, end, message, suggestion);
  }

  private static String text(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    return reply.slice(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
  }

  /** The end of the sentence's words, before its closing punctuation. */
  private static int contentEnd(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.kind() != TokenKind.PUNCTUATION || !".!?…".contains(token.text().substring(0, 1))) {
        return token.end();
      }
    }
    return tokens.get(tokens.size() - 1).end();
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return text; // an acronym
    }
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private static Set<String> words(Lexicon lexicon) {
    Set<String> words = new HashSet<>();
    for (LexiconEntry entry : lexicon.entries()) {
      words.add(entry.phrase());
    }
    return Set.copyOf(words);
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.CURT_REQUEST,
            ScoreRequest.builder()
                .draft("Send the receipt for the charger. The refund goes out once it arrives.")
                .build(),
            ScoreRequest.builder()
                .draft(
                    "Could you please send the receipt for the charger? Thanks, the refund goes"
                        + " out once it arrives.")
                .build()));
  }
}
