package com.replycraft.app.conversation;

import com.replycraft.scoring.Scores;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Message;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * One turn of a thread. AGENT replies written in ReplyCraft keep the scores they had when sent and
 * their findings as SCORING.md JSON; imported turns keep the help desk's agent id.
 *
 * <p>Full-text indexed by Hibernate Search (index {@value #SEARCH_INDEX}; the analyzers are
 * registered by the search package). The conversation's channel and ids are copied into each
 * message's document as flat fields, so a search over several indexed types (messages, review
 * comments) filters and projects on the same field names.
 */
@Entity
@Table(name = "conversation_message")
@Indexed(index = ConversationMessage.SEARCH_INDEX)
public class ConversationMessage {

  public static final String SEARCH_INDEX = "message";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private @Nullable Conversation conversation;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  @KeywordField(projectable = Projectable.YES)
  private Author author = Author.CUSTOMER;

  @Column(name = "agent_id", length = 100)
  @KeywordField(normalizer = "lowercase", projectable = Projectable.YES)
  private @Nullable String agentId;

  @Column(name = "author_user_id")
  private @Nullable Long authorUserId;

  @Column(name = "sent_at", nullable = false)
  @GenericField(name = "at", projectable = Projectable.YES, sortable = Sortable.YES)
  private Instant sentAt = Instant.EPOCH;

  // "text" stems (refunded finds refund); "text_exact" does not, so exact word forms rank higher.
  @Column(nullable = false, length = 20000)
  @FullTextField(
      analyzer = "english",
      projectable = Projectable.YES,
      highlightable = {Highlightable.UNIFIED})
  @FullTextField(name = "text_exact", analyzer = "english_exact")
  private String text = "";

  @Column(name = "score_overall")
  private @Nullable Integer scoreOverall;

  @Column(name = "score_tone")
  private @Nullable Integer scoreTone;

  @Column(name = "score_clarity")
  private @Nullable Integer scoreClarity;

  @Column(name = "score_delay")
  private @Nullable Integer scoreDelay;

  @Column(name = "score_empathy")
  private @Nullable Integer scoreEmpathy;

  @Column(name = "score_channel_fit")
  private @Nullable Integer scoreChannelFit;

  @Column(name = "findings_json", length = 200000)
  private @Nullable String findingsJson;

  protected ConversationMessage() {}

  public ConversationMessage(Author author, Instant sentAt, String text) {
    this.author = author;
    this.sentAt = sentAt;
    this.text = text;
  }

  void attach(Conversation owner, int atPosition) {
    this.conversation = owner;
    this.position = atPosition;
  }

  public @Nullable Long getId() {
    return id;
  }

  @GenericField(projectable = Projectable.YES)
  public int getPosition() {
    return position;
  }

  /** The thread's database id (never changes). */
  @GenericField(projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public long getConversationId() {
    Long id = conversation == null ? null : conversation.getId();
    return id == null ? 0 : id;
  }

  /** The id the help desk gave the thread, for display and search filters. */
  @KeywordField(name = "conversationRef", projectable = Projectable.YES)
  @IndexingDependency(
      derivedFrom =
          @ObjectPath({
            @PropertyValue(propertyName = "conversation"),
            @PropertyValue(propertyName = "externalId")
          }))
  public @Nullable String getConversationRef() {
    return conversation == null ? null : conversation.getExternalId();
  }

  @KeywordField(projectable = Projectable.YES)
  @IndexingDependency(
      derivedFrom =
          @ObjectPath({
            @PropertyValue(propertyName = "conversation"),
            @PropertyValue(propertyName = "channel")
          }))
  public @Nullable Channel getChannel() {
    return conversation == null ? null : conversation.getChannel();
  }

  /**
   * The most severe auto-QA finding on this message, or null. Read from the stored findings JSON
   * without parsing it: the index needs only this one value per message.
   */
  @KeywordField(projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "findingsJson")))
  public @Nullable Severity getWorstSeverity() {
    if (findingsJson == null) {
      return null;
    }
    for (Severity severity : new Severity[] {Severity.CRITICAL, Severity.MAJOR, Severity.MINOR}) {
      if (findingsJson.contains("\"severity\":\"" + severity.name() + "\"")) {
        return severity;
      }
    }
    return null;
  }

  public Author getAuthor() {
    return author;
  }

  public @Nullable String getAgentId() {
    return agentId;
  }

  public void setAgentId(@Nullable String agentId) {
    this.agentId = agentId;
  }

  public @Nullable Long getAuthorUserId() {
    return authorUserId;
  }

  public void setAuthorUserId(@Nullable Long authorUserId) {
    this.authorUserId = authorUserId;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public void setSentAt(Instant sentAt) {
    this.sentAt = sentAt;
  }

  public String getText() {
    return text;
  }

  public @Nullable String getFindingsJson() {
    return findingsJson;
  }

  /** The scores the reply had when it was sent, or null when it was never scored here. */
  public @Nullable Scores scores() {
    if (scoreOverall == null) {
      return null;
    }
    return new Scores(
        orZero(scoreTone),
        orZero(scoreClarity),
        scoreDelay,
        orZero(scoreEmpathy),
        orZero(scoreChannelFit),
        scoreOverall);
  }

  public void setScores(Scores scores, String findingsAsJson) {
    this.scoreOverall = scores.overall();
    this.scoreTone = scores.tone();
    this.scoreClarity = scores.clarity();
    this.scoreDelay = scores.delayAcknowledgement();
    this.scoreEmpathy = scores.empathy();
    this.scoreChannelFit = scores.channelFit();
    this.findingsJson = findingsAsJson;
  }

  /** This turn as the scorer sees it. */
  public Message toMessage() {
    return new Message(author, sentAt, text);
  }

  private static int orZero(@Nullable Integer value) {
    return value == null ? 0 : value;
  }
}
