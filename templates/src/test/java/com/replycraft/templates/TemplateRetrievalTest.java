package com.replycraft.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.thread.Channel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateRetrievalTest {

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
  void a_parcel_that_has_not_arrived_finds_the_delivery_delay_email_first() {
    assertThat(first("a parcel that hasn't arrived", Channel.EMAIL))
        .isEqualTo("delivery-delay-email");
  }

  @Test
  void a_death_in_the_family_finds_the_bereavement_template_first() {
    assertThat(first("my father passed away, please close his account", Channel.EMAIL))
        .isEqualTo("bereavement-email");
  }

  @ParameterizedTest(name = "\"{0}\" on {1} finds intent {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "where is my package, tracking hasn't moved in a week | MESSAGING | delivery-delay",
        "I returned the shoes and still have not got my money back | EMAIL | refund",
        "you charged me twice this month | MESSAGING | billing-error",
        "my internet is down again and I work from home | EMAIL | outage",
        "I've moved house and need to update my address | MESSAGING | account-change",
        "please cancel my subscription | SOCIAL_PRIVATE | cancellation",
        "I want to make a formal complaint, your service has been appalling | TICKET | complaint",
        "my husband died last month | MESSAGING | bereavement",
        "I lost my job and can't afford this bill | EMAIL | hardship",
        "your form keeps rejecting my date of birth and I'm locked out | EMAIL | verification",
        "still waiting, nobody has replied to me for a week | EMAIL | follow-up",
        "this is the third time I've asked, can someone just call me | EMAIL | escalation-offer",
        "my wife passed away | SOCIAL_PUBLIC | bereavement"
      })
  void finds_the_template_for_the_customer_intent(String query, Channel channel, String intent) {
    List<TemplateHit> hits = catalog.search(query, channel, 3);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).template().intents()).contains(intent);
  }

  @Test
  void suggests_from_the_latest_customer_messages() {
    List<TemplateHit> hits =
        catalog.suggest(
            List.of(
                "Hi, I ordered a lamp on the 2nd.",
                "It still hasn't arrived and the courier tracking says nothing. Where is it?"),
            Channel.MESSAGING,
            3);
    assertThat(hits.get(0).template().id()).isEqualTo("delivery-delay-messaging");
  }

  @Test
  void the_channel_filter_excludes_templates_for_other_channels() {
    List<TemplateHit> hits =
        catalog.search("parcel late refund bill outage", Channel.SOCIAL_PUBLIC, 50);
    assertThat(hits)
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.template().supports(Channel.SOCIAL_PUBLIC)).isTrue());
  }

  @Test
  void a_channel_with_no_matching_template_returns_nothing_rather_than_another_channel() {
    assertThat(catalog.search("parcel", Channel.VOICE, 5)).isEmpty();
  }

  @Test
  void query_syntax_in_customer_text_is_just_words() {
    assertThat(
            first(
                "parcel AND (late OR \"not arrived\") title:refund* ~2 ^3 [a TO z]", Channel.EMAIL))
        .startsWith("delivery-delay");
  }

  @Test
  void a_blank_query_lists_the_channel_templates() {
    assertThat(catalog.search("  ", Channel.TICKET, 100))
        .hasSize(catalog.forChannel(Channel.TICKET).size());
  }

  @Test
  void a_query_of_only_stop_words_finds_nothing() {
    assertThat(catalog.search("the and of", Channel.EMAIL, 5)).isEmpty();
  }

  @Test
  void a_very_long_thread_does_not_break_the_query() {
    String longMessage = "my parcel is late and I need it for a birthday. ".repeat(400);
    assertThat(catalog.suggest(List.of(longMessage), Channel.EMAIL, 1)).hasSize(1);
  }

  @Test
  void searches_safely_from_many_threads_at_once() {
    List<CompletableFuture<String>> futures =
        IntStream.range(0, 32)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> first("my father passed away", Channel.EMAIL)))
            .toList();
    assertThat(futures).allSatisfy(f -> assertThat(f.join()).isEqualTo("bereavement-email"));
  }

  private static String first(String query, Channel channel) {
    List<TemplateHit> hits = catalog.search(query, channel, 5);
    assertThat(hits).as("hits for \"%s\"", query).isNotEmpty();
    return hits.get(0).template().id();
  }
}
