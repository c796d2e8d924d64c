package com.replycraft.scoring.check.channel;

import static com.replycraft.scoring.FindingCode.LIVE_CHAT_LANGUAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiveChatLanguageCheckTest {

  static ScoreRequest on(Channel channel, String draft) {
    return ScoreRequest.builder()
        .channel(channel)
        .customerSays("2026-11-20T08:59:00Z", "My direct debit was taken twice this month.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MESSAGING|Please hold while I look into this.|Please hold",
        "MESSAGING|An agent will be with you shortly.|An agent will be with you",
        "MESSAGING|I'm transferring you to a representative now.|transferring you to a representative",
        "SOCIAL_PRIVATE|Don't close this window, someone will answer.|Don't close this window",
        "MESSAGING|You are number 3 in the queue.|You are number 3 in the queue",
        "EMAIL|Stay on the line and a colleague will help.|Stay on the line",
        "TICKET|Connecting you to an agent now...|Connecting you to an agent",
        "MESSAGING|Thank you, adding you to the queue now.|adding you to the queue now",
        "MESSAGING|We'll put you through to an agent for assistance.|put you through to an agent",
        "SOCIAL_PRIVATE|Give me a moment to check that.|Give me a moment",
        "MESSAGING|Thanks for waiting, you're now connected with Sarah.|you're now connected",
        "MESSAGING|You'll be connected with the next available adviser.|next available adviser"
      })
  void flags_live_presence_language_on_async_channels(Channel channel, String draft, String span) {
    assertThat(Scoring.spans(on(channel, draft), LIVE_CHAT_LANGUAGE, draft)).containsExactly(span);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an honest hand-off with a response window (decision: not live-chat language)
        "I'll connect you with our billing team, who will reply by email within 24 hours.",
        "I'm transferring you to our billing specialists. They reply within 4 hours on weekdays.",
        // hand-offs of a case, not of the person:
        "I've passed your case to our billing team.",
        "I've transferred your ticket to the refunds desk.",
        // offering a live channel is an escalation, not a promise of presence:
        "If you'd prefer to talk it through live, call us on 1300 000 000 from 8am to 8pm.",
        // negated demands:
        "There's no need to keep this window open — you'll get a notification when we reply.",
        "You don't need to stay on the line; we'll message you here by 3pm."
      })
  void leaves_honest_async_wording_alone(String draft) {
    assertThat(Scoring.score(on(Channel.MESSAGING, draft)).has(LIVE_CHAT_LANGUAGE)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"LIVE_CHAT", "VOICE"})
  void is_never_wrong_on_a_live_channel(Channel channel) {
    assertThat(
            Scoring.score(on(channel, "Please hold while I connect you to an agent now."))
                .has(LIVE_CHAT_LANGUAGE))
        .isFalse();
  }

  @Test
  void suggests_the_channels_own_response_window() {
    var finding =
        Scoring.findings(
                on(Channel.MESSAGING, "Please hold, an agent will be with you."),
                LIVE_CHAT_LANGUAGE)
            .get(0);
    assertThat(finding.suggestion()).contains("within 4 hours");
  }
}
