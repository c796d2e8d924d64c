package com.replycraft.app.insights;

/** How trends are bucketed: local days, weeks (starting Monday) or months in the insights zone. */
public enum Period {
  DAY("local_day", "Day"),
  WEEK("local_week", "Week of"),
  MONTH("local_month", "Month");

  private final String column;
  private final String label;

  Period(String column, String label) {
    this.column = column;
    this.label = label;
  }

  String column() {
    return column;
  }

  public String label() {
    return label;
  }
}
