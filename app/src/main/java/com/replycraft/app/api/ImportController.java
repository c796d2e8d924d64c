package com.replycraft.app.api;

import com.replycraft.app.review.ImportReport;
import com.replycraft.app.review.ImportService;
import com.replycraft.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transcript import for QA review: a help-desk export streamed in the request body, stored in
 * batches and audited by the scorer. Every rejected row comes back with its line and reason.
 */
@RestController
@RequestMapping("/api/v1")
class ImportController {

  static final String TEXT_CSV = "text/csv";
  static final String NDJSON = "application/x-ndjson";

  static final String CSV_EXAMPLE =
      """
      conversation_id,channel,author,agent_id,timestamp,text,customer_name,customer_authenticated,customer_value
      T-1001,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,"My refund for order 5521 still hasn't arrived.",Priya Natarajan,true,2400
      T-1001,EMAIL,AGENT,a.lee,2026-11-20T09:00:00Z,"Hi Priya, the refund was sent today and reaches you by Friday. Alex",,,
      """;

  static final String JSONL_EXAMPLE =
      """
      {"conversationId": "T-2001", "agentId": "s.kim", "channel": "MESSAGING", "thread": [{"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z", "text": "Where is my order?"}, {"author": "AGENT", "at": "2026-11-17T09:05:00Z", "text": "Hi! It ships today and arrives Thursday."}], "customer": {"name": "Sam Ortiz"}}
      """;

  static final String REPORT_EXAMPLE =
      """
      {"conversations": 2, "messages": 5,
       "rejected": [{"line": 4, "reason": "unknown channel \\"FAX\\" (expected one of EMAIL, MESSAGING, SOCIAL_PUBLIC, SOCIAL_PRIVATE, TICKET, LIVE_CHAT, VOICE)"},
                    {"line": 7, "reason": "empty text"}]}""";

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @PostMapping(
      path = "/imports",
      consumes = {TEXT_CSV, NDJSON},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Import transcripts (CSV, one row per message, or JSONL, one SCORING.md request per line"
              + " plus conversationId and agentId); each conversation is audited by the scorer",
      description =
          "Streamed and stored in batches. Every valid row is kept and every rejected row is"
              + " reported with its line number and reason. Re-importing a conversation id updates"
              + " that conversation instead of duplicating it.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = TEXT_CSV,
                    schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
                @Content(
                    mediaType = NDJSON,
                    schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "jsonl", value = JSONL_EXAMPLE))
              }),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "Conversations and messages stored, and every rejected row",
            content =
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE))),
        @ApiResponse(
            responseCode = "400",
            description = "The CSV header is not the expected one",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(
            responseCode = "415",
            description = "Neither text/csv nor application/x-ndjson",
            content = @Content(mediaType = "application/problem+json"))
      })
  public ImportReport importTranscripts(
      HttpServletRequest request, @RequestHeader(name = "Content-Type") String contentType)
      throws IOException {
    MediaType type = MediaType.parseMediaType(contentType);
    Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    try (Reader body = new InputStreamReader(request.getInputStream(), charset)) {
      return type.isCompatibleWith(MediaType.parseMediaType(NDJSON))
          ? imports.importJsonl(body)
          : imports.importCsv(body);
    }
  }

  /**
   * Any other content type: 415 problem+json naming the two accepted ones (without this, the
   * catch-all of {@link UnknownApiPathController} would answer 404).
   */
  @PostMapping(path = "/imports")
  @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
  @Operation(hidden = true)
  public ImportReport unsupported(
      @RequestHeader(name = "Content-Type", required = false) @Nullable String contentType)
      throws HttpMediaTypeNotSupportedException {
    List<MediaType> supported =
        List.of(MediaType.parseMediaType(TEXT_CSV), MediaType.parseMediaType(NDJSON));
    if (contentType == null || contentType.isBlank()) {
      throw new HttpMediaTypeNotSupportedException("No Content-Type given", supported);
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      throw new HttpMediaTypeNotSupportedException(e.getMessage(), supported);
    }
    throw new HttpMediaTypeNotSupportedException(type, supported, HttpMethod.POST);
  }
}
