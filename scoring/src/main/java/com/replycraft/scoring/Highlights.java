package com.replycraft.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a text and its findings into the non-overlapping segments a screen highlights: plain runs,
 * runs covered by one or more findings, and zero-width insertion points (a finding with an empty
 * span, such as a missing acknowledgement that belongs after the greeting). Framework-free, so the
 * composer, QA review and training render the same judgement the same way.
 *
 * <p>Spans are clamped to the text, so findings computed for an older version of the text never
 * break the rendering. Only findings on the scored text itself (no {@code messageIndex}) count.
 */
public final class Highlights {

  private Highlights() {}

  /**
   * One run of the text.
   *
   * @param findings the findings covering the run (for an insertion point: the findings that insert
   *     here); empty for plain text
   */
  public record Segment(int start, int end, String text, List<Finding> findings) {

    public Segment {
      Objects.requireNonNull(text, "text");
      findings = List.copyOf(findings);
    }

    public boolean highlighted() {
      return !findings.isEmpty();
    }

    /** A zero-width place where a finding wants something inserted. */
    public boolean insertion() {
      return start == end;
    }

    /** The most severe finding's severity, or null for plain text. */
    public @Nullable Severity severity() {
      Severity worst = null;
      for (Finding f : findings) {
        if (worst == null || f.severity().weight() > worst.weight()) {
          worst = f.severity();
        }
      }
      return worst;
    }
  }

  /** Segments covering the whole text in order; concatenating their texts gives the text back. */
  public static List<Segment> of(String text, List<Finding> findings) {
    int length = text.length();
    List<Finding> own = new ArrayList<>(findings.size());
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(length);
    for (Finding f : findings) {
      if (f.messageIndex() != null) {
        continue;
      }
      own.add(f);
      cuts.add(Math.min(f.start(), length));
      cuts.add(Math.min(f.end(), length));
    }
    List<Segment> segments = new ArrayList<>(cuts.size() * 2);
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && previous < cut) {
        segments.add(run(text, previous, cut, own));
      }
      List<Finding> inserting = new ArrayList<>(0);
      for (Finding f : own) {
        if (Math.min(f.start(), length) == cut && Math.min(f.end(), length) == cut) {
          inserting.add(f);
        }
      }
      if (!inserting.isEmpty()) {
        segments.add(new Segment(cut, cut, "", inserting));
      }
      previous = cut;
    }
    return segments;
  }

  private static Segment run(String text, int start, int end, List<Finding> findings) {
    List<Finding> covering = new ArrayList<>(0);
    for (Finding f : findings) {
      int s = Math.min(f.start(), text.length());
      int e = Math.min(f.end(), text.length());
      if (s < e && s <= start && e >= end) {
        covering.add(f);
      }
    }
    return new Segment(start, end, text.substring(start, end), covering);
  }
}
