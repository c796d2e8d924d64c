package com.replycraft.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replycraft.app.compose.ComposeService;
import com.replycraft.app.compose.Suggestion;
import com.replycraft.app.security.Role;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.templates.Template;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scoring, suggestions and the template catalog for help-desk integrations. Requests and responses
 * are exactly the SCORING.md contract, read and written by the scoring module's own JSON code.
 */
@RestController
@RequestMapping("/api/v1")
class ScoringController {

  static final String REQUEST_EXAMPLE =
      """
      {
        "id": "ticket-4821",
        "channel": "MESSAGING",
        "draft": "Hi Priya, your claim CL-48213 is approved and the money reaches your account by Friday. Sam",
        "draftAt": "2026-11-20T09:00:00Z",
        "thread": [
          {"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z", "text": "My physio claim CL-48213 still says pending. What is going on?"},
          {"author": "BOT", "at": "2026-11-17T08:55:10Z", "text": "Thanks! An agent will connect with you shortly."},
          {"author": "CUSTOMER", "at": "2026-11-18T10:02:00Z", "text": "You're joking right? I need this money for rent this week."}
        ],
        "customer": {"name": "Priya Natarajan", "authenticated": true, "value": 2400.0, "vip": false},
        "policy": {"responseTarget": "PT4H", "highValueThreshold": 5000}
      }""";

  static final String RESPONSE_EXAMPLE =
      """
      {
        "id": "ticket-4821",
        "scores": {"tone": 100, "clarity": 100, "delayAcknowledgement": 55, "empathy": 55, "channelFit": 75, "overall": 72},
        "findings": [
          {"code": "DELAY_NOT_ACKNOWLEDGED", "dimension": "DELAY_ACKNOWLEDGEMENT", "severity": "CRITICAL",
           "messageIndex": null, "start": 11, "end": 11,
           "message": "The customer has waited 3 days, past the within 4 hours response target, and the reply does not acknowledge it.",
           "suggestion": "Open with a plain acknowledgement of the wait.",
           "replacement": "I'm sorry you've waited 3 days for a reply — that's far longer than it should have taken. "}
        ],
        "escalation": {"recommendation": "OFFER_SYNC", "confidence": 0.8,
                       "reasons": [{"code": "CUSTOMER_FRUSTRATED", "evidence": "You're joking right?"}],
                       "offerText": "Would a call be easier? Send me a number and a good time, and I'll ring you."},
        "wait": {"customerWaited": "PT72H5M", "responseTarget": "PT4H", "breached": true},
        "metrics": {"words": 17, "sentences": 2, "readingGrade": 5.1, "readingEase": 78.3}
      }""";

  static final String SUGGESTIONS_EXAMPLE =
      """
      {"suggestions": [
        {"templateId": "follow-up-long-wait-messaging", "title": "Follow-up after a long wait",
         "text": "Hi Priya,\\n\\nI'm sorry you waited 3 days ...", "gaps": ["claim number"],
         "result": {"id": "ticket-4821", "scores": {"overall": 88}, "findings": []}}
      ]}""";

  private final ComposeService compose;
  private final ScoringJson json;

  ScoringController(ComposeService compose, ScoringJson json) {
    this.compose = compose;
    this.json = json;
  }

  @PostMapping(
      path = "/score",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Score a draft in its thread, or audit a thread (SCORING.md request and response)",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(type = "object"),
                      examples = @ExampleObject(name = "draft", value = REQUEST_EXAMPLE))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The scores, findings, escalation advice, wait and metrics",
            content =
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "scored", value = RESPONSE_EXAMPLE))),
        @ApiResponse(
            responseCode = "400",
            description = "Invalid request: problem+json whose detail and \"field\" name the field",
            content = @Content(mediaType = "application/problem+json"))
      })
  public ResponseEntity<String> score(@RequestBody String body) {
    ScoreRequest request = json.readRequest(body);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.write(compose.score(request)));
  }

  @PostMapping(
      path = "/suggestions",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "The top templates for the thread's latest customer messages, filled from the thread"
              + " and scored as the draft they would become",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(type = "object"),
                      examples = @ExampleObject(name = "thread", value = REQUEST_EXAMPLE))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description =
                "Suggestions: template id and title, the filled text, the details left for the"
                    + " agent to fill in (as [gap] in the text), and the SCORING.md result",
            content =
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "suggestions", value = SUGGESTIONS_EXAMPLE))),
        @ApiResponse(
            responseCode = "400",
            description = "Invalid request",
            content = @Content(mediaType = "application/problem+json"))
      })
  public ResponseEntity<String> suggestions(
      @RequestBody String body,
      @Parameter(description = "how many suggestions, 1 to 10") @RequestParam(defaultValue = "3")
          int limit,
      Authentication authentication) {
    ScoreRequest request = json.readRequest(body);
    int n = Math.max(1, Math.min(10, limit));
    List<Suggestion> suggestions =
        compose.suggest(request, compose.displayName(userName(authentication)), n);
    ObjectNode root = json.mapper().createObjectNode();
    ArrayNode list = root.putArray("suggestions");
    for (Suggestion s : suggestions) {
      ObjectNode item = list.addObject();
      item.put("templateId", s.templateId());
      item.put("title", s.title());
      item.put("text", s.text());
      ArrayNode gaps = item.putArray("gaps");
      s.gaps().forEach(gaps::add);
      item.set("result", json.mapper().valueToTree(s.result()));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.write(root));
  }

  /** One template of the catalog, as the API lists it. */
  record TemplateSummary(
      String id,
      String title,
      List<Channel> channels,
      List<String> intents,
      List<String> tags,
      String body,
      float score) {}

  @GetMapping(path = "/templates", produces = MediaType.APPLICATION_JSON_VALUE)
  @RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Search the reply-template catalog (BM25), optionally for one channel",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "refund",
                              value =
                                  """
                                  [{"id": "refund-email", "title": "Refund on its way",
                                    "channels": ["EMAIL", "TICKET"], "intents": ["refund"],
                                    "tags": ["refund", "money back"],
                                    "body": "Hi {{customer_name}}, ...", "score": 4.2}]"""))))
  public List<TemplateSummary> templates(
      @Parameter(description = "free text; blank lists every template")
          @RequestParam(defaultValue = "")
          String query,
      @Parameter(description = "EMAIL, MESSAGING, SOCIAL_PUBLIC, SOCIAL_PRIVATE, TICKET, LIVE_CHAT")
          @RequestParam(required = false)
          @Nullable String channel,
      @RequestParam(defaultValue = "20") int limit) {
    Channel filter = channel == null || channel.isBlank() ? null : channel(channel);
    return compose.searchTemplates(query, filter, Math.max(1, Math.min(100, limit))).stream()
        .map(
            hit -> {
              Template t = hit.template();
              return new TemplateSummary(
                  t.id(), t.title(), t.channels(), t.intents(), t.tags(), t.body(), hit.score());
            })
        .toList();
  }

  private static Channel channel(String value) {
    try {
      return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new com.replycraft.scoring.InvalidRequestException(
          "channel: unknown value \"" + value + "\"");
    }
  }

  private static @Nullable String userName(Authentication authentication) {
    // API tokens act for an integration, not a person: sign replies as the team.
    return authentication.getPrincipal()
            instanceof org.springframework.security.core.userdetails.UserDetails u
        ? u.getUsername()
        : null;
  }
}
