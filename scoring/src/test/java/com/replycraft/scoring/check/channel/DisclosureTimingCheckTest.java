package com.replycraft.scoring.check.channel;

import static com.replycraft.scoring.FindingCode.DISCLOSURE_TOO_LATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclosureTimingCheckTest {

  /** The customer writes, the first agent reply comes 30 hours later on a 4-hour channel. */
  static ScoreRequest lateReplyWith(String agentText) {
    return ScoreRequest.builder()
        .channel(Channel.MESSAGING)
        .customerSays("2026-11-18T09:00:00Z", "Is my claim for the broken window approved?")
        .agentSays("2026-11-19T15:00:00Z", agentText)
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi Kim. Messaging is like texting, so we might not reply straight away. Your claim is"
            + " approved.",
        "Hi Kim, we usually reply within 4 hours. Your claim is approved.",
        "Hi Kim, replies can take up to 24 hours here. Your claim is approved.",
        "Hi Kim, just so you know, our responses aren't instant. Your claim is approved.",
        "Hi Kim, this channel isn't live chat. Your claim is approved."
      })
  void flags_a_response_time_disclosed_only_after_the_wait(String agentText) {
    List<Finding> findings = Scoring.findings(lateReplyWith(agentText), DISCLOSURE_TOO_LATE);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).messageIndex()).isEqualTo(1);
    assertThat(findings.get(0).message()).contains("30 hours");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a specific promise is not a disclosure of how the channel works:
        "Hi Kim, sorry for the 30-hour wait. I'll reply by 5pm with the assessor's notes.",
        "Hi Kim, your claim is approved and I'll get back to you within 2 hours about payment."
      })
  void a_specific_promise_is_not_a_disclosure(String agentText) {
    assertThat(Scoring.score(lateReplyWith(agentText)).has(DISCLOSURE_TOO_LATE)).isFalse();
  }

  @Test
  void a_disclosure_in_time_is_fine_even_when_the_target_is_later_missed() {
    ScoreRequest request =
        ScoreRequest.builder()
            .channel(Channel.MESSAGING)
            .customerSays("2026-11-18T09:00:00Z", "Is my claim approved?")
            .botSays(
                "2026-11-18T09:00:05Z",
                "Thanks! We typically respond within 4 hours; you'll get a notification.")
            .agentSays(
                "2026-11-19T15:00:00Z",
                "Sorry Kim, that took far too long. Replies can take up to 4 hours. It's approved.")
            .build();
    assertThat(Scoring.score(request).has(DISCLOSURE_TOO_LATE)).isFalse();
  }

  @Test
  void nothing_to_flag_when_no_wait_was_breached() {
    ScoreRequest request =
        ScoreRequest.builder()
            .channel(Channel.MESSAGING)
            .customerSays("2026-11-18T09:00:00Z", "Is my claim approved?")
            .agentSays("2026-11-18T10:00:00Z", "Hi Kim, we usually reply within 4 hours. Approved!")
            .build();
    assertThat(Scoring.score(request).has(DISCLOSURE_TOO_LATE)).isFalse();
  }

  @Test
  void points_at_the_disclosure_sentence_in_its_message() {
    String text = "Hi Kim.\nWe might not reply straight away, sorry. Your claim is approved.";
    Finding finding = Scoring.findings(lateReplyWith(text), DISCLOSURE_TOO_LATE).get(0);
    assertThat(text.substring(finding.start(), finding.end()))
        .isEqualTo("We might not reply straight away, sorry.");
  }

  @Test
  void does_not_run_when_a_draft_is_scored() {
    ScoreRequest request =
        ScoreRequest.builder()
            .channel(Channel.MESSAGING)
            .customerSays("2026-11-18T09:00:00Z", "Is my claim approved?")
            .draftAt("2026-11-19T15:00:00Z")
            .draft("Sorry for the wait, Kim. We usually reply within 4 hours. It's approved.")
            .build();
    assertThat(Scoring.score(request).has(DISCLOSURE_TOO_LATE)).isFalse();
  }
}
