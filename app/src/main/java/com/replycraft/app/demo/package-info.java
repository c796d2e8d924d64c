/**
 * Demo mode ({@code replycraft.demo=true}): a hook through which every feature contributes sample
 * data, run in order at start-up, so a first look at ReplyCraft shows something real.
 */
@NullMarked
package com.replycraft.app.demo;

import org.jspecify.annotations.NullMarked;
