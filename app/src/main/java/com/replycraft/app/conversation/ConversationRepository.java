package com.replycraft.app.conversation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

  Optional<Conversation> findByExternalId(String externalId);

  @EntityGraph(attributePaths = "messages")
  List<Conversation> findByStatusAndImportedAtIsNullOrderByUpdatedAtDesc(ConversationStatus status);

  /** Conversations that have messages but no review-queue risk yet, oldest first. */
  @Query(
      "select c.id from Conversation c where c.qaRisk is null and exists"
          + " (select m.id from ConversationMessage m where m.conversation = c) order by c.id")
  List<Long> findIdsWithoutQueueRisk(Limit limit);

  @EntityGraph(attributePaths = "messages")
  Optional<Conversation> findWithMessagesById(long id);
}
