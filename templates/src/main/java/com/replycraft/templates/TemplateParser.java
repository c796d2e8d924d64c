package com.replycraft.templates;

import com.replycraft.scoring.thread.Channel;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Turns one file's text into a {@link Template} or the list of everything wrong with it. The YAML
 * is composed into nodes (not constructed into maps) so that every problem carries the line of the
 * offending value. Steps, in order: front matter delimiters, YAML, keys and values, body,
 * placeholder syntax, placeholder declarations. Every problem of a file is reported, not just the
 * first.
 */
final class TemplateParser {

  private static final String DELIMITER = "---";
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern INTENT = ID;
  private static final Set<String> KEYS =
      Set.of("id", "title", "channels", "intents", "tags", "placeholders");
  private static final List<String> REQUIRED =
      List.of("id", "title", "channels", "intents", "tags");
  private static final Set<Channel> WRITTEN_CHANNELS =
      Set.of(
          Channel.EMAIL,
          Channel.MESSAGING,
          Channel.SOCIAL_PUBLIC,
          Channel.SOCIAL_PRIVATE,
          Channel.TICKET,
          Channel.LIVE_CHAT);

  /** A template, or the reasons there is none; never both. */
  record Outcome(@Nullable Template template, List<TemplateProblem> problems) {
    Outcome {
      problems = List.copyOf(problems);
    }
  }

  private final String path;
  private final List<TemplateProblem> problems = new ArrayList<>();

  private TemplateParser(String path) {
    this.path = path;
  }

  static Outcome parse(String path, String text) {
    return new TemplateParser(path).parse(text);
  }

  private Outcome parse(String text) {
    String[] lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n", -1);
    if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
      lines[0] = lines[0].substring(1);
    }
    if (lines.length == 0 || !lines[0].strip().equals(DELIMITER)) {
      return fail(1, "no front matter: the file must start with a line \"---\"");
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals(DELIMITER)) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return fail(1, "front matter is not closed: no second line \"---\"");
    }
    String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      return fail(Math.min(line, close + 1), "front matter is not valid YAML: " + problem);
    } catch (YAMLException e) {
      return fail(1, "front matter is not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      return fail(1, "front matter is empty");
    }
    if (!(root instanceof MappingNode mapping)) {
      return fail(line(root), "front matter must be a mapping of keys to values");
    }
    return build(mapping, lines, close);
  }

  private Outcome build(MappingNode mapping, String[] lines, int close) {
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
      if (key == null || !KEYS.contains(key)) {
        problem(line(keyNode), "unknown key " + quote(key) + " (known: " + sorted(KEYS) + ")");
      } else if (values.containsKey(key)) {
        problem(line(keyNode), "key \"" + key + "\" appears twice");
      } else {
        values.put(key, tuple.getValueNode());
      }
    }
    for (String key : REQUIRED) {
      if (!values.containsKey(key)) {
        problem(1, "missing required key \"" + key + "\"");
      }
    }
    String id = scalar(values.get("id"), "id");
    if (id != null && !ID.matcher(id).matches()) {
      problem(
          line(values.get("id")),
          "id \"" + id + "\" must be kebab-case, e.g. delivery-delay-email");
    }
    String title = scalar(values.get("title"), "title");
    List<Channel> channels = channels(values.get("channels"));
    List<String> intents = strings(values.get("intents"), "intents", true);
    for (int i = 0; intents != null && i < intents.size(); i++) {
      if (!INTENT.matcher(intents.get(i)).matches()) {
        problem(
            line(((SequenceNode) values.get("intents")).getValue().get(i)),
            "intent \"" + intents.get(i) + "\" must be kebab-case, e.g. delivery-delay");
      }
    }
    List<String> tags = strings(values.get("tags"), "tags", false);
    Map<String, Placeholder> declared = placeholders(values.get("placeholders"));

    int bodyStart = close + 1; // index into lines; file line is index + 1
    String body =
        String.join("\n", java.util.Arrays.copyOfRange(lines, bodyStart, lines.length)).strip();
    if (body.isEmpty()) {
      problem(close + 1, "body is empty");
    }
    Set<String> used = new HashSet<>();
    boolean bodyOk = !body.isEmpty();
    for (int i = bodyStart; i < lines.length; i++) {
      for (Placeholders.Token token : Placeholders.scan(lines[i])) {
        if (!token.wellFormed()) {
          problem(i + 1, "malformed placeholder \"" + token.name() + "\": use {{snake_case}}");
          bodyOk = false;
        } else if (!Placeholders.CORE.contains(token.name())
            && declared != null
            && !declared.containsKey(token.name())
            && used.add(token.name())) {
          problem(
              i + 1,
              "placeholder {{"
                  + token.name()
                  + "}} is not declared under \"placeholders:\" (core ones: "
                  + sorted(Placeholders.CORE)
                  + ")");
        } else {
          used.add(token.name());
        }
      }
    }
    if (declared != null && bodyOk) {
      // Only once the body is sound: a malformed use would otherwise also read as "unused".
      for (Placeholder placeholder : declared.values()) {
        if (!used.contains(placeholder.name())) {
          problem(
              placeholderLine(values.get("placeholders"), placeholder.name()),
              "placeholder \"" + placeholder.name() + "\" is declared but not used in the body");
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome(null, problems);
    }
    return new Outcome(
        new Template(id, title, channels, intents, tags, declared, body, path), List.of());
  }

  private @Nullable String scalar(@Nullable Node node, String key) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      problem(line(node), "\"" + key + "\" must be a non-empty text");
      return null;
    }
    return scalar.getValue().strip();
  }

  private @Nullable List<String> strings(@Nullable Node node, String key, boolean nonEmpty) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(line(node), "\"" + key + "\" must be a list, e.g. [a, b]");
      return null;
    }
    if (nonEmpty && sequence.getValue().isEmpty()) {
      problem(line(node), "\"" + key + "\" must name at least one");
      return null;
    }
    List<String> result = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
        problem(line(item), "every entry of \"" + key + "\" must be a non-empty text");
        return null;
      }
      result.add(scalar.getValue().strip());
    }
    return result;
  }

  private List<Channel> channels(@Nullable Node node) {
    List<String> names = strings(node, "channels", true);
    List<Channel> channels = new ArrayList<>();
    if (names == null) {
      return channels;
    }
    List<Node> items = ((SequenceNode) node).getValue();
    for (int i = 0; i < names.size(); i++) {
      Channel channel = channel(names.get(i));
      if (channel == null) {
        problem(
            line(items.get(i)),
            "unknown channel \""
                + names.get(i)
                + "\" (known: "
                + WRITTEN_CHANNELS.stream().map(Enum::name).sorted().toList()
                + ")");
      } else if (channels.contains(channel)) {
        problem(line(items.get(i)), "channel " + channel + " is listed twice");
      } else {
        channels.add(channel);
      }
    }
    return channels;
  }

  private static @Nullable Channel channel(String name) {
    String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Channel channel : WRITTEN_CHANNELS) {
      if (channel.name().equals(normalised)) {
        return channel;
      }
    }
    return null;
  }

  /**
   * {@code placeholders:} maps a name to {@code {example: ..., default: ...}}, or to a plain value
   * that is its example. Returns an empty map when the key is absent, null when it is unusable.
   */
  private @Nullable Map<String, Placeholder> placeholders(@Nullable Node node) {
    Map<String, Placeholder> declared = new LinkedHashMap<>();
    if (node == null) {
      return declared;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(
          line(node), "\"placeholders\" must map each name to its example and optional default");
      return null;
    }
    boolean ok = true;
    for (NodeTuple tuple : mapping.getValue()) {
      String name =
          tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
      int line = line(tuple.getKeyNode());
      if (!Placeholders.NAME.matcher(name).matches()) {
        problem(line, "placeholder name \"" + name + "\" must be snake_case");
        ok = false;
        continue;
      }
      boolean offer = name.equals(Placeholders.ESCALATION_OFFER);
      if (Placeholders.CORE.contains(name) && !offer) {
        problem(line, "placeholder \"" + name + "\" is filled from the thread; do not declare it");
        ok = false;
        continue;
      }
      Node value = tuple.getValueNode();
      if (value instanceof ScalarNode scalar && !offer) {
        declared.put(name, new Placeholder(name, scalar.getValue(), null));
        continue;
      }
      if (!(value instanceof MappingNode spec)) {
        problem(
            line(value), "placeholder \"" + name + "\" needs an example (and an optional default)");
        ok = false;
        continue;
      }
      String example = null;
      String fallback = null;
      for (NodeTuple field : spec.getValue()) {
        String key = field.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
        if (!(field.getValueNode() instanceof ScalarNode v)) {
          problem(
              line(field.getValueNode()),
              "\"" + key + "\" of placeholder \"" + name + "\" must be a text");
          ok = false;
          continue;
        }
        switch (key) {
          case "example" -> example = v.getValue();
          case "default" -> fallback = v.getValue();
          default -> {
            problem(
                line(field.getKeyNode()),
                "unknown key \""
                    + key
                    + "\" for placeholder \""
                    + name
                    + "\" (known: default, example)");
            ok = false;
          }
        }
      }
      if (example == null) {
        problem(line, "placeholder \"" + name + "\" needs an \"example\"");
        ok = false;
        continue;
      }
      if (offer && fallback == null) {
        problem(line, "\"escalation_offer\" may only be declared to give it a \"default\"");
        ok = false;
        continue;
      }
      declared.put(name, new Placeholder(name, example, fallback));
    }
    return ok ? declared : null;
  }

  private static int placeholderLine(Node node, String name) {
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar
          && scalar.getValue().strip().equals(name)) {
        return line(tuple.getKeyNode());
      }
    }
    return line(node);
  }

  /** The file line of a front-matter node: YAML starts on the file's second line. */
  private static int line(Node node) {
    return node.getStartMark().getLine() + 2;
  }

  private void problem(int line, String message) {
    problems.add(new TemplateProblem(path, line, message));
  }

  private Outcome fail(int line, String message) {
    problem(line, message);
    return new Outcome(null, problems);
  }

  private static String quote(@Nullable String key) {
    return key == null ? "(not a text)" : "\"" + key + "\"";
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
