package com.replycraft.app.review.calibration;

import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.RatingScale;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Turns a session's ratings into its results; framework-free.
 *
 * <p>Level of measurement: a yes/no category is nominal. The point scales are treated as
 * <em>interval</em>, not ordinal, because the review score treats them so — a point maps linearly
 * onto 0–100 ({@link RatingScale#percent}) and the score is a weighted mean — so a 1-versus-5
 * disagreement costs an agent four times what a 2-versus-3 one does, and alpha should weigh it the
 * same way. Ordinal alpha would also make the distance between two points depend on how often the
 * points in between were used, which is unstable on the few conversations of a calibration.
 *
 * <p>Auto-QA versus humans: alpha between the auto-QA and each reviewer separately (two raters, one
 * unit per conversation), then the mean over reviewers with a defined alpha. A median of the
 * reviewers would be a half point on an even count of reviewers — not a value a binary scale has —
 * and would hide exactly the spread the session is about.
 */
final class ResultsCalculator {

  private ResultsCalculator() {}

  static Metric metricFor(RatingScale scale) {
    return scale == RatingScale.BINARY ? Metric.NOMINAL : Metric.INTERVAL;
  }

  static SessionResults calculate(
      List<ScorecardCategory> categories,
      Map<Long, String> conversations,
      List<String> reviewers,
      RatingSheet sheet) {
    List<CategoryResult> results = new ArrayList<>();
    for (ScorecardCategory category : categories) {
      results.add(category(category, conversations, reviewers, sheet));
    }
    List<ConversationSpread> spreads = new ArrayList<>();
    conversations.forEach(
        (id, label) -> spreads.add(spread(id, label, categories, reviewers, sheet)));
    spreads.sort(Comparator.comparingDouble(ConversationSpread::spread).reversed());
    return new SessionResults(reviewers, results, spreads);
  }

  private static CategoryResult category(
      ScorecardCategory category,
      Map<Long, String> conversations,
      List<String> reviewers,
      RatingSheet sheet) {
    Metric metric = metricFor(category.scale());
    ReliabilityData humans = new ReliabilityData(Math.max(1, reviewers.size()));
    int notApplicable = 0;
    for (long conversation : conversations.keySet()) {
      List<@Nullable Integer> values = new ArrayList<>();
      for (String reviewer : reviewers) {
        Rating rating = sheet.human(reviewer, conversation, category.id());
        if (rating != null && rating.notApplicable()) {
          notApplicable++;
        }
        values.add(rating == null ? null : rating.point());
      }
      if (!reviewers.isEmpty()) {
        humans.unit(values);
      }
    }
    OptionalDouble percent = AgreementStatistics.percentAgreement(humans);
    Alpha alpha = AgreementStatistics.alpha(humans, metric);
    if (category.dimension() == null) {
      return new CategoryResult(
          category, metric, orNull(percent), alpha, notApplicable, null, null);
    }
    ReliabilityData allPairs = new ReliabilityData(2);
    List<Double> pairAlphas = new ArrayList<>();
    int values = 0;
    for (String reviewer : reviewers) {
      ReliabilityData pair = new ReliabilityData(2);
      for (long conversation : conversations.keySet()) {
        Integer auto = point(sheet.auto(conversation, category.id()));
        Integer human = point(sheet.human(reviewer, conversation, category.id()));
        pair.unit(auto, human);
        allPairs.unit(auto, human);
      }
      Alpha a = AgreementStatistics.alpha(pair, metric);
      values += a.pairableValues();
      if (a.value() != null) {
        pairAlphas.add(a.value());
      }
    }
    Alpha autoAlpha =
        pairAlphas.isEmpty()
            ? Alpha.undefined(
                values == 0
                    ? "no conversation has both an auto-QA and a reviewer rating"
                    : "no reviewer's ratings varied together with the auto-QA's",
                values)
            : Alpha.of(
                pairAlphas.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                values);
    return new CategoryResult(
        category,
        metric,
        orNull(percent),
        alpha,
        notApplicable,
        orNull(AgreementStatistics.percentAgreement(allPairs)),
        autoAlpha);
  }

  private static ConversationSpread spread(
      long conversation,
      String label,
      List<ScorecardCategory> categories,
      List<String> reviewers,
      RatingSheet sheet) {
    double sum = 0;
    int counted = 0;
    record Range(String text, double width) {}
    List<Range> ranges = new ArrayList<>();
    for (ScorecardCategory category : categories) {
      int[] points =
          reviewers.stream()
              .map(r -> point(sheet.human(r, conversation, category.id())))
              .filter(p -> p != null)
              .mapToInt(Integer::intValue)
              .toArray();
      if (points.length < 2) {
        continue;
      }
      int min = Arrays.stream(points).min().orElseThrow();
      int max = Arrays.stream(points).max().orElseThrow();
      double width = (max - min) / (double) (category.scale().points() - 1);
      sum += width;
      counted++;
      if (max > min) {
        String range =
            category.scale() == RatingScale.BINARY
                ? "Yes and No"
                : min + "–" + max + " of " + category.scale().points();
        ranges.add(new Range(category.name() + ": " + range, width));
      }
    }
    ranges.sort(Comparator.comparingDouble(Range::width).reversed());
    return new ConversationSpread(
        conversation,
        label,
        counted == 0 ? 0 : sum / counted,
        ranges.stream().map(Range::text).toList());
  }

  private static @Nullable Integer point(@Nullable Rating rating) {
    return rating == null ? null : rating.point();
  }

  private static @Nullable Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
