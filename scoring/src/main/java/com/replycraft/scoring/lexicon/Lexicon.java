package com.replycraft.scoring.lexicon;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import com.replycraft.scoring.text.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A list of phrases loaded from {@code /lexicon/<name>.txt} (one entry a line, {@code #} starts a
 * comment, {@code *} matches any one word, {@code phrase => replacement} offers a fix), matched
 * against the tokens of an analysed text with a token trie: leftmost-longest, non-overlapping.
 * Lexicons are data so that trainers can read them and contact centres can extend them.
 */
public final class Lexicon {

  private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final String ANY = "*";

  private final String name;
  private final List<LexiconEntry> entries;
  private final Node root = new Node();

  /** The {@link Vocabulary} numbers of the words an entry can start with. */
  private final BitSet firstWords = new BitSet();

  private final boolean anyFirst;

  /** The root's children by word number: null where no entry starts with that word. */
  private final Node[] firstNodes;

  /** Vocabulary size when this lexicon's words were all registered. */
  private final int vocabularyNeeded;

  private Lexicon(String name, List<LexiconEntry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
    for (LexiconEntry entry : entries) {
      Node node = root;
      for (String token : entry.tokens()) {
        node = node.children.computeIfAbsent(token, t -> new Node());
      }
      if (node.entry == null) {
        node.entry = entry;
      }
    }
    for (String first : root.children.keySet()) {
      int id = Vocabulary.id(first);
      if (id >= 0) {
        firstWords.set(id);
      }
    }
    anyFirst = root.children.containsKey(ANY);
    vocabularyNeeded = Math.max(firstWords.length(), root.freeze() + 1);
    firstNodes = new Node[firstWords.length()];
    for (int i = 0; i < root.ids.length; i++) {
      firstNodes[root.ids[i]] = root.next[i];
    }
  }

  /** The lexicon of that name, loaded once per JVM. */
  public static Lexicon named(String name) {
    return CACHE.computeIfAbsent(name, Lexicon::load);
  }

  /** A lexicon built from lines in memory, for tests and for contact-centre extensions. */
  public static Lexicon of(String name, List<String> lines) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (String line : lines) {
      LexiconEntry entry = parse(line);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return new Lexicon(name, entries);
  }

  private static Lexicon load(String name) {
    String resource = "/lexicon/" + name + ".txt";
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon not found on the classpath: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return of(name, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  private static @Nullable LexiconEntry parse(String line) {
    int comment = line.indexOf('#');
    String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
    if (content.isEmpty()) {
      return null;
    }
    String replacement = null;
    int arrow = content.indexOf("=>");
    if (arrow >= 0) {
      replacement = content.substring(arrow + 2).strip();
      content = content.substring(0, arrow).strip();
    }
    List<String> tokens = new ArrayList<>();
    for (Token token : ANALYZER.analyze(content).tokens()) {
      tokens.add(
          token.kind() == TokenKind.PUNCTUATION && token.text().equals("*")
              ? ANY
              : Vocabulary.register(token.lower()));
    }
    return tokens.isEmpty() ? null : new LexiconEntry(content, tokens, replacement);
  }

  public String name() {
    return name;
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  /**
   * Every occurrence of an entry in the text, leftmost-longest and non-overlapping (an unmodifiable
   * list). Computed once per lexicon and text: the result is remembered in the text's {@link
   * AnalyzedText#memo() memo}, since several checks and signals search the same messages.
   */
  public List<PhraseMatch> find(AnalyzedText text) {
    return text.memo().get(this, () -> findUncached(text));
  }

  /** {@link #find} without the memo (for tests that compare the two). */
  List<PhraseMatch> findUncached(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    int[] wordIds = Vocabulary.tokenIds(text, vocabularyNeeded);
    List<PhraseMatch> matches = null;
    Node[] first = firstNodes;
    int i = 0;
    while (i < tokens.size()) {
      int id = wordIds[i];
      Node exact = id >= 0 && id < first.length ? first[id] : null;
      if (exact == null && !anyFirst) {
        i++; // no entry starts with this word: the common case, decided with one lookup
        continue;
      }
      int[] longestEnd = {-1};
      LexiconEntry[] longest = {null};
      walkFrom(root, exact, tokens, wordIds, i, longestEnd, longest);
      if (longest[0] != null) {
        int end = longestEnd[0];
        if (matches == null) {
          matches = new ArrayList<>(4);
        }
        matches.add(
            new PhraseMatch(longest[0], i, end, tokens.get(i).start(), tokens.get(end - 1).end()));
        i = end;
      } else {
        i++;
      }
    }
    return matches == null ? List.of() : Collections.unmodifiableList(matches);
  }

  /** True when any entry occurs in the text outside quotes and negation. */
  public boolean affirmedIn(AnalyzedText text) {
    for (PhraseMatch match : find(text)) {
      if (!match.quotedIn(text) && !match.negatedIn(text)) {
        return true;
      }
    }
    return false;
  }

  public boolean contains(AnalyzedText text) {
    return !find(text).isEmpty();
  }

  /**
   * Extends the longest match from {@code node} at token {@code position}. Children are found by
   * the tokens' {@link Vocabulary} numbers: every lexicon word has one, and two words have the same
   * number exactly when they are equal, so this finds what a lookup by the lower-cased text would.
   */
  private static void walk(
      Node node,
      List<Token> tokens,
      int[] wordIds,
      int position,
      int[] longestEnd,
      LexiconEntry[] longest) {
    if (node.entry != null && position > longestEnd[0]) {
      longestEnd[0] = position;
      longest[0] = node.entry;
    }
    if (position >= tokens.size() || node.leaf) {
      return;
    }
    walkFrom(node, node.child(wordIds[position]), tokens, wordIds, position, longestEnd, longest);
  }

  /** {@link #walk}'s step from {@code node} at a token, its child for that token already found. */
  private static void walkFrom(
      Node node,
      @Nullable Node exact,
      List<Token> tokens,
      int[] wordIds,
      int position,
      int[] longestEnd,
      LexiconEntry[] longest) {
    if (exact == null && node.any != null && tokens.get(position).lower().equals(ANY)) {
      exact = node.any; // a literal "*" in the text is the key of the wildcard's child, as text
    }
    if (exact != null) {
      walk(exact, tokens, wordIds, position + 1, longestEnd, longest);
    }
    Node any = node.any;
    if (any != null && tokens.get(position).kind() != TokenKind.PUNCTUATION) {
      walk(any, tokens, wordIds, position + 1, longestEnd, longest);
    }
  }

  private static final class Node {
    private static final int[] NO_IDS = {};
    private static final Node[] NO_NODES = {};

    /** The trie as built; read only through the frozen arrays below once built. */
    final Map<String, Node> children = new HashMap<>(4);

    @Nullable LexiconEntry entry;

    /** Children's word numbers, ascending, and the children in the same order. */
    int[] ids = NO_IDS;

    Node[] next = NO_NODES;
    @Nullable Node any;
    boolean leaf = true;

    /**
     * Fills the number-keyed arrays of this node and its descendants from {@code children}.
     *
     * @return the highest word number in this subtrie (-1 when none)
     */
    int freeze() {
      int highest = -1;
      List<Map.Entry<Integer, Node>> numbered = new ArrayList<>(children.size());
      for (Map.Entry<String, Node> child : children.entrySet()) {
        highest = Math.max(highest, child.getValue().freeze());
        if (child.getKey().equals(ANY)) {
          any = child.getValue();
          continue;
        }
        int id = Vocabulary.id(child.getKey());
        if (id < 0) {
          throw new IllegalStateException("lexicon word not registered: " + child.getKey());
        }
        highest = Math.max(highest, id);
        numbered.add(Map.entry(id, child.getValue()));
      }
      numbered.sort(Map.Entry.comparingByKey());
      ids = new int[numbered.size()];
      next = new Node[numbered.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = numbered.get(i).getKey();
        next[i] = numbered.get(i).getValue();
      }
      leaf = children.isEmpty();
      return highest;
    }

    /** The child for word number {@code id} (-1: a word no lexicon uses), or null. */
    @Nullable Node child(int id) {
      if (id < 0) {
        return null;
      }
      int[] keys = ids;
      if (keys.length <= 8) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] == id) {
            return next[i];
          }
        }
        return null;
      }
      int found = Arrays.binarySearch(keys, id);
      return found >= 0 ? next[found] : null;
    }
  }
}
