package com.replycraft.scoring.lexicon;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a lexicon file: a phrase as lower-case tokens ({@code *} matches any one word) and,
 * after {@code =>}, an optional replacement the composer can apply.
 */
public record LexiconEntry(String phrase, List<String> tokens, @Nullable String replacement) {}
