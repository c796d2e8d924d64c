package com.replycraft.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.thread.Customer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementDetectorsTest {

  static final TextAnalyzer ANALYZER = new TextAnalyzer();
  static final Customer PRIYA = new Customer("Priya Shah", true, null, null);
  static final List<String> THREAD =
      List.of("My order 50318 arrived with the Aurora lamp broken. I need it before Friday.");

  static Optional<Span> find(Element element, String reply) {
    ElementContext context =
        new ElementContext(
            ANALYZER.analyze(reply), PRIYA, THREAD.stream().map(ANALYZER::analyze).toList());
    return ElementDetectors.forElement(element).find(context);
  }

  @Test
  void every_element_has_exactly_one_detector() {
    Set<Element> covered =
        ElementDetectors.all().stream()
            .map(ElementDetector::element)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Element.class)));
    assertThat(covered).containsExactlyInAnyOrder(Element.values());
    assertThat(ElementDetectors.all()).hasSize(Element.values().length);
  }

  @ParameterizedTest(name = "{0} fires on: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          OFFERS_CALL          | I'd like to call you this afternoon to talk it through.
          OFFERS_CALL          | Would a quick call help? Reply with a good time.
          OFFERS_CALL          | You can also reach our team on live chat.
          OFFERS_CALL          | Our specialist can ring you tomorrow.
          GIVES_CONCRETE_TIME  | You'll have it by 3 pm.
          GIVES_CONCRETE_TIME  | We reply within 24 hours.
          GIVES_CONCRETE_TIME  | The technician comes on Monday.
          GIVES_CONCRETE_TIME  | It will arrive by 9 December.
          GIVES_CONCRETE_TIME  | I'll update you by end of day.
          GIVES_CONCRETE_TIME  | Expect a reply within two working days.
          ACKNOWLEDGES_WAIT    | I'm sorry we kept you waiting for three days.
          ACKNOWLEDGES_WAIT    | Sorry it took us so long to reply.
          ACKNOWLEDGES_WAIT    | You've waited far too long for this answer.
          ACKNOWLEDGES_WAIT    | Apologies for the delay in replying.
          USES_NAME            | Hi Priya, thanks for the photo.
          APOLOGISES           | I'm sorry the jug arrived cracked.
          APOLOGISES           | Please accept my apologies.
          NAMES_NEXT_STEP      | I'll send a replacement today.
          NAMES_NEXT_STEP      | I've booked a technician for Monday.
          NAMES_NEXT_STEP      | You'll receive a confirmation email.
          TAKES_OWNERSHIP      | That's on us, and I'll make sure it's fixed.
          TAKES_OWNERSHIP      | We got this wrong.
          ACKNOWLEDGES_FEELING | That must be so stressful with the party today.
          ACKNOWLEDGES_FEELING | I'm so sorry for your loss.
          ACKNOWLEDGES_FEELING | Understandably, you're fed up.
          MOVES_TO_PRIVATE     | Please send us a DM with your address.
          MOVES_TO_PRIVATE     | Could you send us a private message?
          USES_THREAD_DETAILS  | I've checked order 50318.
          USES_THREAD_DETAILS  | Your Aurora lamp ships today.
          """)
  void fires(Element element, String reply) {
    assertThat(find(element, reply)).as(reply).isPresent();
  }

  @ParameterizedTest(name = "{0} stays quiet on: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # a call centre is not an offer, nor is a refusal
          OFFERS_CALL          | Our call centre is busy this week.
          OFFERS_CALL          | We can't call you about this.
          OFFERS_CALL          | Please reply by email.
          # vague times and greetings are not concrete
          GIVES_CONCRETE_TIME  | We'll be in touch soon.
          GIVES_CONCRETE_TIME  | It should arrive in a few days.
          GIVES_CONCRETE_TIME  | How can I help you today?
          GIVES_CONCRETE_TIME  | I can't promise anything today.
          GIVES_CONCRETE_TIME  | We'll get back to you shortly.
          # thanking for patience is not acknowledging the wait
          ACKNOWLEDGES_WAIT    | Thanks for your patience.
          ACKNOWLEDGES_WAIT    | Thank you for waiting.
          ACKNOWLEDGES_WAIT    | Sorry about the delayed parcel.
          USES_NAME            | Hi there, thanks for the photo.
          USES_NAME            | Dear customer, thank you.
          # non-apologies
          APOLOGISES           | We're sorry you feel that way.
          APOLOGISES           | I'm not sorry for enforcing the policy.
          APOLOGISES           | Sorry to hear that.
          NAMES_NEXT_STEP      | Let us know if you need anything else.
          NAMES_NEXT_STEP      | We will not be able to help.
          NAMES_NEXT_STEP      | We'll see what we can do.
          TAKES_OWNERSHIP      | Mistakes were made.
          TAKES_OWNERSHIP      | It's not our department.
          ACKNOWLEDGES_FEELING | Don't worry about it.
          ACKNOWLEDGES_FEELING | The form must be signed.
          ACKNOWLEDGES_FEELING | We're sorry you feel that way.
          MOVES_TO_PRIVATE     | We'll call you at 3 pm.
          MOVES_TO_PRIVATE     | Please reply with your address here.
          USES_THREAD_DETAILS  | Thanks for your order, it will ship within 1 day.
          USES_THREAD_DETAILS  | Dear customer, thank you for contacting us.
          """)
  void stays_quiet(Element element, String reply) {
    assertThat(find(element, reply)).as(reply).isEmpty();
  }

  @Test
  void reports_where_the_element_is_so_the_editor_can_highlight_it() {
    String reply = "Hi Priya, I'm sorry it took us three days to reply.";
    Span span = find(Element.ACKNOWLEDGES_WAIT, reply).orElseThrow();
    assertThat(reply.substring(span.start(), span.end())).isEqualTo("took us");
    Span name = find(Element.USES_NAME, reply).orElseThrow();
    assertThat(name).isEqualTo(new Span(3, 8));
  }
}
