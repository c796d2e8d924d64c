package com.replycraft.scoring.check.delay;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replies;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RESTARTED_CONVERSATION: the reply asks the customer to state their enquiry ("how can I help you
 * today?", "please let me know your enquiry") although they already wrote it in the thread. A
 * follow-up offer ("anything else I can help with?") is not a restart, and a thread whose customer
 * only said "hi" has no enquiry to repeat.
 *
 * <p>Severity: MAJOR; CRITICAL when the customer also waited past the response target, because
 * starting over after a long wait is the failure customers remember (the guide's 72-hour example).
 */
public final class RestartedConversationCheck implements Check {

  private static final Lexicon RESTART = Lexicon.named("restart-ask");
  private static final Lexicon CONTINUATION = Lexicon.named("restart-continuation");
  private static final Lexicon GREETINGS = Lexicon.named("greeting");

  /** A customer message with at least this many non-greeting words states an enquiry. */
  private static final int SUBSTANTIVE_WORDS = 3;

  private static final int EXCERPT_CHARS = 90;

  private static final Lexicon ASK_PROBLEM = Lexicon.named("ask-problem");

  /** Customer words at which the problem counts as described (as in ASKED_FOR_KNOWN_INFO). */
  private static final int DESCRIBED_WORDS = 12;

  /** Words that turn an ask into a follow-up: "more detail", "anything further", "else". */
  private static final Set<String> FOLLOW_UP_WORDS =
      Set.of("more", "further", "additional", "else", "exactly", "still", "again");

  @Override
  public String id() {
    return "RESTARTED_CONVERSATION";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.RESTARTED_CONVERSATION);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedMessage enquiry = firstEnquiry(context.thread().messages());
    if (enquiry == null) {
      return List.of();
    }
    AnalyzedText reply = context.reply();
    boolean[] requests = Replies.requestSentences(reply);
    boolean[] continuation = new boolean[reply.sentences().size()];
    for (PhraseMatch match : CONTINUATION.find(reply)) {
      continuation[match.sentenceIn(reply)] = true;
    }
    Severity severity = context.waitInfo().breached() ? Severity.CRITICAL : Severity.MAJOR;
    List<Finding> findings = new ArrayList<>();
    int lastSentence = -1;
    List<PhraseMatch> asks = new ArrayList<>(RESTART.find(reply));
    if (described(context.thread().messages())) {
      // "Could you describe the issue?" to someone who already described it starts over too.
      for (PhraseMatch match : ASK_PROBLEM.find(reply)) {
        if (!asksForMore(reply, match.sentenceIn(reply))) {
          asks.add(match);
        }
      }
      asks.sort(java.util.Comparator.comparingInt(PhraseMatch::firstToken));
    }
    for (PhraseMatch match : asks) {
      int s = match.sentenceIn(reply);
      if (s == lastSentence || !Replies.affirmed(match, reply) || !requests[s] || continuation[s]) {
        continue;
      }
      lastSentence = s;
      Sentence sentence = reply.sentences().get(s);
      String excerpt = excerpt(enquiry.text());
      findings.add(
          Finding.of(
              FindingCode.RESTARTED_CONVERSATION,
              severity,
              sentence.start(),
              sentence.end(),
              "The customer already told you what they need, so asking again restarts the"
                  + " conversation as if they had never written.",
              "Answer what they already asked (\""
                  + excerpt
                  + "\") or ask only for the one detail you are missing."));
    }
    return findings;
  }

  /** True when the customer's messages together describe the problem in some detail. */
  private static boolean described(List<AnalyzedMessage> messages) {
    int words = 0;
    for (AnalyzedMessage message : messages) {
      if (message.fromCustomer()) {
        words += message.text().words().size();
      }
    }
    return words >= DESCRIBED_WORDS;
  }

  /** "Could you describe the issue in more detail?" follows up; it does not start over. */
  private static boolean asksForMore(AnalyzedText reply, int sentence) {
    for (Token token : reply.tokensOf(reply.sentences().get(sentence))) {
      if (FOLLOW_UP_WORDS.contains(token.lower())) {
        return true;
      }
    }
    return false;
  }

  private static AnalyzedMessage firstEnquiry(List<AnalyzedMessage> messages) {
    for (AnalyzedMessage message : messages) {
      if (message.fromCustomer() && substantive(message.text())) {
        return message;
      }
    }
    return null;
  }

  private static boolean substantive(AnalyzedText text) {
    int words = 0;
    for (Token token : text.tokens()) {
      if (token.isWord() || token.kind() == com.replycraft.scoring.text.TokenKind.NUMBER) {
        words++;
      }
    }
    for (PhraseMatch greeting : GREETINGS.find(text)) {
      words -= greeting.endToken() - greeting.firstToken();
    }
    return words >= SUBSTANTIVE_WORDS;
  }

  private static String excerpt(AnalyzedText text) {
    String sentence =
        text.sentences().isEmpty() ? text.text().strip() : longestSentence(text).strip();
    sentence = sentence.replace('\n', ' ').replace("\"", "'");
    return sentence.length() <= EXCERPT_CHARS
        ? sentence
        : sentence.substring(0, EXCERPT_CHARS).strip() + "…";
  }

  private static String longestSentence(AnalyzedText text) {
    Sentence best = text.sentences().get(0);
    for (Sentence sentence : text.sentences()) {
      if (sentence.words() > best.words()) {
        best = sentence;
      }
    }
    return text.sentenceText(best);
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.RESTARTED_CONVERSATION,
            request("Hi Ana, thanks for messaging us! How can I help you today?"),
            request(
                "Hi Ana, your router is on its way and should arrive by Thursday. Is there anything"
                    + " else I can help with?")));
  }

  private static ScoreRequest request(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.MESSAGING)
        .customerSays("2026-11-20T08:00:00Z", "Hi, my replacement router still hasn't arrived.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }
}
