package com.replycraft.scoring.eval;

import java.util.List;

/**
 * What one dataset's evaluation found.
 *
 * @param records how many records were scored for the reported split (tuning passes not counted)
 * @param notes caveats the table must carry (a split that is not held out, a metric that is not
 *     directly comparable with the reference)
 */
public record DatasetReport(
    String dataset, int records, long millis, List<EvalRow> rows, List<String> notes) {

  public DatasetReport {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  public DatasetReport withMillis(long value) {
    return new DatasetReport(dataset, records, value, rows, notes);
  }
}
