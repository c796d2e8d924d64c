package com.replycraft.app.api;

import com.replycraft.app.review.ReviewDetails;
import com.replycraft.app.review.ReviewFilter;
import com.replycraft.app.review.ReviewRow;
import com.replycraft.app.review.ReviewService;
import com.replycraft.app.review.ReviewStatus;
import com.replycraft.app.review.Viewer;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.security.ApiPrincipal;
import com.replycraft.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * QA reviews, read-only. An API token has a role but no person behind it: REVIEWER and ADMIN tokens
 * read every review; an AGENT token is nobody's own, so it lists none and reading one answers 403.
 */
@RestController
@RequestMapping("/api/v1")
@Validated
class ReviewsController {

  /** One review line. */
  record ReviewLine(
      long id,
      long conversationId,
      @Nullable String agentId,
      String agentName,
      String reviewer,
      ReviewStatus status,
      String score,
      Instant updatedAt) {

    static ReviewLine of(ReviewRow r) {
      return new ReviewLine(
          r.id(),
          r.conversationId(),
          r.agentId(),
          r.agentName(),
          r.reviewer(),
          r.status(),
          r.score(),
          r.updatedAt());
    }
  }

  /** A page of reviews. */
  record ReviewPage(long total, int offset, List<ReviewLine> reviews) {}

  /** A category's rating: a point on its scale, "N/A", or null when not rated. */
  record CategoryRating(
      String category,
      @Nullable String dimension,
      int weight,
      String scale,
      boolean critical,
      @Nullable String rating) {}

  /** One review in full. */
  record ReviewBody(
      long id,
      long conversationId,
      String scorecard,
      String reviewer,
      @Nullable String agentId,
      String agentName,
      ReviewStatus status,
      @Nullable Double score,
      @Nullable Double originalScore,
      boolean criticalFailed,
      List<CategoryRating> ratings,
      Map<Integer, String> messageComments,
      @Nullable String overallComment,
      @Nullable String disputeComment,
      @Nullable String resolution,
      @Nullable String resolutionReason,
      @Nullable Instant submittedAt,
      Instant updatedAt) {

    static ReviewBody of(ReviewDetails r) {
      List<CategoryRating> ratings =
          r.scorecard().categories().stream()
              .map(
                  c -> {
                    Rating rating = r.ratings().get(c.id());
                    return new CategoryRating(
                        c.name(),
                        c.dimension() == null ? null : c.dimension().name(),
                        c.weight(),
                        c.scale().name(),
                        c.critical(),
                        rating == null
                            ? null
                            : rating.point() == null ? "N/A" : c.scale().describe(rating.point()));
                  })
              .toList();
      return new ReviewBody(
          r.id(),
          r.conversationId(),
          r.scorecard().label(),
          r.reviewer(),
          r.agentId(),
          r.agentName(),
          r.status(),
          r.score(),
          r.originalScore(),
          r.criticalFailed(),
          ratings,
          new TreeMap<>(r.messageComments()),
          r.overallComment(),
          r.disputeComment(),
          r.resolution() == null ? null : r.resolution().name(),
          r.resolutionReason(),
          r.submittedAt(),
          r.updatedAt());
    }
  }

  private final ReviewService reviews;

  ReviewsController(ReviewService reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/reviews")
  @RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "The reviews the caller may see, newest first",
      description =
          "REVIEWER and ADMIN tokens see every review (filter by status, agentId, reviewer); an"
              + " AGENT token sees none, as no person stands behind it.")
  public ReviewPage list(
      @RequestParam(required = false) @Nullable ReviewStatus status,
      @RequestParam(required = false) @Nullable String agentId,
      @RequestParam(required = false) @Nullable String reviewer,
      @RequestParam(defaultValue = "0") @Min(0) int offset,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
      @AuthenticationPrincipal ApiPrincipal principal) {
    Viewer viewer = Viewer.token(principal.name(), principal.role());
    ReviewFilter filter = new ReviewFilter(status, agentId, reviewer);
    return new ReviewPage(
        reviews.count(viewer, filter),
        offset,
        reviews.list(viewer, filter, offset, limit).stream().map(ReviewLine::of).toList());
  }

  @GetMapping("/reviews/{id}")
  @RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "One review: ratings, comments, score, dispute and outcome")
  @ApiResponse(responseCode = "403", description = "Another agent's review (any AGENT token)")
  @ApiResponse(responseCode = "404", description = "No such review")
  public ReviewBody get(@PathVariable long id, @AuthenticationPrincipal ApiPrincipal principal) {
    try {
      return ReviewBody.of(reviews.find(id, Viewer.token(principal.name(), principal.role())));
    } catch (NoSuchElementException missing) {
      throw new NotFoundException("No review " + id);
    }
  }
}
