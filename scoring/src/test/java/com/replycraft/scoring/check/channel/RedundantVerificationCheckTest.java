package com.replycraft.scoring.check.channel;

import static com.replycraft.scoring.FindingCode.REDUNDANT_VERIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedundantVerificationCheckTest {

  static ScoreRequest to(boolean authenticated, Channel channel, String draft) {
    return ScoreRequest.builder()
        .channel(channel)
        .customer("Mei Chen", authenticated)
        .customerSays("2026-11-20T08:50:00Z", "Can I add my son to my health policy from January?")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MESSAGING|To start, may I please get your full name?|full name",
        "MESSAGING|What is your date of birth?|date of birth",
        "EMAIL|Please confirm your membership number.|membership number",
        "SOCIAL_PRIVATE|For security, could you confirm the first line of your address?|first line of your address",
        "TICKET|Can you verify your identity by answering your security question?|verify your identity",
        "MESSAGING|I'll need the last 4 digits of your card.|last 4 digits",
        "EMAIL|Please provide your policy number so I can check.|policy number",
        "VOICE|Before we go on, what's the postcode on your account?|postcode",
        "MESSAGING|Before I transfer you, I'll need some of your details.|some of your details",
        "EMAIL|Kindly send us your DOB and the email address on file.|DOB"
      })
  void flags_identity_questions_to_a_logged_in_customer(
      Channel channel, String draft, String span) {
    assertThat(Scoring.spans(to(true, channel, draft), REDUNDANT_VERIFICATION, draft))
        .containsExactly(span);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "To start, may I please get your full name?",
        "What is your date of birth?",
        "Please confirm your membership number."
      })
  void asks_nothing_of_a_customer_who_is_not_logged_in(String draft) {
    assertThat(Scoring.score(to(false, Channel.MESSAGING, draft)).has(REDUNDANT_VERIFICATION))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided: questions that are not about identity
        "What's the tracking number on the parcel you received?",
        "Which address should we send the new cards to?",
        "What is your son's date of birth, so I can add him?",
        "Please reply with the full name of the person you'd like to add.",
        "Please reset your password using the link in the app.",
        "For data protection, please don't send card details here.",
        "Please check your details are up to date in the app before Friday.",
        "Could you tell me which hospital you'd prefer?",
        // statements and withdrawn requests:
        "I've checked your date of birth on file and your son can join from 1 January.",
        "No need to give your date of birth, you're already verified.",
        "You're logged in, so I can see your membership number already."
      })
  void leaves_non_identity_questions_alone(String draft) {
    assertThat(Scoring.score(to(true, Channel.MESSAGING, draft)).has(REDUNDANT_VERIFICATION))
        .as(Scoring.score(to(true, Channel.MESSAGING, draft)).findings().toString())
        .isFalse();
  }

  @Test
  void is_critical_and_points_at_the_datum() {
    String draft = "Thanks Mei. What is your date of birth in DD/MM/YYYY format?";
    Finding finding =
        Scoring.findings(to(true, Channel.MESSAGING, draft), REDUNDANT_VERIFICATION).get(0);
    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(finding.start()).isEqualTo(25);
    assertThat(finding.end()).isEqualTo(38);
  }
}
