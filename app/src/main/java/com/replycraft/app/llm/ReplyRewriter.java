package com.replycraft.app.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** Rewrites the agent's draft to fix the findings the agent selected, keeping its facts. */
public interface ReplyRewriter {

  @SystemMessage(
      """
      You are an editor for customer-service replies. Rewrite the agent's draft so that it fixes
      every listed problem and nothing else. Keep every fact of the draft: names, numbers, dates,
      amounts, promises and placeholders such as [EMAIL_1] or [order number] stay exactly as
      written; add no new facts or promises. Keep the draft's language and roughly its length.
      Answer with the rewritten reply only: no explanation, no quotation marks around it.
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

      Problems to fix:
      {{findings}}

      Rewrite the draft.
      """)
  String rewrite(
      @V("channel") String channel,
      @V("responseTarget") String responseTarget,
      @V("waited") String waited,
      @V("thread") String thread,
      @V("draft") String draft,
      @V("findings") String findings);
}
