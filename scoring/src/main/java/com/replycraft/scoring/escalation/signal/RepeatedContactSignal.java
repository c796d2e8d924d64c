package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.thread.Author;
import java.time.Duration;
import java.util.Optional;

/**
 * REPEATED_CONTACT: the customer has had to ask more than once — {@value #RUN} or more customer
 * contacts in a row with no agent reply between them (a bot turn is not a reply; messages less than
 * 15 minutes apart are one contact), or words that say so ("third time", "I've emailed twice",
 * "still waiting", "yet again"; {@code escalation/repeated-contact.txt}).
 */
public final class RepeatedContactSignal implements Signal {

  static final int RUN = 3;
  static final Duration SAME_CONTACT = Duration.ofMinutes(15);
  private static final CueLexicon REPEATED = CueLexicon.named("escalation/repeated-contact");

  @Override
  public ReasonCode code() {
    return ReasonCode.REPEATED_CONTACT;
  }

  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    Optional<SignalHit> words =
        MessageCues.strongest(code(), thread.customerMessages(), REPEATED, 1.0);
    int run = 0;
    int longest = 0;
    AnalyzedMessage runEnd = null;
    AnalyzedMessage previous = null;
    for (AnalyzedMessage message : thread.messages()) {
      if (message.author() == Author.AGENT) {
        run = 0;
        previous = null;
      } else if (message.fromCustomer()) {
        // Messages sent minutes apart (one thought split over several lines, or answers to a
        // bot's questions) are one contact; the customer coming back later is another.
        if (previous == null
            || Duration.between(previous.at(), message.at()).compareTo(SAME_CONTACT) > 0) {
          run++;
        }
        previous = message;
        if (run >= longest) {
          longest = run;
          runEnd = message;
        }
      }
    }
    if (longest >= RUN) {
      String evidence = longest + " customer messages in a row without a reply";
      double strength = Math.min(1, 0.4 + 0.15 * longest) + (words.isPresent() ? 0.1 : 0);
      return Optional.of(
          new SignalHit(
              words
                  .map(SignalHit::reason)
                  .orElse(new EscalationReason(code(), evidence, runEnd.index(), null, null)),
              strength,
              null));
    }
    return words;
  }
}
