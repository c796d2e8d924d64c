package com.replycraft.app;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Starts ReplyCraft: the web app, the REST API and the embedded or external database. */
@SpringBootApplication
@EnableConfigurationProperties(ReplyCraftProperties.class)
public class ReplyCraftApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReplyCraftApplication.class, args);
  }

  /** One clock for the whole app, so delays and timestamps can be pinned in tests. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
