package com.replycraft.scoring.check.empathy;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.check.ReplyPlaces;
import com.replycraft.scoring.escalation.CustomerMood;
import com.replycraft.scoring.escalation.signal.CueLexicon;
import com.replycraft.scoring.escalation.signal.SignalHit;
import com.replycraft.scoring.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * NO_EMOTION_ACKNOWLEDGED: in the messages this reply answers, the customer expresses frustration,
 * worry or distress ({@link CustomerMood#ofUnanswered}) and the reply does not recognise it.
 * Recognition is read from meaning ({@code emotion-recognition.txt}): a phrase that recognises on
 * its own ("sorry to hear", "no wonder", "my condolences"), a feeling word ("frustrating",
 * "worrying"), or a plainer word with a recognition cue in the same sentence ("I know this has been
 * hard"); negated ("I don't understand why you're upset") or quoted words do not count. The
 * replacement inserts, after the greeting, a sentence naming the feeling the customer expressed
 * ({@code escalation/acknowledgement.properties}). Plain displeasure ("I'm not happy") is also
 * recognised by owning the failure ("That's on us"); grief, fear or hardship is not. A weak word
 * may take its cue from the sentence before ("I'm so sorry. That's awful."). A stock phrase still
 * counts as recognition here; SCRIPTED_EMPATHY judges whether it is specific.
 */
public final class EmotionAcknowledgedCheck implements Check {

  private static final CueLexicon RECOGNITION = CueLexicon.named("emotion-recognition");
  private static final Properties SENTENCES = load();
  private static final Set<String> ECHO_WORDS =
      Set.of(SENTENCES.getProperty("echo.words", "").split(","));

  @Override
  public String id() {
    return "NO_EMOTION_ACKNOWLEDGED";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.NO_EMOTION_ACKNOWLEDGED);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    CustomerMood mood = CustomerMood.ofUnanswered(context.thread());
    SignalHit feeling = mood.strongest();
    if (feeling == null
        || recognises(context.reply())
        || (isDispleasure(feeling) && ownsTheFailure(context.reply()))) {
      return List.of();
    }
    String sentence = acknowledgement(feeling);
    String felt = describe(feeling);
    int at = ReplyPlaces.afterGreeting(context.reply());
    String replacement = context.reply().isBlank() ? sentence : sentence + " ";
    return List.of(
        Finding.of(
                FindingCode.NO_EMOTION_ACKNOWLEDGED,
                Severity.MAJOR,
                at,
                at,
                "The customer sounds "
                    + felt
                    + " (\""
                    + feeling.reason().evidence()
                    + "\") and the reply does not recognise it.",
                "Name what the customer feels before solving, e.g. \"" + sentence + "\"")
            .withReplacement(replacement));
  }

  /** Whether the reply recognises a feeling, in any phrasing. */
  public static boolean recognises(AnalyzedText reply) {
    Set<Integer> cueSentences = new HashSet<>();
    Set<Integer> weakSentences = new HashSet<>();
    for (CueLexicon.Cue cue : RECOGNITION.find(reply)) {
      String kind = cue.category() == null ? "full" : cue.category();
      int sentence = reply.tokens().get(cue.firstToken()).sentence();
      switch (kind) {
        case "full", "feeling" -> {
          return true;
        }
        case "cue" -> cueSentences.add(sentence);
        case "owning" -> {}
        default -> weakSentences.add(sentence);
      }
    }
    for (Integer sentence : weakSentences) {
      // "I'm so sorry. A squashed cake before the party is awful.": the cue may open the thought.
      if (cueSentences.contains(sentence) || cueSentences.contains(sentence - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Plain frustration or displeasure ("I'm not happy"), not grief, fear, illness or hardship. */
  private static boolean isDispleasure(SignalHit feeling) {
    return feeling.category() == null || feeling.category().equals("frustration");
  }

  /** An unprompted "That's on us" / "we got this wrong": owning the failure the customer hit. */
  private static boolean ownsTheFailure(AnalyzedText reply) {
    for (CueLexicon.Cue cue : RECOGNITION.find(reply)) {
      if ("owning".equals(cue.category())) {
        return true;
      }
    }
    return false;
  }

  private static String acknowledgement(SignalHit feeling) {
    String category = feeling.category() == null ? "frustration" : feeling.category();
    if (category.equals("frustration")) {
      String word = feeling.cue().toLowerCase(Locale.ROOT).strip();
      if (ECHO_WORDS.contains(word)) {
        return SENTENCES.getProperty("frustration.echo").replace("{word}", word);
      }
    }
    return SENTENCES.getProperty(category, SENTENCES.getProperty("frustration"));
  }

  private static String describe(SignalHit feeling) {
    String category = feeling.category() == null ? "frustration" : feeling.category();
    return switch (category) {
      case "frustration" -> "frustrated";
      case "worry" -> "worried";
      case "bereavement" -> "bereaved";
      case "hardship" -> "under financial pressure";
      case "safety" -> "unsafe";
      case "illness" -> "unwell or caring for someone who is";
      default -> "distressed";
    };
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        EmotionAcknowledgedCheck.class.getResourceAsStream(
            "/escalation/acknowledgement.properties")) {
      if (in == null) {
        throw new IllegalStateException("escalation/acknowledgement.properties not found");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @Override
  public List<CheckExample> examples() {
    String worried =
        "I've been charged twice for my premium and I'm really worried the rent payment will"
            + " bounce.";
    return List.of(
        new CheckExample(
            FindingCode.NO_EMOTION_ACKNOWLEDGED,
            ScoreRequest.builder()
                .customerSays("2026-11-20T08:00:00Z", worried)
                .draftAt("2026-11-20T09:00:00Z")
                .draft("Hi Dana, the duplicate payment will be refunded to your card by Friday.")
                .build(),
            ScoreRequest.builder()
                .customerSays("2026-11-20T08:00:00Z", worried)
                .draftAt("2026-11-20T09:00:00Z")
                .draft(
                    "Hi Dana, I can see why the double charge has you worried with rent due. The"
                        + " duplicate payment will be refunded to your card by Friday.")
                .build()));
  }
}
