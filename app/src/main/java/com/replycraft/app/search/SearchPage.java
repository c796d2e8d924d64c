package com.replycraft.app.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many hits the whole search has
 * @param offset the index of this page's first hit in the whole result
 * @param hits this page's hits, best first (newest first when only filters were given)
 */
public record SearchPage(long total, int offset, List<SearchHit> hits) {

  public SearchPage {
    hits = List.copyOf(hits);
  }

  static SearchPage empty(int offset) {
    return new SearchPage(0, offset, List.of());
  }
}
