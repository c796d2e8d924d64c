package com.replycraft.app.conversation;

import com.replycraft.scoring.Scores;
import com.replycraft.scoring.thread.Author;
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
import org.jspecify.annotations.Nullable;

/**
 * One turn of a thread. AGENT replies written in ReplyCraft keep the scores they had when sent and
 * their findings as SCORING.md JSON; imported turns keep the help desk's agent id.
 */
@Entity
@Table(name = "conversation_message")
public class ConversationMessage {

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
  private Author author = Author.CUSTOMER;

  @Column(name = "agent_id", length = 100)
  private @Nullable String agentId;

  @Column(name = "author_user_id")
  private @Nullable Long authorUserId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt = Instant.EPOCH;

  @Column(nullable = false, length = 20000)
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

  public int getPosition() {
    return position;
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
