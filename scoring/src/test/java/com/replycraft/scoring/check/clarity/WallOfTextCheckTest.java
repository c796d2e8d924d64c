package com.replycraft.scoring.check.clarity;

import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WallOfTextCheckTest {

  static final String SENTENCE = "We have checked the line and found a fault at the pit. ";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "First, open the app and sign in. Then tap Billing and choose Payment methods. After"
            + " that, add the new card and tap Save. Finally, set it as the default card.",
        "To fix the drop-outs, first unplug the modem and wait a minute, then plug it back in"
            + " and wait for the green light, and finally run the speed test again.",
        "Here is how to claim: 1) fill in the form on our website 2) attach the photos of the"
            + " damage and the receipt 3) press Submit and keep the claim number.",
        // a chain of "and then"s is a list of steps without "first" or "finally"
        "You would need to open the admin console and then edit the SAML settings and then save"
            + " them and then download the new metadata and then upload it under Settings.",
        "Go to the app and then tap Account, then Billing, then choose the card and then tap"
            + " Remove before adding the new one.",
      })
  void flags_steps_told_inline(String draft) {
    assertThat(score(draft).has(FindingCode.WALL_OF_TEXT)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "To update your card:\n\n1. Open the app and sign in.\n2. Tap Billing.\n3. Add the new"
            + " card and tap Save.",
        "To update your card:\n- Open the app\n- Tap Billing\n- Add the card and tap Save",
        "I'll check the line first and then call you at 3 pm with what I find.",
        // false alarms avoided: two or three "then"s in running prose are not a list
        "We checked the line and then the exchange, then called the engineer, who found the"
            + " fault and fixed it this morning.",
        "Thanks for your patience. I've refunded the $40 charge, and it will show on your card"
            + " within five working days.",
      })
  void leaves_lists_and_short_paragraphs_alone(String draft) {
    assertThat(score(draft).has(FindingCode.WALL_OF_TEXT)).as(draft).isFalse();
  }

  @Test
  void a_paragraph_over_the_channel_limit_is_a_wall_on_messaging_but_not_on_email() {
    String draft =
        SENTENCE.repeat(7).strip(); // 84 words: over 75 for messaging, under 120 for email
    assertThat(score(Channel.MESSAGING, draft).has(FindingCode.WALL_OF_TEXT)).isTrue();
    assertThat(score(Channel.EMAIL, draft).has(FindingCode.WALL_OF_TEXT)).isFalse();
  }

  @Test
  void the_same_words_in_short_paragraphs_are_fine() {
    String draft = (SENTENCE.repeat(2).strip() + "\n\n").repeat(3).strip();
    assertThat(score(Channel.MESSAGING, draft).has(FindingCode.WALL_OF_TEXT)).isFalse();
  }

  @Test
  void breaks_a_wall_into_paragraphs_and_spans_the_paragraph() {
    String wall = SENTENCE.repeat(7).strip();
    String draft = "Hi Sam,\n\n" + wall;
    Finding finding = score(Channel.MESSAGING, draft).findings(FindingCode.WALL_OF_TEXT).get(0);
    assertThat(finding.start()).isEqualTo(draft.indexOf(wall));
    assertThat(finding.end()).isEqualTo(draft.length());
    assertThat(finding.replacement()).contains("\n\n").doesNotStartWith("\n");
    assertThat(finding.replacement().replace("\n\n", " ")).isEqualTo(wall);
  }

  @Test
  void puts_inline_numbered_steps_on_their_own_lines() {
    String draft =
        "Here is how to claim: 1) fill in the form on our website 2) attach the photos of the"
            + " damage and the receipt 3) press Submit and keep the claim number.";
    Finding finding = score(draft).findings(FindingCode.WALL_OF_TEXT).get(0);
    assertThat(finding.replacement())
        .isEqualTo(
            "Here is how to claim:\n1) fill in the form on our website\n2) attach the photos of"
                + " the damage and the receipt\n3) press Submit and keep the claim number.");
  }
}
