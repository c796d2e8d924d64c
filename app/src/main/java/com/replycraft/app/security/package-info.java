/**
 * Who may do what: users stored in the database with BCrypt password hashes, the roles AGENT,
 * REVIEWER, TRAINER and ADMIN, the login page, the first admin and the demo users, API bearer
 * tokens (stored as SHA-256 hashes), the admin pages for users and tokens, and the two security
 * filter chains (stateless API, session-based web app).
 */
@NullMarked
package com.replycraft.app.security;

import org.jspecify.annotations.NullMarked;
