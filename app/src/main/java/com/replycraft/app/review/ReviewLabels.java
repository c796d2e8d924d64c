package com.replycraft.app.review;

import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.RatingScale;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.Severity;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Words, badges and formats the review screens share. */
final class ReviewLabels {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** The radio value standing for N/A (points start at 1). */
  static final int NA = 0;

  private ReviewLabels() {}

  static String dimension(@Nullable Dimension dimension) {
    if (dimension == null) {
      return "Custom";
    }
    return Names.dimension(dimension);
  }

  static String point(RatingScale scale, int value) {
    return value == NA ? "N/A" : scale.describe(value);
  }

  static String rating(ScorecardCategory category, @Nullable Rating rating) {
    if (rating == null) {
      return "not rated";
    }
    Integer point = rating.point();
    return point == null ? "N/A" : category.scale().describe(point);
  }

  static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge small");
    if (!theme.isEmpty()) {
      badge.getElement().getThemeList().add(theme);
    }
    return badge;
  }

  static Span status(ReviewStatus status) {
    String theme =
        switch (status) {
          case DRAFT -> "contrast";
          case SUBMITTED -> "";
          case ACKNOWLEDGED, RESOLVED -> "success";
          case DISPUTED -> "error";
        };
    Span badge = badge(status.label(), theme);
    badge.addClassName("rc-review-status");
    return badge;
  }

  static Span severity(Finding f) {
    return badge(
        f.severity().name().toLowerCase(Locale.ROOT),
        f.severity() == Severity.CRITICAL
            ? "error"
            : f.severity() == Severity.MAJOR ? "warning" : "contrast");
  }
}
