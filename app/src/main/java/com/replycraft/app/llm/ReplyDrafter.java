package com.replycraft.app.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** Drafts the agent's next reply in a thread. */
public interface ReplyDrafter {

  @SystemMessage(
      """
      You are a senior customer-service agent writing the next reply in an asynchronous
      conversation (e-mail, messaging, social or ticket). Write only the reply text the agent
      would send: no subject line, no notes, no quotation marks around it.
      Rules:
      - If the customer waited longer than the response target, open by acknowledging the wait
        in plain words and apologise once.
      - Name the customer's feeling when they are upset, then move to what happens next.
      - Say what you will do, by when, and what the customer needs to do, if anything.
      - Follow the escalation advice: when it says OFFER_SYNC or ESCALATE_NOW, offer a call or
        live chat in one sentence.
      - Fit the channel: short and plain for messaging, live chat and social; a greeting and a
        sign-off for e-mail and tickets. Never put private details in a public social reply.
      - Keep placeholders such as [EMAIL_1], [PHONE_1] or [order number] exactly as written;
        never invent order numbers, amounts, dates or promises that the thread does not give.
      """)
  @UserMessage(
      """
      Channel: {{channel}}
      Response target: {{responseTarget}}
      The customer has waited: {{waited}}
      Escalation advice: {{advice}}
      Customer name: {{customerName}}
      Agent name: {{agentName}}

      Best matching template (adapt it, do not copy it blindly):
      {{template}}

      Conversation so far, oldest first:
      {{thread}}

      Write the agent's next reply.
      """)
  String draft(
      @V("channel") String channel,
      @V("responseTarget") String responseTarget,
      @V("waited") String waited,
      @V("advice") String advice,
      @V("customerName") String customerName,
      @V("agentName") String agentName,
      @V("template") String template,
      @V("thread") String thread);
}
