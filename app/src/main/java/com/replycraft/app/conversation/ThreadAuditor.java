package com.replycraft.app.conversation;

import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import java.util.List;

/** Audits a whole thread (its messages in time order); QA review supplies the scorer-backed one. */
@FunctionalInterface
public interface ThreadAuditor {

  ThreadAudit audit(Channel channel, Customer customer, List<Message> messages);
}
