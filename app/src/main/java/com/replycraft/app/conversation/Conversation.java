package com.replycraft.app.conversation;

import com.replycraft.scoring.Severity;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A customer thread on one channel. */
@Entity
@Table(name = "conversation")
public class Conversation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  /** The id a help desk export or the demo file gives it; re-imports update by it. */
  @Column(name = "external_id", unique = true, length = 120)
  private @Nullable String externalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel = Channel.EMAIL;

  @Column(length = 200)
  private @Nullable String subject;

  @Column(name = "customer_name", length = 120)
  private @Nullable String customerName;

  @Column(name = "customer_authenticated")
  private @Nullable Boolean customerAuthenticated;

  @Column(name = "customer_value")
  private @Nullable Double customerValue;

  @Column(name = "customer_vip", nullable = false)
  private boolean customerVip;

  @Column(length = 40)
  private @Nullable String industry;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ConversationStatus status = ConversationStatus.OPEN;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.EPOCH;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "qa_overall")
  private @Nullable Integer qaOverall;

  @Enumerated(EnumType.STRING)
  @Column(name = "qa_worst_severity", length = 10)
  private @Nullable Severity qaWorstSeverity;

  @Enumerated(EnumType.STRING)
  @Column(name = "qa_escalation", length = 20)
  private @Nullable Recommendation qaEscalation;

  @Column(name = "qa_breached")
  private @Nullable Boolean qaBreached;

  @Column(name = "qa_finding_codes", length = 2000)
  private @Nullable String qaFindingCodes;

  @Column(name = "qa_thread_findings_json", length = 200000)
  private @Nullable String qaThreadFindingsJson;

  @Column(name = "qa_escalation_json", length = 20000)
  private @Nullable String qaEscalationJson;

  @Column(name = "qa_audited_at")
  private @Nullable Instant qaAuditedAt;

  /** Review queue order, see {@link QueueRisk}; null until audited. */
  @Column(name = "qa_risk")
  private @Nullable Integer qaRisk;

  @Column(name = "last_message_at")
  private @Nullable Instant lastMessageAt;

  /** The agent id that wrote most of the replies (the one the queue files the thread under). */
  @Column(name = "primary_agent_id", length = 100)
  private @Nullable String primaryAgentId;

  @Column(name = "escalation_missed")
  private @Nullable Boolean escalationMissed;

  @Column(name = "customer_frustrated")
  private @Nullable Boolean customerFrustrated;

  @Column(name = "customer_distressed")
  private @Nullable Boolean customerDistressed;

  /** When an import last stored it; null for threads written here or loaded as demo. */
  @Column(name = "imported_at")
  private @Nullable Instant importedAt;

  @ElementCollection
  @CollectionTable(
      name = "conversation_finding_code",
      joinColumns = @JoinColumn(name = "conversation_id"))
  @Column(name = "code", length = 40, nullable = false)
  private Set<String> findingCodes = new HashSet<>();

  @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ConversationMessage> messages = new ArrayList<>();

  protected Conversation() {}

  public Conversation(Channel channel, Instant now) {
    this.channel = channel;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public @Nullable Long getId() {
    return id;
  }

  public @Nullable String getExternalId() {
    return externalId;
  }

  public void setExternalId(@Nullable String externalId) {
    this.externalId = externalId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public @Nullable String getSubject() {
    return subject;
  }

  public void setSubject(@Nullable String subject) {
    this.subject = subject;
  }

  public @Nullable String getIndustry() {
    return industry;
  }

  public void setIndustry(@Nullable String industry) {
    this.industry = industry;
  }

  public ConversationStatus getStatus() {
    return status;
  }

  public void setStatus(ConversationStatus status) {
    this.status = status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void touch(Instant now) {
    this.updatedAt = now;
  }

  public long getVersion() {
    return version;
  }

  /** The customer as the scorer sees them. */
  public Customer customer() {
    return new Customer(customerName, customerAuthenticated, customerValue, customerVip);
  }

  public void setCustomer(Customer customer) {
    this.customerName = customer.name();
    this.customerAuthenticated = customer.authenticated();
    this.customerValue = customer.value();
    this.customerVip = customer.isVip();
  }

  public List<ConversationMessage> getMessages() {
    return Collections.unmodifiableList(messages);
  }

  /** Appends a message at the next position. */
  public ConversationMessage append(ConversationMessage message) {
    message.attach(this, messages.size());
    messages.add(message);
    if (lastMessageAt == null || message.getSentAt().isAfter(lastMessageAt)) {
      lastMessageAt = message.getSentAt();
    }
    return message;
  }

  /** Stores the auto-QA of the whole thread: its summary here, each audited message's result. */
  public void applyAudit(ThreadAudit audit, Instant now) {
    for (ThreadAudit.MessageAudit m : audit.messages()) {
      messages.get(m.index()).setScores(m.scores(), m.findingsJson());
    }
    this.qaOverall = audit.overall();
    this.qaWorstSeverity = audit.worstSeverity();
    this.qaEscalation = audit.escalation();
    this.qaBreached = audit.breached();
    String codes = audit.findingCodes();
    this.qaFindingCodes = codes.length() > 2000 ? codes.substring(0, 2000) : codes;
    this.qaThreadFindingsJson = audit.threadFindingsJson();
    this.qaEscalationJson = audit.escalationJson();
    this.qaAuditedAt = now;
    Set<String> codeSet =
        codes.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(codes.split(",")));
    findingCodes.retainAll(codeSet);
    findingCodes.addAll(codeSet);
    boolean critical = audit.worstSeverity() == Severity.CRITICAL;
    this.escalationMissed =
        audit.escalation() != Recommendation.STAY_ASYNC
            && codeSet.contains("ESCALATION_NOT_OFFERED");
    this.customerFrustrated = audit.customerFrustrated();
    this.customerDistressed = audit.customerDistressed();
    this.qaRisk =
        QueueRisk.of(
            critical,
            audit.breached(),
            audit.customerFrustrated() || audit.customerDistressed(),
            escalationMissed,
            audit.overall());
    this.lastMessageAt =
        messages.stream().map(ConversationMessage::getSentAt).max(Instant::compareTo).orElse(null);
    this.primaryAgentId = primaryAgent(messages);
  }

  /**
   * The agent id with the most AGENT replies (BOT turns count only when no agent replied); on a
   * tie, the one who replied last.
   */
  private static @Nullable String primaryAgent(List<ConversationMessage> messages) {
    Map<String, Integer> agents = new LinkedHashMap<>();
    Map<String, Integer> bots = new LinkedHashMap<>();
    for (ConversationMessage m : messages) {
      if (m.getAgentId() == null || m.getAuthor() == Author.CUSTOMER) {
        continue;
      }
      Map<String, Integer> counts = m.getAuthor() == Author.AGENT ? agents : bots;
      Integer before = counts.remove(m.getAgentId());
      counts.put(m.getAgentId(), before == null ? 1 : before + 1);
    }
    Map<String, Integer> counts = agents.isEmpty() ? bots : agents;
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** Marks the thread as stored by an import: it stays out of the agents' inbox. */
  public void markImported(Instant now) {
    this.importedAt = now;
  }

  public @Nullable Instant getImportedAt() {
    return importedAt;
  }

  public @Nullable Integer getQaRisk() {
    return qaRisk;
  }

  public @Nullable Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public @Nullable String getPrimaryAgentId() {
    return primaryAgentId;
  }

  /** The distinct finding codes of the last audit. */
  public Set<String> getFindingCodes() {
    return Collections.unmodifiableSet(findingCodes);
  }

  /** The stored auto-QA, or null when the thread was never audited. */
  public @Nullable AutoQaSummary autoQa() {
    if (qaOverall == null || qaEscalation == null || qaAuditedAt == null) {
      return null;
    }
    return new AutoQaSummary(
        id == null ? 0 : id,
        qaOverall,
        qaWorstSeverity,
        qaEscalation,
        Boolean.TRUE.equals(qaBreached),
        qaFindingCodes == null || qaFindingCodes.isEmpty()
            ? List.of()
            : List.of(qaFindingCodes.split(",")),
        qaThreadFindingsJson == null ? "[]" : qaThreadFindingsJson,
        qaAuditedAt);
  }

  /** The stored escalation advice of the auto-QA, SCORING.md JSON, or null when never audited. */
  public @Nullable String getQaEscalationJson() {
    return qaEscalationJson;
  }

  /** Removes every message (a re-import replaces the transcript). */
  public void clearMessages() {
    messages.clear();
    lastMessageAt = null;
  }
}
