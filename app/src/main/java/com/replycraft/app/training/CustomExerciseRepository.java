package com.replycraft.app.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomExerciseRepository extends JpaRepository<CustomExercise, Long> {

  Optional<CustomExercise> findByExerciseId(String exerciseId);

  boolean existsByExerciseId(String exerciseId);

  List<CustomExercise> findAllByOrderByIdAsc();
}
