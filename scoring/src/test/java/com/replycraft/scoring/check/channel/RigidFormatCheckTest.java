package com.replycraft.scoring.check.channel;

import static com.replycraft.scoring.FindingCode.RIGID_FORMAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RigidFormatCheckTest {

  static ScoreRequest on(Channel channel, String draft) {
    return ScoreRequest.builder()
        .channel(channel)
        .customerSays("2026-11-20T08:50:00Z", "I need to update the card on my account.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MESSAGING|What is your date of birth in DD/MM/YYYY format?|in DD/MM/YYYY format",
        "MESSAGING|Please note, your date of birth needs to be written as DD/MM/YYYY|needs to be"
            + " written as DD/MM/YYYY",
        "SOCIAL_PRIVATE|Please enter your card number with no spaces.|no spaces",
        "MESSAGING|Reply with YES or NO only.|YES or NO only",
        "EMAIL|Your member number must be entered as digits only.|must be entered as digits only",
        "TICKET|Please send the expiry date as MM/YY.|as MM/YY",
        "MESSAGING|What date do you fly out, in YYYY-MM-DD?|in YYYY-MM-DD",
        "MESSAGING|Sorry, that is an invalid format. Try again.|invalid format",
        "EMAIL|Our system can only accept dates typed exactly as shown.|can only accept dates typed exactly as shown"
      })
  void flags_a_demand_for_one_exact_input_format(Channel channel, String draft, String span) {
    assertThat(Scoring.spans(on(channel, draft), RIGID_FORMAT, draft)).containsExactly(span);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // helpful, not rigid (decision): a non-exclusive keyword, a free-format example
        "Reply YES to confirm the new card.",
        "What's the expiry date? Any format works, e.g. 03/27.",
        "What is your travel date (any format is fine, e.g. DD/MM/YYYY)?",
        // a format described, not demanded; words that only look like input rules:
        "Sorry, there are no spaces left on Friday's course.",
        "Your statement shows dates as DD/MM/YYYY.",
        // withdrawn:
        "You don't need to use the format on the form, just tell me the date."
      })
  void leaves_helpful_formats_alone(String draft) {
    assertThat(Scoring.score(on(Channel.MESSAGING, draft)).has(RIGID_FORMAT))
        .as(Scoring.score(on(Channel.MESSAGING, draft)).findings().toString())
        .isFalse();
  }

  @Test
  void offers_to_accept_any_format_in_place_of_the_template() {
    String draft = "What is your date of birth in DD/MM/YYYY format?";
    Finding finding = Scoring.findings(on(Channel.MESSAGING, draft), RIGID_FORMAT).get(0);
    assertThat(finding.start()).isEqualTo(27);
    assertThat(finding.end()).isEqualTo(47);
    assertThat(finding.replacement()).isEqualTo("(any format is fine)");
  }
}
