package com.replycraft.app.conversation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

  Optional<Conversation> findByExternalId(String externalId);

  @EntityGraph(attributePaths = "messages")
  List<Conversation> findByStatusOrderByUpdatedAtDesc(ConversationStatus status);

  @EntityGraph(attributePaths = "messages")
  Optional<Conversation> findWithMessagesById(long id);
}
