package com.replycraft.app.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** A second opinion on a draft: a score and a one-sentence rationale per dimension, as JSON. */
public interface ReplyJudge {

  @SystemMessage(
      """
      You review customer-service replies. Judge the agent's draft in its conversation on five
      dimensions, each scored 0 (poor) to 100 (excellent):
      tone (polite, warm, no blame), clarity (plain, specific next steps),
      delayAcknowledgement (acknowledges a wait past the response target; null if there was none),
      empathy (recognises the customer's feelings), channelFit (length and form suit the channel).
      Answer with one JSON object and nothing else, exactly in this shape:
      {"tone": {"score": 0, "rationale": "one sentence"},
       "clarity": {"score": 0, "rationale": "one sentence"},
       "delayAcknowledgement": {"score": 0, "rationale": "one sentence"},
       "empathy": {"score": 0, "rationale": "one sentence"},
       "channelFit": {"score": 0, "rationale": "one sentence"}}
      """)
  @UserMessage(
      """
      Channel: {{channel}}
      Response target: {{responseTarget}}
      The customer has waited: {{waited}}

      Conversation so far, oldest first:
      {{thread}}

      The agent's draft:
      {{draft}}
      """)
  String judge(
      @V("channel") String channel,
      @V("responseTarget") String responseTarget,
      @V("waited") String waited,
      @V("thread") String thread,
      @V("draft") String draft);
}
