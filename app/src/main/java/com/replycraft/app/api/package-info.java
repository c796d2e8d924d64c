/**
 * The versioned REST API under {@code /api/v1}: stateless, authenticated by bearer tokens, each
 * endpoint declaring its audience with {@code @RolesAllowed} or {@code @PermitAll}; errors as
 * {@code application/problem+json}; described by OpenAPI at {@code /v3/api-docs}.
 */
@NullMarked
package com.replycraft.app.api;

import org.jspecify.annotations.NullMarked;
