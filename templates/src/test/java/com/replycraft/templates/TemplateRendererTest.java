package com.replycraft.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

  static final Template LATE_PARCEL =
      template(
          """
          Hi {{customer_name}},

          I'm sorry you waited {{wait}}. Order {{order_number}} arrives {{date}}.
          {{note}}

          You'll hear from me {{response_window}}.

          {{escalation_offer}}

          {{agent_name}}""",
          Map.of(
              "order_number", new Placeholder("order_number", "RC-1", null),
              "date", new Placeholder("date", "Friday", "on Friday"),
              "note", new Placeholder("note", "Tracking is RC-1T.", "")));

  static RenderContext.Builder sample() {
    return RenderContext.builder()
        .customerName("Priya")
        .waited(Duration.ofHours(51))
        .responseWindow(Duration.ofHours(4))
        .agentName("Sam")
        .put("order_number", "RC-48213");
  }

  @Test
  void fills_every_placeholder_and_uses_defaults_for_optional_ones() {
    String text =
        LATE_PARCEL.render(sample().escalationOffer("Want a call? Send a number.").build());
    assertThat(text)
        .isEqualTo(
            """
            Hi Priya,

            I'm sorry you waited 2 days 3 hours. Order RC-48213 arrives on Friday.

            You'll hear from me within 4 hours.

            Want a call? Send a number.

            Sam""");
  }

  @Test
  void an_empty_escalation_offer_removes_its_line_cleanly() {
    String text = LATE_PARCEL.render(sample().build());
    assertThat(text).doesNotContain("\n\n\n").endsWith("within 4 hours.\n\nSam");
  }

  @Test
  void greets_neutrally_when_the_name_is_unknown() {
    String text = LATE_PARCEL.render(sample().customerName(null).build());
    assertThat(text).startsWith("Hi there,\n");
  }

  @Test
  void refuses_to_render_with_a_required_placeholder_missing_and_names_it() {
    RenderContext noOrder =
        RenderContext.builder()
            .customerName("Priya")
            .waited(Duration.ofHours(5))
            .responseWindow(Duration.ofHours(4))
            .build();
    assertThatThrownBy(() -> LATE_PARCEL.render(noOrder))
        .isInstanceOfSatisfying(
            UnfilledPlaceholderException.class,
            e -> assertThat(e.missing()).containsExactly("order_number", "agent_name"))
        .hasMessageContaining("{{order_number}}");
    assertThat(LATE_PARCEL.missingPlaceholders(noOrder))
        .containsExactly("order_number", "agent_name");
  }

  @Test
  void refuses_a_value_that_smuggles_in_a_placeholder() {
    RenderContext sneaky = sample().put("order_number", "{{order_id}}").build();
    assertThatThrownBy(() -> LATE_PARCEL.render(sneaky))
        .isInstanceOf(UnfilledPlaceholderException.class)
        .hasMessageContaining("{{order_id}}");
  }

  @Test
  void builds_the_core_values_from_the_thread() {
    List<Message> thread =
        List.of(
            new Message(
                Author.CUSTOMER, Instant.parse("2026-11-17T08:00:00Z"), "Where is my parcel"),
            new Message(Author.BOT, Instant.parse("2026-11-17T08:00:05Z"), "An agent will reply."),
            new Message(Author.CUSTOMER, Instant.parse("2026-11-18T09:00:00Z"), "Hello?"));
    RenderContext context =
        RenderContext.fromThread(
                thread,
                Channel.MESSAGING,
                new Customer("Priya Shah", true, null, null),
                Policy.DEFAULT,
                Instant.parse("2026-11-20T11:00:00Z"))
            .agentName("Sam")
            .build();
    assertThat(context.values())
        .containsEntry("customer_name", "Priya")
        .containsEntry("wait", "3 days 3 hours")
        .containsEntry("response_window", "within 4 hours")
        .containsEntry("agent_name", "Sam")
        .doesNotContainKey("escalation_offer");
  }

  @Test
  void offers_a_call_when_the_advice_asks_for_one() {
    EscalationAdvice offer = new EscalationAdvice(Recommendation.OFFER_SYNC, 0.8, List.of(), null);
    RenderContext context = sample().escalation(offer, Channel.EMAIL).build();
    assertThat(context.values().get("escalation_offer"))
        .isEqualTo(RenderContext.defaultCallOffer(Channel.EMAIL));
  }

  @Test
  void uses_the_advice_own_offer_text_when_it_has_one() {
    EscalationAdvice offer =
        new EscalationAdvice(
            Recommendation.ESCALATE_NOW, 0.9, List.of(), "Call us on 1300 000 000.");
    assertThat(sample().escalation(offer, Channel.EMAIL).build().values())
        .containsEntry("escalation_offer", "Call us on 1300 000 000.");
  }

  @Test
  void an_escalation_template_keeps_its_own_offer_when_the_advice_is_to_stay_async() {
    Template template =
        template(
            "Hi {{customer_name}}. {{escalation_offer}} {{wait}} {{response_window}} {{agent_name}}",
            Map.of(
                "escalation_offer", new Placeholder("escalation_offer", "Call me.", "Call me.")));
    EscalationAdvice stay = new EscalationAdvice(Recommendation.STAY_ASYNC, 0.5, List.of(), null);
    assertThat(template.render(sample().escalation(stay, Channel.EMAIL).build()))
        .isEqualTo("Hi Priya. Call me. 2 days 3 hours within 4 hours Sam");
  }

  @Test
  void an_empty_value_in_mid_sentence_leaves_no_double_space() {
    Template template =
        template(
            "Hi {{customer_name}}, done {{note}}. {{wait}} {{response_window}} {{agent_name}} {{escalation_offer}}",
            Map.of("note", new Placeholder("note", "today", "")));
    assertThat(template.render(sample().build()))
        .isEqualTo("Hi Priya, done. 2 days 3 hours within 4 hours Sam");
  }

  private static Template template(String body, Map<String, Placeholder> placeholders) {
    return new Template(
        "test",
        "Test",
        List.of(Channel.EMAIL),
        List.of("delivery-delay"),
        List.of(),
        placeholders,
        body,
        "test.md");
  }
}
