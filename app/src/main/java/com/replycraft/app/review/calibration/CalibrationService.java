package com.replycraft.app.review.calibration;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.review.AutoDimensionScores;
import com.replycraft.app.review.queue.QueueFilter;
import com.replycraft.app.review.queue.QueueRow;
import com.replycraft.app.review.queue.ReviewQueueService;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.review.scorecard.ScorecardService;
import com.replycraft.app.review.scorecard.ScorecardVersion;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import com.replycraft.scoring.Dimension;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Calibration sessions: set-up, blind rating, submission, closing and results.
 *
 * <p>Blindness: a reviewer only ever reads their own ratings. The results (which show everyone's
 * agreement and the conversations' spread) open to a reviewer once they have submitted all their
 * ratings — submitting makes them final, so what they then see cannot change them — and to every
 * reviewer once the session is closed. Until then not even the facilitator sees them, so nobody can
 * pass on how others rated. Results count submitted reviewers only; ratings of a reviewer who never
 * submitted are drafts and take no part.
 */
@Service
@Validated
public class CalibrationService {

  private final SessionRepository sessions;
  private final RatingRepository ratings;
  private final ScorecardService scorecards;
  private final ConversationService conversations;
  private final UserService users;
  private final ReviewQueueService queue;
  private final AutoDimensionScores autoScores;
  private final Clock clock;

  CalibrationService(
      SessionRepository sessions,
      RatingRepository ratings,
      ScorecardService scorecards,
      ConversationService conversations,
      UserService users,
      ReviewQueueService queue,
      AutoDimensionScores autoScores,
      Clock clock) {
    this.sessions = sessions;
    this.ratings = ratings;
    this.scorecards = scorecards;
    this.conversations = conversations;
    this.users = users;
    this.queue = queue;
    this.autoScores = autoScores;
    this.clock = clock;
  }

  /** One page of sessions, newest first. */
  @Transactional(readOnly = true)
  public List<SessionSummary> sessions(int offset, int limit) {
    int size = Math.max(1, limit);
    // Offsets from a lazy grid are multiples of its page size; a page that straddles is re-read.
    List<StoredSession> page =
        sessions.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(offset / size, size));
    return page.stream().map(this::summary).toList();
  }

  @Transactional(readOnly = true)
  public int countSessions() {
    return Math.toIntExact(sessions.count());
  }

  /** Who may be invited: enabled reviewers and admins, by username. */
  public List<UserSummary> reviewers() {
    return users.list().stream()
        .filter(UserSummary::enabled)
        .filter(u -> u.roles().contains(Role.REVIEWER) || u.roles().contains(Role.ADMIN))
        .toList();
  }

  /** The {@code n} riskiest conversations the review queue's filter lets through, in its order. */
  public List<Long> riskiest(QueueFilter filter, int n) {
    int limit = Math.max(0, Math.min(n, NewSession.MAX_CONVERSATIONS));
    return queue.page(filter, 0, limit).stream().map(QueueRow::id).toList();
  }

  /** The agent ids the review queue files conversations under, for the filter. */
  public List<String> queueAgentIds() {
    return queue.agentIds();
  }

  /**
   * The conversations named in free text: external ids (as imports carry them) or ReplyCraft ids,
   * separated by commas, spaces or lines; duplicates once, in the order given.
   *
   * @throws CalibrationException naming every id that matches no conversation
   */
  @Transactional(readOnly = true)
  public List<Long> conversationsNamed(String text) {
    Set<Long> found = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String token : text.split("[,;\\s]+")) {
      if (token.isBlank()) {
        continue;
      }
      Optional<Long> id = conversations.idOfExternal(token);
      if (id.isEmpty() && token.matches("\\d{1,18}")) {
        id = conversations.find(Long.parseLong(token)).map(ThreadSnapshot::id);
      }
      id.ifPresentOrElse(found::add, () -> unknown.add(token));
    }
    if (!unknown.isEmpty()) {
      throw new CalibrationException("No conversation with id " + String.join(", ", unknown));
    }
    return List.copyOf(found);
  }

  /**
   * Creates an open session on the scorecard's current version and stores the auto-QA's rating of
   * every dimension category of every conversation (the same auto score → point mapping a review
   * pre-fills with).
   *
   * @return the new session's id
   */
  @Transactional
  public long create(@Valid NewSession request, String createdBy) {
    ScorecardVersion version;
    try {
      version = scorecards.current(request.scorecardId());
    } catch (NoSuchElementException e) {
      throw new CalibrationException("Choose a scorecard");
    }
    Set<String> invitable = new TreeSet<>();
    reviewers().forEach(u -> invitable.add(u.username()));
    List<String> invited = request.reviewers().stream().sorted().toList();
    List<String> notReviewers = invited.stream().filter(r -> !invitable.contains(r)).toList();
    if (!notReviewers.isEmpty()) {
      throw new CalibrationException(
          "Only QA reviewers and admins can calibrate: " + String.join(", ", notReviewers));
    }
    List<Long> ids = request.conversationIds().stream().distinct().toList();
    List<AutoRating> auto = new ArrayList<>();
    for (long id : ids) {
      ThreadSnapshot thread =
          conversations
              .find(id)
              .orElseThrow(() -> new CalibrationException("No conversation with id " + id));
      Map<Dimension, Integer> scores = autoScores.of(thread);
      for (ScorecardCategory category : version.categories()) {
        if (category.dimension() == null) {
          continue;
        }
        Integer score = scores.get(category.dimension());
        Rating suggested = category.suggestedBy(score);
        if (suggested != null) {
          auto.add(new AutoRating(id, category.id(), score, suggested.point()));
        }
      }
    }
    StoredSession session =
        new StoredSession(
            request.name().strip(), version.id(), createdBy, clock.instant(), ids, invited, auto);
    return sessions.saveAndFlush(session).id();
  }

  /** A session: its conversations, categories and everyone's progress, but no one's ratings. */
  @Transactional(readOnly = true)
  public SessionDetail session(long sessionId) {
    StoredSession session = load(sessionId);
    ScorecardVersion version = versionOf(session);
    int needed = session.conversationIds().size() * version.categories().size();
    Map<Long, Integer> rated = new HashMap<>();
    ratings
        .findByParticipantIdIn(session.participants().stream().map(StoredParticipant::id).toList())
        .forEach(r -> rated.merge(r.participantId(), 1, Integer::sum));
    List<SessionDetail.Participant> participants =
        session.participants().stream()
            .map(
                p ->
                    new SessionDetail.Participant(
                        p.username(), rated.getOrDefault(p.id(), 0), needed, p.submitted()))
            .toList();
    List<SessionDetail.Item> items =
        session.conversationIds().stream()
            .map(id -> new SessionDetail.Item(id, label(id)))
            .toList();
    return new SessionDetail(
        session.id(),
        session.name(),
        version,
        session.status(),
        session.createdBy(),
        session.createdAt(),
        session.closedAt(),
        items,
        participants);
  }

  /** The transcript of one of the session's conversations. */
  @Transactional(readOnly = true)
  public ThreadSnapshot transcript(long sessionId, long conversationId) {
    StoredSession session = load(sessionId);
    if (!session.conversationIds().contains(conversationId)) {
      throw new NoSuchElementException("conversation " + conversationId + " is not in the session");
    }
    return conversations
        .find(conversationId)
        .orElseThrow(() -> new NoSuchElementException("no conversation " + conversationId));
  }

  /** The reviewer's own ratings: conversation id → category id → rating. Nobody else's. */
  @Transactional(readOnly = true)
  public Map<Long, Map<Long, Rating>> ownRatings(long sessionId, String reviewer) {
    StoredSession session = load(sessionId);
    Map<Long, Map<Long, Rating>> own = new LinkedHashMap<>();
    session
        .participant(reviewer)
        .ifPresent(
            p ->
                ratings
                    .findByParticipantIdIn(List.of(p.id()))
                    .forEach(
                        r ->
                            own.computeIfAbsent(r.conversationId(), k -> new LinkedHashMap<>())
                                .put(r.categoryId(), new Rating(r.points()))));
    return own;
  }

  /**
   * Stores (or changes) one of the reviewer's ratings.
   *
   * @throws CalibrationException when the reviewer is not invited, has submitted, the session is
   *     closed, or the rating does not fit the category
   */
  @Transactional
  public void rate(
      long sessionId, String reviewer, long conversationId, long categoryId, Rating rating) {
    StoredSession session = load(sessionId);
    StoredParticipant participant = openParticipant(session, reviewer);
    if (!session.conversationIds().contains(conversationId)) {
      throw new CalibrationException("That conversation is not part of this session");
    }
    ScorecardCategory category =
        versionOf(session)
            .category(categoryId)
            .orElseThrow(() -> new CalibrationException("That category is not on this scorecard"));
    Integer point = rating.point();
    if (point == null && !category.naAllowed()) {
      throw new CalibrationException("\"" + category.name() + "\" cannot be marked N/A");
    }
    if (point != null && (point < 1 || point > category.scale().points())) {
      throw new CalibrationException(
          "\"" + category.name() + "\" is rated 1 to " + category.scale().points());
    }
    ratings
        .findByParticipantIdAndConversationIdAndCategoryId(
            participant.id(), conversationId, categoryId)
        .ifPresentOrElse(
            r -> r.setPoints(point),
            () ->
                ratings.save(
                    new StoredRating(participant.id(), conversationId, categoryId, point)));
  }

  /**
   * Makes the reviewer's ratings final; from then on they see the results.
   *
   * @throws CalibrationException when a rating is missing (says how many) or rating is over
   */
  @Transactional
  public void submit(long sessionId, String reviewer) {
    StoredSession session = load(sessionId);
    StoredParticipant participant = openParticipant(session, reviewer);
    ScorecardVersion version = versionOf(session);
    Set<String> given = new java.util.HashSet<>();
    ratings
        .findByParticipantIdIn(List.of(participant.id()))
        .forEach(r -> given.add(r.conversationId() + "/" + r.categoryId()));
    int missing = 0;
    for (long conversation : session.conversationIds()) {
      for (ScorecardCategory category : version.categories()) {
        if (!given.contains(conversation + "/" + category.id())) {
          missing++;
        }
      }
    }
    if (missing > 0) {
      throw new CalibrationException(
          missing + (missing == 1 ? " rating is" : " ratings are") + " still missing");
    }
    participant.submit(clock.instant());
  }

  /**
   * Closes the session: nobody rates any more, and everyone may see the results.
   *
   * @param admin whether the actor is an admin; otherwise only the facilitator may close
   */
  @Transactional
  public void close(long sessionId, String actor, boolean admin) {
    StoredSession session = load(sessionId);
    if (!admin && !session.createdBy().equals(actor)) {
      throw new CalibrationException("Only " + session.createdBy() + " or an admin can close it");
    }
    if (session.status() == SessionStatus.OPEN) {
      session.close(clock.instant());
    }
  }

  /** Whether the viewer may see the results yet (see the class comment). */
  @Transactional(readOnly = true)
  public boolean mayViewResults(long sessionId, String viewer) {
    return mayView(load(sessionId), viewer);
  }

  /** The results, when the viewer may see them (see the class comment); empty otherwise. */
  @Transactional(readOnly = true)
  public Optional<SessionResults> results(long sessionId, String viewer) {
    StoredSession session = load(sessionId);
    if (!mayView(session, viewer)) {
      return Optional.empty();
    }
    List<StoredParticipant> submitted =
        session.participants().stream().filter(StoredParticipant::submitted).toList();
    Map<Long, String> usernames = new HashMap<>();
    submitted.forEach(p -> usernames.put(p.id(), p.username()));
    Map<String, Rating> human = new HashMap<>();
    ratings
        .findByParticipantIdIn(usernames.keySet())
        .forEach(
            r ->
                human.put(
                    key(usernames.get(r.participantId()), r.conversationId(), r.categoryId()),
                    new Rating(r.points())));
    Map<String, Rating> auto = new HashMap<>();
    session
        .autoRatings()
        .forEach(
            a -> auto.put(key("", a.conversationId(), a.categoryId()), new Rating(a.points())));
    RatingSheet sheet =
        new RatingSheet() {
          @Override
          public @Nullable Rating human(String reviewer, long conversationId, long categoryId) {
            return human.get(key(reviewer, conversationId, categoryId));
          }

          @Override
          public @Nullable Rating auto(long conversationId, long categoryId) {
            return auto.get(key("", conversationId, categoryId));
          }
        };
    Map<Long, String> labels = new LinkedHashMap<>();
    session.conversationIds().forEach(id -> labels.put(id, label(id)));
    return Optional.of(
        ResultsCalculator.calculate(
            versionOf(session).categories(),
            labels,
            submitted.stream().map(StoredParticipant::username).sorted().toList(),
            sheet));
  }

  private static boolean mayView(StoredSession session, String viewer) {
    return session.status() == SessionStatus.CLOSED
        || session.participant(viewer).map(StoredParticipant::submitted).orElse(false);
  }

  private static StoredParticipant openParticipant(StoredSession session, String reviewer) {
    StoredParticipant participant =
        session
            .participant(reviewer)
            .orElseThrow(() -> new CalibrationException("You are not invited to this session"));
    if (session.status() == SessionStatus.CLOSED) {
      throw new CalibrationException("The session is closed");
    }
    if (participant.submitted()) {
      throw new CalibrationException("Your ratings are submitted and final");
    }
    return participant;
  }

  private static String key(String reviewer, long conversationId, long categoryId) {
    return reviewer + "\u0000" + conversationId + "\u0000" + categoryId;
  }

  private String label(long conversationId) {
    return conversations
        .find(conversationId)
        .map(
            t ->
                (t.externalId() == null ? "#" + t.id() : t.externalId())
                    + " · "
                    + t.customerLabel()
                    + " · "
                    + t.channel().name())
        .orElse("#" + conversationId);
  }

  private SessionSummary summary(StoredSession s) {
    String scorecard =
        scorecards.version(s.scorecardVersionId()).map(ScorecardVersion::label).orElse("–");
    return new SessionSummary(
        s.id(),
        s.name(),
        scorecard,
        s.status(),
        s.conversationIds().size(),
        s.participants().size(),
        (int) s.participants().stream().filter(StoredParticipant::submitted).count(),
        s.createdBy(),
        s.createdAt());
  }

  private StoredSession load(long sessionId) {
    return sessions
        .findById(sessionId)
        .orElseThrow(() -> new NoSuchElementException("no calibration session " + sessionId));
  }

  private ScorecardVersion versionOf(StoredSession session) {
    return scorecards
        .version(session.scorecardVersionId())
        .orElseThrow(() -> new IllegalStateException("scorecard version missing"));
  }
}
