package com.replycraft.app.review.calibration;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The results of a session over the reviewers who submitted.
 *
 * @param reviewers the reviewers whose ratings count (those who submitted), in name order
 * @param spreads conversations, the widest spread first
 */
public record SessionResults(
    List<String> reviewers, List<CategoryResult> categories, List<ConversationSpread> spreads) {

  public SessionResults {
    reviewers = List.copyOf(reviewers);
    categories = List.copyOf(categories);
    spreads = List.copyOf(spreads);
  }

  /** The results table as CSV (RFC 4180, a header line, one line per category). */
  public String csv() {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "category",
                    "dimension",
                    "scale",
                    "metric",
                    "reviewers",
                    "percent_agreement",
                    "alpha",
                    "interpretation",
                    "not_applicable",
                    "auto_percent_agreement",
                    "auto_alpha")
                .get())) {
      for (CategoryResult r : categories) {
        csv.printRecord(
            r.category().name(),
            r.category().dimension() == null ? "" : r.category().dimension().name(),
            r.category().scale().label(),
            r.metric().name().toLowerCase(Locale.ROOT),
            reviewers.size(),
            percent(r.percentAgreement()),
            r.alpha().defined() ? r.alpha().formatted() : "",
            r.alpha().interpretation(),
            r.notApplicable(),
            percent(r.autoPercentAgreement()),
            r.autoAlpha() == null || !r.autoAlpha().defined() ? "" : r.autoAlpha().formatted());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** "83%", or "" when there is no value. */
  static String percent(@Nullable Double share) {
    return share == null ? "" : Math.round(share * 100) + "%";
  }
}
