package com.replycraft.app.compose;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.llm.LlmAssistant;
import com.replycraft.app.llm.LlmProperties;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.Scorer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The composer's AI buttons against an OpenAI-compatible server served by WireMock. */
class ComposeAiTest extends KaribuTestBase {

  static WireMockServer wireMock;

  @Autowired ConversationService conversations;
  @Autowired ComposeService compose;
  @Autowired AuthenticationContext authentication;
  @Autowired Scorer scorer;
  @Autowired Clock clock;

  @Autowired
  @Qualifier("applicationTaskExecutor")
  Executor aiWork;

  @BeforeAll
  static void startWireMock() {
    wireMock = new WireMockServer(options().dynamicPort());
    wireMock.start();
  }

  @AfterAll
  static void stopWireMock() {
    wireMock.stop();
  }

  @BeforeEach
  void agent() {
    wireMock.resetAll();
    signIn("agent", "AGENT");
  }

  private static void answer(String content) throws Exception {
    wireMock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(
                okJson(
                    """
                    {"id": "chatcmpl-1", "object": "chat.completion", "created": 1764147600,
                     "model": "test-model",
                     "choices": [{"index": 0, "finish_reason": "stop",
                                  "message": {"role": "assistant", "content": %s}}]}"""
                        .formatted(new ObjectMapper().writeValueAsString(content)))));
  }

  private ComposeView view(LlmProperties.Provider provider) {
    LlmProperties properties =
        new LlmProperties(
            provider,
            wireMock.baseUrl() + "/v1",
            "test-model",
            null,
            Duration.ofSeconds(5),
            300,
            0.2,
            true,
            3,
            Duration.ofMinutes(1));
    ComposeView view =
        new ComposeView(
            compose,
            authentication,
            clock,
            LlmAssistant.connect(properties, scorer, clock),
            aiWork);
    UI.getCurrent().add(view);
    long id = conversations.idOfExternal("demo-retail-refund-two-days").orElseThrow();
    view.show(compose.thread(id).orElseThrow());
    return view;
  }

  /** Waits for the background LLM call, then runs the UI update it pushed, as a browser would. */
  private static void awaitAi(ComposeView view) {
    view.aiInFlight.join();
    MockVaadin.clientRoundtrip();
  }

  @Test
  void while_the_ai_works_the_buttons_wait_and_the_editor_stays_usable() throws Exception {
    ComposeView view = view(LlmProperties.Provider.OPENAI);
    wireMock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(okJson("{}").withFixedDelay(1_500)));

    _click(view.draftWithAi);

    assertThat(view.draftWithAi.isEnabled()).isFalse();
    assertThat(view.aiNotice.getText()).isEqualTo("Asking the AI for a draft…");
    view.draft.setValue("Still typing while the AI thinks");
    assertThat(view.draft.getValue()).isEqualTo("Still typing while the AI thinks");
    awaitAi(view);
    assertThat(view.draftWithAi.isEnabled()).isTrue();
    assertThat(view.aiNotice.getText()).isNotEqualTo("Asking the AI for a draft…");
  }

  @Test
  void without_a_provider_the_ai_buttons_are_hidden() {
    ComposeView view = view(LlmProperties.Provider.NONE);

    assertThat(view.draftWithAi.getParent().orElseThrow().isVisible()).isFalse();
    assertThat(
            view(LlmProperties.Provider.OPENAI).draftWithAi.getParent().orElseThrow().isVisible())
        .isTrue();
  }

  @Test
  void draft_with_ai_puts_the_llm_draft_in_the_editor_and_scores_it() throws Exception {
    ComposeView view = view(LlmProperties.Provider.OPENAI);
    answer(
        "Hi Sam,\n\nI'm sorry you've waited 2 days for this. Your refund is on its way and"
            + " reaches your card by Friday.\n\nKind regards,\nAlex");

    _click(view.draftWithAi);
    awaitAi(view);

    assertThat(view.draft.getValue()).startsWith("Hi Sam,").contains("waited 2 days");
    assertThat(view.result).isNotNull();
    assertThat(view.result.has(FindingCode.DELAY_NOT_ACKNOWLEDGED)).isFalse();
    assertThat(view.aiNotice.getText()).isEmpty();
  }

  @Test
  void with_the_server_failing_the_template_fills_the_editor_and_the_notice_says_why() {
    ComposeView view = view(LlmProperties.Provider.OPENAI);
    wireMock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));

    _click(view.draftWithAi);
    awaitAi(view);

    assertThat(view.draft.getValue()).isNotBlank();
    assertThat(view.result).isNotNull();
    assertThat(view.aiNotice.getText()).isEqualTo("AI provider returned an error");
  }

  @Test
  void rewrite_and_second_opinion_sit_beside_the_rule_findings() throws Exception {
    ComposeView view = view(LlmProperties.Provider.OPENAI);
    view.draft.setValue(ComposeViewTest.IGNORES_THE_WAIT);
    view.rescore();
    answer(
        """
        {"tone": {"score": 75, "rationale": "Polite."},
         "clarity": {"score": 85, "rationale": "Clear dates."},
         "delayAcknowledgement": {"score": 5, "rationale": "Ignores the two-day wait."},
         "empathy": {"score": 30, "rationale": "No feeling named."},
         "channelFit": {"score": 90, "rationale": "Fits e-mail."}}""");

    _click(view.judgeWithAi);
    awaitAi(view);

    assertThat(view.aiOpinion.isVisible()).isTrue();
    assertThat(view.aiOpinion.getElement().getTextRecursively())
        .contains("AI opinion")
        .contains("Ignores the two-day wait.");
    assertThat(view.result.has(FindingCode.DELAY_NOT_ACKNOWLEDGED)).isTrue();

    answer(
        "Hi Sam,\n\nI'm sorry you've waited 2 days. Your refund of $189 for order RC-77310 was"
            + " processed today and reaches your card by Friday.\n\nKind regards,\nAlex");
    _click(view.rewriteWithAi);
    awaitAi(view);

    assertThat(view.draft.getValue()).contains("waited 2 days").contains("RC-77310");
    assertThat(view.result.has(FindingCode.DELAY_NOT_ACKNOWLEDGED)).isFalse();
  }
}
