package com.replycraft.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.ChannelProfile;
import com.replycraft.scoring.thread.Customer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped template, on every channel it is written for, rendered with its declared examples
 * and scored by the real scorer as the agent's draft for a thread of its intent, where the customer
 * has waited past the channel's response target by the wait the draft states.
 */
class ShippedTemplatesScoreTest {

  static final Instant ASKED = Instant.parse("2026-11-17T08:55:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

  /** A customer message for each intent, as a real thread would open. */
  static final Map<String, String> CUSTOMER_SAYS =
      Map.ofEntries(
          Map.entry(
              "delivery-delay",
              "My parcel still hasn't arrived and the tracking hasn't moved in a week. I needed it"
                  + " for my son's birthday."),
          Map.entry(
              "refund",
              "I sent the jacket back two weeks ago and I still haven't had my refund. I'm not"
                  + " happy."),
          Map.entry("billing-error", "You've charged me twice for my March bill. Please fix this."),
          Map.entry(
              "outage",
              "My internet has been down since yesterday morning and I work from home. This is"
                  + " costing me money."),
          Map.entry(
              "account-change", "I've moved house and need the address on my account changed."),
          Map.entry("cancellation", "I want to cancel my plan at the end of this month."),
          Map.entry(
              "complaint",
              "I'm really unhappy with how my claim has been handled. Nobody has called me back"
                  + " like they promised."),
          Map.entry(
              "bereavement",
              "My father passed away last week. I need to sort out his account and I don't know"
                  + " where to start."),
          Map.entry(
              "hardship",
              "I lost my job last month and I'm struggling to pay this bill. I'm really worried."),
          Map.entry(
              "verification",
              "Your form keeps rejecting my date of birth so I can't get into my account."),
          Map.entry("follow-up", "I'm still waiting to hear back about my request from last week."),
          Map.entry(
              "escalation-offer",
              "This is the third time I've written about the fault on my line and it's still not"
                  + " fixed."));

  static Scorer scorer;
  static TemplateCatalog catalog;

  @BeforeAll
  static void load() {
    scorer = Scorer.create(CLOCK);
    catalog = TemplateCatalog.load();
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  static Stream<Arguments> every_template_on_every_channel() {
    List<Arguments> cases = new ArrayList<>();
    try (TemplateCatalog shipped = TemplateCatalog.load()) {
      for (Template template : shipped.templates()) {
        for (Channel channel : template.channels()) {
          cases.add(Arguments.of(template.id(), channel));
        }
      }
    }
    return cases.stream();
  }

  /** Past each channel's default target, as the threads that need these templates are. */
  static Duration waitFor(Channel channel) {
    return switch (channel) {
      case EMAIL, TICKET -> Duration.ofHours(75);
      case MESSAGING, SOCIAL_PRIVATE -> Duration.ofHours(9);
      case SOCIAL_PUBLIC -> Duration.ofHours(5);
      case LIVE_CHAT, VOICE -> Duration.ofMinutes(25);
    };
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("every_template_on_every_channel")
  void reads_easily_for_its_channel(String id, Channel channel) {
    AnalyzedText text = new TextAnalyzer().analyze(sample(id, channel));
    ChannelProfile profile = channel.profile();
    assertThat(text.readability().grade())
        .as("reading grade of %s on %s", id, channel)
        .isLessThanOrEqualTo(profile.maxReadingGrade());
    for (Sentence sentence : text.sentences()) {
      assertThat(sentence.words())
          .as("words in \"%s\"", text.sentenceText(sentence))
          .isLessThanOrEqualTo(profile.longSentenceWords());
    }
    for (Span paragraph : text.paragraphs()) {
      assertThat(text.slice(paragraph).split("\\s+"))
          .as("a paragraph of %s on %s", id, channel)
          .hasSizeLessThanOrEqualTo(profile.wallOfTextWords());
    }
  }

  /** The template rendered with its examples and a wait past the channel's target. */
  static String sample(String id, Channel channel) {
    Template template = catalog.find(id).orElseThrow();
    RenderContext.Builder context =
        RenderContext.builder()
            .customerName("Priya")
            .waited(waitFor(channel))
            .responseWindow(channel.profile().responseTarget())
            .agentName("Sam")
            .escalationOffer(RenderContext.defaultCallOffer(channel));
    template.placeholders().values().forEach(p -> context.put(p.name(), p.example()));
    return template.render(context.build());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("every_template_on_every_channel")
  void renders_and_scores_without_a_critical_finding(String id, Channel channel) {
    Template template = catalog.find(id).orElseThrow();
    Duration waited = waitFor(channel);
    String draft = sample(id, channel);

    ScoreResult result =
        scorer.score(
            ScoreRequest.builder()
                .id(id)
                .channel(channel)
                .customer(new Customer("Priya Shah", false, null, null))
                .customerSays(ASKED.toString(), CUSTOMER_SAYS.get(template.intents().get(0)))
                .draftAt(ASKED.plus(waited))
                .draft(draft)
                .build());

    assertThat(draft).doesNotContain("{{", "}}");
    assertThat(result.waitInfo().breached()).as("the thread owes an acknowledgement").isTrue();
    assertThat(result.findings())
        .as("findings of %s on %s for:%n%s", id, channel, draft)
        .noneMatch(f -> f.severity() == Severity.CRITICAL)
        .noneMatch(f -> f.code() == FindingCode.PLACEHOLDER_LEFT);
  }
}
