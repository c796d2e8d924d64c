package com.replycraft.app.conversation;

import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.WaitCalculator;
import com.replycraft.scoring.thread.WaitInfo;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reads and writes threads; owns the transactions. */
@Service
@Validated
public class ConversationService {

  private static final ScoringJson JSON = new ScoringJson();

  private final ConversationRepository conversations;
  private final UserService users;
  private final Clock clock;
  private final List<ConversationStoredListener> listeners;

  ConversationService(
      ConversationRepository conversations,
      UserService users,
      Clock clock,
      List<ConversationStoredListener> listeners) {
    this.conversations = conversations;
    this.users = users;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * The open threads, the longest-waiting customer first. Imported transcripts are past
   * conversations for QA, not work for the agents, and never appear here, whatever their status.
   */
  @Transactional(readOnly = true)
  public List<ConversationSummary> open() {
    Instant now = clock.instant();
    return conversations
        .findByStatusAndImportedAtIsNullOrderByUpdatedAtDesc(ConversationStatus.OPEN)
        .stream()
        .map(c -> summary(c, now))
        .sorted(
            Comparator.comparing((ConversationSummary s) -> s.waitInfo().customerWaited())
                .reversed())
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<ThreadSnapshot> find(long id) {
    return conversations.findWithMessagesById(id).map(ThreadSnapshot::of);
  }

  @Transactional(readOnly = true)
  public Optional<Long> idOfExternal(String externalId) {
    return conversations.findByExternalId(externalId).map(Conversation::getId);
  }

  @Transactional(readOnly = true)
  public long count() {
    return conversations.count();
  }

  /** Creates a thread; its messages are stored in time order. */
  @Transactional
  public ThreadSnapshot create(@Valid NewThread thread) {
    Conversation c = new Conversation(thread.channel(), clock.instant());
    c.setExternalId(thread.externalId());
    fill(c, thread);
    return notifyStored(conversations.saveAndFlush(c));
  }

  /**
   * Demo threads: creates the thread, or, when it exists and nobody has added to it, moves its
   * timestamps to the new values (the demo's waits are relative to start-up). A thread an agent has
   * replied to is left alone.
   *
   * @return true when the thread was created
   */
  @Transactional
  public boolean createOrRetime(@Valid NewThread thread) {
    Optional<Conversation> existing =
        thread.externalId() == null
            ? Optional.empty()
            : conversations.findByExternalId(thread.externalId());
    if (existing.isEmpty()) {
      create(thread);
      return true;
    }
    Conversation c = existing.get();
    List<ConversationMessage> stored = c.getMessages();
    if (stored.size() == thread.messages().size()) {
      for (int i = 0; i < stored.size(); i++) {
        stored.get(i).setSentAt(thread.messages().get(i).at());
      }
      c.refreshLastMessageAt();
      c.touch(clock.instant());
      notifyStored(c);
    }
    return false;
  }

  /**
   * Stores a reply written in ReplyCraft as the thread's next AGENT message, with the scores and
   * findings it had.
   *
   * @param username the signed-in agent (kept as agent id and linked to the user), or null
   */
  @Transactional
  public ThreadMessage reply(
      long conversationId, String text, ScoreResult result, @Nullable String username) {
    Conversation c =
        conversations
            .findWithMessagesById(conversationId)
            .orElseThrow(() -> new IllegalArgumentException("no thread " + conversationId));
    Instant now = clock.instant();
    ConversationMessage message = new ConversationMessage(Author.AGENT, now, text);
    message.setAgentId(username);
    if (username != null) {
      message.setAuthorUserId(users.find(username).map(UserSummary::id).orElse(null));
    }
    message.setScores(result.scores(), JSON.write(result.findings()));
    c.append(message);
    c.touch(now);
    notifyStored(conversations.saveAndFlush(c));
    return ThreadMessage.of(message);
  }

  /**
   * Stores one batch of imported transcripts in one transaction and audits each with the given
   * auditor. A conversation already stored under the same external id is replaced (or, with {@link
   * ImportedThread#append()}, joined), never duplicated. The status follows the export's resolved
   * mark ({@link ImportedThread#resolved()}): RESOLVED when marked so, OPEN when marked unresolved
   * or new and unmarked; an unmarked re-import keeps the stored status. Imported threads stay out
   * of the agents' inbox either way ({@link #open()}).
   *
   * @return the number of messages stored
   */
  @Transactional
  public int importBatch(List<@Valid ImportedThread> batch, ThreadAuditor auditor) {
    Instant now = clock.instant();
    int stored = 0;
    for (ImportedThread imported : batch) {
      NewThread thread = imported.thread();
      Optional<Conversation> existing = conversations.findByExternalId(imported.externalId());
      Conversation c;
      List<NewThread.Message> messages;
      if (existing.isPresent()) {
        c = existing.get();
        messages = new ArrayList<>();
        if (imported.append()) {
          c.getMessages().stream()
              .map(
                  m ->
                      new NewThread.Message(
                          m.getAuthor(), m.getSentAt(), m.getText(), m.getAgentId()))
              .forEach(messages::add);
        }
        messages.addAll(thread.messages());
        c.clearMessages();
        // Deletes first: the new messages reuse the positions of the old ones.
        conversations.flush();
        c.setChannel(thread.channel());
        c.touch(now);
      } else {
        c = new Conversation(thread.channel(), now);
        c.setExternalId(thread.externalId());
        messages = new ArrayList<>(thread.messages());
      }
      fill(
          c,
          new NewThread(
              thread.externalId(),
              thread.channel(),
              thread.subject() != null ? thread.subject() : c.getSubject(),
              thread.customer(),
              thread.industry() != null ? thread.industry() : c.getIndustry(),
              messages));
      if (imported.resolved() != null) {
        c.setStatus(imported.resolved() ? ConversationStatus.RESOLVED : ConversationStatus.OPEN);
      } else if (existing.isEmpty()) {
        c.setStatus(ConversationStatus.OPEN);
      }
      c.markImported(now);
      List<Message> inOrder = c.getMessages().stream().map(ConversationMessage::toMessage).toList();
      c.applyAudit(auditor.audit(c.getChannel(), c.customer(), inOrder), now);
      notifyStored(conversations.save(c));
      stored += thread.messages().size();
    }
    conversations.flush();
    return stored;
  }

  /**
   * Audited conversations whose review-queue columns are not filled yet (stored before the queue
   * existed), oldest first, at most {@code limit}.
   */
  @Transactional(readOnly = true)
  public List<Long> missingQueueColumns(int limit) {
    return conversations.findIdsWithoutQueueRisk(Limit.of(limit));
  }

  /**
   * Audits these conversations again with the given auditor, in one transaction: refreshes the
   * stored auto-QA and the review-queue columns derived from it.
   */
  @Transactional
  public void reaudit(List<Long> ids, ThreadAuditor auditor) {
    Instant now = clock.instant();
    for (Conversation c : conversations.findAllById(ids)) {
      List<Message> inOrder = c.getMessages().stream().map(ConversationMessage::toMessage).toList();
      if (!inOrder.isEmpty()) {
        c.applyAudit(auditor.audit(c.getChannel(), c.customer(), inOrder), now);
        notifyStored(c);
      }
    }
    conversations.flush();
  }

  /** The stored auto-QA of the conversation with this external id. */
  @Transactional(readOnly = true)
  public Optional<AutoQaSummary> autoQa(String externalId) {
    return conversations.findByExternalId(externalId).map(Conversation::autoQa);
  }

  /** The stored auto-QA of a conversation (null-free: empty when never audited). */
  @Transactional(readOnly = true)
  public Optional<AutoQaSummary> autoQa(long conversationId) {
    return conversations.findById(conversationId).map(Conversation::autoQa);
  }

  /** The stored escalation advice of a conversation's auto-QA, SCORING.md JSON. */
  @Transactional(readOnly = true)
  public Optional<String> escalationJson(long conversationId) {
    return conversations.findById(conversationId).map(Conversation::getQaEscalationJson);
  }

  /** The thread stored under this external id. */
  @Transactional(readOnly = true)
  public Optional<ThreadSnapshot> findExternal(String externalId) {
    return conversations.findByExternalId(externalId).map(ThreadSnapshot::of);
  }

  /** The findings JSON stored with a message, for QA and tests. */
  @Transactional(readOnly = true)
  public Optional<String> findingsJson(long conversationId, int position) {
    return conversations
        .findWithMessagesById(conversationId)
        .flatMap(
            c ->
                c.getMessages().stream()
                    .filter(m -> m.getPosition() == position)
                    .findFirst()
                    .map(ConversationMessage::getFindingsJson));
  }

  /** Tells the listeners (insights) about the stored conversation. */
  private ThreadSnapshot notifyStored(Conversation c) {
    ThreadSnapshot snapshot = ThreadSnapshot.of(c);
    listeners.forEach(l -> l.stored(snapshot, c.autoQa()));
    return snapshot;
  }

  private static void fill(Conversation c, NewThread thread) {
    c.setSubject(thread.subject());
    c.setCustomer(thread.customer());
    c.setIndustry(thread.industry());
    thread.messages().stream()
        .sorted(Comparator.comparing(NewThread.Message::at))
        .forEach(
            m -> {
              ConversationMessage message = new ConversationMessage(m.author(), m.at(), m.text());
              message.setAgentId(m.agentId());
              c.append(message);
            });
  }

  private static ConversationSummary summary(Conversation c, Instant now) {
    List<Message> thread = c.getMessages().stream().map(ConversationMessage::toMessage).toList();
    Duration target = c.getChannel().profile().responseTarget();
    WaitInfo wait = WaitCalculator.waitBefore(thread, now, target);
    ConversationMessage last =
        c.getMessages().isEmpty() ? null : c.getMessages().get(c.getMessages().size() - 1);
    return new ConversationSummary(
        c.getId() == null ? 0 : c.getId(),
        c.getChannel(),
        c.getSubject(),
        c.customer().name() == null || c.customer().name().isBlank()
            ? "Unnamed customer"
            : c.customer().name(),
        c.getIndustry(),
        c.getStatus(),
        last == null ? c.getCreatedAt() : last.getSentAt(),
        last == null ? null : last.getAuthor(),
        c.getMessages().size(),
        wait);
  }
}
