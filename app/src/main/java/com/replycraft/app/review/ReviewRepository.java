package com.replycraft.app.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

  Optional<Review> findByConversationId(long conversationId);

  /** Every review matching the filters (a null filter matches all), newest first. */
  @Query(
      "select r from Review r where (:status is null or r.status = :status)"
          + " and (:agentId is null or r.agentId = :agentId)"
          + " and (:reviewer is null or r.reviewer = :reviewer)"
          + " order by r.updatedAt desc, r.id desc")
  List<Review> findFiltered(
      @Nullable ReviewStatus status,
      @Nullable String agentId,
      @Nullable String reviewer,
      Pageable page);

  @Query(
      "select count(r) from Review r where (:status is null or r.status = :status)"
          + " and (:agentId is null or r.agentId = :agentId)"
          + " and (:reviewer is null or r.reviewer = :reviewer)")
  long countFiltered(
      @Nullable ReviewStatus status, @Nullable String agentId, @Nullable String reviewer);

  /**
   * An agent's reviews past draft: those that reached them, and those of their linked agent ids
   * that reached nobody yet (made before the link).
   */
  @Query(
      "select r from Review r where r.status <> com.replycraft.app.review.ReviewStatus.DRAFT"
          + " and (r.agentUserId = :userId or (r.agentUserId is null and r.agentId in :agentIds))"
          + " order by r.updatedAt desc, r.id desc")
  List<Review> findForAgent(long userId, Collection<String> agentIds, Pageable page);

  @Query(
      "select count(r) from Review r where r.status <> com.replycraft.app.review.ReviewStatus.DRAFT"
          + " and (r.agentUserId = :userId or (r.agentUserId is null and r.agentId in :agentIds))")
  long countForAgent(long userId, Collection<String> agentIds);
}
