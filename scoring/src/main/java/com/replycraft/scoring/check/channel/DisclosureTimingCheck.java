package com.replycraft.scoring.check.channel;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replies;
import com.replycraft.scoring.check.ThreadCheck;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.WaitCalculator;
import com.replycraft.scoring.thread.WaitInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * DISCLOSURE_TOO_LATE (thread audit): the channel's response-time expectation ("it's like texting",
 * "we might not reply straight away", "we usually reply within 4 hours", "replies can take up to 24
 * hours") first reaches the customer only after they have already waited past the response target.
 * A disclosure is a self-sufficient phrase, or a sentence naming our replies together with how long
 * they usually take or that they are not instant. A specific promise ("I'll reply by 5pm") is not a
 * disclosure of how the channel works. Only the first disclosure in the thread matters: once told
 * in time, the customer knew what to expect.
 */
public final class DisclosureTimingCheck implements ThreadCheck {

  private static final Lexicon PHRASE = Lexicon.named("disclosure-phrase");
  private static final Lexicon REPLY = Lexicon.named("disclosure-reply");
  private static final Lexicon TIMING = Lexicon.named("disclosure-timing");
  private static final Lexicon INSTANT = Lexicon.named("disclosure-instant");

  @Override
  public String id() {
    return "DISCLOSURE_TOO_LATE";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.DISCLOSURE_TOO_LATE);
  }

  @Override
  public List<Finding> audit(ThreadView thread) {
    Duration target = thread.policy().responseTargetFor(thread.channel());
    List<AnalyzedMessage> messages = thread.messages();
    List<Message> raw = messages.stream().map(AnalyzedMessage::message).toList();
    WaitInfo worst = null;
    for (AnalyzedMessage message : messages) {
      if (!message.author().speaksForBusiness()) {
        continue;
      }
      WaitInfo wait =
          WaitCalculator.waitBefore(raw.subList(0, message.index()), message.at(), target);
      if (wait.breached()
          && (worst == null || wait.customerWaited().compareTo(worst.customerWaited()) > 0)) {
        worst = wait;
      }
      Sentence disclosure = disclosure(message.text());
      if (disclosure == null) {
        continue;
      }
      if (worst == null) {
        return List.of();
      }
      String waited = Replies.describe(worst.customerWaited());
      return List.of(
          Finding.of(
                  FindingCode.DISCLOSURE_TOO_LATE,
                  Severity.MAJOR,
                  disclosure.start(),
                  disclosure.end(),
                  "The customer learns how reply times work on this channel only after waiting "
                      + waited
                      + ", when the expectation can no longer help them.",
                  "Put this expectation in the first message of the conversation, e.g. \"We reply"
                      + " here within "
                      + Replies.window(target)
                      + " — you'll get a notification, so no need to wait online.\"")
              .inMessage(message.index()));
    }
    return List.of();
  }

  /** The first sentence of the message that discloses how reply times work, or null. */
  static Sentence disclosure(AnalyzedText text) {
    int n = text.sentences().size();
    boolean[] phrase = new boolean[n];
    boolean[] reply = new boolean[n];
    boolean[] timing = new boolean[n];
    for (PhraseMatch match : PHRASE.find(text)) {
      phrase[match.sentenceIn(text)] |= Replies.affirmed(match, text);
    }
    for (PhraseMatch match : REPLY.find(text)) {
      reply[match.sentenceIn(text)] |= !match.quotedIn(text);
    }
    for (PhraseMatch match : TIMING.find(text)) {
      timing[match.sentenceIn(text)] |= Replies.affirmed(match, text);
    }
    for (PhraseMatch match : INSTANT.find(text)) {
      timing[match.sentenceIn(text)] |= !match.quotedIn(text) && match.negatedIn(text);
    }
    for (int i = 0; i < n; i++) {
      if (phrase[i] || (reply[i] && timing[i])) {
        return text.sentences().get(i);
      }
    }
    return null;
  }

  @Override
  public List<CheckExample> examples() {
    List<CheckExample> examples = new ArrayList<>();
    examples.add(
        new CheckExample(
            FindingCode.DISCLOSURE_TOO_LATE,
            ScoreRequest.builder()
                .channel(Channel.MESSAGING)
                .customerSays("2026-11-17T09:00:00Z", "Can I change the address on my policy?")
                .agentSays(
                    "2026-11-19T09:00:00Z",
                    "Hi, messaging is like texting: we might not reply straight away. Yes, you"
                        + " can change it in the app.")
                .build(),
            ScoreRequest.builder()
                .channel(Channel.MESSAGING)
                .customerSays("2026-11-17T09:00:00Z", "Can I change the address on my policy?")
                .botSays(
                    "2026-11-17T09:00:05Z",
                    "Thanks! We usually reply within 4 hours, and you'll get a notification.")
                .agentSays(
                    "2026-11-17T10:00:00Z", "Hi, yes, you can change it in the app under Profile.")
                .build()));
    return examples;
  }
}
