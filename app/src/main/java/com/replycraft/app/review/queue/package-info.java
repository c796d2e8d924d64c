/**
 * The reviewers' work list: a risk-ordered, filterable queue over the audited conversations (paged
 * in the database, never loaded whole) and "spotlight" sampling of a period (N random conversations
 * per agent plus the riskiest). {@link com.replycraft.app.review.queue.ReviewQueueService} answers
 * the queries; the order is the stored {@link com.replycraft.app.conversation.QueueRisk}.
 */
@NullMarked
package com.replycraft.app.review.queue;

import org.jspecify.annotations.NullMarked;
