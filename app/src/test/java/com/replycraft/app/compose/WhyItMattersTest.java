package com.replycraft.app.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.FindingCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WhyItMattersTest {

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void every_finding_code_explains_why_it_matters(FindingCode code) {
    assertThat(WhyItMatters.of(code)).get().asString().hasSizeGreaterThan(80);
  }
}
