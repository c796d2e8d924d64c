package com.replycraft.app.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Spring context of the browser tests: the app on a random port in demo mode. Every browser
 * test uses exactly this annotation, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:replycraft-browser;DB_CLOSE_DELAY=-1",
      "replycraft.data-dir=target/test-data",
      "replycraft.demo=true",
      // One index per test context, in memory: a file index would clash on its write.lock.
      "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
      "replycraft.admin-password=admin-browser-test"
    })
public @interface BrowserTest {}
