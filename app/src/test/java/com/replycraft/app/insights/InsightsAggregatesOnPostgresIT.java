package com.replycraft.app.insights;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The KPI aggregates on a real PostgreSQL (binaries from a Maven artifact): PERCENTILE_CONT ...
 * WITHIN GROUP, the boolean CASEs and FETCH FIRST must give the same answers as on H2.
 */
@SpringBootTest(properties = {"replycraft.demo=true", "replycraft.admin-password=admin-pg-test"})
@ActiveProfiles("postgres")
class InsightsAggregatesOnPostgresIT extends InsightsAggregatesContract {

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
