package com.replycraft.scoring.check.empathy;

import static com.replycraft.scoring.check.empathy.EmpathyFixtures.SCORER;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.customerMessage;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A warm, specific reply triggers none of the empathy checks built here, on any channel. */
class WarmReplyTest {

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          EMAIL         | TELCO     | Priya Raman | Hi Priya,\\n\\nI'm sorry your replacement router still hasn't arrived after two weeks, especially when you work from home. I've sent a new one by express courier today; it will reach you by 1pm Thursday. I'll check the tracking myself tomorrow morning and message you if anything slips.\\n\\nKind regards,\\nJo
          MESSAGING     | BANKING   | Tom         | Hi Tom, you're right: Netflix took $89.99 twice. That's our mistake and I've refunded the second payment today. It will show on your statement within 3 working days.
          SOCIAL_PUBLIC | AIRLINE   | Ana Silva   | Ana, that's awful timing with the wedding on Saturday. I've protected seats for you both on QF8 tonight, and I'll DM the details within the hour.
          TICKET        | INSURANCE | Sam Lee     | Hi Sam, I'm sorry nobody called you back about the hail damage claim from 3 November. That was our failure. Your assessor, Mark, will call you tomorrow at 10am, and I'll follow up on Friday.
          """)
  void a_warm_specific_reply_raises_no_empathy_finding(
      Channel channel, String industry, String name, String draft) {
    ScoreResult result =
        SCORER.score(
            thread(channel, customerMessage(industry))
                .customer(name, true)
                .draft(draft.replace("\\n", "\n"))
                .build());

    assertThat(result.findings())
        .as(result.findings().toString())
        .noneMatch(
            f ->
                f.code() == FindingCode.SCRIPTED_EMPATHY
                    || f.code() == FindingCode.TEMPLATED_REPLY
                    || f.code() == FindingCode.NOT_PERSONALISED
                    || f.code() == FindingCode.NO_OWNERSHIP);
  }
}
