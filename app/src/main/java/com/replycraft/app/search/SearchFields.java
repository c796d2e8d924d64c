package com.replycraft.app.search;

/**
 * The index field names every searched type maps (see {@code ConversationMessage}); a second
 * indexed type (review comments) maps the same names so one query covers both.
 */
final class SearchFields {

  static final String TEXT = "text";
  static final String TEXT_EXACT = "text_exact";
  static final String AT = "at";
  static final String AUTHOR = "author";
  static final String AGENT_ID = "agentId";
  static final String CHANNEL = "channel";
  static final String CONVERSATION_ID = "conversationId";
  static final String CONVERSATION_REF = "conversationRef";
  static final String POSITION = "position";
  static final String WORST_SEVERITY = "worstSeverity";

  private SearchFields() {}
}
