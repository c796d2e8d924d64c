package com.replycraft.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.WaitCalculator;
import com.replycraft.scoring.thread.WaitInfo;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns one YAML file into an {@link Exercise} or the list of everything wrong with it. The YAML is
 * composed into nodes (not constructed into maps) so that every problem carries the line of the
 * offending value. Steps, in order: YAML, top-level keys, each value, then the cross-checks (reply
 * time after the thread, a wait that is really owed when the rubric asks for its acknowledgement,
 * mistake notes that name criteria of this rubric). Every problem of a file is reported, not just
 * the first.
 */
final class ExerciseParser {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final List<String> REQUIRED =
      List.of(
          "id",
          "title",
          "skills",
          "channel",
          "difficulty",
          "customer",
          "thread",
          "replyAt",
          "situation",
          "task",
          "rubric",
          "modelReply",
          "mistakes");
  private static final Set<String> OPTIONAL = Set.of("industry", "failureModes", "responseTarget");

  /** {@code now} is accepted for {@code replyAt}: the moment the agent is writing. */
  private static final Map<String, String> ALIASES = Map.of("now", "replyAt");

  private static final Set<Channel> WRITTEN_CHANNELS =
      EnumSet.complementOf(EnumSet.of(Channel.VOICE));

  /** An exercise, or the reasons there is none; never both. */
  record Outcome(@Nullable Exercise exercise, List<ExerciseProblem> problems) {
    Outcome {
      problems = List.copyOf(problems);
    }
  }

  private final String path;
  private final List<ExerciseProblem> problems = new ArrayList<>();

  private ExerciseParser(String path) {
    this.path = path;
  }

  static Outcome parse(String path, String text) {
    return new ExerciseParser(path).parse(text);
  }

  private Outcome parse(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      return fail(line, "not valid YAML: " + problem);
    } catch (YAMLException e) {
      return fail(1, "not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      return fail(1, "the file is empty");
    }
    if (!(root instanceof MappingNode mapping)) {
      return fail(line(root), "an exercise must be a mapping of keys to values");
    }
    return build(mapping);
  }

  private Outcome build(MappingNode mapping) {
    Map<String, Node> values = new LinkedHashMap<>();
    Map<String, Node> keyNodes = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String raw = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
      String key = raw == null ? null : ALIASES.getOrDefault(raw, raw);
      if (key == null || !(REQUIRED.contains(key) || OPTIONAL.contains(key))) {
        problem(
            line(keyNode),
            "unknown key "
                + (raw == null ? "(not a text)" : "\"" + raw + "\"")
                + " (known: "
                + knownKeys()
                + ")");
      } else if (values.containsKey(key)) {
        problem(line(keyNode), "key \"" + key + "\" appears twice");
      } else {
        values.put(key, tuple.getValueNode());
        keyNodes.put(key, keyNode);
      }
    }
    for (String key : REQUIRED) {
      if (!values.containsKey(key)) {
        problem(1, "missing required key \"" + key + "\"");
      }
    }

    String id = text(values.get("id"), "id");
    if (id != null && !ID.matcher(id).matches()) {
      problem(line(values.get("id")), "id \"" + id + "\" must be kebab-case, e.g. late-disclosure");
    }
    String title = text(values.get("title"), "title");
    Set<Skill> skills = enumSet(values.get("skills"), "skills", Skill.class, true);
    Channel channel = channel(values.get("channel"));
    Difficulty difficulty = difficulty(values.get("difficulty"));
    Industry industry =
        values.containsKey("industry")
            ? enumValue(values.get("industry"), "industry", Industry.class)
            : null;
    Set<FailureMode> failureModes =
        values.containsKey("failureModes")
            ? enumSet(values.get("failureModes"), "failureModes", FailureMode.class, false)
            : EnumSet.noneOf(FailureMode.class);
    Customer customer = customer(values.get("customer"));
    List<Message> thread = thread(values.get("thread"));
    Instant replyAt = instant(values.get("replyAt"), "replyAt");
    Duration responseTarget = duration(values.get("responseTarget"));
    String situation = text(values.get("situation"), "situation");
    String task = text(values.get("task"), "task");
    Rubric rubric = rubric(values.get("rubric"));
    String modelReply = text(values.get("modelReply"), "modelReply");
    List<Mistake> mistakes = mistakes(values.get("mistakes"), rubric);

    if (thread != null && !thread.isEmpty() && replyAt != null) {
      Instant last = thread.get(thread.size() - 1).at();
      if (!replyAt.isAfter(last)) {
        problem(
            line(values.get("replyAt")),
            "replyAt " + replyAt + " must be after the last message of the thread (" + last + ")");
      } else if (rubric != null && channel != null && owesWaitAcknowledgement(rubric)) {
        Duration target =
            responseTarget != null ? responseTarget : channel.profile().responseTarget();
        WaitInfo wait = WaitCalculator.waitBefore(thread, replyAt, target);
        if (!wait.breached()) {
          problem(
              line(keyNodes.get("rubric")),
              "the rubric expects the wait to be acknowledged, but at replyAt the customer has"
                  + " waited "
                  + wait.customerWaited()
                  + ", within the "
                  + target
                  + " response target");
        }
      }
    }
    if (rubric != null
        && customer != null
        && rubric.requires().contains(Element.USES_NAME)
        && customer.firstName() == null) {
      problem(
          line(keyNodes.get("rubric")),
          "the rubric requires USES_NAME but the customer has no name");
    }

    if (!problems.isEmpty()) {
      return new Outcome(null, problems);
    }
    return new Outcome(
        new Exercise(
            id,
            title,
            skills,
            channel,
            difficulty,
            industry,
            failureModes,
            customer,
            thread,
            replyAt,
            responseTarget,
            situation,
            task,
            rubric,
            modelReply,
            mistakes,
            path),
        List.of());
  }

  private static boolean owesWaitAcknowledgement(Rubric rubric) {
    return rubric.minScores().containsKey(Dimension.DELAY_ACKNOWLEDGEMENT)
        || rubric.requires().contains(Element.ACKNOWLEDGES_WAIT);
  }

  // --- values ---------------------------------------------------------------------------------

  private @Nullable String text(@Nullable Node node, String key) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      problem(line(node), "\"" + key + "\" must be a non-empty text");
      return null;
    }
    return scalar.getValue().strip();
  }

  private @Nullable List<ScalarNode> scalars(@Nullable Node node, String key, boolean nonEmpty) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(line(node), "\"" + key + "\" must be a list, e.g. [A, B]");
      return null;
    }
    if (nonEmpty && sequence.getValue().isEmpty()) {
      problem(line(node), "\"" + key + "\" must name at least one");
      return null;
    }
    List<ScalarNode> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
        problem(line(item), "every entry of \"" + key + "\" must be a non-empty text");
        return null;
      }
      items.add(scalar);
    }
    return items;
  }

  private <E extends Enum<E>> @Nullable E enumValue(
      @Nullable Node node, String key, Class<E> type) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    E parsed = lookup(type, value);
    if (parsed == null) {
      problem(line(node), unknown(key, value, type));
    }
    return parsed;
  }

  private <E extends Enum<E>> @Nullable Set<E> enumSet(
      @Nullable Node node, String key, Class<E> type, boolean nonEmpty) {
    List<ScalarNode> items = scalars(node, key, nonEmpty);
    if (items == null) {
      return null;
    }
    Set<E> result = EnumSet.noneOf(type);
    for (ScalarNode item : items) {
      E parsed = lookup(type, item.getValue());
      if (parsed == null) {
        problem(line(item), unknown(key, item.getValue(), type));
      } else if (!result.add(parsed)) {
        problem(line(item), parsed + " is listed twice in \"" + key + "\"");
      }
    }
    return result;
  }

  private @Nullable Channel channel(@Nullable Node node) {
    String value = text(node, "channel");
    if (value == null) {
      return null;
    }
    Channel channel = lookup(Channel.class, value);
    if (channel == null || !WRITTEN_CHANNELS.contains(channel)) {
      problem(
          line(node),
          "unknown channel \""
              + value
              + "\" (known: "
              + WRITTEN_CHANNELS.stream().map(Enum::name).sorted().toList()
              + ")");
      return null;
    }
    return channel;
  }

  private @Nullable Difficulty difficulty(@Nullable Node node) {
    String value = text(node, "difficulty");
    if (value == null) {
      return null;
    }
    Difficulty difficulty = Difficulty.parse(value);
    if (difficulty == null) {
      problem(
          line(node),
          "unknown difficulty \"" + value + "\" (use 1, 2, 3 or BEGINNER, INTERMEDIATE, ADVANCED)");
    }
    return difficulty;
  }

  private @Nullable Customer customer(@Nullable Node node) {
    Map<String, Node> fields =
        fields(
            node,
            "customer",
            Set.of("name", "authenticated", "value", "vip"),
            Set.of("authenticated"));
    if (fields == null) {
      return null;
    }
    String name = fields.containsKey("name") ? text(fields.get("name"), "customer.name") : null;
    Boolean authenticated = bool(fields.get("authenticated"), "customer.authenticated");
    Double value = number(fields.get("value"), "customer.value");
    Boolean vip = fields.containsKey("vip") ? bool(fields.get("vip"), "customer.vip") : null;
    return new Customer(name, authenticated, value, vip);
  }

  private @Nullable List<Message> thread(@Nullable Node node) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
      problem(line(node), "\"thread\" must be a non-empty list of messages {author, at, text}");
      return null;
    }
    List<Message> messages = new ArrayList<>();
    boolean ok = true;
    Instant previous = null;
    for (Node item : sequence.getValue()) {
      Map<String, Node> fields =
          fields(
              item,
              "thread message",
              Set.of("author", "at", "text"),
              Set.of("author", "at", "text"));
      if (fields == null) {
        ok = false;
        continue;
      }
      Author author = enumValue(fields.get("author"), "author", Author.class);
      Instant at = instant(fields.get("at"), "at");
      String text = text(fields.get("text"), "text");
      if (author == null || at == null || text == null) {
        ok = false;
        continue;
      }
      if (previous != null && at.isBefore(previous)) {
        problem(line(fields.get("at")), "message at " + at + " is earlier than the one before it");
        ok = false;
      }
      previous = at;
      messages.add(new Message(author, at, text));
    }
    return ok ? messages : null;
  }

  private @Nullable Instant instant(@Nullable Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      problem(
          line(node),
          "\""
              + key
              + "\" value \""
              + value
              + "\" is not an ISO-8601 instant like 2026-03-02T09:15:00Z");
      return null;
    }
  }

  private @Nullable Duration duration(@Nullable Node node) {
    String value = text(node, "responseTarget");
    if (value == null) {
      return null;
    }
    try {
      Duration duration = Duration.parse(value);
      if (duration.isNegative() || duration.isZero()) {
        problem(line(node), "\"responseTarget\" must be positive");
        return null;
      }
      return duration;
    } catch (DateTimeParseException e) {
      problem(
          line(node),
          "\"responseTarget\" value \"" + value + "\" is not an ISO-8601 duration like PT4H");
      return null;
    }
  }

  private @Nullable Rubric rubric(@Nullable Node node) {
    Map<String, Node> fields =
        fields(node, "rubric", Set.of("mustNotHave", "minScores", "requires"), Set.of());
    if (fields == null) {
      return null;
    }
    int before = problems.size();
    Set<FindingCode> codes =
        fields.containsKey("mustNotHave")
            ? enumSet(fields.get("mustNotHave"), "mustNotHave", FindingCode.class, false)
            : EnumSet.noneOf(FindingCode.class);
    Set<Element> elements =
        fields.containsKey("requires")
            ? enumSet(fields.get("requires"), "requires", Element.class, false)
            : EnumSet.noneOf(Element.class);
    Map<Dimension, Integer> minScores = new EnumMap<>(Dimension.class);
    Node scores = fields.get("minScores");
    if (scores != null) {
      if (!(scores instanceof MappingNode map)) {
        problem(line(scores), "\"minScores\" must map dimensions to scores, e.g. {TONE: 80}");
      } else {
        for (NodeTuple tuple : map.getValue()) {
          String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
          Dimension dimension = lookup(Dimension.class, name);
          if (dimension == null) {
            problem(line(tuple.getKeyNode()), unknown("dimension", name, Dimension.class));
            continue;
          }
          Node value = tuple.getValueNode();
          Integer min = null;
          if (value instanceof ScalarNode s) {
            try {
              min = Integer.valueOf(s.getValue().strip());
            } catch (NumberFormatException e) {
              min = null;
            }
          }
          if (min == null || min < 0 || min > 100) {
            problem(
                line(value), "minimum score for " + dimension + " must be a whole number 0..100");
          } else {
            minScores.put(dimension, min);
          }
        }
      }
    }
    if (problems.size() > before || codes == null || elements == null) {
      return null;
    }
    if (codes.isEmpty() && minScores.isEmpty() && elements.isEmpty()) {
      problem(line(node), "the rubric checks nothing: give mustNotHave, minScores or requires");
      return null;
    }
    return new Rubric(List.copyOf(codes), minScores, List.copyOf(elements));
  }

  private @Nullable List<Mistake> mistakes(@Nullable Node node, @Nullable Rubric rubric) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
      problem(line(node), "\"mistakes\" must be a non-empty list of {reply, feedback, codes}");
      return null;
    }
    List<Mistake> mistakes = new ArrayList<>();
    boolean ok = true;
    for (Node item : sequence.getValue()) {
      Map<String, Node> fields =
          fields(
              item,
              "mistake",
              Set.of("reply", "feedback", "codes"),
              Set.of("reply", "feedback", "codes"));
      if (fields == null) {
        ok = false;
        continue;
      }
      String reply = text(fields.get("reply"), "reply");
      String feedback = text(fields.get("feedback"), "feedback");
      List<ScalarNode> codes = scalars(fields.get("codes"), "codes", true);
      if (reply == null || feedback == null || codes == null) {
        ok = false;
        continue;
      }
      List<String> keys = new ArrayList<>();
      for (ScalarNode code : codes) {
        String key = code.getValue().strip();
        if (rubric != null && !rubric.keys().contains(key)) {
          problem(
              line(code),
              isKnownKey(key)
                  ? "mistake names " + key + ", which this rubric does not check"
                  : "unknown finding code \"" + key + "\"");
          ok = false;
        } else {
          keys.add(key);
        }
      }
      mistakes.add(new Mistake(reply, feedback, keys));
    }
    return ok ? mistakes : null;
  }

  private static boolean isKnownKey(String key) {
    return lookupExact(FindingCode.class, key) != null
        || lookupExact(Element.class, key) != null
        || lookupExact(Dimension.class, key) != null;
  }

  private @Nullable Map<String, Node> fields(
      @Nullable Node node, String what, Set<String> known, Set<String> required) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(line(node), what + " must be a mapping with " + sorted(known));
      return null;
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!known.contains(key)) {
        problem(
            line(tuple.getKeyNode()),
            "unknown key \"" + key + "\" in " + what + " (known: " + sorted(known) + ")");
        ok = false;
      } else {
        fields.put(key, tuple.getValueNode());
      }
    }
    for (String key : required) {
      if (!fields.containsKey(key)) {
        problem(line(node), what + " is missing \"" + key + "\"");
        ok = false;
      }
    }
    return ok ? fields : null;
  }

  private @Nullable Boolean bool(@Nullable Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> Boolean.TRUE;
      case "false", "no" -> Boolean.FALSE;
      default -> {
        problem(line(node), "\"" + key + "\" must be true or false");
        yield null;
      }
    };
  }

  private @Nullable Double number(@Nullable Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      double parsed = Double.parseDouble(value.replace("_", ""));
      if (parsed < 0 || Double.isNaN(parsed) || Double.isInfinite(parsed)) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      problem(line(node), "\"" + key + "\" must be a number of 0 or more");
      return null;
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private static <E extends Enum<E>> @Nullable E lookup(Class<E> type, String value) {
    String normalised = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return lookupExact(type, normalised);
  }

  private static <E extends Enum<E>> @Nullable E lookupExact(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    return null;
  }

  private static final Map<String, String> WHAT =
      Map.of(
          "mustNotHave", "finding code",
          "requires", "element",
          "skills", "skill",
          "failureModes", "failure mode");

  private static <E extends Enum<E>> String unknown(String key, String value, Class<E> type) {
    return "unknown "
        + WHAT.getOrDefault(key, key)
        + " \""
        + value
        + "\" (known: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()
        + ")";
  }

  private static String knownKeys() {
    List<String> keys = new ArrayList<>(REQUIRED);
    keys.addAll(OPTIONAL);
    return keys.stream().sorted().toList().toString();
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  /** The 1-based file line of a node. */
  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private void problem(int line, String message) {
    problems.add(new ExerciseProblem(path, Math.max(1, line), message));
  }

  private Outcome fail(int line, String message) {
    problem(line, message);
    return new Outcome(null, problems);
  }
}
