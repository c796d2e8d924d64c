package com.replycraft.app.review;

import com.replycraft.app.conversation.AutoQaSummary;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ThreadAudit;
import com.replycraft.app.conversation.ThreadAuditor;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ReviewScore;
import com.replycraft.app.review.scorecard.ScoreCalculator;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.review.scorecard.ScorecardService;
import com.replycraft.app.review.scorecard.ScorecardVersion;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.Scores;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.thread.Author;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of conversations on a scorecard: drafting and submitting (reviewers), reading,
 * acknowledging and disputing (the agent the review reaches), resolving disputes (reviewers). Every
 * read checks who asks: an agent sees only their own submitted reviews.
 */
@Service
public class ReviewService {

  /** Stands in for an empty id list: some databases reject {@code in ()}. */
  private static final String NO_AGENT_ID = "\u0000";

  private final ReviewRepository reviews;
  private final ConversationService conversations;
  private final ScorecardService scorecards;
  private final AgentLookup agents;
  private final ThreadAuditor auditor;
  private final Clock clock;

  ReviewService(
      ReviewRepository reviews,
      ConversationService conversations,
      ScorecardService scorecards,
      AgentLookup agents,
      ThreadAuditor auditor,
      Clock clock) {
    this.reviews = reviews;
    this.conversations = conversations;
    this.scorecards = scorecards;
    this.agents = agents;
    this.auditor = auditor;
    this.clock = clock;
  }

  // ---- reviewers ------------------------------------------------------------------------------

  /**
   * The review screen's content for a conversation: its stored review, or a new one on the current
   * scorecard with ratings pre-filled from the auto scores.
   */
  @Transactional(readOnly = true)
  public Optional<ReviewSheet> sheet(long conversationId, Viewer viewer) {
    requireReviewer(viewer);
    Optional<ThreadSnapshot> found = conversations.find(conversationId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ThreadSnapshot thread = found.get();
    Optional<Review> stored = reviews.findByConversationId(conversationId);
    ScorecardVersion scorecard = stored.map(r -> versionOf(r)).orElseGet(scorecards::current);
    String agentId = stored.isPresent() ? stored.get().agentId() : reviewedAgentId(thread);
    Long agentUserId =
        stored.isPresent()
            ? stored.get().agentUserId()
            : agentId == null ? null : agents.userOf(agentId).orElse(null);
    Map<Integer, List<Finding>> findings = new LinkedHashMap<>();
    Map<Integer, Scores> scores = new LinkedHashMap<>();
    List<Finding> threadFindings;
    EscalationAdvice escalation;
    Optional<AutoQaSummary> storedAudit = conversations.autoQa(conversationId);
    if (storedAudit.isPresent()) {
      for (ThreadMessage m : thread.messages()) {
        List<Finding> own = AutoQaReader.findings(m.findingsJson());
        if (!own.isEmpty()) {
          findings.put(m.position(), own);
        }
        if (m.scores() != null) {
          scores.put(m.position(), m.scores());
        }
      }
      threadFindings = AutoQaReader.findings(storedAudit.get().threadFindingsJson());
      escalation =
          AutoQaReader.escalation(conversations.escalationJson(conversationId).orElse(null));
    } else {
      // Threads written here (and the demo's) were never imported: audit them now, as an import
      // would, without storing anything from a read.
      ThreadAudit audit = auditor.audit(thread.channel(), thread.customer(), thread.thread());
      for (ThreadAudit.MessageAudit m : audit.messages()) {
        int position = thread.messages().get(m.index()).position();
        List<Finding> own = AutoQaReader.findings(m.findingsJson());
        if (!own.isEmpty()) {
          findings.put(position, own);
        }
        scores.put(position, m.scores());
      }
      threadFindings = AutoQaReader.findings(audit.threadFindingsJson());
      escalation = AutoQaReader.escalation(audit.escalationJson());
    }
    ReviewDetails details = stored.map(this::details).orElse(null);
    Map<Long, Rating> ratings =
        details != null
            ? details.ratings()
            : prefill(scorecard, AutoQaReader.meanScores(thread.messages(), scores, agentId));
    return Optional.of(
        new ReviewSheet(
            thread,
            findings,
            scores,
            threadFindings,
            escalation,
            scorecard,
            agentId,
            agents.nameOf(agentUserId, agentId),
            details,
            ratings));
  }

  /**
   * Saves the review of a conversation as a draft, or submits it (then every category needs a
   * rating or N/A, and the agent sees it).
   *
   * @throws StaleReviewException when the review changed since the form was loaded
   * @throws InvalidRatingException naming the category at fault
   * @throws ReviewTransitionException when the review is no longer a draft
   */
  @Transactional
  public ReviewDetails save(long conversationId, ReviewForm form, boolean submit, Viewer viewer) {
    requireReviewer(viewer);
    Instant now = clock.instant();
    Review review = reviews.findByConversationId(conversationId).orElse(null);
    if (review == null) {
      if (form.expectedVersion() != null) {
        throw new StaleReviewException();
      }
      ThreadSnapshot thread =
          conversations
              .find(conversationId)
              .orElseThrow(() -> new NoSuchElementException("no conversation " + conversationId));
      String agentId = reviewedAgentId(thread);
      review =
          new Review(
              conversationId,
              scorecards.current().id(),
              viewer.name(),
              agentId,
              agentId == null ? null : agents.userOf(agentId).orElse(null),
              now);
    } else if (form.expectedVersion() == null || form.expectedVersion() != review.version()) {
      throw new StaleReviewException();
    }
    if (review.status() != ReviewStatus.DRAFT) {
      throw new ReviewTransitionException(
          "This review is "
              + review.status().label().toLowerCase(java.util.Locale.ROOT)
              + ": only a draft can be edited");
    }
    ScorecardVersion scorecard = versionOf(review);
    Map<Long, Rating> ratings = checked(scorecard, form.ratings(), submit);
    review.fill(
        ratings,
        form.messageComments(),
        form.overallComment(),
        ScoreCalculator.score(scorecard.categories(), ratings),
        now);
    review.moveTo(submit ? ReviewStatus.SUBMITTED : ReviewStatus.DRAFT, now);
    try {
      return details(reviews.saveAndFlush(review));
    } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
      throw new StaleReviewException();
    }
  }

  /** Resolves a dispute; accepting may come with new ratings (a new score). */
  @Transactional
  public ReviewDetails resolve(
      long reviewId,
      DisputeOutcome outcome,
      String reason,
      @Nullable Map<Long, Rating> newRatings,
      Viewer viewer) {
    requireReviewer(viewer);
    if (reason == null || reason.isBlank()) {
      throw new ReviewTransitionException("Give a reason for the outcome: the agent reads it");
    }
    Review review = load(reviewId);
    ReviewScore newScore = null;
    if (newRatings != null && !newRatings.equals(review.ratings())) {
      if (!outcome.allowsNewRatings()) {
        throw new ReviewTransitionException(
            "A rejected dispute keeps the ratings: accept or partially accept to change them");
      }
      ScorecardVersion scorecard = versionOf(review);
      Map<Long, Rating> ratings = checked(scorecard, newRatings, true);
      newScore = ScoreCalculator.score(scorecard.categories(), ratings);
      if (review.status() == ReviewStatus.DISPUTED) {
        review.replaceRatings(ratings);
      }
    }
    review.resolve(outcome, reason, viewer.name(), newScore, clock.instant());
    return details(reviews.saveAndFlush(review));
  }

  // ---- everyone -------------------------------------------------------------------------------

  /**
   * A review, if the viewer may read it.
   *
   * @throws NoSuchElementException when there is no such review
   * @throws ReviewAccessDeniedException when it is another agent's (or a draft, for an agent)
   */
  @Transactional(readOnly = true)
  public ReviewDetails find(long reviewId, Viewer viewer) {
    Review review = load(reviewId);
    if (!mayRead(review, viewer)) {
      throw new ReviewAccessDeniedException();
    }
    return details(review);
  }

  /** The conversation a review is about, if the viewer may read the review. */
  @Transactional(readOnly = true)
  public ThreadSnapshot transcript(long reviewId, Viewer viewer) {
    ReviewDetails review = find(reviewId, viewer);
    return conversations
        .find(review.conversationId())
        .orElseThrow(
            () -> new NoSuchElementException("no conversation " + review.conversationId()));
  }

  /** Whether the viewer is the agent the review reaches (who may acknowledge or dispute it). */
  @Transactional(readOnly = true)
  public boolean isReviewedAgent(long reviewId, Viewer viewer) {
    return reviews.findById(reviewId).map(r -> isReviewedAgent(r, viewer)).orElse(false);
  }

  /** The id of the review of a conversation, if one was saved. */
  @Transactional(readOnly = true)
  public Optional<Long> reviewOf(long conversationId) {
    return reviews.findByConversationId(conversationId).map(Review::id);
  }

  /** The reviews the viewer may see, newest first: all (filtered) for reviewers, own for agents. */
  @Transactional(readOnly = true)
  public List<ReviewRow> list(Viewer viewer, ReviewFilter filter, int offset, int limit) {
    Pageable page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
    List<Review> found;
    if (viewer.reviewer()) {
      found = reviews.findFiltered(filter.status(), filter.agentId(), filter.reviewer(), page);
    } else if (viewer.userId() != null) {
      found = reviews.findForAgent(viewer.userId(), agentIds(viewer), page);
    } else {
      found = List.of();
    }
    return rows(found);
  }

  @Transactional(readOnly = true)
  public long count(Viewer viewer, ReviewFilter filter) {
    if (viewer.reviewer()) {
      return reviews.countFiltered(filter.status(), filter.agentId(), filter.reviewer());
    }
    return viewer.userId() == null ? 0 : reviews.countForAgent(viewer.userId(), agentIds(viewer));
  }

  /** The agent confirms they have read the review. */
  @Transactional
  public ReviewDetails acknowledge(long reviewId, Viewer viewer) {
    Review review = loadAsReviewedAgent(reviewId, viewer);
    review.moveTo(ReviewStatus.ACKNOWLEDGED, clock.instant());
    return details(reviews.saveAndFlush(review));
  }

  /** The agent disputes the review; the comment says what and why. */
  @Transactional
  public ReviewDetails dispute(long reviewId, String comment, Viewer viewer) {
    if (comment == null || comment.isBlank()) {
      throw new ReviewTransitionException("Say what you dispute and why: a comment is required");
    }
    Review review = loadAsReviewedAgent(reviewId, viewer);
    review.dispute(comment, clock.instant());
    return details(reviews.saveAndFlush(review));
  }

  // ---- rules ----------------------------------------------------------------------------------

  private boolean mayRead(Review review, Viewer viewer) {
    if (viewer.reviewer()) {
      return true;
    }
    return isReviewedAgent(review, viewer) && review.status().visibleToAgent();
  }

  /**
   * Whether the viewer is the agent the review reaches: its stored user, or, for a review made
   * before its agent id was linked, the user that id is linked to now.
   */
  private boolean isReviewedAgent(Review review, Viewer viewer) {
    Long userId = viewer.userId();
    if (userId == null) {
      return false; // an API token has a role but no person: no agent's reviews are its own
    }
    if (review.agentUserId() != null) {
      return review.agentUserId().equals(userId);
    }
    return review.agentId() != null && agentIds(viewer).contains(review.agentId());
  }

  private Review loadAsReviewedAgent(long reviewId, Viewer viewer) {
    Review review = load(reviewId);
    if (!isReviewedAgent(review, viewer) || !review.status().visibleToAgent()) {
      throw new ReviewAccessDeniedException();
    }
    return review;
  }

  private static void requireReviewer(Viewer viewer) {
    if (!viewer.reviewer()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only QA reviewers and admins review conversations");
    }
  }

  /** Validates ratings against the scorecard; on submit every category needs a rating or N/A. */
  static Map<Long, Rating> checked(
      ScorecardVersion scorecard, Map<Long, Rating> ratings, boolean complete) {
    Map<Long, Rating> out = new LinkedHashMap<>();
    for (ScorecardCategory c : scorecard.categories()) {
      Rating r = ratings.get(c.id());
      if (r == null) {
        if (complete) {
          throw new InvalidRatingException(c.id(), "Rate \"" + c.name() + "\" before submitting");
        }
        continue;
      }
      if (r.notApplicable() && !c.naAllowed()) {
        throw new InvalidRatingException(c.id(), "\"" + c.name() + "\" cannot be N/A");
      }
      if (r.point() != null && (r.point() < 1 || r.point() > c.scale().points())) {
        throw new InvalidRatingException(
            c.id(), "\"" + c.name() + "\" is rated on 1.." + c.scale().points());
      }
      out.put(c.id(), r);
    }
    return out;
  }

  /**
   * The agent a conversation's review reaches: the one who wrote most of its replies (last wins
   * ties).
   */
  static @Nullable String reviewedAgentId(ThreadSnapshot thread) {
    Map<String, Long> counts =
        thread.messages().stream()
            .filter(
                m -> m.author() == Author.AGENT && m.agentId() != null && !m.agentId().isBlank())
            .collect(
                Collectors.groupingBy(
                    ThreadMessage::agentId, LinkedHashMap::new, Collectors.counting()));
    Map<String, Integer> lastAt = new LinkedHashMap<>();
    for (ThreadMessage m : thread.messages()) {
      if (m.agentId() != null && counts.containsKey(m.agentId())) {
        lastAt.put(m.agentId(), m.position());
      }
    }
    return counts.keySet().stream()
        .max(Comparator.comparing((String id) -> counts.get(id)).thenComparing(lastAt::get))
        .orElse(null);
  }

  private static Map<Long, Rating> prefill(
      ScorecardVersion scorecard, Map<Dimension, Integer> auto) {
    Map<Long, Rating> ratings = new LinkedHashMap<>();
    for (ScorecardCategory c : scorecard.categories()) {
      if (c.dimension() == null) {
        continue;
      }
      Rating suggested = c.suggestedBy(auto.get(c.dimension()));
      if (suggested != null) {
        ratings.put(c.id(), suggested);
      }
    }
    return ratings;
  }

  private Set<String> agentIds(Viewer viewer) {
    Set<String> ids = agents.agentIdsOf(viewer.name());
    return ids.isEmpty() ? Set.of(NO_AGENT_ID) : ids;
  }

  private Review load(long reviewId) {
    return reviews
        .findById(reviewId)
        .orElseThrow(() -> new NoSuchElementException("no review " + reviewId));
  }

  private ScorecardVersion versionOf(Review review) {
    return scorecards
        .version(review.scorecardVersionId())
        .orElseThrow(() -> new IllegalStateException("scorecard version missing"));
  }

  private List<ReviewRow> rows(List<Review> found) {
    Map<Long, String> names = new LinkedHashMap<>();
    return found.stream()
        .map(
            r ->
                new ReviewRow(
                    r.id(),
                    r.conversationId(),
                    r.agentId(),
                    r.agentUserId() == null
                        ? agents.nameOf(null, r.agentId())
                        : names.computeIfAbsent(
                            r.agentUserId(), id -> agents.nameOf(id, r.agentId())),
                    r.reviewer(),
                    r.status(),
                    ReviewDetails.scoreText(r.score(), r.criticalFailed()),
                    r.disputeComment(),
                    r.updatedAt()))
        .toList();
  }

  private ReviewDetails details(Review r) {
    return new ReviewDetails(
        r.id(),
        r.conversationId(),
        versionOf(r),
        r.reviewer(),
        r.agentId(),
        r.agentUserId(),
        agents.nameOf(r.agentUserId(), r.agentId()),
        r.status(),
        r.score(),
        r.originalScore(),
        r.criticalFailed(),
        r.ratings(),
        r.messageComments(),
        r.overallComment(),
        r.disputeComment(),
        r.resolution(),
        r.resolutionReason(),
        r.resolvedBy(),
        r.submittedAt(),
        r.updatedAt(),
        r.version());
  }
}
