package com.replycraft.scoring.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the evaluation as an aligned plain-text table or as a Markdown table. */
final class EvalTable {

  private static final List<String> HEADER =
      List.of("dataset", "signal", "metric", "n", "ours", "reference");

  private EvalTable() {}

  static void plain(List<DatasetReport> reports, Split split, long totalMillis, PrintStream out) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADER);
    for (DatasetReport report : reports) {
      for (EvalRow row : report.rows()) {
        lines.add(cells(row));
      }
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> line : lines) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    out.println("ReplyCraft scoring evaluation, split " + split.label());
    out.println();
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        String cell = lines.get(i).get(c);
        boolean right = c == 3;
        String pad = " ".repeat(widths[c] - cell.length());
        text.append(right ? pad + cell : cell + pad).append(c + 1 < widths.length ? "  " : "");
      }
      out.println(text.toString().stripTrailing());
      if (i == 0) {
        out.println("-".repeat(sum(widths) + 2 * (widths.length - 1)));
      }
    }
    out.println();
    footer(reports, totalMillis, out, "");
  }

  static void markdown(
      List<DatasetReport> reports, Split split, long totalMillis, PrintStream out) {
    out.println("| dataset | signal | metric | n | ours (" + split.label() + ") | reference |");
    out.println("|---|---|---|---:|---:|---|");
    for (DatasetReport report : reports) {
      for (EvalRow row : report.rows()) {
        out.println("| " + String.join(" | ", escape(cells(row))) + " |");
      }
    }
    out.println();
    footer(reports, totalMillis, out, "- ");
  }

  private static void footer(
      List<DatasetReport> reports, long totalMillis, PrintStream out, String bullet) {
    int records = 0;
    for (DatasetReport report : reports) {
      records += report.records();
      out.println(
          bullet
              + String.format(
                  Locale.ROOT,
                  "%s: %d records scored in %.1f s",
                  report.dataset(),
                  report.records(),
                  report.millis() / 1000.0));
    }
    out.println(
        bullet
            + String.format(
                Locale.ROOT,
                "total: %d records in %.1f s (dev records scored only to choose thresholds are"
                    + " included in the time, not the count)",
                records,
                totalMillis / 1000.0));
    for (DatasetReport report : reports) {
      for (String note : report.notes()) {
        out.println(bullet + note);
      }
    }
  }

  private static List<String> cells(EvalRow row) {
    return List.of(
        row.dataset(),
        row.signal(),
        row.metric(),
        String.valueOf(row.n()),
        row.ours(),
        row.reference());
  }

  private static List<String> escape(List<String> cells) {
    return cells.stream().map(c -> c.replace("|", "\\|")).toList();
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int value : values) {
      total += value;
    }
    return total;
  }
}
