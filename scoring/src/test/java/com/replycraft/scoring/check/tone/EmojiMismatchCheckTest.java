package com.replycraft.scoring.check.tone;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiMismatchCheckTest {

  private static final String ANGRY =
      "Are you kidding me? My bag has been lost for 5 days and nobody has called.";
  private static final String BEREAVED =
      "My father died last week and I need to close his account.";
  private static final String HAPPY = "Thanks so much, that's perfect! The bag arrived today.";

  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  private ScoreResult score(String customer, String draft) {
    return scorer.score(
        ScoreRequest.builder()
            .channel(Channel.MESSAGING)
            .customerSays("2026-11-20T08:30:00Z", customer)
            .draft(draft)
            .build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We've found your bag and it's on the way 😊",
        "Good news, your bag is on the 3 pm flight 🎉",
        "Your bag will be delivered tonight :)",
        "Great! Your bag is on its way.",
        "No worries! We'll courier it to you tonight.",
        "Awesome! The courier has it now 👍",
      })
  void flags_cheer_in_reply_to_an_angry_customer(String draft) {
    assertThat(score(ANGRY, draft).has(FindingCode.EMOJI_MISMATCH)).as(draft).isTrue();
  }

  @Test
  void flags_cheer_in_reply_to_a_bereaved_customer() {
    assertThat(
            score(BEREAVED, "No problem! We can close the account for you 🙂")
                .has(FindingCode.EMOJI_MISMATCH))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided: calm replies
        "I'm sorry, we've found your bag and it will be with you by 6 pm tonight.",
        "Great to hear the courier has it; it will arrive by 6 pm.",
        "Not great, I know. The bag arrives by 6 pm tonight.",
      })
  void leaves_calm_replies_alone(String draft) {
    assertThat(score(ANGRY, draft).has(FindingCode.EMOJI_MISMATCH)).as(draft).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Great! Enjoy your trip 😊",
        "No worries! Have a lovely day 🎉",
      })
  void leaves_cheer_alone_when_the_customer_is_happy(String draft) {
    assertThat(score(HAPPY, draft).has(FindingCode.EMOJI_MISMATCH)).isFalse();
  }

  @Test
  void removal_takes_the_emoji_and_its_space() {
    String draft = "We've found your bag 😊 It arrives tonight.";
    Finding finding = score(ANGRY, draft).findings(FindingCode.EMOJI_MISMATCH).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo(" 😊");
    assertThat(finding.replacement()).isEmpty();
  }

  @Test
  void removal_takes_the_cheerful_exclamation() {
    String draft = "Great! Your bag is on its way.";
    Finding finding = score(ANGRY, draft).findings(FindingCode.EMOJI_MISMATCH).get(0);
    assertThat(finding.start()).isZero();
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("Great! ");
    assertThat(finding.replacement()).isEmpty();
  }
}
