package com.replycraft.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShippedCatalogTest {

  static final List<Channel> ASYNC =
      List.of(
          Channel.EMAIL,
          Channel.MESSAGING,
          Channel.SOCIAL_PUBLIC,
          Channel.SOCIAL_PRIVATE,
          Channel.TICKET);

  static TemplateCatalog catalog;

  @BeforeAll
  static void load() {
    catalog = TemplateCatalog.load();
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  @Test
  void loads_every_shipped_file_without_a_problem() {
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.templates()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void covers_every_intent_on_every_async_channel() {
    List<String> gaps = new ArrayList<>();
    for (Intent intent : Intent.values()) {
      for (Channel channel : ASYNC) {
        boolean covered =
            catalog.templates().stream().anyMatch(t -> t.hasIntent(intent) && t.supports(channel));
        if (!covered) {
          gaps.add(intent.id() + " on " + channel);
        }
      }
    }
    assertThat(gaps).isEmpty();
  }

  @Test
  void every_shipped_template_uses_the_five_core_placeholders() {
    for (Template template : catalog.templates()) {
      assertThat(template.placeholdersUsed())
          .as(template.id())
          .contains("customer_name", "wait", "response_window", "agent_name", "escalation_offer");
    }
  }

  @Test
  void every_shipped_template_greets_by_name_only_in_its_first_line() {
    for (Template template : catalog.templates()) {
      String[] lines = template.body().split("\n");
      assertThat(lines[0]).as(template.id()).startsWith("Hi {{customer_name}},");
      assertThat(template.body().indexOf("{{customer_name}}", 1))
          .as(template.id() + " uses the name once, in the greeting")
          .isEqualTo(template.body().lastIndexOf("{{customer_name}}"));
    }
  }

  @Test
  void every_shipped_template_id_matches_its_file_name() {
    for (Template template : catalog.templates()) {
      assertThat(template.source()).isEqualTo("templates/" + template.id() + ".md");
    }
  }

  @Test
  void the_index_lists_exactly_the_files_in_the_templates_folder() throws IOException {
    Path folder = Path.of("src/main/resources/templates");
    List<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .sorted()
              .toList();
    }
    List<String> indexed =
        Files.readAllLines(folder.resolve("index.txt")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .sorted()
            .toList();
    assertThat(indexed).isEqualTo(files);
  }

  @Test
  void messaging_and_social_templates_are_shorter_than_email_ones() {
    double email = averageWords(Channel.EMAIL);
    assertThat(averageWords(Channel.MESSAGING)).isLessThan(email * 0.75);
    assertThat(averageWords(Channel.SOCIAL_PUBLIC)).isLessThan(averageWords(Channel.MESSAGING));
  }

  @Test
  void public_social_templates_move_the_details_to_a_private_message() {
    for (Template template : catalog.forChannel(Channel.SOCIAL_PUBLIC)) {
      assertThat(template.body()).as(template.id()).containsIgnoringCase("private message");
    }
  }

  private static double averageWords(Channel channel) {
    return catalog.templates().stream()
        .filter(t -> t.channels().get(0) == channel)
        .mapToInt(t -> t.body().split("\\s+").length)
        .average()
        .orElseThrow();
  }
}
