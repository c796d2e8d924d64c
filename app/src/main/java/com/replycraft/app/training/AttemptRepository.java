package com.replycraft.app.training;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

  List<Attempt> findByUsernameOrderBySubmittedAtDesc(String username, Pageable page);

  long countByUsername(String username);

  List<Attempt> findByUsernameAndExerciseIdOrderBySubmittedAtDesc(
      String username, String exerciseId);

  List<Attempt> findByUsernameInOrderBySubmittedAtAsc(Collection<String> usernames);

  List<Attempt> findByAssignmentIdIn(Collection<Long> assignmentIds);
}
