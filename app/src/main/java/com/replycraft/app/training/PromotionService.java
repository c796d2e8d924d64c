package com.replycraft.app.training;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.llm.PiiRedactor;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Message;
import com.replycraft.training.Difficulty;
import com.replycraft.training.Exercise;
import com.replycraft.training.Mistake;
import com.replycraft.training.Skill;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Turns a real conversation into a draft exercise and publishes the trainer's finished version.
 *
 * <p>Customer PII never reaches the trainer's form: every turn, the subject and the real reply go
 * through {@link PiiRedactor#sessionWithNames} (names, e-mails, phones, card/account/member
 * numbers, dates of birth, addresses become typed placeholders such as {@code [EMAIL_1]}). Times
 * are moved to a fixed reference week, keeping the weekday, time of day and every gap, so the waits
 * stay real while the real dates go.
 */
@Service
public class PromotionService {

  /** The Monday the promoted threads are moved to. */
  static final Instant REFERENCE_MONDAY = Instant.parse("2026-01-05T00:00:00Z");

  private final ConversationService conversations;
  private final TrainingCatalog catalog;
  private final Scorer scorer;

  PromotionService(ConversationService conversations, TrainingCatalog catalog, Scorer scorer) {
    this.conversations = conversations;
    this.catalog = catalog;
    this.scorer = scorer;
  }

  /**
   * The draft exercise for the conversation: the turns before its last agent reply (redacted,
   * retimed), that reply as a first "mistake" to coach from (or as the model reply when the scorer
   * finds nothing wrong with it), and a rubric prefilled from what the scorer found.
   */
  public Optional<ExerciseDraft> draft(long conversationId) {
    return conversations.find(conversationId).map(this::draft);
  }

  private ExerciseDraft draft(ThreadSnapshot snapshot) {
    List<String> names = new ArrayList<>();
    if (snapshot.customer().name() != null) {
      names.add(snapshot.customer().name());
    }
    List<ThreadMessage> messages = snapshot.messages();
    PiiRedactor.Session discovery = PiiRedactor.sessionWithNames(names);
    messages.forEach(m -> discovery.redact(m.text()));
    names.addAll(discovery.names());
    PiiRedactor.Session redactor = PiiRedactor.sessionWithNames(names);
    int replyIndex = lastAgentReply(messages);
    List<ThreadMessage> before = replyIndex > 0 ? messages.subList(0, replyIndex) : messages;
    Duration shift = shift(before.get(0).sentAt());
    List<Message> thread = new ArrayList<>();
    for (ThreadMessage m : before) {
      thread.add(new Message(m.author(), m.sentAt().minus(shift), redactor.redact(m.text())));
    }
    Instant lastAt = before.get(before.size() - 1).sentAt();
    Instant replyAt =
        (replyIndex > 0 ? messages.get(replyIndex).sentAt() : lastAt.plus(Duration.ofHours(1)))
            .minus(shift);
    if (!replyAt.isAfter(lastAt.minus(shift))) {
      replyAt = lastAt.minus(shift).plus(Duration.ofMinutes(1));
    }
    String realReply = replyIndex > 0 ? redactor.redact(messages.get(replyIndex).text()) : "";
    String customerName =
        snapshot.customer().name() == null ? null : redactor.redact(snapshot.customer().name());

    List<Finding> found = List.of();
    if (!realReply.isBlank()) {
      ScoreResult score =
          scorer.score(
              new ScoreRequest(
                  "promotion",
                  snapshot.channel(),
                  realReply,
                  replyAt,
                  thread,
                  snapshot.customer(),
                  null));
      found = score.findings();
    }
    Set<FindingCode> codes = new LinkedHashSet<>();
    found.forEach(f -> codes.add(f.code()));
    Set<Skill> skills = EnumSet.noneOf(Skill.class);
    codes.forEach(
        c ->
            skills.add(
                c == FindingCode.ESCALATION_NOT_OFFERED ? Skill.ESCALATION : skill(c.dimension())));
    if (skills.isEmpty()) {
      skills.add(Skill.TONE);
    }
    String subject = snapshot.subject() == null ? "" : redactor.redact(snapshot.subject());
    List<Mistake> mistakes =
        codes.isEmpty()
            ? List.of()
            : List.of(new Mistake(realReply, "", codes.stream().map(FindingCode::name).toList()));
    return new ExerciseDraft(
        suggestedId(snapshot),
        subject.isBlank() ? "Promoted conversation" : subject,
        skills,
        snapshot.channel(),
        Difficulty.INTERMEDIATE,
        customerName,
        snapshot.customer().isAuthenticated(),
        thread,
        replyAt,
        "A real "
            + snapshot.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " conversation"
            + (subject.isBlank() ? "" : " about \"" + subject + "\"")
            + ". Say what the agent knows and can offer at this point.",
        "Write the next reply to the customer.",
        List.copyOf(codes),
        Map.of(),
        List.of(),
        codes.isEmpty() ? realReply : "",
        mistakes,
        snapshot.id());
  }

  /**
   * Validates and stores the finished draft beside the shipped catalog.
   *
   * @throws InvalidExerciseException with every problem the exercise parser found
   */
  public Exercise publish(ExerciseDraft draft, String trainer) {
    return catalog.publish(ExerciseYaml.write(draft), draft.sourceConversationId(), trainer);
  }

  public boolean idTaken(String id) {
    return catalog.idTaken(id);
  }

  private String suggestedId(ThreadSnapshot snapshot) {
    String base =
        "promoted-"
            + snapshot.channel().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "-"
            + snapshot.id();
    String id = base;
    for (int n = 2; catalog.idTaken(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static int lastAgentReply(List<ThreadMessage> messages) {
    for (int i = messages.size() - 1; i > 0; i--) {
      if (messages.get(i).author() == Author.AGENT) {
        return i;
      }
    }
    return -1;
  }

  /** A whole number of weeks, so weekdays and times of day stay as they were. */
  private static Duration shift(Instant first) {
    long days = ChronoUnit.DAYS.between(REFERENCE_MONDAY, first.truncatedTo(ChronoUnit.DAYS));
    return Duration.ofDays(Math.floorDiv(days, 7) * 7);
  }

  static Skill skill(Dimension dimension) {
    return switch (dimension) {
      case TONE -> Skill.TONE;
      case CLARITY -> Skill.CLARITY;
      case DELAY_ACKNOWLEDGEMENT -> Skill.DELAY_ACKNOWLEDGEMENT;
      case EMPATHY -> Skill.EMPATHY;
      case CHANNEL_FIT -> Skill.CHANNEL_FIT;
    };
  }
}
