package com.replycraft.app.review;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ImportedThread;
import com.replycraft.app.conversation.NewThread;
import com.replycraft.app.conversation.ThreadAuditor;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the valid rows of one import into conversations and hands them to the conversation
 * service in batches of about {@link #BATCH_MESSAGES} messages, one transaction each. Memory holds
 * one batch, the ids of the conversations seen so far and the rejections, never the whole file.
 */
final class ImportBatcher {

  static final int BATCH_MESSAGES = 500;

  private final ConversationService conversations;
  private final ThreadAuditor auditor;
  private final ImportProgress progress;
  private long linesRead;
  private final List<ImportReport.Rejection> rejected = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final List<ImportedThread> pending = new ArrayList<>();
  private int pendingMessages;
  private int storedMessages;

  private @Nullable String currentId;
  private @Nullable Channel currentChannel;
  private @Nullable Customer currentCustomer;
  private @Nullable Boolean currentResolved;
  private final List<NewThread.Message> currentMessages = new ArrayList<>();

  ImportBatcher(ConversationService conversations, ThreadAuditor auditor, ImportProgress progress) {
    this.conversations = conversations;
    this.auditor = auditor;
    this.progress = progress;
  }

  /** The file has been read up to this line. */
  void readUpTo(long line) {
    linesRead = Math.max(linesRead, line);
  }

  void reject(long line, String reason) {
    rejected.add(new ImportReport.Rejection(line, reason));
  }

  /** The channel of the conversation being collected, when the row belongs to it. */
  @Nullable Channel channelOf(String conversationId) {
    return conversationId.equals(currentId) ? currentChannel : null;
  }

  /**
   * One message row; rows of one conversation usually follow each other.
   *
   * @param resolved the row's resolved mark, null when blank; a later mark wins
   */
  void row(
      String conversationId,
      Channel channel,
      Customer customer,
      @Nullable Boolean resolved,
      NewThread.Message message) {
    if (!conversationId.equals(currentId)) {
      closeCurrent();
      currentId = conversationId;
      currentChannel = channel;
      currentCustomer = customer;
      currentResolved = resolved;
    } else {
      currentCustomer = merge(currentCustomer, customer);
      currentResolved = resolved != null ? resolved : currentResolved;
    }
    currentMessages.add(message);
  }

  /** A whole conversation (a JSONL line): it replaces whatever is stored under its id. */
  void conversation(NewThread thread, @Nullable Boolean resolved) {
    closeCurrent();
    seen.add(thread.externalId());
    add(new ImportedThread(thread, false, resolved), thread.messages().size());
  }

  ImportReport finish() {
    closeCurrent();
    flush();
    return new ImportReport(seen.size(), storedMessages, rejected);
  }

  private void closeCurrent() {
    if (currentId != null && !currentMessages.isEmpty()) {
      boolean append = !seen.add(currentId);
      NewThread thread =
          new NewThread(
              currentId,
              currentChannel == null ? Channel.EMAIL : currentChannel,
              null,
              currentCustomer == null ? Customer.UNKNOWN : currentCustomer,
              null,
              currentMessages);
      add(new ImportedThread(thread, append, currentResolved), currentMessages.size());
    }
    currentId = null;
    currentResolved = null;
    currentChannel = null;
    currentCustomer = null;
    currentMessages.clear();
  }

  private void add(ImportedThread thread, int messages) {
    pending.add(thread);
    pendingMessages += messages;
    if (pendingMessages >= BATCH_MESSAGES) {
      flush();
    }
  }

  private void flush() {
    if (!pending.isEmpty()) {
      storedMessages += conversations.importBatch(List.copyOf(pending), auditor);
      pending.clear();
      pendingMessages = 0;
    }
    progress.update(linesRead, storedMessages, rejected.size());
  }

  /** Customer details may be given on any row of the conversation; a later value wins. */
  private static Customer merge(@Nullable Customer earlier, Customer later) {
    if (earlier == null) {
      return later;
    }
    return new Customer(
        later.name() != null ? later.name() : earlier.name(),
        later.authenticated() != null ? later.authenticated() : earlier.authenticated(),
        later.value() != null ? later.value() : earlier.value(),
        later.vip() != null ? later.vip() : earlier.vip());
  }
}
