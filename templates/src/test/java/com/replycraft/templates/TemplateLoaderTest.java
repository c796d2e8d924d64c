package com.replycraft.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {

  static final String GOOD =
      """
      ---
      id: %s
      title: Parcel late
      channels: [EMAIL, TICKET]
      intents: [delivery-delay]
      tags: [parcel, late]
      placeholders:
        order_number:
          example: RC-1
      ---
      Hi {{customer_name}}, sorry for the {{wait}} wait on order {{order_number}}.
      I'll write again {{response_window}}.
      {{escalation_offer}}
      {{agent_name}}
      """;

  @TempDir Path dir;

  @BeforeEach
  void write_one_good_file() throws IOException {
    write("good.md", GOOD.formatted("good-one"));
  }

  @Test
  void loads_a_good_file() {
    try (TemplateCatalog catalog = TemplateCatalog.loadDirectory(dir)) {
      assertThat(catalog.problems()).isEmpty();
      assertThat(catalog.find("good-one")).isPresent();
    }
  }

  @Test
  void reports_a_file_without_front_matter_on_line_1_and_keeps_the_good_one() throws IOException {
    write("no-front-matter.md", "Hi {{customer_name}}, here is your refund.\n");
    assertOnlyProblem("no-front-matter.md", 1, "no front matter");
  }

  @Test
  void reports_front_matter_that_is_never_closed() throws IOException {
    write("unclosed.md", "---\nid: x\ntitle: X\n\nHi {{customer_name}}\n");
    assertOnlyProblem("unclosed.md", 1, "not closed");
  }

  @Test
  void reports_bad_yaml_on_the_line_of_the_mistake() throws IOException {
    write(
        "bad-yaml.md",
        """
        ---
        id: bad-yaml
        title: Broken
        channels: [EMAIL
        intents: [refund]
        tags: []
        ---
        Hi {{customer_name}}
        """);
    TemplateProblem problem = onlyProblem("bad-yaml.md");
    assertThat(problem.message()).startsWith("front matter is not valid YAML");
    assertThat(problem.line()).isBetween(4, 6);
  }

  @Test
  void reports_an_unknown_channel_by_path_and_line() throws IOException {
    write(
        "delivery-delay.md", GOOD.formatted("fax-one").replace("[EMAIL, TICKET]", "[EMAIL, FAX]"));
    TemplateProblem problem = onlyProblem("delivery-delay.md");
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).startsWith("unknown channel \"FAX\"");
    assertThat(problem.toString()).contains("delivery-delay.md:4: unknown channel \"FAX\"");
  }

  @Test
  void reports_a_duplicate_id_on_the_line_of_the_id_and_keeps_the_first() throws IOException {
    write("z-copy.md", GOOD.formatted("good-one"));
    assertOnlyProblem("z-copy.md", 2, "duplicate id \"good-one\"");
  }

  @Test
  void reports_a_malformed_placeholder_on_its_body_line() throws IOException {
    write(
        "malformed.md",
        GOOD.formatted("malformed").replace("{{order_number}}", "{{Order Number}}"));
    TemplateProblem problem = onlyProblem("malformed.md");
    assertThat(problem.line()).isEqualTo(11);
    assertThat(problem.message()).contains("malformed placeholder \"{{Order Number}}\"");
  }

  @Test
  void reports_an_unclosed_placeholder() throws IOException {
    write(
        "unclosed-placeholder.md",
        GOOD.formatted("unclosed-ph").replace("{{agent_name}}", "{{agent_name"));
    assertOnlyProblem("unclosed-placeholder.md", 14, "malformed placeholder");
  }

  @Test
  void reports_a_missing_required_key() throws IOException {
    write("no-title.md", GOOD.formatted("no-title").replace("title: Parcel late\n", ""));
    assertOnlyProblem("no-title.md", 1, "missing required key \"title\"");
  }

  @Test
  void reports_an_undeclared_intent_specific_placeholder() throws IOException {
    write(
        "undeclared.md",
        GOOD.formatted("undeclared").replace("{{wait}} wait", "{{wait}} wait by {{date}}"));
    assertOnlyProblem("undeclared.md", 11, "placeholder {{date}} is not declared");
  }

  @Test
  void reports_an_empty_body() throws IOException {
    write(
        "empty.md",
        GOOD.formatted("empty").substring(0, GOOD.formatted("empty").lastIndexOf("---") + 4));
    assertOnlyProblem("empty.md", 10, "body is empty");
  }

  @Test
  void reports_an_unknown_key_so_typos_do_not_pass_silently() throws IOException {
    write("typo.md", GOOD.formatted("typo").replace("tags:", "tag:"));
    TemplateProblem first = onlyProblems("typo.md")[0];
    assertThat(first.line()).isEqualTo(6);
    assertThat(first.message()).startsWith("unknown key \"tag\"");
  }

  @Test
  void skips_a_bad_file_entirely_even_when_most_of_it_is_fine() throws IOException {
    write("half.md", GOOD.formatted("half").replace("[EMAIL, TICKET]", "[EMAIL, FAX]"));
    try (TemplateCatalog catalog = TemplateCatalog.loadDirectory(dir)) {
      assertThat(catalog.find("half")).isEmpty();
      assertThat(catalog.search("parcel", null, 10))
          .extracting(hit -> hit.template().id())
          .containsExactly("good-one");
    }
  }

  @Test
  void an_extension_directory_adds_to_the_shipped_templates() {
    try (TemplateCatalog catalog = TemplateCatalog.load(dir)) {
      assertThat(catalog.problems()).isEmpty();
      assertThat(catalog.find("good-one")).isPresent();
      assertThat(catalog.find("delivery-delay-email")).isPresent();
    }
  }

  @Test
  void an_extension_may_not_reuse_a_shipped_id() throws IOException {
    write("mine.md", GOOD.formatted("refund-email"));
    try (TemplateCatalog catalog = TemplateCatalog.load(dir)) {
      assertThat(catalog.problems())
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message()).contains("already defined in templates/refund-email.md"));
      assertThat(catalog.find("refund-email").orElseThrow().source())
          .isEqualTo("templates/refund-email.md");
    }
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void assertOnlyProblem(String file, int line, String messageStart) {
    TemplateProblem problem = onlyProblem(file);
    assertThat(problem.line()).isEqualTo(line);
    assertThat(problem.message()).contains(messageStart);
  }

  private TemplateProblem onlyProblem(String file) {
    TemplateProblem[] problems = onlyProblems(file);
    assertThat(problems).hasSize(1);
    return problems[0];
  }

  private TemplateProblem[] onlyProblems(String file) {
    try (TemplateCatalog catalog = TemplateCatalog.loadDirectory(dir)) {
      assertThat(catalog.find("good-one")).as("the good file still loads").isPresent();
      assertThat(catalog.problems())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.path()).endsWith(file));
      assertThat(catalog.templates()).hasSize(1);
      return catalog.problems().toArray(TemplateProblem[]::new);
    }
  }
}
