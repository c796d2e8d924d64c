package com.replycraft.app.review;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not see this review (an agent opening another agent's review). A Spring Security
 * {@link AccessDeniedException}, so the REST API answers it as 403 problem+json.
 */
public class ReviewAccessDeniedException extends AccessDeniedException {

  public ReviewAccessDeniedException() {
    super("This review belongs to another agent");
  }
}
