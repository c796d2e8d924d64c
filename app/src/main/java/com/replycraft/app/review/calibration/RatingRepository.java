package com.replycraft.app.review.calibration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<StoredRating, Long> {

  List<StoredRating> findByParticipantIdIn(Collection<Long> participantIds);

  Optional<StoredRating> findByParticipantIdAndConversationIdAndCategoryId(
      long participantId, long conversationId, long categoryId);
}
