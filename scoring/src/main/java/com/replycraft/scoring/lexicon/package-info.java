/**
 * Phrase lists as data files ({@code /lexicon/*.txt}, one entry a line) matched against analysed
 * text with a token trie, so trainers can read them and contact centres can extend them without
 * touching Java.
 */
@NullMarked
package com.replycraft.scoring.lexicon;

import org.jspecify.annotations.NullMarked;
