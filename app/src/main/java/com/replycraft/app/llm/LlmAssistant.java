package com.replycraft.app.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.WaitInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Drafts, rewrites and judges replies with the configured LLM, safely: PII is replaced before a
 * prompt leaves the JVM and restored in the answer, every LLM text is re-scored by the rules, and
 * any failure (timeout, 429, 5xx, empty or malformed answer, an open circuit) gives the rules-only
 * result with a short notice. No exception reaches the caller.
 */
@Service
public class LlmAssistant {

  private static final Logger log = LoggerFactory.getLogger(LlmAssistant.class);
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The judge's JSON field of each dimension. */
  private static final List<Field> FIELDS =
      List.of(
          new Field(Dimension.TONE, "tone"),
          new Field(Dimension.CLARITY, "clarity"),
          new Field(Dimension.DELAY_ACKNOWLEDGEMENT, "delayAcknowledgement"),
          new Field(Dimension.EMPATHY, "empathy"),
          new Field(Dimension.CHANNEL_FIT, "channelFit"));

  private record Field(Dimension dimension, String name) {}

  private final LlmProperties properties;

  public LlmProperties properties() {
    return properties;
  }

  private final @Nullable LlmClients clients;
  private final Scorer scorer;
  private final Clock clock;
  private final PiiRedactor redactor;
  private final CircuitBreaker circuit;
  private final ObjectMapper json = new ObjectMapper();

  LlmAssistant(LlmProperties properties, Optional<LlmClients> clients, Scorer scorer, Clock clock) {
    this.properties = properties;
    this.clients = clients.orElse(null);
    this.scorer = scorer;
    this.clock = clock;
    this.redactor = new PiiRedactor(properties.piiRedaction());
    this.circuit = new CircuitBreaker(properties.failureThreshold(), properties.pauseFor(), clock);
  }

  /**
   * An assistant for {@code properties} outside Spring (tests, a "test connection" with settings
   * not yet saved); off when the provider is {@code none}.
   */
  public static LlmAssistant connect(LlmProperties properties, Scorer scorer, Clock clock) {
    return new LlmAssistant(
        properties,
        properties.enabled() ? Optional.of(LlmConfiguration.clients(properties)) : Optional.empty(),
        scorer,
        clock);
  }

  /** Whether a provider is configured (the UI shows the AI buttons only then). */
  public boolean enabled() {
    return clients != null;
  }

  /** Provider, model and server for the admin page; never the key. */
  public String describe() {
    return clients == null
        ? "off"
        : "%s %s at %s"
            .formatted(clients.provider().name().toLowerCase(), clients.model(), clients.baseUrl());
  }

  /** The result of a "test connection": one tiny prompt, no customer data. */
  public record ConnectionCheck(boolean ok, String message, Duration took) {}

  /** Sends one tiny prompt; a success also closes a paused circuit. Never throws. */
  public ConnectionCheck testConnection() {
    Instant started = Instant.now();
    if (clients == null) {
      return new ConnectionCheck(false, LlmFailure.NOT_CONFIGURED.notice, Duration.ZERO);
    }
    try {
      String answer = clients.chat().chat("Answer with the single word: ready");
      Duration took = Duration.between(started, Instant.now());
      if (answer == null || answer.isBlank()) {
        return new ConnectionCheck(false, LlmFailure.UNUSABLE.notice, took);
      }
      circuit.succeeded();
      String shown = answer.strip();
      return new ConnectionCheck(
          true, "Connected: " + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown), took);
    } catch (RuntimeException e) {
      log.warn("LLM connection test failed: {}", e.toString());
      return new ConnectionCheck(
          false, LlmFailure.of(e).notice, Duration.between(started, Instant.now()));
    }
  }

  public boolean paused() {
    return circuit.isOpen();
  }

  /**
   * A reply for the thread of {@code request} (its draft is ignored): by the LLM, guided by the
   * escalation advice, channel, response target and the best template; else the template itself.
   *
   * @param template the best suggestion filled from the thread, or null when there is none
   */
  public AssistedReply draft(ScoreRequest request, @Nullable String template, String agentName) {
    ScoreRequest situation = withDraft(request, "");
    ScoreResult now = scorer.score(situation);
    Attempt<String> attempt =
        call(
            (session) ->
                require(clients)
                    .drafter()
                    .draft(
                        request.channelOrDefault().name(),
                        target(now.waitInfo()),
                        waited(now.waitInfo()),
                        advice(now.escalation(), session),
                        name(request),
                        agentName,
                        template == null ? "(none)" : session.redact(template),
                        transcript(request.thread(), session)));
    if (attempt.value() != null) {
      String text = attempt.value();
      return new AssistedReply(
          text, AssistedReply.Source.LLM, scorer.score(withDraft(request, text)), null);
    }
    String fallback = template == null ? "" : template;
    ScoreResult result = fallback.isEmpty() ? now : scorer.score(withDraft(request, fallback));
    return new AssistedReply(fallback, AssistedReply.Source.TEMPLATE, result, attempt.notice());
  }

  /** The draft of {@code request} rewritten to fix {@code selected}, keeping its facts. */
  public AssistedReply rewrite(ScoreRequest request, List<Finding> selected) {
    String draft = request.draft() == null ? "" : request.draft();
    ScoreResult before = scorer.score(withDraft(request, draft));
    List<Finding> findings = selected.isEmpty() ? before.findings() : selected;
    Attempt<String> attempt =
        draft.isBlank() || findings.isEmpty()
            ? new Attempt<>(draft.isBlank() ? null : draft, null)
            : call(
                (session) ->
                    require(clients)
                        .rewriter()
                        .rewrite(
                            request.channelOrDefault().name(),
                            target(before.waitInfo()),
                            waited(before.waitInfo()),
                            transcript(request.thread(), session),
                            session.redact(draft),
                            problems(draft, findings, session)));
    if (attempt.value() != null && attempt.notice() == null && !findings.isEmpty()) {
      String text = attempt.value();
      return new AssistedReply(
          text, AssistedReply.Source.LLM, scorer.score(withDraft(request, text)), null);
    }
    String notice =
        attempt.notice() != null
            ? attempt.notice()
            : draft.isBlank() ? "There is no draft to rewrite" : "The rules found nothing to fix";
    return new AssistedReply(draft, AssistedReply.Source.DRAFT, before, notice);
  }

  /** The LLM's score and rationale per dimension for the draft of {@code request}. */
  public SecondOpinion judge(ScoreRequest request) {
    String draft = request.draft() == null ? "" : request.draft();
    if (draft.isBlank()) {
      return new SecondOpinion(List.of(), "There is no draft to judge");
    }
    WaitInfo wait = scorer.score(withDraft(request, draft)).waitInfo();
    Attempt<List<SecondOpinion.Opinion>> attempt =
        call(
            (session) -> {
              String answer =
                  require(clients)
                      .judge()
                      .judge(
                          request.channelOrDefault().name(),
                          target(wait),
                          waited(wait),
                          transcript(request.thread(), session),
                          session.redact(draft));
              return parseJudgement(answer, session);
            });
    return attempt.value() != null
        ? new SecondOpinion(attempt.value(), null)
        : new SecondOpinion(List.of(), attempt.notice());
  }

  private record Attempt<T>(@Nullable T value, @Nullable String notice) {}

  /** One guarded call: circuit, redaction, the model, restoration, failure to notice. */
  private <T> Attempt<T> call(Function<PiiRedactor.Session, T> model) {
    if (clients == null) {
      return new Attempt<>(null, LlmFailure.NOT_CONFIGURED.notice);
    }
    if (!circuit.allows()) {
      return new Attempt<>(null, LlmFailure.PAUSED.notice);
    }
    PiiRedactor.Session session = redactor.session();
    try {
      T value = model.apply(session);
      if (value == null) {
        throw new UnusableAnswer("no answer");
      }
      if (value instanceof String s) {
        String text = clean(s);
        if (text.isEmpty()) {
          throw new UnusableAnswer("empty answer");
        }
        @SuppressWarnings("unchecked")
        T restored = (T) session.restore(text);
        value = restored;
      }
      circuit.succeeded();
      return new Attempt<>(value, null);
    } catch (UnusableAnswer e) {
      return failed(LlmFailure.UNUSABLE, e);
    } catch (RuntimeException e) {
      return failed(LlmFailure.of(e), e);
    }
  }

  private <T> Attempt<T> failed(LlmFailure failure, Exception e) {
    circuit.failed();
    log.warn("LLM call failed ({}): {}", failure, e.toString());
    return new Attempt<>(null, circuit.isOpen() ? LlmFailure.PAUSED.notice : failure.notice);
  }

  /** The model's answer was there but not usable. */
  static final class UnusableAnswer extends RuntimeException {
    UnusableAnswer(String message) {
      super(message);
    }
  }

  List<SecondOpinion.Opinion> parseJudgement(@Nullable String answer, PiiRedactor.Session session) {
    if (answer == null || answer.isBlank()) {
      throw new UnusableAnswer("empty answer");
    }
    String body = answer.strip();
    int open = body.indexOf('{');
    int close = body.lastIndexOf('}');
    if (open < 0 || close <= open) {
      throw new UnusableAnswer("no JSON object in the answer");
    }
    JsonNode root;
    try {
      root = json.readTree(body.substring(open, close + 1));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UnusableAnswer("malformed JSON: " + e.getOriginalMessage());
    }
    List<SecondOpinion.Opinion> opinions = new ArrayList<>();
    for (Field field : FIELDS) {
      JsonNode node = root.get(field.name());
      if (field.dimension() == Dimension.DELAY_ACKNOWLEDGEMENT
          && (node == null || node.isNull() || node.path("score").isNull())) {
        String why = node == null ? "" : node.path("rationale").asText("");
        opinions.add(
            new SecondOpinion.Opinion(
                field.dimension(), null, why.isBlank() ? "No delay to acknowledge." : why));
        continue;
      }
      if (node == null || !node.isObject() || !node.path("score").isNumber()) {
        throw new UnusableAnswer("no score for " + field.name());
      }
      double score = node.path("score").asDouble();
      String rationale = node.path("rationale").asText("").strip();
      if (score < 0 || score > 100 || rationale.isEmpty()) {
        throw new UnusableAnswer("bad score or rationale for " + field.name());
      }
      opinions.add(
          new SecondOpinion.Opinion(
              field.dimension(), (int) Math.round(score), session.restore(rationale)));
    }
    return opinions;
  }

  private static LlmClients require(@Nullable LlmClients clients) {
    if (clients == null) {
      throw new IllegalStateException("no LLM configured");
    }
    return clients;
  }

  private ScoreRequest withDraft(ScoreRequest r, String draft) {
    Instant at = r.draftAt() != null ? r.draftAt() : clock.instant();
    return new ScoreRequest(r.id(), r.channel(), draft, at, r.thread(), r.customer(), r.policy());
  }

  /** Drops the wrapping some models add: code fences, surrounding quotes. */
  static String clean(String text) {
    String t = text.strip();
    if (t.startsWith("```")) {
      t = t.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    }
    if (t.length() > 1
        && t.startsWith("\"")
        && t.endsWith("\"")
        && t.indexOf('"', 1) == t.length() - 1) {
      t = t.substring(1, t.length() - 1);
    }
    return t.strip();
  }

  private static String name(ScoreRequest request) {
    String name = request.customerOrUnknown().name();
    return name == null || name.isBlank() ? "(unknown)" : name;
  }

  private static String target(WaitInfo wait) {
    return human(wait.responseTarget());
  }

  private static String waited(WaitInfo wait) {
    return human(wait.customerWaited()) + (wait.breached() ? " (past the target)" : "");
  }

  static String human(Duration d) {
    if (d.toDays() >= 2) {
      return d.toDays() + " days";
    }
    if (d.toHours() >= 1) {
      return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
    }
    return d.toMinutes() + " minutes";
  }

  private static String advice(EscalationAdvice advice, PiiRedactor.Session session) {
    StringBuilder out = new StringBuilder(advice.recommendation().name());
    String reasons =
        advice.reasons().stream()
            .map(EscalationReason::code)
            .map(Object::toString)
            .collect(Collectors.joining(", "));
    if (!reasons.isEmpty()) {
      out.append(" (").append(reasons).append(')');
    }
    if (advice.offerText() != null) {
      out.append(". Suggested offer: ").append(session.redact(advice.offerText()));
    }
    return out.toString();
  }

  private static String transcript(List<Message> thread, PiiRedactor.Session session) {
    if (thread.isEmpty()) {
      return "(no earlier messages)";
    }
    StringBuilder out = new StringBuilder();
    for (Message m : thread) {
      out.append('[')
          .append(m.author())
          .append(", ")
          .append(AT.format(m.at()))
          .append("] ")
          .append(session.redact(m.text()))
          .append('\n');
    }
    return out.toString().strip();
  }

  private static String problems(
      String draft, List<Finding> findings, PiiRedactor.Session session) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append("- ").append(session.redact(f.message()));
      if (f.end() > f.start() && f.end() <= draft.length() && f.messageIndex() == null) {
        out.append(" (in: \"")
            .append(session.redact(draft.substring(f.start(), f.end())))
            .append("\")");
      }
      if (!f.suggestion().isBlank()) {
        out.append(" Fix: ").append(session.redact(f.suggestion()));
      }
      out.append('\n');
    }
    return out.toString().strip();
  }
}
