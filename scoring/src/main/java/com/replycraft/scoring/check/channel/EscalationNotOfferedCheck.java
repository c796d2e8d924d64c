package com.replycraft.scoring.check.channel;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.check.ReplyPlaces;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.OfferTexts;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.escalation.signal.CueLexicon;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ESCALATION_NOT_OFFERED: the escalation advice wants a call (OFFER_SYNC: MAJOR; ESCALATE_NOW:
 * CRITICAL) and the reply offers no call, callback, live chat or video in any phrasing ("happy to
 * jump on a call", "ring me on 0400 123 456", "book a callback", "would a phone call help?"). A
 * negated offer ("we can't call you") is no offer. Only on async channels: a live chat or voice
 * call is already live. The replacement inserts the advice's offer sentence before the sign-off.
 */
public final class EscalationNotOfferedCheck implements Check {

  private static final CueLexicon OFFERS = CueLexicon.named("sync-offer");
  private static final Set<String> CONTACT_VERBS =
      Set.of("call", "ring", "phone", "dial", "reach", "contact", "text", "speak", "talk", "line");
  private static final int PHONE_DIGITS = 8;

  @Override
  public String id() {
    return "ESCALATION_NOT_OFFERED";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.ESCALATION_NOT_OFFERED);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    EscalationAdvice advice = context.escalation();
    if (!advice.recommendation().wantsSync() || !context.channel().isAsync()) {
      return List.of();
    }
    AnalyzedText reply = context.reply();
    if (offersSync(reply)) {
      return List.of();
    }
    boolean now = advice.recommendation() == Recommendation.ESCALATE_NOW;
    String offer = advice.offerText();
    if (offer == null) {
      offer = OfferTexts.offer(context.channel(), advice.recommendation());
    }
    String why =
        advice.reasons().stream()
            .map(EscalationReason::code)
            .map(code -> code.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(", "));
    int at = ReplyPlaces.beforeSignOff(reply);
    Finding finding =
        Finding.of(
            FindingCode.ESCALATION_NOT_OFFERED,
            now ? Severity.CRITICAL : Severity.MAJOR,
            at,
            at,
            (now
                    ? "This thread should move to a call now"
                    : "This thread would go better on a call")
                + " ("
                + why
                + "), but the reply offers no call, callback or live chat.",
            offer == null
                ? "Offer to call the customer, with a time."
                : "Offer a call, for example: \"" + offer + "\"");
    if (offer == null) {
      return List.of(finding);
    }
    String replacement;
    if (at < reply.text().length() || ReplyPlaces.startsParagraph(reply, at)) {
      replacement = offer + "\n\n";
    } else {
      replacement = (at == 0 ? "" : reply.paragraphs().size() > 1 ? "\n\n" : " ") + offer;
    }
    return List.of(finding.withReplacement(replacement));
  }

  /** Whether the reply offers a call, callback, live chat or video, in any phrasing. */
  public static boolean offersSync(AnalyzedText reply) {
    double offered = 0;
    for (CueLexicon.Cue cue : OFFERS.find(reply)) {
      offered += cue.weight();
    }
    return offered >= 1 || offersPhoneNumber(reply);
  }

  /** A phone number in a sentence about calling or reaching someone ("ring me on 0400 123 456"). */
  private static boolean offersPhoneNumber(AnalyzedText reply) {
    for (Sentence sentence : reply.sentences()) {
      List<Token> tokens = reply.tokensOf(sentence);
      int digits = 0;
      int best = 0;
      boolean verb = false;
      for (Token token : tokens) {
        if (token.kind() == TokenKind.NUMBER) {
          for (int i = 0; i < token.text().length(); i++) {
            if (Character.isDigit(token.text().charAt(i))) {
              digits++;
            }
          }
          best = Math.max(best, digits);
        } else if (!(token.kind() == TokenKind.SYMBOL && token.text().equals("+"))) {
          digits = 0;
          if (token.isWord() && !token.negated() && CONTACT_VERBS.contains(token.lower())) {
            verb = true;
          }
        }
      }
      if (verb && best >= PHONE_DIGITS) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.ESCALATION_NOT_OFFERED,
            ScoreRequest.builder()
                .customerSays(
                    "2026-11-20T08:00:00Z",
                    "My father passed away last week and the internet at his house is still"
                        + " being charged. I need this closed by tomorrow.")
                .draftAt("2026-11-20T08:30:00Z")
                .draft("Hi, please send us the death certificate and we will close the account.")
                .build(),
            ScoreRequest.builder()
                .customerSays(
                    "2026-11-20T08:00:00Z",
                    "My father passed away last week and the internet at his house is still"
                        + " being charged. I need this closed by tomorrow.")
                .draftAt("2026-11-20T08:30:00Z")
                .draft(
                    "Hi, I'm so sorry for your loss. I'd like to call you today to close the"
                        + " account for you: what's the best number to reach you?")
                .build()));
  }
}
