package com.replycraft.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring test context of the fast suite: the whole app on a random port, in demo mode, on
 * an in-memory H2 migrated by Flyway. Every Spring test uses exactly this annotation, so Spring
 * starts the app once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:replycraft-test;DB_CLOSE_DELAY=-1",
      "replycraft.data-dir=target/test-data",
      "replycraft.demo=true",
      // One index per test context, in memory: a file index would clash on its write.lock.
      "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
      "replycraft.admin-password=" + ReplyCraftTest.ADMIN_PASSWORD,
      "replycraft.bootstrap-token=" + ReplyCraftTest.BOOTSTRAP_TOKEN
    })
public @interface ReplyCraftTest {
  String ADMIN_PASSWORD = "admin-test-password";
  String BOOTSTRAP_TOKEN = "rc_test-bootstrap-token-0123456789";
}
