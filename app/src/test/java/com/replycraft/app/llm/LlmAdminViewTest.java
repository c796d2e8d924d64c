package com.replycraft.app.llm;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.scoring.Scorer;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin page: provider and model as configured, and a connection test against WireMock. */
class LlmAdminViewTest extends KaribuTestBase {

  @Autowired Scorer scorer;
  @Autowired Clock clock;

  private static LlmProperties ollama(String baseUrl) {
    return new LlmProperties(
        LlmProperties.Provider.OLLAMA,
        baseUrl,
        "llama-test",
        null,
        Duration.ofSeconds(5),
        50,
        0.0,
        true,
        3,
        Duration.ofMinutes(1));
  }

  @Test
  void without_a_provider_the_page_says_off_and_cannot_test() {
    signIn("admin", "ADMIN");
    UI.getCurrent().navigate(LlmAdminView.class);
    LlmAdminView view = _get(LlmAdminView.class);

    assertThat(view.provider.getText()).isEqualTo("Provider: none");
    assertThat(view.state.getText()).isEqualTo("State: off");
    assertThat(view.test.isEnabled()).isFalse();
  }

  @Test
  void test_connection_shows_the_answer_or_the_reason() {
    WireMockServer server = new WireMockServer(options().dynamicPort());
    server.start();
    try {
      server.stubFor(
          post(urlPathEqualTo("/api/chat"))
              .willReturn(
                  okJson(
                      """
                      {"model": "llama-test", "created_at": "2026-11-20T09:00:00Z",
                       "message": {"role": "assistant", "content": "ready"}, "done": true}""")));
      LlmAdminView view =
          new LlmAdminView(LlmAssistant.connect(ollama(server.baseUrl()), scorer, clock));

      assertThat(view.model.getText()).isEqualTo("Model: llama-test");
      _click(view.test);
      assertThat(view.result.getText()).startsWith("Connected: ready");

      server.stubFor(post(urlPathEqualTo("/api/chat")).willReturn(aResponse().withStatus(502)));
      _click(view.test);
      assertThat(view.result.getText()).startsWith("AI provider returned an error");
    } finally {
      server.stop();
    }
  }
}
