package com.replycraft.app.review.scorecard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VersionRepository extends JpaRepository<StoredVersion, Long> {

  @Query(
      "select v from StoredVersion v where v.scorecard.id = :scorecardId"
          + " order by v.number desc limit 1")
  Optional<StoredVersion> findLatest(long scorecardId);

  @Query("select v from StoredVersion v where v.scorecard.id = :scorecardId order by v.number desc")
  List<StoredVersion> findAllOf(long scorecardId);
}
