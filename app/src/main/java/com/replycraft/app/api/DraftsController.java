package com.replycraft.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replycraft.app.compose.ComposeService;
import com.replycraft.app.compose.Suggestion;
import com.replycraft.app.llm.AssistedReply;
import com.replycraft.app.llm.LlmAssistant;
import com.replycraft.app.security.Role;
import com.replycraft.scoring.InvalidRequestException;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.json.ScoringJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reply drafted for a thread: by the LLM when one is configured and answering (re-scored by the
 * rules), else the best template filled from the thread, with a notice saying why. Never sent.
 */
@RestController
@RequestMapping("/api/v1")
class DraftsController {

  static final String DRAFT_EXAMPLE =
      """
      {"text": "Hi Priya,\\n\\nI'm sorry you've waited 3 days ...",
       "source": "template",
       "scores": {"tone": 100, "clarity": 90, "delayAcknowledgement": 100, "empathy": 85, "channelFit": 90, "overall": 93},
       "findings": [],
       "notice": "AI assistant is off: no LLM provider is configured"}""";

  private final ComposeService compose;
  private final LlmAssistant assistant;
  private final ScoringJson json;

  DraftsController(ComposeService compose, LlmAssistant assistant, ScoringJson json) {
    this.compose = compose;
    this.assistant = assistant;
    this.json = json;
  }

  @PostMapping(
      path = "/drafts",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Draft the next reply for a thread (SCORING.md request without \"draft\"): by the LLM"
              + " when configured, else the best template; scored by the rules",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(type = "object"),
                      examples =
                          @ExampleObject(
                              name = "thread",
                              value = ScoringController.REQUEST_EXAMPLE))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description =
                "The text, its source (llm or template), its rule scores and findings, and a"
                    + " notice saying why the LLM was not used, when it was not",
            content =
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "draft", value = DRAFT_EXAMPLE))),
        @ApiResponse(
            responseCode = "400",
            description = "Invalid request: problem+json naming the field",
            content = @Content(mediaType = "application/problem+json"))
      })
  public ResponseEntity<String> draft(@RequestBody String body, Authentication authentication) {
    ScoreRequest request = readThread(body);
    String agentName = compose.displayName(userName(authentication));
    List<Suggestion> best = compose.suggest(request, agentName, 1);
    AssistedReply reply =
        assistant.draft(request, best.isEmpty() ? null : best.get(0).text(), agentName);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.write(write(reply)));
  }

  ObjectNode write(AssistedReply reply) {
    ObjectNode root = json.mapper().createObjectNode();
    root.put("text", reply.text());
    root.put("source", reply.source().json());
    root.set("scores", json.mapper().valueToTree(reply.result().scores()));
    root.set("findings", json.mapper().valueToTree(reply.result().findings()));
    root.put("notice", reply.notice());
    return root;
  }

  /** The request as a draft-to-be: any {@code draft} in it is ignored, the thread is required. */
  ScoreRequest readThread(String body) {
    JsonNode tree;
    try {
      tree = json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      return json.readRequest(body); // throws the contract's problem for malformed JSON
    }
    if (tree == null || !tree.isObject()) {
      return json.readRequest(body);
    }
    JsonNode thread = tree.get("thread");
    if (thread == null || !thread.isArray() || thread.isEmpty()) {
      throw new InvalidRequestException("thread: a draft needs a non-empty thread to answer");
    }
    ((ObjectNode) tree).put("draft", "");
    return json.readRequest(tree);
  }

  private static @Nullable String userName(Authentication authentication) {
    // API tokens act for an integration, not a person: sign replies as the team.
    return authentication.getPrincipal() instanceof UserDetails u ? u.getUsername() : null;
  }
}
