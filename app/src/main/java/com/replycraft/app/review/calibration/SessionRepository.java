package com.replycraft.app.review.calibration;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<StoredSession, Long> {

  List<StoredSession> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
