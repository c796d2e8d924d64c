package com.replycraft.training;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.thread.Customer;
import java.util.List;

/**
 * What a detector sees: the analysed reply, the customer, and the customer's own messages (for
 * details the reply can echo).
 */
record ElementContext(AnalyzedText reply, Customer customer, List<AnalyzedText> customerMessages) {
  ElementContext {
    customerMessages = List.copyOf(customerMessages);
  }
}
