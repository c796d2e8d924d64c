package com.replycraft.app.training;

import com.replycraft.training.Exercise;

/**
 * An exercise of the catalog and where it comes from.
 *
 * @param custom published by a trainer (stored in the database), not shipped with ReplyCraft
 */
public record CatalogEntry(Exercise exercise, boolean custom) {

  public String id() {
    return exercise.id();
  }
}
