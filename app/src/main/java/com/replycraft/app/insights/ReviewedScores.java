package com.replycraft.app.insights;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reviewed (human) scores per dimension over time: the seam where QA reviews join the trends. Until
 * reviews exist in this build it reports none, and the page says so.
 */
@Component
class ReviewedScores {

  boolean available() {
    return false;
  }

  List<Trends.DimensionPeriod> byPeriod(Period period, FactFilter filter) {
    return List.of();
  }
}
