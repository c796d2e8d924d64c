package com.replycraft.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.NewThread;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.training.Element;
import com.replycraft.training.Exercise;
import com.replycraft.training.Mistake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class PromotionServiceTest {

  /** Every raw value the conversation below carries; none may survive promotion. */
  static final List<String> RAW_PII =
      List.of(
          "Margaret",
          "Okonkwo-Hale",
          "margaret.hale@example.org",
          "+44 7700 900123",
          "4111 1111 1111 1111",
          "12345678",
          "MBR-448812",
          "14/03/1981",
          "27 Willow Crescent",
          "Dominic");

  @Autowired ConversationService conversations;
  @Autowired PromotionService promotion;
  @Autowired TrainingCatalog catalog;

  static long conversationFullOfPii(ConversationService conversations) {
    Instant start = Instant.parse("2026-03-10T08:15:00Z");
    NewThread thread =
        new NewThread(
            "pii-" + UUID.randomUUID(),
            Channel.EMAIL,
            "Refund for Margaret Okonkwo-Hale",
            new Customer("Margaret Okonkwo-Hale", true, null, null),
            "RETAIL",
            List.of(
                new NewThread.Message(
                    Author.CUSTOMER,
                    start,
                    "Hello, my name is Margaret Okonkwo-Hale. I was charged twice on my card 4111"
                        + " 1111 1111 1111 for order 50318. Please call me on +44 7700 900123 or"
                        + " write to margaret.hale@example.org.\n\nThanks,\nMargaret",
                    null),
                new NewThread.Message(
                    Author.CUSTOMER,
                    start.plus(Duration.ofDays(2)),
                    "Still nothing. My account number is 12345678, member number MBR-448812, date"
                        + " of birth 14/03/1981. I live at 27 Willow Crescent. My husband Dominic"
                        + " says hi.\n\nRegards,\nMargaret Okonkwo-Hale",
                    null),
                new NewThread.Message(
                    Author.AGENT,
                    start.plus(Duration.ofDays(3)),
                    "Hi Margaret, we have refunded the duplicate charge on card 4111 1111 1111 1111."
                        + " Thanks Dominic too!\n\nKind regards,\nSam",
                    "agent-7")));
    return conversations.create(thread).id();
  }

  @Test
  void a_conversation_full_of_pii_becomes_an_exercise_with_no_raw_pii_in_any_field() {
    long id = conversationFullOfPii(conversations);

    ExerciseDraft draft = promotion.draft(id).orElseThrow();
    assertNoRawPii(draftText(draft));

    String exerciseId = "promoted-pii-" + UUID.randomUUID().toString().substring(0, 8);
    ExerciseDraft finished =
        new ExerciseDraft(
            exerciseId,
            draft.title(),
            draft.skills(),
            draft.channel(),
            draft.difficulty(),
            draft.customerName(),
            draft.customerAuthenticated(),
            draft.thread(),
            draft.replyAt(),
            draft.situation() + " The refund went back to the card today.",
            draft.task(),
            List.of(),
            Map.of(Dimension.DELAY_ACKNOWLEDGEMENT, 75),
            List.of(Element.ACKNOWLEDGES_WAIT, Element.APOLOGISES),
            "Hi "
                + draft.customerName()
                + ",\n\nI'm sorry you waited three days for this and had"
                + " to write twice. I've refunded the duplicate charge today; it reaches your card"
                + " within 5 working days.\n\nKind regards,\nSam",
            draft.mistakes().stream()
                .map(
                    m ->
                        new Mistake(
                            m.reply(),
                            "Name the three-day wait first.",
                            List.of("ACKNOWLEDGES_WAIT")))
                .toList(),
            draft.sourceConversationId());
    Exercise published = promotion.publish(finished, "trainer");

    String stored = catalog.storedYaml(exerciseId).orElseThrow();
    assertNoRawPii(stored);
    Exercise read = catalog.find(exerciseId).orElseThrow();
    assertNoRawPii(exerciseText(read));
    assertThat(published.thread()).hasSize(2);
    assertThat(read.customer().name()).startsWith("[NAME_");
    assertThat(stored)
        .contains(
            "[EMAIL_1]",
            "[PHONE_1]",
            "[CARD_1]",
            "[ACCOUNT_1]",
            "[MEMBER_ID_1]",
            "[DATE_OF_BIRTH_1]",
            "[ADDRESS_1]");
  }

  @Test
  void the_draft_keeps_the_gaps_between_turns_and_the_real_wait() {
    long id = conversationFullOfPii(conversations);

    ExerciseDraft draft = promotion.draft(id).orElseThrow();

    assertThat(draft.thread())
        .extracting(Message::author)
        .containsExactly(Author.CUSTOMER, Author.CUSTOMER);
    assertThat(Duration.between(draft.thread().get(0).at(), draft.thread().get(1).at()))
        .isEqualTo(Duration.ofDays(2));
    assertThat(Duration.between(draft.thread().get(0).at(), draft.replyAt()))
        .isEqualTo(Duration.ofDays(3));
    assertThat(draft.thread().get(0).at()).isNotEqualTo(Instant.parse("2026-03-10T08:15:00Z"));
    assertThat(draft.mustNotHave()).isNotEmpty();
    assertThat(draft.mistakes()).hasSize(1);
  }

  @Test
  void an_unfinished_exercise_is_refused_with_the_parsers_reasons_and_nothing_is_stored() {
    long id = conversationFullOfPii(conversations);
    ExerciseDraft draft = promotion.draft(id).orElseThrow();
    String exerciseId = "promoted-bad-" + UUID.randomUUID().toString().substring(0, 8);
    ExerciseDraft unfinished =
        new ExerciseDraft(
            exerciseId,
            draft.title(),
            draft.skills(),
            draft.channel(),
            draft.difficulty(),
            draft.customerName(),
            false,
            draft.thread(),
            draft.replyAt(),
            draft.situation(),
            draft.task(),
            List.of(),
            Map.of(),
            List.of(),
            "A reply.",
            List.of(),
            id);

    assertThatThrownBy(() -> promotion.publish(unfinished, "trainer"))
        .isInstanceOf(InvalidExerciseException.class)
        .hasMessageContaining("rubric checks nothing");
    assertThat(catalog.find(exerciseId)).isEmpty();
  }

  private static void assertNoRawPii(String text) {
    for (String raw : RAW_PII) {
      assertThat(text).as("raw PII \"%s\"", raw).doesNotContainIgnoringCase(raw);
    }
    assertThat(text.replaceAll("\\D", "")).doesNotContain("4111111111111111");
  }

  private static String draftText(ExerciseDraft d) {
    List<String> parts =
        new ArrayList<>(
            List.of(
                d.id(),
                d.title(),
                d.situation(),
                d.task(),
                d.modelReply(),
                String.valueOf(d.customerName())));
    d.thread().forEach(m -> parts.add(m.text()));
    d.mistakes().forEach(m -> parts.add(m.reply() + "\n" + m.feedback()));
    return String.join("\n", parts);
  }

  private static String exerciseText(Exercise e) {
    return e.toString();
  }
}
