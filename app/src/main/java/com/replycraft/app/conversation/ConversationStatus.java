package com.replycraft.app.conversation;

/** Whether a thread still waits for the business. */
public enum ConversationStatus {
  OPEN,
  RESOLVED
}
