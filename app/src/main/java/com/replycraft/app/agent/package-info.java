/**
 * Agents as the rest of ReplyCraft meets them: the AGENT users, the team each belongs to, and the
 * agent ids that imported transcripts carry, linked to users by an admin so that reviews, training
 * and insights reach the right person.
 */
@NullMarked
package com.replycraft.app.agent;

import org.jspecify.annotations.NullMarked;
