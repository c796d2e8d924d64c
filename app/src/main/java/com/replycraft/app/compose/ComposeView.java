package com.replycraft.app.compose;

import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.llm.AssistedReply;
import com.replycraft.app.llm.LlmAssistant;
import com.replycraft.app.llm.SecondOpinion;
import com.replycraft.app.security.Role;
import com.replycraft.app.ui.HighlightedText;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scores;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.WaitInfo;
import com.replycraft.templates.WaitWords;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The composer: the thread on the left, the draft on the right, rescored as the agent types (a
 * short debounce, no button), with the escalation banner, dimension meters, highlighted passages,
 * findings with one-click fixes, and suggested replies.
 */
@Route("compose/:conversationId")
@PageTitle("Compose")
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
public class ComposeView extends Div implements BeforeEnterObserver {

  static final int DEBOUNCE_MS = 350;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final ComposeService compose;
  private final AuthenticationContext authentication;
  private final Clock clock;
  private final LlmAssistant assistant;
  private final Executor aiWork;

  /** The AI request under way, if any: tests wait on it. */
  CompletableFuture<@Nullable Void> aiInFlight = CompletableFuture.completedFuture(null);

  final Div threadPane = new Div();
  final Div banner = new Div();
  final Button insertOffer = new Button("Insert call offer", VaadinIcon.PHONE.create());
  final Button suggest = new Button("Suggest replies", VaadinIcon.LIGHTBULB.create());
  final TextArea draft = new TextArea();
  final Div meters = new Div();
  final Div preview = new Div();
  final Div findings = new Div();
  final Button copy = new Button("Copy", VaadinIcon.COPY_O.create());
  final Button markSent = new Button("Mark as sent", VaadinIcon.PAPERPLANE.create());
  final Button draftWithAi = new Button("Draft with AI", VaadinIcon.MAGIC.create());
  final Button rewriteWithAi = new Button("Rewrite with AI", VaadinIcon.EDIT.create());
  final Button judgeWithAi = new Button("AI second opinion", VaadinIcon.SCALE.create());
  final Span aiNotice = new Span();
  final Div aiOpinion = new Div();
  private final Map<String, ProgressBar> bars = new java.util.HashMap<>();
  private final Map<String, Span> values = new java.util.HashMap<>();

  @Nullable ThreadSnapshot thread;
  @Nullable ScoreResult result;
  @Nullable ScoreResult situation;

  ComposeView(
      ComposeService compose,
      AuthenticationContext authentication,
      Clock clock,
      LlmAssistant assistant,
      @Qualifier("applicationTaskExecutor") Executor aiWork) {
    this.compose = compose;
    this.authentication = authentication;
    this.clock = clock;
    this.assistant = assistant;
    this.aiWork = aiWork;
    addClassName("rc-compose");
    threadPane.addClassName("rc-thread-pane");
    add(threadPane, draftPane());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long id;
    try {
      id = Long.parseLong(event.getRouteParameters().get("conversationId").orElse(""));
    } catch (NumberFormatException e) {
      event.forwardTo(InboxView.class);
      return;
    }
    ThreadSnapshot found = compose.thread(id).orElse(null);
    if (found == null) {
      event.forwardTo(InboxView.class);
      return;
    }
    show(found);
  }

  void show(ThreadSnapshot snapshot) {
    this.thread = snapshot;
    this.situation = compose.situation(snapshot);
    renderThread();
    renderBanner();
    rescore();
  }

  // ---- right pane -------------------------------------------------------------------------

  private Div draftPane() {
    banner.setId("escalation-banner");
    banner.addClassName("rc-banner");
    insertOffer.setId("insert-offer");
    insertOffer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    insertOffer.addClickShortcut(Key.KEY_O, KeyModifier.ALT);
    insertOffer.setTooltipText("Alt+O");
    insertOffer.addClickListener(e -> insertCallOffer());

    suggest.setId("suggest-replies");
    suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    suggest.addClickShortcut(Key.KEY_S, KeyModifier.ALT);
    suggest.setTooltipText("Alt+S");
    suggest.addClickListener(e -> openSuggestions());

    draft.setId("draft");
    draft.setLabel("Your reply");
    draft.setPlaceholder("Write the reply here. It is scored as you type.");
    draft.addClassName("rc-draft");
    draft.setWidthFull();
    draft.setValueChangeMode(ValueChangeMode.LAZY);
    draft.setValueChangeTimeout(DEBOUNCE_MS);
    draft.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            rescore();
          }
        });

    meters.setId("scores");
    meters.addClassName("rc-meters");
    meter("overall", "Overall");
    for (Dimension d : Dimension.values()) {
      meter(Names.cssName(d), Names.dimension(d));
    }

    preview.setId("draft-preview");
    preview.addClassName("rc-preview");
    findings.setId("findings");
    findings.addClassName("rc-findings");

    copy.setId("copy");
    copy.setTooltipText("Copies the reply and stores it as sent");
    copy.addClickListener(
        e -> {
          getElement()
              .executeJs(
                  "if (navigator.clipboard) { return navigator.clipboard.writeText($0); }",
                  draft.getValue());
          send("Copied");
        });
    markSent.setId("mark-sent");
    markSent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    markSent.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
    markSent.setTooltipText("Ctrl+Enter");
    markSent.addClickListener(e -> send("Sent"));

    Div toolbar = new Div(suggest, new Span(), copy, markSent);
    toolbar.addClassName("rc-toolbar");
    Div aiBar = aiBar();
    H4 previewTitle = new H4("How it reads");
    H4 findingsTitle = new H4("What to improve");
    Div pane =
        new Div(
            banner,
            draft,
            toolbar,
            aiBar,
            meters,
            aiOpinion,
            previewTitle,
            preview,
            findingsTitle,
            findings);
    pane.addClassName("rc-draft-pane");
    return pane;
  }

  /** The AI buttons and notice; shown only when an LLM provider is configured. */
  private Div aiBar() {
    draftWithAi.setId("draft-with-ai");
    draftWithAi.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    draftWithAi.addClickListener(e -> draftWithAi());
    rewriteWithAi.setId("rewrite-with-ai");
    rewriteWithAi.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    rewriteWithAi.setTooltipText(
        "Rewrites the reply to fix what the rules found, keeping its facts");
    rewriteWithAi.addClickListener(e -> rewriteWithAi());
    judgeWithAi.setId("judge-with-ai");
    judgeWithAi.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    judgeWithAi.addClickListener(e -> judgeWithAi());
    aiNotice.setId("ai-notice");
    aiNotice.addClassName("rc-muted");
    aiOpinion.setId("ai-opinion");
    aiOpinion.addClassName("rc-ai-opinion");
    aiOpinion.setVisible(false);
    Div bar = new Div(draftWithAi, rewriteWithAi, judgeWithAi, aiNotice);
    bar.setId("ai-bar");
    bar.addClassName("rc-toolbar");
    bar.setVisible(assistant.enabled());
    return bar;
  }

  private String agentName() {
    return compose.displayName(authentication.getPrincipalName().orElse(null));
  }

  /** An LLM draft for the thread (never sent automatically), else the best template. */
  void draftWithAi() {
    if (thread == null) {
      return;
    }
    String agent = agentName();
    List<Suggestion> best = compose.suggest(thread, agent, 1);
    ScoreRequest request = compose.request(thread, "");
    String template = best.isEmpty() ? null : best.get(0).text();
    inBackground(
        "Asking the AI for a draft…",
        () -> assistant.draft(request, template, agent),
        reply -> {
          if (!reply.text().isBlank()) {
            draft.setValue(reply.text());
          }
          showAi(reply);
        });
  }

  /** The current draft rewritten by the LLM to fix what the rules found. */
  void rewriteWithAi() {
    if (thread == null || draft.getValue().isBlank()) {
      aiNotice.setText("Write a reply first.");
      return;
    }
    ScoreRequest request = compose.request(thread, draft.getValue());
    inBackground(
        "Asking the AI to rewrite…",
        () -> assistant.rewrite(request, List.of()),
        reply -> {
          if (reply.source() == AssistedReply.Source.LLM) {
            draft.setValue(reply.text());
          }
          showAi(reply);
        });
  }

  /**
   * Runs an LLM call off the UI thread (it may take the whole configured timeout) and applies its
   * answer through server push; the AI buttons stay disabled meanwhile so requests don't pile up.
   */
  private <T> void inBackground(String busy, Supplier<T> call, Consumer<T> apply) {
    UI ui = UI.getCurrent();
    setAiBusy(true);
    aiNotice.setText(busy);
    aiInFlight =
        CompletableFuture.supplyAsync(call, aiWork)
            .handle(
                (answer, failure) -> {
                  ui.access(
                      () -> {
                        setAiBusy(false);
                        if (failure != null) {
                          aiNotice.setText("The AI request failed; your draft is unchanged.");
                        } else {
                          apply.accept(answer);
                        }
                      });
                  return null;
                });
  }

  private void setAiBusy(boolean busy) {
    draftWithAi.setEnabled(!busy);
    rewriteWithAi.setEnabled(!busy);
    judgeWithAi.setEnabled(!busy);
  }

  private void showAi(AssistedReply reply) {
    aiNotice.setText(reply.notice() == null ? "" : reply.notice());
    aiOpinion.setVisible(false);
    rescore();
    draft.focus();
  }

  /** The LLM's opinion per dimension, beside (never instead of) the rule scores and findings. */
  void judgeWithAi() {
    aiOpinion.removeAll();
    if (thread == null || draft.getValue().isBlank()) {
      aiNotice.setText("Write a reply first.");
      aiOpinion.setVisible(false);
      return;
    }
    ScoreRequest request = compose.request(thread, draft.getValue());
    inBackground(
        "Asking the AI for its opinion…", () -> assistant.judge(request), this::showOpinion);
  }

  private void showOpinion(SecondOpinion opinion) {
    aiNotice.setText(opinion.notice() == null ? "" : opinion.notice());
    aiOpinion.setVisible(opinion.available());
    if (!opinion.available()) {
      return;
    }
    aiOpinion.add(new H4("AI opinion (an LLM's view; the rule scores and findings still apply)"));
    for (SecondOpinion.Opinion o : opinion.dimensions()) {
      Span name = new Span(Names.dimension(o.dimension()));
      name.addClassName("rc-meter-label");
      Span score = new Span(o.score() == null ? "n/a" : String.valueOf(o.score()));
      score.addClassName("rc-meter-value");
      Paragraph rationale = new Paragraph(o.rationale());
      rationale.addClassName("rc-muted");
      Div line = new Div(name, score, rationale);
      line.setId("ai-opinion-" + Names.cssName(o.dimension()));
      aiOpinion.add(line);
    }
  }

  private void meter(String key, String label) {
    ProgressBar bar = new ProgressBar(0, 100, 0);
    Span value = new Span("–");
    value.addClassName("rc-meter-value");
    Span name = new Span(label);
    name.addClassName("rc-meter-label");
    Div head = new Div(name, value);
    head.addClassName("rc-meter-head");
    Div meter = new Div(head, bar);
    meter.setId("score-" + key);
    meter.addClassName("rc-meter");
    bars.put(key, bar);
    values.put(key, value);
    meters.add(meter);
  }

  /** Scores the current draft and refreshes meters, highlights and findings. */
  void rescore() {
    if (thread == null) {
      return;
    }
    String text = draft.getValue();
    result = text.isBlank() ? null : compose.score(thread, text);
    renderMeters();
    renderPreview(text);
    renderFindings();
    renderOfferState();
  }

  private void renderMeters() {
    Scores scores = result == null ? null : result.scores();
    setMeter("overall", scores == null ? null : scores.overall(), scores != null);
    for (Dimension d : Dimension.values()) {
      setMeter(Names.cssName(d), scores == null ? null : scores.of(d), scores != null);
    }
  }

  private void setMeter(String key, @Nullable Integer score, boolean scored) {
    ProgressBar bar = bars.get(key);
    Span value = values.get(key);
    bar.getElement().getThemeList().removeAll(List.of("success", "error", "contrast"));
    if (!scored) {
      bar.setValue(0);
      value.setText("–");
    } else if (score == null) {
      bar.setValue(0);
      value.setText("not owed");
      bar.getElement().getThemeList().add("contrast");
    } else {
      bar.setValue(score);
      value.setText(String.valueOf(score));
      bar.getElement().getThemeList().add(score >= 80 ? "success" : score < 55 ? "error" : "");
    }
  }

  private void renderPreview(String text) {
    preview.removeAll();
    if (text.isBlank()) {
      Span empty = new Span("Highlights appear here as you write.");
      empty.addClassName("rc-muted");
      preview.add(empty);
      return;
    }
    preview.add(new HighlightedText(text, result == null ? List.<Finding>of() : result.findings()));
  }

  private void renderFindings() {
    findings.removeAll();
    if (result == null) {
      return;
    }
    if (result.findings().isEmpty()) {
      Span none = new Span("Nothing to improve: this reply fits the thread.");
      none.addClassName("rc-all-good");
      findings.add(none);
      return;
    }
    Map<Dimension, List<Finding>> byDimension = new EnumMap<>(Dimension.class);
    for (Finding f : result.findings()) {
      byDimension.computeIfAbsent(f.dimension(), d -> new ArrayList<>()).add(f);
    }
    byDimension.forEach(
        (dimension, list) -> {
          Div group = new Div();
          group.addClassName("rc-finding-group");
          H4 title = new H4(Names.dimension(dimension));
          group.add(title);
          list.forEach(f -> group.add(findingEntry(f)));
          findings.add(group);
        });
  }

  private Component findingEntry(Finding f) {
    Span severity = new Span(f.severity().name().toLowerCase(Locale.ROOT));
    severity.getElement().getThemeList().add("badge small");
    if (f.severity() == com.replycraft.scoring.Severity.CRITICAL) {
      severity.getElement().getThemeList().add("error");
    } else if (f.severity() == com.replycraft.scoring.Severity.MAJOR) {
      severity.getElement().getThemeList().add("warning");
    } else {
      severity.getElement().getThemeList().add("contrast");
    }
    Span code = new Span(f.code().name());
    code.addClassName("rc-finding-code");
    Div head = new Div(severity, code);
    head.addClassName("rc-finding-head");
    Paragraph message = new Paragraph(f.message());
    message.addClassName("rc-finding-message");
    Paragraph suggestion = new Paragraph(f.suggestion());
    suggestion.addClassName("rc-finding-suggestion");
    Div entry = new Div(head, message, suggestion);
    entry.addClassNames("rc-finding", "rc-sev-" + Names.cssName(f.severity()));
    entry.setId("finding-" + f.code().name());
    if (f.replacement() != null) {
      Button apply = new Button("Apply", VaadinIcon.MAGIC.create(), e -> apply(f));
      apply.setId("apply-" + f.code().name());
      apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
      entry.add(apply);
    }
    WhyItMatters.of(f.code())
        .ifPresent(
            why -> {
              Details details = new Details("Why it matters", new Paragraph(why));
              details.addClassName("rc-why");
              entry.add(details);
            });
    return entry;
  }

  /** Replaces the finding's span with its replacement, then rescores. */
  void apply(Finding f) {
    String text = draft.getValue();
    String replacement = f.replacement();
    if (replacement == null) {
      return;
    }
    int start = Math.min(f.start(), text.length());
    int end = Math.min(Math.max(f.end(), start), text.length());
    draft.setValue(text.substring(0, start) + replacement + text.substring(end));
    rescore();
    draft.focus();
  }

  /** Inserts the advisor's call offer where the scorer says it belongs (before the sign-off). */
  void insertCallOffer() {
    if (situation == null) {
      return;
    }
    String offer = situation.escalation().offerText();
    if (draft.getValue().isBlank()) {
      if (offer != null) {
        draft.setValue(offer);
        rescore();
      }
      return;
    }
    if (result != null) {
      for (Finding f : result.findings(FindingCode.ESCALATION_NOT_OFFERED)) {
        if (f.replacement() != null) {
          apply(f);
          return;
        }
      }
    }
    Notification.show("The reply already offers a call.", 3000, Notification.Position.BOTTOM_END);
  }

  private void renderBanner() {
    banner.removeAll();
    EscalationAdvice advice = situation == null ? null : situation.escalation();
    boolean show = advice != null && advice.recommendation() != Recommendation.STAY_ASYNC;
    banner.setVisible(show);
    if (!show) {
      return;
    }
    boolean now = advice.recommendation() == Recommendation.ESCALATE_NOW;
    banner.getElement().getClassList().set("rc-banner-now", now);
    Span title =
        new Span(
            now
                ? "Escalate now: move this thread to a call"
                : "Offer a call or live chat on this thread");
    title.addClassName("rc-banner-title");
    Div reasons = new Div();
    reasons.addClassName("rc-banner-reasons");
    for (EscalationReason reason : advice.reasons()) {
      Span chip = new Span(Labels.reason(reason.code()));
      chip.addClassName("rc-reason");
      chip.getElement().setAttribute("title", reason.evidence());
      Span evidence = new Span("“" + reason.evidence() + "”");
      evidence.addClassName("rc-evidence");
      Div line = new Div(chip, evidence);
      line.addClassName("rc-reason-line");
      reasons.add(line);
    }
    Div head = new Div(VaadinIcon.WARNING.create(), title, insertOffer);
    head.addClassName("rc-banner-head");
    banner.add(head, reasons);
  }

  private void renderOfferState() {
    boolean offered = result != null && !result.has(FindingCode.ESCALATION_NOT_OFFERED);
    insertOffer.setText(offered ? "Call offered" : "Insert call offer");
    insertOffer.setEnabled(!offered);
  }

  private void send(String verb) {
    if (thread == null || draft.getValue().isBlank()) {
      Notification.show("Write a reply first.", 3000, Notification.Position.BOTTOM_END);
      return;
    }
    String username = authentication.getPrincipalName().orElse(null);
    ThreadMessage stored = compose.send(thread.id(), draft.getValue(), username);
    Scores scores = stored.scores();
    Notification n =
        Notification.show(
            verb
                + " and saved to the thread"
                + (scores == null ? "" : " · score " + scores.overall()),
            4000,
            Notification.Position.BOTTOM_END);
    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    draft.clear();
    compose.thread(thread.id()).ifPresent(this::show);
  }

  private void openSuggestions() {
    if (thread == null) {
      return;
    }
    String agent = compose.displayName(authentication.getPrincipalName().orElse(null));
    new SuggestionsSheet(
            compose.suggest(thread, agent, 3),
            text -> {
              draft.setValue(text);
              rescore();
              draft.focus();
            })
        .open();
  }

  // ---- left pane --------------------------------------------------------------------------

  private void renderThread() {
    threadPane.removeAll();
    ThreadSnapshot t = thread;
    if (t == null || situation == null) {
      return;
    }
    threadPane.add(customerCard(t, situation.waitInfo()));
    Div timeline = new Div();
    timeline.setId("timeline");
    timeline.addClassName("rc-timeline");
    ThreadMessage previous = null;
    for (ThreadMessage m : t.messages()) {
      if (previous != null) {
        Duration gap = Duration.between(previous.sentAt(), m.sentAt());
        if (gap.toMinutes() >= 1) {
          Div separator = new Div(new Span(WaitWords.of(gap) + " later"));
          separator.addClassName("rc-gap");
          timeline.add(separator);
        }
      }
      timeline.add(turn(m));
      previous = m;
    }
    threadPane.add(timeline);
    // The latest turns are what the reply answers: start the timeline scrolled to the end.
    threadPane
        .getElement()
        .executeJs("requestAnimationFrame(() => this.scrollTop = this.scrollHeight)");
  }

  private Component customerCard(ThreadSnapshot t, WaitInfo wait) {
    H3 name = new H3(t.customerLabel());
    name.addClassName("rc-customer-name");
    Div badges = new Div();
    badges.addClassName("rc-badges");
    badges.add(
        badge(
            t.customer().isAuthenticated() ? "Signed in" : "Not signed in",
            t.customer().isAuthenticated() ? "success" : "contrast"));
    if (t.customer().value() != null) {
      NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
      money.setMaximumFractionDigits(0);
      badges.add(badge("Value " + money.format(t.customer().value()), ""));
    }
    if (t.customer().isVip()) {
      badges.add(badge("VIP", "primary"));
    }
    badges.add(badge(Names.channel(t.channel()), "contrast"));
    if (t.industry() != null) {
      badges.add(badge(t.industry(), "contrast"));
    }
    Span subject = new Span(t.subject() == null ? "" : t.subject());
    subject.addClassName("rc-subject");
    Span waitLine = new Span(waitLine(t, wait));
    waitLine.setId("wait-line");
    waitLine.addClassName("rc-wait-line");
    waitLine.getElement().getClassList().set("rc-overdue", wait.breached());
    Div card = new Div(name, subject, badges, waitLine);
    card.setId("customer-card");
    card.addClassName("rc-customer-card");
    return card;
  }

  static String waitLine(ThreadSnapshot t, WaitInfo wait) {
    String target = "target " + Labels.target(wait.responseTarget());
    if (wait.customerWaited().isZero()) {
      return "Answered · " + Names.channel(t.channel()) + " " + target;
    }
    return "waited "
        + Labels.compact(wait.customerWaited())
        + " · "
        + target
        + (wait.breached() ? " · overdue" : " · within target");
  }

  private Component turn(ThreadMessage m) {
    String who =
        switch (m.author()) {
          case CUSTOMER -> thread == null ? "Customer" : thread.customerLabel();
          case BOT -> "Bot";
          case AGENT -> m.agentId() == null ? "Agent" : "Agent · " + m.agentId();
        };
    Span author = new Span(who);
    author.addClassName("rc-turn-author");
    Span when = new Span(TIME.format(m.sentAt()));
    when.addClassName("rc-turn-time");
    Div head = new Div(author, when);
    head.addClassName("rc-turn-head");
    if (m.scores() != null) {
      head.add(badge("score " + m.scores().overall(), "contrast"));
    }
    Div text = new Div();
    text.setText(m.text());
    text.addClassName("rc-turn-text");
    Div turn = new Div(head, text);
    turn.addClassNames("rc-turn", "rc-turn-" + Names.cssName(m.author()));
    return turn;
  }

  private static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge small");
    if (!theme.isEmpty()) {
      badge.getElement().getThemeList().add(theme);
    }
    return badge;
  }

  /** For tests: the author of the latest stored turn. */
  @Nullable Author lastAuthor() {
    return thread == null || thread.messages().isEmpty()
        ? null
        : thread.messages().get(thread.messages().size() - 1).author();
  }
}
