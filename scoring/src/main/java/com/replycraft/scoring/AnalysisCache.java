package com.replycraft.scoring;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.TextAnalyzer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analyses of recently seen thread messages, keyed by their text, so that the rescoring rounds
 * of one composer session (the draft changes, the thread does not) analyse each thread message once
 * rather than once per round. An analysis is a pure function of the text (and the lexicon matches
 * remembered in its {@link AnalyzedText#memo() memo} are pure functions of the text and the
 * lexicon), so a cached one gives exactly the answer a fresh one would.
 *
 * <p>Bounded: least recently used texts are dropped once more than {@code maxTexts} texts or {@code
 * maxChars} characters are held; a text longer than a quarter of {@code maxChars} is analysed but
 * not kept. Thread-safe: lookups and updates hold a lock for a few map operations, analysis runs
 * outside it (two threads may analyse the same new text once each; either result is the same).
 */
final class AnalysisCache {

  private final TextAnalyzer analyzer;
  private final int maxTexts;
  private final long maxChars;
  private final LinkedHashMap<String, AnalyzedText> texts = new LinkedHashMap<>(64, 0.75f, true);
  private long chars;

  AnalysisCache(TextAnalyzer analyzer, int maxTexts, long maxChars) {
    this.analyzer = analyzer;
    this.maxTexts = maxTexts;
    this.maxChars = maxChars;
  }

  /** The analysis of {@code text}, from the cache when it was seen recently. */
  AnalyzedText analyze(String text) {
    if (maxTexts <= 0 || text.length() > maxChars / 4) {
      return analyzer.analyze(text);
    }
    synchronized (texts) {
      AnalyzedText known = texts.get(text);
      if (known != null) {
        return known;
      }
    }
    AnalyzedText analyzed = analyzer.analyze(text);
    synchronized (texts) {
      AnalyzedText raced = texts.putIfAbsent(text, analyzed);
      if (raced != null) {
        return raced;
      }
      chars += text.length();
      Iterator<Map.Entry<String, AnalyzedText>> eldest = texts.entrySet().iterator();
      while ((texts.size() > maxTexts || chars > maxChars) && eldest.hasNext()) {
        String dropped = eldest.next().getKey();
        if (dropped == text) {
          break; // never drop the text just added
        }
        chars -= dropped.length();
        eldest.remove();
      }
    }
    return analyzed;
  }

  /** How many texts are held (for tests). */
  int size() {
    synchronized (texts) {
      return texts.size();
    }
  }
}
