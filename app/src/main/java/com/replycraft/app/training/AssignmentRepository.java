package com.replycraft.app.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

  List<Assignment> findByAssigneeOrderByDueDateAscBatchIdAscSequencePositionAsc(String assignee);

  List<Assignment> findByBatchIdOrderByAssigneeAscSequencePositionAsc(String batchId);
}
