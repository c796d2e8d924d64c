package com.replycraft.app.llm;

import com.replycraft.app.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** What the AI assistant talks to, and a "test connection" that sends one tiny prompt. */
@Route("admin/llm")
@PageTitle("AI assistant")
@Menu(order = 92, title = "AI assistant", icon = "vaadin:magic")
@RolesAllowed(Role.ADMIN_NAME)
public class LlmAdminView extends VerticalLayout {

  private final LlmAssistant assistant;
  final Span provider = new Span();
  final Span model = new Span();
  final Span server = new Span();
  final Span privacy = new Span();
  final Span state = new Span();
  final Button test = new Button("Test connection", VaadinIcon.CONNECT.create());
  final Span result = new Span();

  LlmAdminView(LlmAssistant assistant) {
    this.assistant = assistant;
    LlmProperties p = assistant.properties();
    boolean on = assistant.enabled();
    provider.setId("llm-provider");
    provider.setText("Provider: " + p.provider().name().toLowerCase(java.util.Locale.ROOT));
    model.setId("llm-model");
    model.setText("Model: " + (on ? p.modelOrDefault() : "–"));
    server.setId("llm-server");
    server.setText("Server: " + (on ? p.baseUrlOrDefault() : "–"));
    privacy.setText(
        "PII redaction: "
            + (p.piiRedaction() ? "on (placeholders replace customer PII)" : "OFF")
            + " · timeout "
            + p.timeout().toSeconds()
            + " s");
    state.setId("llm-state");
    test.setId("test-connection");
    test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    test.setEnabled(on);
    test.addClickListener(e -> testConnection());
    result.setId("test-result");
    refreshState();
    add(provider, model, server, privacy, state, test, result);
    if (!on) {
      add(
          new Paragraph(
              "Set replycraft.llm.provider (openai or ollama), base-url and model, and the key in"
                  + " REPLYCRAFT_LLM_API_KEY, then restart. The rules work without it."));
    }
  }

  void testConnection() {
    LlmAssistant.ConnectionCheck check = assistant.testConnection();
    result.setText(check.message() + " (" + check.took().toMillis() + " ms)");
    result.getElement().getThemeList().clear();
    result.getElement().getThemeList().add(check.ok() ? "badge success" : "badge error");
    refreshState();
  }

  private void refreshState() {
    state.setText(
        "State: "
            + (!assistant.enabled()
                ? "off"
                : assistant.paused() ? "paused after repeated failures" : "ready"));
  }
}
