package com.replycraft.app.training;

import com.replycraft.scoring.thread.Channel;
import com.replycraft.training.Difficulty;
import com.replycraft.training.Exercise;
import com.replycraft.training.Skill;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a trainer narrows the catalog to; every part is optional. */
public record CatalogFilter(
    @Nullable Skill skill,
    @Nullable Channel channel,
    @Nullable Difficulty difficulty,
    @Nullable String text) {

  public static final CatalogFilter NONE = new CatalogFilter(null, null, null, null);

  public boolean matches(Exercise e) {
    if (skill != null && !e.practises(skill)) {
      return false;
    }
    if (channel != null && e.channel() != channel) {
      return false;
    }
    if (difficulty != null && e.difficulty() != difficulty) {
      return false;
    }
    if (text == null || text.isBlank()) {
      return true;
    }
    String needle = text.strip().toLowerCase(Locale.ROOT);
    return (e.id() + "\n" + e.title() + "\n" + e.situation() + "\n" + e.task())
        .toLowerCase(Locale.ROOT)
        .contains(needle);
  }
}
