/**
 * The ReplyCraft web application: its Spring Boot entry point, the Vaadin page shell and theme, the
 * {@code replycraft.*} settings and the shared {@link java.time.Clock}. Features live in
 * sub-packages (security, api, ui, demo and, later, compose, review, training, insights), each
 * holding its own views, services, entities and repositories.
 */
@NullMarked
package com.replycraft.app;

import org.jspecify.annotations.NullMarked;
