package com.replycraft.scoring.check.clarity;

import static com.replycraft.scoring.check.Drafts.SCORER;
import static com.replycraft.scoring.check.Drafts.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnansweredQuestionCheckTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // telco
        "My internet has been down since Monday. When will a technician come out?"
            + "|I'm sorry the connection is down. I've raised a fault with our network team.",
        // retail
        "Can I return the jacket if I've worn it once?"
            + "|Thanks for shopping with us, Mia. Your order number is 48213.",
        // insurance
        "How much is the excess on my car policy?"
            + "|I've attached your policy documents and the claim form.",
        // airline
        "Why was my flight to Perth cancelled?"
            + "|I've rebooked you on QF 585 tomorrow and emailed the new boarding pass.",
        // banking: two questions, only one answered
        "Why was I charged a $15 fee? And can you refund it?"
            + "|The $15 fee was charged because the account went into overdraft on 3 May.",
        // SaaS: indirect question
        "Please let me know if the export includes archived projects."
            + "|Thanks for reaching out about the CSV download. Our team is reviewing it.",
        // a yes/no question joined to a "how much": one shared word is no answer to the cost
        "I'm in Japan from 12 April. Will my plan work there, and how much will data cost per"
            + " day?|International roaming is available on most of our plans. Please see our"
            + " website for roaming rates.",
        "Can I bring my dog on the train, and how much is the ticket for him?"
            + "|Pets are welcome on most of our trains. See our website for fares.",
        // a bare "Please confirm" asks whether the statement before it holds
        "Your website says food spoilage is covered. Claim 5520-FS. Please confirm."
            + "|We appreciate you bringing this to our attention. Your claim will be assessed"
            + " in line with your policy terms.",
        "My contract says early exit is free after 12 months. Can you confirm?"
            + "|Thanks for your message. Our retentions team will review your account.",
        // "what are we doing wrong" with neither a cause nor a fix
        "SSO keeps failing with invalid audience. What are we doing wrong?"
            + "|Thanks for reaching out. Our team will look into your workspace settings.",
      })
  void flags_a_question_the_reply_does_not_take_up(String customer, String draft) {
    assertThat(reply(customer, draft).has(FindingCode.UNANSWERED_QUESTION)).as(draft).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // answered by shared words
        "Can I return the jacket if I've worn it once?"
            + "|Yes, you can return a jacket you've worn once within 30 days.",
        "Why was my flight to Perth cancelled?"
            + "|Your Perth flight was cancelled because of a crew shortage, and I'm sorry.",
        // answered by the kind of answer asked for
        "My internet has been down since Monday. When will a technician come out?"
            + "|I'm sorry it's been down so long. Someone will be with you Thursday between 8 am"
            + " and noon.",
        "How much is the excess on my car policy?|It's $750 for a single-vehicle accident.",
        "Will you refund the delivery charge?|Yes, I've done that now.",
        "Can someone please call me about this?|I'll phone you at 3 pm today.",
        "When will I get my money back?|The refund will reach your card by Friday.",
        "How do I add a new user to our workspace?|Go to Settings > Members and click Invite.",
        // a yes/no question plus "how much", both answered
        "Will my plan work in Japan, and how much will data cost per day?"
            + "|Yes, your plan works in Japan, and data costs $10 a day.",
        // a bare "Please confirm" answered
        "Your website says food spoilage is covered. Claim 5520-FS. Please confirm."
            + "|Yes, you're covered for spoiled food and medication up to $500.",
        "My contract says early exit is free after 12 months. Can you confirm?"
            + "|That's right: after 12 months there is no early exit fee.",
        // a "what are we doing wrong" answered by the cause or by the fix
        "SSO keeps failing with invalid audience. What are we doing wrong?"
            + "|\"Invalid audience\" means Okta sends a different Audience URI from the one we"
            + " expect.",
        "The sync keeps failing overnight. What's causing it?"
            + "|Go to Settings > Sync and switch off battery saver for the app.",
        // not information requests
        "You're joking right? 3 days to answer a live chat enquiry?"
            + "|I'm so sorry you waited three days. That's not the service we aim for.",
        "Is this a joke?! Third time I've asked.|I'm sorry, I've now fixed the address myself.",
        "Seriously?|I'm sorry, I know this has dragged on.",
        "Hi, how are you doing today? My modem arrived.|Great, I've activated it for you.",
        "Thanks for the help!|You're welcome, glad it's sorted.",
      })
  void leaves_answered_and_rhetorical_questions_alone(String customer, String draft) {
    assertThat(reply(customer, draft).findings(FindingCode.UNANSWERED_QUESTION))
        .as(draft)
        .isEmpty();
  }

  @Test
  void only_questions_since_the_last_agent_reply_count() {
    ScoreRequest request =
        ScoreRequest.builder()
            .channel(Channel.MESSAGING)
            .customerSays("2026-11-19T08:00:00Z", "When does my contract end?")
            .agentSays("2026-11-19T09:00:00Z", "Your contract ends on 30 June.")
            .customerSays("2026-11-20T08:00:00Z", "Great. Can I keep my number if I leave?")
            .draft("Yes, you can keep your number: ask your new provider to port it.")
            .draftAt("2026-11-20T09:00:00Z")
            .build();
    assertThat(SCORER.score(request).has(FindingCode.UNANSWERED_QUESTION)).isFalse();
  }

  @Test
  void quotes_the_question_and_points_at_the_end_of_the_reply() {
    String draft = "Thanks Ravi, I've passed this to billing.";
    var result =
        reply("My bill went up by $20. What is the new charge for?", draft)
            .findings(FindingCode.UNANSWERED_QUESTION);
    assertThat(result).hasSize(1);
    Finding finding = result.get(0);
    assertThat(finding.start()).isEqualTo(draft.length());
    assertThat(finding.end()).isEqualTo(draft.length());
    assertThat(finding.message()).contains("\"What is the new charge for?\"");
  }
}
