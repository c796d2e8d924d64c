package com.replycraft.app;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} in order once all beans exist. Spring opens the web server's port
 * only after this, so health checks and API calls never race provisioning.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

  private final List<StartupTask> tasks;

  StartupTasks(List<StartupTask> tasks) {
    this.tasks = tasks;
  }

  @Override
  public void afterSingletonsInstantiated() {
    tasks.forEach(StartupTask::run);
  }
}
