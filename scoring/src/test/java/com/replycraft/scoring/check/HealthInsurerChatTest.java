package com.replycraft.scoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's health-insurer messaging chat (async-customer-service-guide.txt, "Example of Poor
 * Asynchronous CX"), reconstructed as a thread and audited without a draft.
 */
class HealthInsurerChatTest {

  static final String WELCOME =
      "Welcome to HealthCo messaging! My name is Dana and I'll be happy to lend a hand today.\n"
          + "You can take your time and come back to this conversation on your device at anytime."
          + " Any future messages will be here waiting for you.\n"
          + "To get started, please let me know your enquiry.";

  static final String DISCLOSURE =
      "Our messaging service is a little different to live chat — it's like texting. We might not"
          + " reply straight away, but we haven't forgotten you!\n"
          + "May I know how can I assist you? 😊";

  static final int WELCOME_INDEX = 14;
  static final int DISCLOSURE_INDEX = 16;

  static final ScoreRequest CHAT =
      ScoreRequest.builder()
          .id("health-insurer")
          .channel(Channel.MESSAGING)
          .customer("Jordan Smith", true)
          .customerSays(
              "2026-11-16T10:00:00Z",
              "Hi, I want to check whether my extras cover pays for physio after my knee surgery.")
          .botSays(
              "2026-11-16T10:00:10Z",
              "Sorry we couldn't catch that. We'll put you through to an agent for assistance.")
          .botSays(
              "2026-11-16T10:00:15Z",
              "Before I transfer you to an agent, I'll need some of your details.")
          .botSays("2026-11-16T10:00:20Z", "Is your query related to an existing policy?")
          .customerSays("2026-11-16T10:00:40Z", "Yes")
          .botSays("2026-11-16T10:00:45Z", "To start, may I please get your full name?")
          .customerSays("2026-11-16T10:01:10Z", "Jordan Smith")
          .botSays("2026-11-16T10:01:15Z", "What is your date of birth in DD/MM/YYYY format?")
          .customerSays(
              "2026-11-16T10:01:50Z",
              "Why is this necessary? I was logged in when I made this enquiry.")
          .botSays(
              "2026-11-16T10:01:55Z",
              "Please note, your date of birth needs to be written as DD/MM/YYYY")
          .customerSays("2026-11-16T10:02:30Z", "14/03/1985")
          .botSays(
              "2026-11-16T10:02:35Z",
              "And finally, what is your membership number? (Type 'skip' if you don't have)")
          .customerSays("2026-11-16T10:03:00Z", "40011223")
          .botSays(
              "2026-11-16T10:03:05Z",
              "Thank you, adding you to the queue now. If you have notifications enabled on your"
                  + " device, there's no need to wait as you'll be notified the moment we respond.")
          .agentSays("2026-11-19T10:05:00Z", WELCOME)
          .customerSays(
              "2026-11-19T10:09:00Z", "You're joking right? 3 days to answer a live chat enquiry?")
          .agentSays("2026-11-19T10:12:00Z", DISCLOSURE)
          .build();

  final ScoreResult audit = Scoring.score(CHAT);

  @Test
  void the_bot_promises_a_live_agent_three_times() {
    assertThat(messagesWith(FindingCode.LIVE_CHAT_LANGUAGE)).containsExactly(1, 2, 13);
    assertThat(spanIn(1, FindingCode.LIVE_CHAT_LANGUAGE)).isEqualTo("put you through to an agent");
    assertThat(spanIn(13, FindingCode.LIVE_CHAT_LANGUAGE)).isEqualTo("adding you to the queue now");
  }

  @Test
  void the_logged_in_customer_is_asked_to_prove_who_they_are() {
    assertThat(messagesWith(FindingCode.REDUNDANT_VERIFICATION)).contains(2, 5, 7, 11);
    assertThat(spanIn(5, FindingCode.REDUNDANT_VERIFICATION)).isEqualTo("full name");
    assertThat(spanIn(7, FindingCode.REDUNDANT_VERIFICATION)).isEqualTo("date of birth");
    assertThat(spanIn(11, FindingCode.REDUNDANT_VERIFICATION)).isEqualTo("membership number");
    assertThat(audit.findings(FindingCode.REDUNDANT_VERIFICATION))
        .allMatch(f -> f.severity() == Severity.CRITICAL);
  }

  @Test
  void the_date_of_birth_must_be_typed_in_one_exact_format() {
    assertThat(messagesWith(FindingCode.RIGID_FORMAT)).containsExactly(7, 9);
    Finding question = only(7, FindingCode.RIGID_FORMAT);
    assertThat(text(7).substring(question.start(), question.end()))
        .isEqualTo("in DD/MM/YYYY format");
    assertThat(question.replacement()).isEqualTo("(any format is fine)");
  }

  @Test
  void the_reply_after_72_hours_ignores_the_wait_and_starts_over() {
    Finding ignored = only(WELCOME_INDEX, FindingCode.DELAY_NOT_ACKNOWLEDGED);
    assertThat(ignored.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(ignored.start()).isEqualTo(ignored.end()).isEqualTo(WELCOME.indexOf("My name"));
    assertThat(ignored.replacement()).contains("3 days");
    assertThat(audit.waitInfo().breached()).isTrue();
    assertThat(audit.waitInfo().customerWaited().toHours()).isEqualTo(72);

    assertThat(spanIn(WELCOME_INDEX, FindingCode.RESTARTED_CONVERSATION))
        .isEqualTo("To get started, please let me know your enquiry.");
    assertThat(only(WELCOME_INDEX, FindingCode.RESTARTED_CONVERSATION).severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(messagesWith(FindingCode.DELAY_ACK_WEAK)).isEmpty();
  }

  @Test
  void the_answer_to_the_customers_protest_asks_for_the_enquiry_again() {
    assertThat(spanIn(DISCLOSURE_INDEX, FindingCode.RESTARTED_CONVERSATION))
        .startsWith("May I know how can I assist you?");
  }

  @Test
  void the_response_time_is_disclosed_three_days_too_late() {
    Finding late = only(DISCLOSURE_INDEX, FindingCode.DISCLOSURE_TOO_LATE);
    assertThat(text(DISCLOSURE_INDEX).substring(late.start(), late.end()))
        .isEqualTo("Our messaging service is a little different to live chat — it's like texting.");
    assertThat(late.message()).contains("3 days");
    assertThat(messagesWith(FindingCode.DISCLOSURE_TOO_LATE)).containsExactly(DISCLOSURE_INDEX);
  }

  @Test
  void the_audit_fails_the_conversation() {
    assertThat(audit.scores().delayAcknowledgement()).isNotNull().isLessThan(50);
    assertThat(audit.scores().channelFit()).isLessThan(50);
    assertThat(audit.scores().overall()).isLessThanOrEqualTo(59);
  }

  @Test
  void the_smiley_after_the_customers_frustration_clashes() {
    Finding emoji = only(DISCLOSURE_INDEX, FindingCode.EMOJI_MISMATCH);
    // The span takes the space before the emoji too, so applying the removal leaves no gap.
    assertThat(text(DISCLOSURE_INDEX).substring(emoji.start(), emoji.end()).strip())
        .isEqualTo("😊");
    assertThat(emoji.replacement()).isEmpty();
  }

  private List<Integer> messagesWith(FindingCode code) {
    return audit.findings(code).stream().map(Finding::messageIndex).distinct().toList();
  }

  private Finding only(int messageIndex, FindingCode code) {
    List<Finding> found =
        audit.findings(code).stream()
            .filter(f -> f.messageIndex() != null && f.messageIndex() == messageIndex)
            .toList();
    assertThat(found).as("%s in message %d", code, messageIndex).hasSize(1);
    return found.get(0);
  }

  private String spanIn(int messageIndex, FindingCode code) {
    Finding finding = only(messageIndex, code);
    return text(messageIndex).substring(finding.start(), finding.end());
  }

  private static String text(int messageIndex) {
    return CHAT.thread().get(messageIndex).text();
  }
}
