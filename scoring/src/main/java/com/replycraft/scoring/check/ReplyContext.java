package com.replycraft.scoring.check;

import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.ChannelProfile;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.WaitInfo;

/**
 * Everything a check sees about one reply: the reply itself (analysed), who writes it, the thread
 * before it and the escalation advice for that thread.
 */
public record ReplyContext(
    AnalyzedText reply, Author author, ThreadView thread, EscalationAdvice escalation) {

  public Channel channel() {
    return thread.channel();
  }

  public ChannelProfile profile() {
    return thread.profile();
  }

  public Customer customer() {
    return thread.customer();
  }

  public WaitInfo waitInfo() {
    return thread.waitInfo();
  }

  public String text() {
    return reply.text();
  }
}
