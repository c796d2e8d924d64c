package com.replycraft.app.demo;

/**
 * A piece of demo data, loaded at start-up when {@code replycraft.demo=true}. Each feature adds its
 * own loader as a Spring bean; loaders run in {@link org.springframework.core.annotation.Order}
 * order (users first, at order 0) and must be idempotent, because the app may be restarted on the
 * same data directory.
 */
public interface DemoDataLoader {

  /** Creates this feature's demo data unless it already exists. */
  void load();
}
