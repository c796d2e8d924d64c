package com.replycraft.scoring.check.clarity;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.ContentWords;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.TimeExpressions;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * UNANSWERED_QUESTION: the customer asked something in the messages this reply answers ({@code
 * thread().unansweredCustomerMessages()}) and the reply does not take it up. A question counts as
 * addressed when the reply shares its key content words ({@link ContentWords}: stemmed, stop words
 * removed; one shared word for a short question, two for a longer one) or gives the kind of answer
 * it asks for: a time for "when", an amount for "how much", a yes/no or "I can / we will" for "can
 * I / will you", a reason for "why". Venting questions ("You're joking right?", {@code
 * lexicon/rhetorical-question.txt}), "?!" exclamations and questions with no content words are not
 * information requests. The finding has no span in the reply: it is an empty span at the end, and
 * the message quotes the question.
 */
public final class UnansweredQuestionCheck implements Check {

  private static final Lexicon RHETORICAL = Lexicon.named("rhetorical-question");
  private static final Lexicon YES_NO_ANSWERS = Lexicon.named("yes-no-answer");

  /** Yes/no cues that only answer when they stand alone ("You can."), not before a new verb. */
  private static final Set<String> MODAL_ANSWER_WORDS =
      Set.of("can", "can't", "cannot", "happy", "welcome");

  private static final Set<String> ACT_REQUEST = Set.of("can", "could", "will", "would");
  private static final Set<String> ACTION_OPENERS = Set.of("i've", "we've", "i'll", "we'll");

  private static final Set<String> WH =
      Set.of("what", "when", "where", "why", "how", "who", "which", "whom", "whose");

  private static final Set<String> OPENERS =
      Set.of(
          "what", "when", "where", "why", "how", "who", "which", "can", "could", "will", "would",
          "is", "are", "am", "was", "were", "do", "does", "did", "should", "shall", "may", "might",
          "have", "has", "isn't", "aren't", "won't", "can't", "don't", "doesn't", "didn't",
          "wasn't", "haven't", "hasn't", "any", "please", "i'd", "i", "so", "and", "but", "also",
          "or", "just", "ok", "okay", "hi", "hello", "hey", "then");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "can", "could", "will", "would", "is", "are", "do", "does", "did", "should", "may",
          "have", "has", "was", "were", "any", "isn't", "won't", "can't", "don't");

  private static final Set<String> INSTRUCTION_VERBS =
      Set.of(
          "go",
          "click",
          "tap",
          "open",
          "select",
          "choose",
          "enter",
          "log",
          "sign",
          "visit",
          "head",
          "call",
          "reply",
          "send",
          "use",
          "follow",
          "press",
          "turn",
          "unplug",
          "restart",
          "download",
          "install",
          "update",
          "add",
          "remove",
          "check",
          "type",
          "fill",
          "upload",
          "attach",
          "scroll",
          "navigate",
          "find",
          "look",
          "try",
          "contact",
          "first",
          "simply",
          "just");

  private static final Set<String> AMOUNT_WORDS =
      Set.of(
          "free", "nothing", "charge", "cost", "fee", "price", "$", "£", "€", "dollars", "cents");

  private static final Set<String> REASON_WORDS =
      Set.of("because", "due", "caused", "reason", "since", "as", "happened", "result");

  /** Words that may stand around "confirm" in a bare request to confirm. */
  private static final Set<String> CONFIRM_FILLERS =
      Set.of(
          "please",
          "pls",
          "kindly",
          "can",
          "could",
          "would",
          "you",
          "this",
          "that",
          "it",
          "asap",
          "thanks",
          "thank",
          "urgently",
          "today",
          "just");

  /** Words of a question about a cause other than "why". */
  private static final Set<String> CAUSE_WORDS = Set.of("wrong", "causing", "cause");

  /** Words that introduce an explanation of a cause. */
  private static final Set<String> EXPLAINS = Set.of("means", "meaning", "fix", "culprit");

  /** Asking about time in other words: "how long", "what time", "by when", "eta". */
  private static final Set<String> TIME_WORDS =
      Set.of("long", "time", "date", "day", "eta", "soon", "quickly", "yet");

  @Override
  public String id() {
    return "UNANSWERED_QUESTION";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.UNANSWERED_QUESTION);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    List<Finding> findings = new ArrayList<>();
    int end = context.text().length();
    for (String question : unanswered(context)) {
      findings.add(
          Finding.of(
              FindingCode.UNANSWERED_QUESTION,
              Severity.MAJOR,
              end,
              end,
              "The customer asked \"" + shorten(question) + "\" and the reply does not answer it.",
              "Answer it directly, even if the answer is that you don't know yet and when you"
                  + " will."));
    }
    return findings;
  }

  /** The customer's information requests awaiting this reply, as written. */
  public static List<String> asked(ReplyContext context) {
    List<String> questions = new ArrayList<>();
    for (AnalyzedMessage message : context.thread().unansweredCustomerMessages()) {
      AnalyzedText asked = message.text();
      Set<Integer> rhetorical = rhetoricalSentences(asked);
      for (Sentence sentence : asked.sentences()) {
        Sentence claim = confirmedClaim(asked, sentence);
        if (claim != null) {
          questions.add(asked.sentenceText(claim) + " " + asked.sentenceText(sentence));
        } else if (isInformationRequest(asked, sentence, rhetorical)
            && !ContentWords.topics(asked, sentence.firstToken(), sentence.endToken()).isEmpty()) {
          questions.add(asked.sentenceText(sentence));
        }
      }
    }
    return questions;
  }

  /** Those of {@link #asked} that the reply does not address. */
  public static List<String> unanswered(ReplyContext context) {
    AnalyzedText reply = context.reply();
    if (reply.isBlank()) {
      return List.of();
    }
    Set<String> replyWords = null;
    List<String> unanswered = new ArrayList<>();
    for (AnalyzedMessage message : context.thread().unansweredCustomerMessages()) {
      AnalyzedText asked = message.text();
      Set<Integer> rhetorical = rhetoricalSentences(asked);
      for (Sentence asking : asked.sentences()) {
        // "Your website says spoilage is covered. Please confirm." asks whether the claim holds.
        Sentence claim = confirmedClaim(asked, asking);
        Sentence sentence = claim != null ? claim : asking;
        if (claim == null && !isInformationRequest(asked, sentence, rhetorical)) {
          continue;
        }
        Set<String> key = ContentWords.topics(asked, sentence.firstToken(), sentence.endToken());
        if (key.isEmpty()) {
          continue;
        }
        if (replyWords == null) {
          replyWords = ContentWords.topics(reply);
        }
        if (!addressed(asked, sentence, key, reply, replyWords)) {
          unanswered.add(
              claim != null
                  ? asked.sentenceText(claim) + " " + asked.sentenceText(asking)
                  : asked.sentenceText(sentence));
        }
      }
    }
    return unanswered;
  }

  /**
   * For a bare request to confirm ("Please confirm.", "Can you confirm?"), the statement just
   * before it that the customer wants confirmed; otherwise null.
   */
  private static @Nullable Sentence confirmedClaim(AnalyzedText asked, Sentence sentence) {
    if (sentence.index() == 0) {
      return null;
    }
    boolean confirm = false;
    for (Token token : asked.tokensOf(sentence)) {
      if (!token.isWord()) {
        continue;
      }
      String w = token.lower();
      if (w.equals("confirm") || w.equals("verify")) {
        confirm = true;
      } else if (!CONFIRM_FILLERS.contains(w)) {
        return null;
      }
    }
    if (!confirm) {
      return null;
    }
    // Skip back over a bare reference line ("Claim 5520-FS.") to the statement itself.
    for (int s = sentence.index() - 1; s >= 0 && s >= sentence.index() - 2; s--) {
      Sentence claim = asked.sentences().get(s);
      if (claim.question()) {
        return null;
      }
      if (claim.words() >= 3 && !referenceLine(asked, claim)) {
        return claim;
      }
    }
    return null;
  }

  /** A short line that only gives a reference: "Claim 5520-FS.", "Order #88213". */
  private static boolean referenceLine(AnalyzedText asked, Sentence sentence) {
    if (sentence.words() > 3) {
      return false;
    }
    for (Token token : asked.tokensOf(sentence)) {
      if (token.kind() == TokenKind.NUMBER || token.text().chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  private static Set<Integer> rhetoricalSentences(AnalyzedText asked) {
    Set<Integer> sentences = new HashSet<>();
    for (PhraseMatch match : RHETORICAL.find(asked)) {
      sentences.add(match.sentenceIn(asked));
    }
    return sentences;
  }

  private static boolean isInformationRequest(
      AnalyzedText asked, Sentence sentence, Set<Integer> rhetorical) {
    if (!sentence.question() || sentence.words() < 3) {
      return false;
    }
    String text = asked.sentenceText(sentence);
    if (text.contains("?!") || text.contains("!?") || text.endsWith("!")) {
      return false;
    }
    List<Token> tokens = asked.tokensOf(sentence);
    if (rhetorical.contains(sentence.index())) {
      return false;
    }
    if (!text.contains("?")) {
      return true; // the analyser found an indirect question ("please let me know when ...")
    }
    // "3 days to answer a live chat enquiry?" vents; a real question has an interrogative word.
    for (Token token : tokens) {
      if (token.isWord()) {
        if (OPENERS.contains(token.lower()) || WH.contains(token.lower())) {
          return hasInterrogative(tokens);
        }
        return hasWh(tokens);
      }
    }
    return false;
  }

  private static boolean hasInterrogative(List<Token> tokens) {
    for (Token token : tokens) {
      String w = token.lower();
      if (WH.contains(w) || AUXILIARIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWh(List<Token> tokens) {
    for (Token token : tokens) {
      if (WH.contains(token.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean addressed(
      AnalyzedText asked,
      Sentence sentence,
      Set<String> key,
      AnalyzedText reply,
      Set<String> replyWords) {
    int shared = 0;
    for (String word : key) {
      if (replyWords.contains(word)) {
        shared++;
      }
    }
    Set<String> words = new HashSet<>();
    for (Token token : asked.tokensOf(sentence)) {
      words.add(token.lower());
    }
    // A "when" or "how much" question wants a time or an amount: echoing one of its words ("your
    // policy documents" for "How much is the excess on my policy?") does not answer it.
    boolean wantsTimeOrAmount =
        words.contains("when")
            || (words.contains("how") && (words.contains("much") || words.contains("many")));
    int needed = key.size() <= 3 ? 1 : 2;
    if (wantsTimeOrAmount) {
      needed = Math.min(Math.max(needed, 2), key.size());
    }
    if (shared >= needed) {
      return true;
    }
    if ((words.contains("when") || hasAny(words, TIME_WORDS))
        && TimeExpressions.concreteOrApproximateIn(reply)) {
      return true;
    }
    if (words.contains("how")
        && (words.contains("much") || words.contains("many"))
        && mentionsAmount(reply)) {
      return true;
    }
    if (words.contains("why") && hasAny(reply, REASON_WORDS)) {
      return true;
    }
    // "What are we doing wrong?", "What's causing it?" ask for a cause: an explanation ("...
    // means ...", "because ...") or the steps of the fix answer it.
    if (hasAny(words, CAUSE_WORDS)
        && (hasAny(reply, REASON_WORDS) || hasAny(reply, EXPLAINS) || givesInstructions(reply))) {
      return true;
    }
    if (words.contains("how")
        && !words.contains("much")
        && !words.contains("many")
        && givesInstructions(reply)) {
      return true; // "How do I add a user?" answered by "Go to Settings and click Invite."
    }
    return isYesNo(asked, sentence)
        && (answersYesNo(reply) || shared >= 1 || asksToAct(asked, sentence) && actsOn(reply));
  }

  /** "Can you fix this?", "Could you ...", "Will you ...": a request that the agent act. */
  private static boolean asksToAct(AnalyzedText asked, Sentence sentence) {
    List<Token> words = asked.tokensOf(sentence).stream().filter(Token::isWord).toList();
    for (int k = 0; k + 1 < words.size(); k++) {
      if (ACT_REQUEST.contains(words.get(k).lower()) && words.get(k + 1).lower().equals("you")) {
        return true;
      }
    }
    return false;
  }

  /** The reply reports or commits to an action of the agent's: "I've refunded", "we'll send". */
  private static boolean actsOn(AnalyzedText reply) {
    List<Token> tokens = reply.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.quoted() || t.negated()) {
        continue;
      }
      String w = t.lower().replace('\u2019', '\'');
      if (ACTION_OPENERS.contains(w)) {
        return true;
      }
      if ((w.equals("i") || w.equals("we"))
          && k + 1 < tokens.size()
          && (tokens.get(k + 1).lower().equals("have") || tokens.get(k + 1).lower().equals("will"))
          && !tokens.get(k + 1).negated()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A yes/no answer somewhere in the reply: "Yes", "Of course", "Unfortunately not", or a bare "you
   * can" / "happy to" that stands alone ("You can.", "Happy to!"). A "you can" or "happy to" that
   * goes on to say something else ("You can track it in the app", "Happy to help") is not an answer
   * to "Do you deliver on Sundays?"; when it takes up the question's own words ("You can pay by
   * card") the shared words already count.
   */
  private static boolean answersYesNo(AnalyzedText reply) {
    List<Token> tokens = reply.tokens();
    for (PhraseMatch match : YES_NO_ANSWERS.find(reply)) {
      if (match.quotedIn(reply) || match.negatedIn(reply)) {
        continue;
      }
      boolean modal = false;
      for (int k = match.firstToken(); k < match.endToken(); k++) {
        modal |= MODAL_ANSWER_WORDS.contains(tokens.get(k).lower());
      }
      if (!modal || match.endToken() >= tokens.size() || !tokens.get(match.endToken()).isWord()) {
        return true;
      }
    }
    return false;
  }

  /** A sentence that opens with an instruction ("Go to ...", "Tap ...") or says "you can ...". */
  private static boolean givesInstructions(AnalyzedText reply) {
    List<Token> tokens = reply.tokens();
    for (Sentence sentence : reply.sentences()) {
      boolean first = true;
      for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
        Token t = tokens.get(k);
        if (!t.isWord()) {
          continue;
        }
        if (first && INSTRUCTION_VERBS.contains(t.lower())) {
          return true;
        }
        first = false;
        if (t.lower().equals("you")
            && k + 1 < sentence.endToken()
            && (tokens.get(k + 1).lower().equals("can")
                || tokens.get(k + 1).lower().equals("need"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A yes/no question: it opens with neither a wh-word nor "how", and holds no second, open
   * question ("Will my plan work there, and how much will data cost?" is not answered by "yes").
   */
  private static boolean isYesNo(AnalyzedText asked, Sentence sentence) {
    List<Token> tokens = asked.tokensOf(sentence);
    boolean first = true;
    for (Token token : tokens) {
      if (!token.isWord()) {
        continue;
      }
      String w = token.lower();
      if (first && (WH.contains(w) || w.equals("how"))) {
        return false;
      }
      if (!first
          && (w.equals("how") || w.equals("when") || w.equals("where") || w.equals("why"))
          && !token.quoted()) {
        return false;
      }
      first = false;
    }
    return !first;
  }

  private static boolean mentionsAmount(AnalyzedText reply) {
    for (Token token : reply.tokens()) {
      if (token.kind() == TokenKind.NUMBER || AMOUNT_WORDS.contains(token.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAny(Set<String> words, Set<String> cues) {
    for (String cue : cues) {
      if (words.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAny(AnalyzedText reply, Set<String> cues) {
    for (Token token : reply.tokens()) {
      if (cues.contains(token.lower())) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String question) {
    String flat = question.replaceAll("\\s+", " ");
    return flat.length() <= 140 ? flat : flat.substring(0, 137) + "...";
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.UNANSWERED_QUESTION,
            ScoreRequest.builder()
                .customerSays(
                    "2026-11-20T08:00:00Z",
                    "My parcel hasn't arrived. When will the replacement be delivered?")
                .draft("Hi Tom, sorry to hear about the missing parcel. I've logged a claim.")
                .draftAt("2026-11-20T09:00:00Z")
                .build(),
            ScoreRequest.builder()
                .customerSays(
                    "2026-11-20T08:00:00Z",
                    "My parcel hasn't arrived. When will the replacement be delivered?")
                .draft(
                    "Hi Tom, sorry to hear about the missing parcel. The replacement will be"
                        + " delivered on Thursday.")
                .draftAt("2026-11-20T09:00:00Z")
                .build()));
  }
}
