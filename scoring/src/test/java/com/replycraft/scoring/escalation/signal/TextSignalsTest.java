package com.replycraft.scoring.escalation.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.escalation.EscalationProbe;
import com.replycraft.scoring.escalation.ReasonCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Example tables for the signals read from the customer's words, each message scored as a
 * one-message thread through the {@link Scorer}.
 */
class TextSignalsTest {

  private final EscalationProbe probe =
      new EscalationProbe(
          Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC)));

  private boolean fires(ReasonCode code, String customerText) {
    return probe.reasons(List.of(customerText)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // anger said outright
        "I am absolutely furious, this is the second bill with the same error.",
        "Honestly I'm fed up with chasing this.",
        "This is completely unacceptable.",
        "Your service is useless and nobody answers the phone.",
        "I'm so frustrated, the router drops out every evening.",
        "Really disappointed with how this claim has been handled.",
        // rhetorical questions
        "Are you joking? The parcel was marked delivered and it isn't here.",
        "Is this a joke? Three weeks for a refund.",
        "How many times do I have to send you the same photo?",
        "How hard can it be to change an address?",
        // sarcasm
        "Brilliant service, really. Charged twice and still no refund.",
        "Thanks for nothing.",
        "Great job, guys. The flight was cancelled and nobody told me.",
        "Oh great, the app logged me out again.",
        "Well done, another missed delivery.",
        // capitals, punctuation, emoji, profanity
        "I have NEVER been treated like this. WHERE IS MY MONEY",
        "Why has nobody called me back?!",
        "Still waiting for the engineer 😡",
        "What the hell is going on with my account",
        "This is bloody ridiculous",
        // intensifier + negative word
        "The service has been extremely poor this month.",
        "The app is so slow I can't even log in.",
      })
  void customer_frustrated_fires_on_anger_sarcasm_and_shouting(String text) {
    assertThat(fires(ReasonCode.CUSTOMER_FRUSTRATED, text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided: negation
        "I'm not angry, just asking when the technician is coming.",
        "Not frustrated at all, just want to check the dates.",
        "I wouldn't say I'm disappointed, it was just a bit late.",
        // false alarms avoided: sincere praise and thanks
        "Great job, thanks so much for sorting the refund so quickly!",
        "Thank you so much for the help, it works now.",
        "THANK YOU!!! The parcel arrived this morning.",
        "Brilliant service, the engineer was lovely.",
        // false alarms avoided: quoted words and plain questions
        "The email said \"this is unacceptable\" in the subject, is it spam?",
        "Could you tell me when my order will arrive?",
        "Hi, I'd like to change my plan to the cheaper one please.",
        "I'm afraid I forgot my password, can you reset it?",
        "Is the NBN connection available at my address?",
      })
  void customer_frustrated_stays_quiet_on_calm_or_happy_customers(String text) {
    assertThat(fires(ReasonCode.CUSTOMER_FRUSTRATED, text)).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My husband passed away last month and the account is in his name.",
        "I'm writing from the hospital, my daughter was admitted last night.",
        "I've just been diagnosed with cancer and can't deal with this bill.",
        "I lost my job in March and I can't afford this payment.",
        "I'm struggling to pay the rent this month.",
        "My ex is abusive and I need my address removed from the account.",
        "I'm scared to be without power with a newborn.",
        "I'm desperate, I don't know what to do.",
        "My elderly mother is in a wheelchair and can't get to the post office.",
        "I'm in tears over this.",
        // stranded and at a loss, with a child in tow
        "Flight cancelled. I'm at Sydney airport with my 6-year-old and the desk is closed. What"
            + " do we do??",
        "We're stranded with my toddler and have nowhere to sleep tonight.",
        "What are we supposed to do now? Nobody at the gate can help.",
      })
  void customer_distressed_fires_on_vulnerability(String text) {
    assertThat(fires(ReasonCode.CUSTOMER_DISTRESSED, text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided
        "I'm not scared of a bit of paperwork, just tell me what you need.",
        "I'm afraid I missed your call yesterday.",
        "I can afford the upgrade, just want to know the price.",
        "I'm dying to try the new plan.",
        "Please update my address to 4 Hill St.",
        "What do we do with the old router, post it back?",
        "My 6-year-old loves the new tablet, thanks!",
        "Which plan is best for my 12-year-old?",
      })
  void customer_distressed_stays_quiet_on_ordinary_words(String text) {
    assertThat(fires(ReasonCode.CUSTOMER_DISTRESSED, text)).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We have no internet and I work from home.",
        "There's been a power cut on our street since 6 am.",
        "I need the documents by tomorrow for settlement.",
        "My flight is tomorrow and the booking has disappeared.",
        "This is urgent, my card has been blocked.",
        "It's an emergency, the gas is leaking.",
        "My insulin delivery hasn't arrived.",
        "I'm locked out of my account and rent is due.",
        // stuck in transit right now
        "Flight JX412 cancelled. I'm at Sydney airport and the desk is closed.",
        "We're at the airport and our flight cancelled without notice.",
      })
  void urgent_fires_on_outages_deadlines_and_medical_need(String text) {
    assertThat(fires(ReasonCode.URGENT, text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided
        "No rush, whenever you get a chance.",
        "It's not urgent, just curious about the new plans.",
        "I called today about my bill.",
        "Could you send me the brochure?",
        "I work at the airport, so please deliver to my home address.",
        "I picked the parcel up at Melbourne airport last week, all good.",
      })
  void urgent_stays_quiet_when_nothing_presses(String text) {
    assertThat(fires(ReasonCode.URGENT, text)).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "If this isn't fixed I will cancel my contract.",
        "I'm switching to another provider next week.",
        "I'll take this to the ombudsman.",
        "I've already contacted the ACCC.",
        "My solicitor will be in touch.",
        "I'm considering legal action.",
        "I'll be posting this everywhere and leaving a one star review.",
        "Going to the media with this.",
        "I want to make a formal complaint.",
        "Please close my account.",
      })
  void churn_or_complaint_threat_fires_on_threats(String text) {
    assertThat(fires(ReasonCode.CHURN_OR_COMPLAINT_THREAT, text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided
        "I'm not going to cancel, I just want the bill fixed.",
        "How do I switch off the notifications?",
        "Can I cancel my order from yesterday and reorder the blue one?",
        "I never want to leave a bad review, but please help.",
      })
  void churn_or_complaint_threat_stays_quiet_without_a_threat(String text) {
    assertThat(fires(ReasonCode.CHURN_OR_COMPLAINT_THREAT, text)).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is the third time I'm writing about this.",
        "I've emailed twice and heard nothing.",
        "Still waiting for the refund you promised.",
        "I have asked several times for a copy of the contract.",
        "Yet again the delivery didn't turn up.",
        "It's been a week and still no reply from anyone.",
        "I'm chasing again: my refund still hasn't arrived.",
      })
  void repeated_contact_fires_when_the_customer_says_so(String text) {
    assertThat(fires(ReasonCode.REPEATED_CONTACT, text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided
        "Thanks again for your help.",
        "I'll try again tonight and let you know.",
        "This is my first time ordering from you.",
        // the problem goes on, but this is the first time they ask
        "My refund for order 88123 still hasn't arrived.",
        "The app still isn't loading on my phone.",
      })
  void repeated_contact_stays_quiet_on_first_contact(String text) {
    assertThat(fires(ReasonCode.REPEATED_CONTACT, text)).as(text).isFalse();
  }
}
