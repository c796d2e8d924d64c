/**
 * The application frame: the main layout with role-aware side navigation, the home view every role
 * lands on, and small helpers shared by the views of all features (such as turning a record's
 * validation annotations into form field validators). It depends on no feature package.
 */
@NullMarked
package com.replycraft.app.ui;

import org.jspecify.annotations.NullMarked;
