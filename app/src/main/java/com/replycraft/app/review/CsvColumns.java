package com.replycraft.app.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each known column sits in one CSV file. Columns are matched by name, in any order, so a
 * file written before an optional column was added still imports; a file missing a required column
 * or naming an unknown one is refused as a whole, before any row is stored.
 */
final class CsvColumns {

  private final Map<String, Integer> index;
  private final int size;

  private CsvColumns(Map<String, Integer> index, int size) {
    this.index = index;
    this.size = size;
  }

  /**
   * @throws ImportFormatException naming every problem with the header
   */
  static CsvColumns of(@Nullable List<String> header) {
    if (header == null) {
      throw new ImportFormatException(expected("The file is empty."));
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!ImportService.CSV_HEADER.contains(name)) {
        problems.add("unknown column \"" + header.get(i).strip() + "\"");
      } else if (index.putIfAbsent(name, i) != null) {
        problems.add("column " + name + " appears twice");
      }
    }
    for (String required : ImportService.REQUIRED_COLUMNS) {
      if (!index.containsKey(required)) {
        problems.add("missing column " + required);
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportFormatException(expected(String.join("; ", problems) + "."));
    }
    return new CsvColumns(index, header.size());
  }

  private static String expected(String problem) {
    return problem
        + " The first line must be the header "
        + String.join(",", ImportService.CSV_HEADER)
        + " (columns matched by name; "
        + String.join(", ", ImportService.CSV_HEADER.subList(6, ImportService.CSV_HEADER.size()))
        + " are optional)";
  }

  /** Fields a row must have. */
  int size() {
    return size;
  }

  /** The field of this column in the row, or null when the file has no such column. */
  @Nullable String get(List<String> fields, String column) {
    Integer i = index.get(column);
    return i == null ? null : fields.get(i);
  }
}
