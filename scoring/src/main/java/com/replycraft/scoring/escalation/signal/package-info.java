/**
 * One class per escalation signal (frustration, distress, high value, urgency, threats, repeated
 * contact, long thread, breached wait, public channel), each reading weighted cue lexicons and
 * returning its evidence; {@code CustomerMood} lets checks ask how the customer feels.
 */
@NullMarked
package com.replycraft.scoring.escalation.signal;

import org.jspecify.annotations.NullMarked;
