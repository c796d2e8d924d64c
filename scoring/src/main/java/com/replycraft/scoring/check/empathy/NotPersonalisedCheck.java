package com.replycraft.scoring.check.empathy;

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
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * NOT_PERSONALISED: the reply uses neither the customer's name (from the customer record, or the
 * name they signed with) nor anything they told us (their order number, product, dates, or their
 * distinctive words). When the name is known the fix is concrete: "Hi Priya," inserted at the
 * start, or a generic greeting ("Dear customer", "Hi there") turned into one.
 */
public final class NotPersonalisedCheck implements Check {

  private static final Lexicon GREETINGS = Lexicon.named("generic-greeting");

  /** Replies shorter than this ("Done, thanks!") are not judged. */
  static final int MIN_WORDS = 5;

  @Override
  public String id() {
    return "NOT_PERSONALISED";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.NOT_PERSONALISED);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    if (context.author() == Author.BOT || reply.words().size() < MIN_WORDS) {
      return List.of();
    }
    CustomerFacts facts = CustomerFacts.of(context);
    if (!facts.hasName() && !facts.hasContent()) {
      return List.of();
    }
    // A reply that greets them as "Dear customer" has to show more than one shared common word
    // ("order", "account") to count as written to them.
    boolean echoed =
        genericGreeting(reply) != null
            ? facts.drawsOn(reply.tokens())
            : facts.anyEchoed(reply.tokens());
    if (echoed || smallTalkMidThread(context)) {
      return List.of();
    }
    if (!facts.hasName()
        && CustomerFacts.hasConcreteDetail(reply.tokens())
        && CustomerFacts.distinctiveWords(reply.tokens()) >= 4) {
      // No name to use, but the reply is plainly about this customer's case in its own words.
      return List.of();
    }
    String message =
        "The reply never uses the customer's name or anything they told you, so it could have been"
            + " sent to anyone.";
    String name = facts.firstName();
    if (name != null) {
      PhraseMatch greeting = genericGreeting(reply);
      if (greeting != null) {
        String said = reply.slice(greeting.start(), greeting.end());
        String fixed =
            said.regionMatches(true, 0, "good", 0, 4)
                ? said + " " + name
                : (said.regionMatches(true, 0, "dear", 0, 4) ? "Dear " : "Hi ") + name;
        return List.of(
            Finding.of(
                    FindingCode.NOT_PERSONALISED,
                    Severity.MINOR,
                    greeting.start(),
                    greeting.end(),
                    message,
                    "Greet them by name (\""
                        + fixed
                        + "\") and refer to their case in their words.")
                .withReplacement(fixed));
      }
      if (!startsWithGreeting(reply)) {
        String insert = "Hi " + name + "," + (longForm(context.channel()) ? "\n\n" : " ");
        return List.of(
            Finding.of(
                    FindingCode.NOT_PERSONALISED,
                    Severity.MINOR,
                    0,
                    0,
                    message,
                    "Open with their name (\"Hi " + name + ",\") and refer to their case.")
                .withReplacement(insert));
      }
    }
    Sentence first = reply.sentences().get(0);
    List<String> theirs = facts.examples(2);
    String suggestion =
        (name != null ? "Use their name (" + name + ")" : "Refer to what they told you")
            + (theirs.isEmpty() ? "" : ", e.g. " + String.join(", ", theirs))
            + ", so the reply reads as written for them.";
    return List.of(
        Finding.of(
            FindingCode.NOT_PERSONALISED,
            Severity.MINOR,
            first.start(),
            first.end(),
            message,
            suggestion));
  }

  /**
   * A reply to "ok thanks" after earlier answers: the personal work was done in earlier replies, so
   * a short courtesy now is not judged.
   */
  private static boolean smallTalkMidThread(ReplyContext context) {
    boolean answeredBefore =
        context.thread().messages().stream().anyMatch(m -> m.author() == Author.AGENT);
    if (!answeredBefore) {
      return false;
    }
    int distinctive = 0;
    for (AnalyzedMessage message : context.thread().unansweredCustomerMessages()) {
      distinctive += CustomerFacts.distinctiveWords(message.text().tokens());
    }
    return distinctive < 2;
  }

  private static @Nullable PhraseMatch genericGreeting(AnalyzedText reply) {
    List<PhraseMatch> matches = GREETINGS.find(reply);
    if (matches.isEmpty() || matches.get(0).firstToken() != 0) {
      return null;
    }
    PhraseMatch match = matches.get(0);
    // "Hi," or "Hello there!" greets nobody; "Hi Sam," greets someone (maybe the wrong person).
    int next = match.endToken();
    if (next < reply.tokens().size() && reply.tokens().get(next).isWord()) {
      return null;
    }
    return match;
  }

  private static boolean startsWithGreeting(AnalyzedText reply) {
    List<PhraseMatch> matches = GREETINGS.find(reply);
    return !matches.isEmpty() && matches.get(0).firstToken() == 0;
  }

  private static boolean longForm(Channel channel) {
    return channel == Channel.EMAIL || channel == Channel.TICKET;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.NOT_PERSONALISED,
            ScoreRequest.builder()
                .channel(Channel.MESSAGING)
                .customer("Priya Raman", true)
                .customerSays("2026-11-19T10:00:00Z", "Can I move my appointment?")
                .draftAt("2026-11-19T11:00:00Z")
                .draft("Hi there, yes, that can be changed in the app under bookings.")
                .build(),
            ScoreRequest.builder()
                .channel(Channel.MESSAGING)
                .customer("Priya Raman", true)
                .customerSays("2026-11-19T10:00:00Z", "Can I move my appointment?")
                .draftAt("2026-11-19T11:00:00Z")
                .draft("Hi Priya, yes, that can be changed in the app under bookings.")
                .build()));
  }
}
