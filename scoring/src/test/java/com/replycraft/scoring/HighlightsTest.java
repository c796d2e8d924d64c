package com.replycraft.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HighlightsTest {

  private static Finding finding(FindingCode code, Severity severity, int start, int end) {
    return Finding.of(code, severity, start, end, "why", "fix");
  }

  private static String joined(List<Highlights.Segment> segments) {
    return segments.stream().map(Highlights.Segment::text).collect(Collectors.joining());
  }

  @Test
  void plain_text_without_findings_is_one_plain_segment() {
    List<Highlights.Segment> segments = Highlights.of("Hello there.", List.of());

    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).highlighted()).isFalse();
    assertThat(segments.get(0).text()).isEqualTo("Hello there.");
  }

  @Test
  void overlapping_findings_split_into_non_overlapping_runs_that_rebuild_the_text() {
    String text = "We will reply soon, ASAP really.";
    Finding vague = finding(FindingCode.VAGUE_TIMEFRAME, Severity.MINOR, 14, 18);
    Finding wide = finding(FindingCode.NO_NEXT_STEP, Severity.MAJOR, 8, 24);

    List<Highlights.Segment> segments = Highlights.of(text, List.of(vague, wide));

    assertThat(joined(segments)).isEqualTo(text);
    assertThat(segments)
        .extracting(Highlights.Segment::text)
        .containsExactly("We will ", "reply ", "soon", ", ASAP", " really.");
    assertThat(segments.get(2).findings()).containsExactlyInAnyOrder(vague, wide);
    assertThat(segments.get(2).severity()).isEqualTo(Severity.MAJOR);
    for (int i = 1; i < segments.size(); i++) {
      assertThat(segments.get(i).start()).isEqualTo(segments.get(i - 1).end());
    }
  }

  @Test
  void an_empty_span_becomes_an_insertion_point_at_its_offset() {
    String text = "Hi Sam, your parcel ships today.";
    Finding missing = finding(FindingCode.DELAY_NOT_ACKNOWLEDGED, Severity.CRITICAL, 8, 8);

    List<Highlights.Segment> segments = Highlights.of(text, List.of(missing));

    assertThat(segments)
        .extracting(Highlights.Segment::insertion)
        .containsExactly(false, true, false);
    assertThat(segments.get(1).start()).isEqualTo(8);
    assertThat(segments.get(1).findings()).containsExactly(missing);
    assertThat(joined(segments)).isEqualTo(text);
  }

  @Test
  void spans_past_the_end_of_a_shorter_text_are_clamped_and_thread_findings_ignored() {
    Finding stale = finding(FindingCode.SHOUTING, Severity.MINOR, 3, 99);
    Finding inThread = finding(FindingCode.LIVE_CHAT_LANGUAGE, Severity.MAJOR, 0, 2).inMessage(1);

    List<Highlights.Segment> segments = Highlights.of("Hello", List.of(stale, inThread));

    assertThat(segments).extracting(Highlights.Segment::text).containsExactly("Hel", "lo");
    assertThat(segments.get(0).highlighted()).isFalse();
    assertThat(segments.get(1).findings()).containsExactly(stale);
  }
}
