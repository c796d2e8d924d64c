package com.replycraft.scoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic good replies from telco, insurance, retail, airline, banking, utilities and SaaS
 * threads ({@code replies/good-replies.txt}): the tone and clarity checks must stay quiet on all of
 * them.
 */
class ToneAndClarityOnRealRepliesTest {

  static final Set<FindingCode> TONE_AND_CLARITY =
      EnumSet.of(
          FindingCode.BLAME_LANGUAGE,
          FindingCode.DISMISSIVE_LANGUAGE,
          FindingCode.SHOUTING,
          FindingCode.NEGATIVE_FRAMING,
          FindingCode.CURT_REQUEST,
          FindingCode.HARD_TO_READ,
          FindingCode.LONG_SENTENCE,
          FindingCode.WALL_OF_TEXT,
          FindingCode.UNANSWERED_QUESTION,
          FindingCode.PLACEHOLDER_LEFT,
          FindingCode.NO_NEXT_STEP);

  static Stream<Arguments> goodReplies() throws IOException {
    String text;
    try (InputStream in =
        ToneAndClarityOnRealRepliesTest.class.getResourceAsStream("/replies/good-replies.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Arguments> cases = new ArrayList<>();
    String body = text.replaceAll("(?m)^#.*\\n", "");
    for (String block : body.split("\\n====\\n")) {
      String[] parts = block.strip().split("\\n----\\n");
      ScoreRequest.Builder request =
          ScoreRequest.builder()
              .channel(Channel.valueOf(parts[0].strip()))
              .customer("Sam Lee", true)
              .draftAt("2026-11-20T09:30:00Z");
      for (int i = 1; i < parts.length - 1; i++) {
        request.customerSays("2026-11-20T0" + i + ":00:00Z", parts[i]);
      }
      String draft = parts[parts.length - 1];
      cases.add(Arguments.of(draft.lines().findFirst().orElse(""), request.draft(draft).build()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodReplies")
  void good_replies_raise_no_tone_or_clarity_finding(String opening, ScoreRequest request) {
    List<Finding> raised =
        Drafts.SCORER.score(request).findings().stream()
            .filter(f -> TONE_AND_CLARITY.contains(f.code()))
            .toList();
    assertThat(raised).as(request.draft()).isEmpty();
  }
}
