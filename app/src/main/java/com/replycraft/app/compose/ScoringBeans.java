package com.replycraft.app.compose;

import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.templates.TemplateCatalog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scorer (reading "now" from the app's clock), the JSON contract and the template catalog. */
@Configuration(proxyBeanMethods = false)
class ScoringBeans {

  @Bean
  Scorer scorer(Clock clock) {
    return Scorer.create(clock);
  }

  @Bean
  ScoringJson scoringJson() {
    return new ScoringJson();
  }

  @Bean(destroyMethod = "close")
  TemplateCatalog templateCatalog() {
    return TemplateCatalog.load();
  }
}
