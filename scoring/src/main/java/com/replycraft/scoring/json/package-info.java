/**
 * The exact JSON of the scoring contract: requests read field by field with errors that name the
 * field, responses written with durations as ISO-8601 and null where the contract says null, and
 * the INVALID_REQUEST error object.
 */
@NullMarked
package com.replycraft.scoring.json;

import org.jspecify.annotations.NullMarked;
