package com.replycraft.app.review;

import java.util.List;

/**
 * What an import did: conversations and messages stored, and every rejected row or line.
 *
 * @param conversations distinct conversations stored (created or updated)
 * @param messages messages stored
 * @param rejected every row or line that was not stored, in file order
 */
public record ImportReport(int conversations, int messages, List<Rejection> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /**
   * A row or line that was not imported.
   *
   * @param line its 1-based line number in the file (the first line of a multi-line CSV record)
   */
  public record Rejection(long line, String reason) {}
}
