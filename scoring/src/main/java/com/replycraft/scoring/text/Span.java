package com.replycraft.scoring.text;

/** A half-open character range {@code [start, end)} of a text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean covers(int from, int to) {
    return from >= start && to <= end;
  }

  public int length() {
    return end - start;
  }
}
