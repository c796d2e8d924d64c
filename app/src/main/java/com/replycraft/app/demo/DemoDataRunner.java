package com.replycraft.app.demo;

import com.replycraft.app.StartupTask;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DemoDataLoader}, in order, at start-up in demo mode (after the first admin).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "replycraft.demo", havingValue = "true")
class DemoDataRunner implements StartupTask {

  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

  private final List<DemoDataLoader> loaders;

  DemoDataRunner(List<DemoDataLoader> loaders) {
    this.loaders = loaders;
  }

  @Override
  public void run() {
    for (DemoDataLoader loader : loaders) {
      log.info("Loading demo data: {}", loader.getClass().getSimpleName());
      loader.load();
    }
  }
}
