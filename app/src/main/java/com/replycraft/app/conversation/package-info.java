/**
 * Customer threads: conversations and their messages (customer, bot and agent turns), one model
 * shared by the composer (agents write replies here) and QA review (transcripts imported from help
 * desks, re-imported by their external id). {@link
 * com.replycraft.app.conversation.ConversationService} owns the transactions; views and endpoints
 * use it and the read models it returns, never the entities or repositories directly. Also: the
 * demo threads and the parser for pasted threads.
 */
@NullMarked
package com.replycraft.app.conversation;

import org.jspecify.annotations.NullMarked;
