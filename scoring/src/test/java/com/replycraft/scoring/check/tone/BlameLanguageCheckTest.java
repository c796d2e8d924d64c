package com.replycraft.scoring.check.tone;

import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlameLanguageCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // failure verbs after "you"
        "Unfortunately you failed to include the receipt, so the claim was rejected.",
        "You have failed to make the last two payments on the plan.",
        "It seems you forgot to attach the photos of the damage.",
        "You neglected to tell us the meter had been replaced.",
        "You obviously misread the booking conditions.",
        // past obligation
        "You should have checked the size chart before ordering.",
        "You should've called us before the flight left.",
        "You were supposed to return the modem within 14 days.",
        "You were meant to cancel before the renewal date.",
        // negated attention
        "You didn't read the email we sent on Monday.",
        "You did not provide the tracking number we asked for.",
        "You never updated your card details, so the payment bounced.",
        // counterfactuals
        "If you had read the terms you would know the fee applies.",
        "If you'd called us first, we could have stopped the charge.",
        "Had you contacted us earlier, this would not have happened.",
        // phrases
        "This was your mistake, not ours.",
        "As you were told on the phone, the excess is $500.",
        "It's your responsibility to keep your password safe.",
        "You need to read the terms before you sign up.",
        "The delay was caused by an error on your part.",
        "You entered the wrong card number, which is why the payment failed.",
        "You didn't give us the full address, so the courier couldn't deliver.",
        "In future, please make sure you read the checkout page.",
        // the customer in the third person, as the one at fault
        "The customer is responsible for checking the delivery address before ordering.",
        "Per our terms, the account holder is responsible for any calls made on the line.",
        // contradicting what the customer says they sent or did, with our records
        "Our records show no cancellation request was received.",
        "Our records show no bereavement notification was received, so the bills continued.",
        "Our records don't show you calling us on Monday.",
        "Our records show you never activated the warranty.",
      })
  void flags_replies_that_blame_the_customer(String draft) {
    assertThat(score(draft).has(FindingCode.BLAME_LANGUAGE)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the agent owns it
        "We should have told you about the fee before you booked. I'm sorry.",
        "I should have checked the order before it left the warehouse.",
        "We failed to send the reminder, and I'm sorry for that.",
        // expectations, not blame
        "You should have received a confirmation email with your booking reference.",
        "You should have got a text from us with the tracking link.",
        "You should have your new card by Friday.",
        "You shouldn't have had to chase us for this, and I'm sorry you did.",
        // reassurance and negation
        "This isn't your fault at all, and I've fixed it.",
        "There was no mistake on your part; our system double-charged you.",
        "You haven't done anything wrong here.",
        "You didn't receive the reset link because our email server was down.",
        // conditions and instructions
        "If you forgot your password, tap Forgot password on the login page.",
        "If you haven't updated the app yet, please do so from the store.",
        "If you had any trouble with the form, just reply here and I'll help.",
        "If you'd like a callback, tell me a time that suits you.",
        "Had you already placed the order, or was it still in your cart?",
        // quoted customer words
        "You wrote \"you failed to deliver my parcel\" and you're right, we did.",
        "Thank you failed deliveries are now tracked separately.",
        "I'm sorry you received the wrong item; the right one ships today.",
        "We sent you the wrong size, and that's our mistake.",
        "You need to make sure the modem is plugged into the wall socket, not a power board.",
        "I've moved the delivery to the new date that you agreed to on the phone.",
        // our records as neutral or good news, not a contradiction of the customer
        "Our records show no outstanding balance, so you're all paid up.",
        "Our records show no faults on your line since Monday's repair.",
        "Our records show no missed payments, so your loyalty discount stays.",
        "Our records don't show any outage in your area today, so I've booked a line test.",
        // the customer's responsibility spoken of as a fact of the product, not blame
        "The customer service team is responsible for refunds, and I've asked them to send yours"
            + " today.",
      })
  void leaves_ownership_expectations_and_reassurance_alone(String draft) {
    assertThat(score(draft).findings(FindingCode.BLAME_LANGUAGE)).as(draft).isEmpty();
  }

  @Test
  void pins_the_blaming_words_and_marks_them_critical() {
    String draft = "Hi Jo, you failed to include your meter reading, so we estimated the bill.";
    Finding finding = score(Channel.MESSAGING, draft).findings(FindingCode.BLAME_LANGUAGE).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("you failed");
    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void offers_a_neutral_word_for_your_mistake() {
    String draft = "The double booking was your mistake, but I have cancelled the second one.";
    Finding finding = score(draft).findings(FindingCode.BLAME_LANGUAGE).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("your mistake");
    assertThat(finding.replacement()).isEqualTo("the mix-up");
  }

  @Test
  void a_factual_didnt_provide_is_major_not_critical() {
    String draft = "You didn't attach the invoice, so I can't process the claim yet.";
    Finding finding = score(draft).findings(FindingCode.BLAME_LANGUAGE).get(0);
    assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("You didn't attach");
  }
}
