package com.replycraft.scoring.check.clarity;

import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadabilityCheckTest {

  static final String DENSE =
      "Notwithstanding the aforementioned circumstances, reimbursement of the outstanding"
          + " premium necessitates comprehensive documentation. Additionally, verification"
          + " procedures regarding policyholder eligibility will be undertaken subsequently."
          + " Consequently, finalisation is anticipated following organisational evaluation of"
          + " the supplementary information.";

  static final String PLAIN =
      "Thanks for sending the photos. I can see the screen is cracked. We will send a new"
          + " phone today. It should reach you by Friday. Please post the old one back in the"
          + " bag we send. I will email you the tracking number tonight.";

  @ParameterizedTest
  @EnumSource(Channel.class)
  void flags_dense_prose_on_every_channel(Channel channel) {
    assertThat(score(channel, DENSE).has(FindingCode.HARD_TO_READ)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void leaves_plain_prose_alone_on_every_channel(Channel channel) {
    assertThat(score(channel, PLAIN).has(FindingCode.HARD_TO_READ)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // too short to judge
        "Reimbursement documentation verification is underway.",
        "Your subscription cancellation confirmation is attached.",
      })
  void does_not_grade_short_replies(String draft) {
    assertThat(score(Channel.MESSAGING, draft).has(FindingCode.HARD_TO_READ)).isFalse();
  }

  @Test
  void points_at_the_hardest_sentence_and_names_its_long_words() {
    String draft =
        "Hi Ana, thanks for the photos. " + DENSE + " I will call you at 3 pm on Friday.";
    Finding finding = score(draft).findings(FindingCode.HARD_TO_READ).get(0);
    String span = draft.substring(finding.start(), finding.end());
    assertThat(DENSE).contains(span);
    assertThat(finding.suggestion()).contains("\"");
  }

  @Test
  void a_sentence_over_the_channel_limit_is_long_and_split_at_its_seam() {
    String draft =
        "I have checked the order history on your account and I can see the parcel left our"
            + " warehouse on Monday, and the courier has confirmed it will reach the depot in"
            + " Ballarat on Thursday.";
    Finding finding = score(Channel.MESSAGING, draft).findings(FindingCode.LONG_SENTENCE).get(0);
    assertThat(finding.start()).isZero();
    assertThat(finding.end()).isEqualTo(draft.length());
    assertThat(finding.replacement())
        .isEqualTo(
            "I have checked the order history on your account and I can see the parcel left our"
                + " warehouse on Monday. The courier has confirmed it will reach the depot in"
                + " Ballarat on Thursday.");
  }

  @Test
  void the_same_sentence_fits_an_email() {
    String draft =
        "I have checked your account and I can see the parcel left our warehouse on Monday,"
            + " and the courier will bring it to you on Thursday.";
    assertThat(score(Channel.EMAIL, draft).has(FindingCode.LONG_SENTENCE)).isFalse();
    assertThat(score(Channel.MESSAGING, draft).has(FindingCode.LONG_SENTENCE)).isTrue();
  }

  @Test
  void a_link_counts_as_one_word() {
    String draft =
        "You can upload the photos at https://help.example.com/claims/upload/photos/new-claim"
            + " or email them to claims.team@example.com.au today.";
    assertThat(score(Channel.MESSAGING, draft).has(FindingCode.LONG_SENTENCE)).isFalse();
  }

  @Test
  void far_over_the_limit_is_major_just_over_is_minor() {
    String justOver = "word ".repeat(25).strip() + ".";
    String farOver = "word ".repeat(40).strip() + ".";
    assertThat(score(Channel.MESSAGING, justOver).findings(FindingCode.LONG_SENTENCE).get(0))
        .extracting(Finding::severity)
        .isEqualTo(Severity.MINOR);
    assertThat(score(Channel.MESSAGING, farOver).findings(FindingCode.LONG_SENTENCE).get(0))
        .extracting(Finding::severity)
        .isEqualTo(Severity.MAJOR);
  }
}
