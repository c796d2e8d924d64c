/**
 * Agent assist: the inbox of open threads, the composer (thread timeline, escalation banner, a
 * draft rescored as the agent types, highlighted findings with one-click fixes and "why it
 * matters"), suggested replies from the template catalog, and the template browser. {@link
 * com.replycraft.app.compose.ComposeService} is the one entry point for views and the REST API.
 */
@NullMarked
package com.replycraft.app.compose;

import org.jspecify.annotations.NullMarked;
