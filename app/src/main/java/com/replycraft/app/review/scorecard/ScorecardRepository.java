package com.replycraft.app.review.scorecard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardRepository extends JpaRepository<StoredScorecard, Long> {

  List<StoredScorecard> findAllByOrderByIdAsc();

  Optional<StoredScorecard> findByName(String name);
}
