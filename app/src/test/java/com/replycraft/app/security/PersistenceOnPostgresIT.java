package com.replycraft.app.security;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL server (PostgreSQL binaries from a Maven artifact,
 * started for this test), with the {@code postgres} profile: the same Flyway migrations must run.
 */
@SpringBootTest(
    properties = {
      "replycraft.demo=true",
      "replycraft.admin-password=admin-pg-test",
      "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"
    })
@ActiveProfiles("postgres")
class PersistenceOnPostgresIT extends PersistenceContract {

  private static final class Server {
    static final EmbeddedPostgres INSTANCE = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        postgres.close();
                      } catch (IOException ignored) {
                        // the JVM is exiting anyway
                      }
                    }));
        return postgres;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Server.INSTANCE.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
