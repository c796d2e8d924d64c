package com.replycraft.scoring.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.signal.FrustrationSignal;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import com.replycraft.scoring.thread.WaitInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mood and the signals remembered per thread view equal the ones computed afresh. */
class CustomerMoodMemoTest {

  private final TextAnalyzer analyzer = new TextAnalyzer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // frustrated, then calmer
        "Third time asking. This is a joke!! | Any news? | I'll wait.",
        // distressed
        "My husband passed away and the bill is in his name. | I'm really worried about this. | ok",
        // pleased at the end
        "Where is my parcel? | It came today, thanks so much, that's perfect! | :)",
        // calm
        "Can you change my address? | It is 12 High Street. | Thanks",
      })
  void remembered_mood_equals_the_mood_computed_afresh(String first, String second, String third) {
    ThreadView view = view(first, "Thanks, we're looking into it.", second, third);

    CustomerMood mood = CustomerMood.of(view);
    CustomerMood unanswered = CustomerMood.ofUnanswered(view);

    assertThat(CustomerMood.of(view)).isSameAs(mood);
    assertThat(CustomerMood.ofUnanswered(view)).isSameAs(unanswered);
    assertThat(mood).isEqualTo(CustomerMood.of(view.customerMessages()));
    assertThat(unanswered).isEqualTo(CustomerMood.of(view.unansweredCustomerMessages()));
    assertThat(new FrustrationSignal().detect(view))
        .isEqualTo(new FrustrationSignal().detect(view.customerMessages()));
    assertThat(new RuleEscalationAdvisor().advise(view))
        .isEqualTo(
            new RuleEscalationAdvisor()
                .advise(view(first, "Thanks, we're looking into it.", second, third)));
  }

  private ThreadView view(String customer1, String agent, String customer2, String customer3) {
    Instant start = Instant.parse("2026-11-17T08:00:00Z");
    List<Message> messages =
        List.of(
            new Message(Author.CUSTOMER, start, customer1),
            new Message(Author.AGENT, start.plusSeconds(3600), agent),
            new Message(Author.CUSTOMER, start.plusSeconds(7200), customer2),
            new Message(Author.CUSTOMER, start.plusSeconds(9000), customer3));
    List<AnalyzedMessage> analyzed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      analyzed.add(
          new AnalyzedMessage(i, messages.get(i), analyzer.analyze(messages.get(i).text())));
    }
    return new ThreadView(
        Channel.EMAIL,
        Customer.UNKNOWN,
        Policy.DEFAULT,
        analyzed,
        start.plusSeconds(10_000),
        WaitInfo.none(Duration.ofHours(24)));
  }
}
