package com.replycraft.scoring.check.clarity;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replacements;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.check.ReplyPlaces;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.TimeExpressions;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NO_NEXT_STEP: the reply leaves the customer not knowing what happens next. A reply has a next
 * step when it
 *
 * <ul>
 *   <li>asks the customer to do something ("please reply with", "could you send", "tap Reconnect",
 *       a question) — stock offers such as "any other questions" do not count ({@code
 *       lexicon/generic-closing.txt});
 *   <li>reports the matter done ("I've refunded", "your order has been dispatched"); or
 *   <li>commits someone to an action ("I'll call you", "a technician will visit", "you should
 *       receive", {@code lexicon/handoff-commitment.txt}) and says when ({@link
 *       TimeExpressions#sentencesWithConcreteOrApproximateTime}; a vague "soon" is left to
 *       VAGUE_TIMEFRAME).
 * </ul>
 *
 * Without any of them the finding is an insertion before the sign-off; with a commitment but no
 * time, an insertion of a deadline at the end of the commitment. A reply to a customer who only
 * closed the conversation ("thanks, all sorted", {@code lexicon/customer-closing.txt}) owes no next
 * step.
 */
public final class NextStepCheck implements Check {

  static final String NEXT_STEP = "I'll email you an update by 5 pm tomorrow.";
  static final String DEADLINE = " by 5 pm tomorrow";

  private static final Lexicon GENERIC_CLOSING = Lexicon.named("generic-closing");
  private static final Lexicon CUSTOMER_CLOSING = Lexicon.named("customer-closing");
  private static final Lexicon CLOSING_REPLY = Lexicon.named("closing-reply");
  private static final Lexicon COMMITMENTS = Lexicon.named("handoff-commitment");
  private static final Lexicon PENDING = Lexicon.named("pending-work");
  private static final Lexicon PROBLEMS = Lexicon.named("customer-problem");

  private static final Set<String> WILL = Set.of("will", "'ll", "shall");

  private static final Set<String> FUTURE_CUES =
      Set.of(
          "will",
          "i'll",
          "we'll",
          "you'll",
          "it'll",
          "they'll",
          "arrives",
          "arrive",
          "arriving",
          "due",
          "expect",
          "expected",
          "scheduled",
          "booked",
          "starts",
          "begins",
          "ends",
          "renews",
          "ships",
          "leaves",
          "reaches",
          "until",
          "by",
          "within",
          "tomorrow",
          "tonight",
          "next",
          "going",
          "comes",
          "goes",
          "runs");
  private static final Set<String> WILL_CONTRACTIONS =
      Set.of("i'll", "we'll", "you'll", "they'll", "it'll", "he'll", "she'll", "team'll");
  private static final Set<String> NOT_ACTIONS = Set.of("be", "not", "never", "always", "also");

  private static final Set<String> REQUEST_VERBS =
      Set.of(
          "reply",
          "send",
          "call",
          "click",
          "let",
          "contact",
          "visit",
          "check",
          "try",
          "log",
          "go",
          "attach",
          "upload",
          "confirm",
          "tap",
          "follow",
          "ring",
          "email",
          "text",
          "message",
          "complete",
          "fill",
          "sign",
          "restart",
          "update",
          "use",
          "forward",
          "share",
          "keep",
          "pop",
          "drop",
          "give",
          "head",
          "open",
          "select",
          "choose",
          "download",
          "install",
          "reach",
          "get",
          "feel",
          "take",
          "bring",
          "print",
          "return",
          "book",
          "look",
          "watch",
          "enter",
          "unplug",
          "plug",
          "turn",
          "switch",
          "press",
          "hold",
          "reset",
          "reboot",
          "clear",
          "just",
          "simply",
          "kindly",
          "respond",
          "provide",
          "tell",
          "screenshot",
          "pay",
          "add",
          "remove",
          "set",
          "save",
          "paste",
          "copy",
          "edit",
          "test");

  /** Words that open a clause before the main one: "If it persists, reply ...". */
  private static final Set<String> LEAD_CLAUSE =
      Set.of("if", "when", "once", "after", "before", "in", "on", "from", "under", "then", "next");

  private static final Set<String> CUSTOMER_ACTIONS =
      Set.of("can", "could", "may", "need", "needs", "must", "should", "might");

  private static final Set<String> RESOLVED =
      Set.of(
          "refunded",
          "cancelled",
          "canceled",
          "processed",
          "fixed",
          "resolved",
          "updated",
          "credited",
          "reset",
          "changed",
          "removed",
          "applied",
          "sent",
          "booked",
          "arranged",
          "scheduled",
          "reversed",
          "waived",
          "replaced",
          "reinstated",
          "activated",
          "reactivated",
          "unlocked",
          "restored",
          "approved",
          "issued",
          "corrected",
          "added",
          "reconnected",
          "rebooked",
          "shipped",
          "dispatched",
          "posted",
          "delivered",
          "paid",
          "completed",
          "closed",
          "sorted",
          "amended",
          "adjusted",
          "upgraded",
          "downgraded",
          "released",
          "lifted",
          "returned",
          "ordered",
          "organised",
          "organized",
          "emailed",
          "attached",
          "included",
          "enclosed",
          "repaired",
          "renewed",
          "extended",
          "cleared",
          "verified");

  private static final Set<String> RESOLVED_CONTEXT =
      Set.of(
          "i've",
          "we've",
          "i",
          "we",
          "have",
          "has",
          "had",
          "been",
          "is",
          "are",
          "was",
          "were",
          "now",
          "just",
          "already",
          "also",
          "it's",
          "that's",
          "'s",
          "all",
          "successfully",
          "fully");

  @Override
  public String id() {
    return "NO_NEXT_STEP";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.NO_NEXT_STEP);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    if (reply.readability().words() < 6) {
      return List.of();
    }
    Set<Integer> generic = new HashSet<>();
    for (PhraseMatch match : GENERIC_CLOSING.find(reply)) {
      generic.add(match.sentenceIn(reply));
    }
    Set<Integer> committed = new HashSet<>();
    for (PhraseMatch match : COMMITMENTS.find(reply)) {
      if (!match.quotedIn(reply) && !match.negatedIn(reply)) {
        committed.add(match.sentenceIn(reply));
      }
    }
    Set<Integer> timed = TimeExpressions.sentencesWithConcreteOrApproximateTime(reply);
    Sentence commitment = null;
    for (Sentence sentence : reply.sentences()) {
      if (generic.contains(sentence.index()) || reply.isQuoted(sentence.start(), sentence.end())) {
        continue;
      }
      if (asksCustomer(reply, sentence)
          || reportsDone(reply, sentence)
          || timed.contains(sentence.index()) && schedules(reply, sentence)) {
        return List.of();
      }
      if (commitment == null
          && (committed.contains(sentence.index()) || commits(reply, sentence))) {
        commitment = sentence;
      }
    }
    if (commitment != null && TimeExpressions.anyTimeIn(reply)) {
      return List.of();
    }
    // Exemptions that need the thread, checked only when the reply would otherwise be flagged.
    if (customerClosed(context) || closingOnly(reply) || answeredInFull(context)) {
      return List.of();
    }
    if (commitment != null) {
      int at = clauseEnd(reply, commitment);
      return List.of(
          Finding.of(
                  FindingCode.NO_NEXT_STEP,
                  Severity.MAJOR,
                  at,
                  at,
                  "The reply says what will happen but not when, so the customer can't plan or"
                      + " know when to chase.",
                  "Add when it will happen, e.g. \"" + DEADLINE.strip() + "\".")
              .withReplacement(DEADLINE));
    }
    int at = signOffStart(reply);
    String insertion =
        at < reply.text().length()
            ? NEXT_STEP + "\n\n"
            : (reply.text().endsWith("\n") ? "" : " ") + NEXT_STEP;
    return List.of(
        Finding.of(
                FindingCode.NO_NEXT_STEP,
                Severity.MAJOR,
                at,
                at,
                "The reply does not say what happens next, who does it, or when.",
                "End with the next step, its owner and a time: \"" + NEXT_STEP + "\"")
            .withReplacement(insertion));
  }

  /**
   * The customer only asked for information and the reply gives it, with nothing left pending ("Is
   * the Richmond store open on Sunday?" - "Yes, from 10 am to 4 pm."): the answer is the end of it.
   */
  private static boolean answeredInFull(ReplyContext context) {
    return !context.thread().unansweredCustomerMessages().isEmpty()
        && !PENDING.affirmedIn(context.reply())
        && !complains(context)
        && !UnansweredQuestionCheck.asked(context).isEmpty()
        && UnansweredQuestionCheck.unanswered(context).isEmpty();
  }

  /** A problem report beside the question ("it's broken, what now?") needs a next step. */
  private static boolean complains(ReplyContext context) {
    for (AnalyzedMessage message : context.thread().unansweredCustomerMessages()) {
      AnalyzedText text = message.text();
      for (PhraseMatch match : PROBLEMS.find(text)) {
        if (!text.sentences().get(match.sentenceIn(text)).question()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The customer's last words only closed the conversation: "Thanks, all sorted now!". */
  private static boolean customerClosed(ReplyContext context) {
    List<AnalyzedMessage> unanswered = context.thread().unansweredCustomerMessages();
    if (unanswered.isEmpty()) {
      return false;
    }
    int words = 0;
    boolean closing = false;
    for (AnalyzedMessage message : unanswered) {
      AnalyzedText text = message.text();
      words += text.readability().words();
      for (Sentence sentence : text.sentences()) {
        if (sentence.question()) {
          return false;
        }
      }
      for (Token token : text.tokens()) {
        String w = token.lower();
        if (w.equals("still") || w.equals("but") || w.equals("however") || w.equals("again")) {
          return false;
        }
      }
      closing |= CUSTOMER_CLOSING.affirmedIn(text);
    }
    return closing && words <= 30;
  }

  private static boolean closingOnly(AnalyzedText reply) {
    return reply.readability().words() <= 30 && CLOSING_REPLY.affirmedIn(reply);
  }

  /** A question to the customer or an instruction: the customer knows their next move. */
  private static boolean asksCustomer(AnalyzedText reply, Sentence sentence) {
    if (sentence.question()) {
      return true;
    }
    List<Token> tokens = reply.tokensOf(sentence);
    Token first = null;
    boolean leadClause = false;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (leadClause && t.text().equals(",")) {
        // "If the error persists, reply with ...", "In Okta, open the app ...": the instruction
        // follows the opening clause.
        leadClause = false;
        first = null;
        continue;
      }
      if (!t.isWord() || t.quoted()) {
        continue;
      }
      if (first == null) {
        first = t;
        if (REQUEST_VERBS.contains(t.lower())) {
          return true; // "Send us ...", "Let me know ..."
        }
        leadClause = k == firstWord(tokens) && LEAD_CLAUSE.contains(t.lower());
      }
      if (t.lower().equals("please") && !t.negated() && k + 1 < tokens.size()) {
        String next = tokens.get(k + 1).lower();
        if (!next.equals("accept") && !next.equals("note") && !next.equals("be")) {
          return true;
        }
      }
      if ((t.lower().equals("i'll") || t.lower().equals("we'll"))
          && k + 1 < tokens.size()
          && tokens.get(k + 1).lower().equals("need")) {
        return true; // "I'll need your order number"
      }
      if ((t.lower().equals("you") || t.lower().equals("you'll"))
          && k + 1 < tokens.size()
          && (CUSTOMER_ACTIONS.contains(tokens.get(k + 1).lower())
              || t.lower().equals("you'll") && tokens.get(k + 1).lower().equals("need"))
          && !tokens.get(k + 1).negated()
          && !(k + 2 < tokens.size() && tokens.get(k + 2).lower().equals("have"))) {
        return true; // "you can track it here", "you'll need to sign"
      }
      if (t.lower().equals("if") && k + 2 < tokens.size()) {
        continue;
      }
    }
    return false;
  }

  private static int firstWord(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).isWord() && !tokens.get(k).quoted()) {
        return k;
      }
    }
    return -1;
  }

  /** "Your first bill arrives on 1 December", "the outage ends by 6 pm": a dated future event. */
  private static boolean schedules(AnalyzedText reply, Sentence sentence) {
    for (Token token : reply.tokensOf(sentence)) {
      if (FUTURE_CUES.contains(token.lower()) && !token.negated() && !token.quoted()) {
        return true;
      }
    }
    return false;
  }

  /** "I've refunded", "your order has been dispatched", "it's all sorted". */
  private static boolean reportsDone(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    for (int k = 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!RESOLVED.contains(t.lower()) || t.negated() || t.quoted()) {
        continue;
      }
      for (int b = k - 1; b >= 0 && b >= k - 3; b--) {
        if (RESOLVED_CONTEXT.contains(tokens.get(b).lower())) {
          return !conditional(tokens, k);
        }
      }
    }
    return false;
  }

  private static boolean conditional(List<Token> tokens, int upTo) {
    for (int k = 0; k < upTo; k++) {
      String w = tokens.get(k).lower();
      if (w.equals("if") || w.equals("once") || w.equals("when") || w.equals("unless")) {
        return true;
      }
    }
    return false;
  }

  /** "I'll call you", "our team will review", "you'll receive", "let me check". */
  private static boolean commits(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.quoted() || t.negated()) {
        continue;
      }
      int verb = -1;
      if (WILL_CONTRACTIONS.contains(t.lower())) {
        verb = k + 1;
      } else if (WILL.contains(t.lower()) && k > 0) {
        verb = k + 1;
      }
      if (verb > 0 && verb < tokens.size()) {
        String next = tokens.get(verb).lower();
        String after = verb + 1 < tokens.size() ? tokens.get(verb + 1).lower() : "";
        boolean pleasantry =
            next.equals("be")
                && (after.equals("happy") || after.equals("glad") || after.equals("pleased"));
        if (!NOT_ACTIONS.contains(next) || next.equals("be") && !pleasantry) {
          if (!pleasantry && tokens.get(verb).isWord()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Where a deadline fits: the end of the clause that holds the promise ("I'll get back to you|,
   * thanks for waiting"), else before the sentence's closing punctuation.
   */
  private static int clauseEnd(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    boolean promised = false;
    for (Token t : tokens) {
      String w = t.lower();
      promised |= WILL_CONTRACTIONS.contains(w) || WILL.contains(w) || w.equals("let");
      if (promised
          && t.kind() == TokenKind.PUNCTUATION
          && (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—"))) {
        return t.start();
      }
    }
    return Replacements.beforeEndPunctuation(reply, sentence);
  }

  /** Where the sign-off ("Kind regards, Sam") starts, or the end of the text. */
  private static int signOffStart(AnalyzedText reply) {
    List<Span> paragraphs = reply.paragraphs();
    int at = reply.text().length();
    for (int p = paragraphs.size() - 1; p > 0; p--) {
      Span paragraph = paragraphs.get(p);
      if (wordsIn(reply, paragraph) > 5 || !startsWithSignOff(reply, paragraph)) {
        break;
      }
      at = paragraph.start();
    }
    return at;
  }

  private static int wordsIn(AnalyzedText reply, Span paragraph) {
    int words = 0;
    for (Token token : reply.tokens()) {
      if (token.isWord() && paragraph.covers(token.start(), token.end())) {
        words++;
      }
    }
    return words;
  }

  private static boolean startsWithSignOff(AnalyzedText reply, Span paragraph) {
    for (Token token : reply.tokens()) {
      if (token.start() >= paragraph.start() && token.isWord()) {
        return ReplyPlaces.isSignOffWord(token.lower());
      }
    }
    return false;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.NO_NEXT_STEP,
            ScoreRequest.builder()
                .customerSays("2026-11-20T08:00:00Z", "My internet keeps dropping out at night.")
                .draft("Hi Lee, thanks for letting us know about the drop-outs at night.")
                .draftAt("2026-11-20T09:00:00Z")
                .build(),
            ScoreRequest.builder()
                .customerSays("2026-11-20T08:00:00Z", "My internet keeps dropping out at night.")
                .draft(
                    "Hi Lee, thanks for letting us know about the drop-outs at night. A"
                        + " technician will test your line tonight and I'll call you by 10 am"
                        + " tomorrow with the result.")
                .draftAt("2026-11-20T09:00:00Z")
                .build()));
  }
}
