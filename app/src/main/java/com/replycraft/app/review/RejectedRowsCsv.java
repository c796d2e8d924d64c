package com.replycraft.app.review;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejected rows of an import as a CSV file (line, reason), for the reviewer to fix and retry.
 */
final class RejectedRowsCsv {

  private RejectedRowsCsv() {}

  static String of(List<ImportReport.Rejection> rejected) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("line", "reason").get())) {
      for (ImportReport.Rejection r : rejected) {
        printer.printRecord(r.line(), r.reason());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
