package com.replycraft.app.training;

import com.replycraft.scoring.Scorer;
import com.replycraft.training.ExerciseCatalog;
import com.replycraft.training.RubricGrader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped exercise catalog (loaded once) and the grader over the app's scorer. */
@Configuration(proxyBeanMethods = false)
class TrainingBeans {

  @Bean
  ExerciseCatalog shippedExercises() {
    return ExerciseCatalog.load();
  }

  @Bean
  RubricGrader rubricGrader(Scorer scorer) {
    return new RubricGrader(scorer);
  }
}
