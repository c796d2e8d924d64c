package com.replycraft.app.api;

import com.replycraft.app.search.Highlight;
import com.replycraft.app.search.InvalidSearchException;
import com.replycraft.app.search.SearchHit;
import com.replycraft.app.search.SearchPage;
import com.replycraft.app.search.SearchQuery;
import com.replycraft.app.search.SearchService;
import com.replycraft.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over the stored transcripts, with the same rules as the Search view. */
@RestController
@RequestMapping("/api/v1")
class SearchController {

  static final int DEFAULT_SIZE = 20;

  /**
   * One page of hits.
   *
   * @param total hits of the whole search
   * @param page this page's number (0 = first)
   * @param size the page size asked for
   */
  record Results(long total, int page, int size, List<Hit> hits) {}

  /**
   * One hit. {@code highlights} are HTML: every character of the message escaped, each matched word
   * wrapped in {@code <em>}; {@code link} is the app route that opens the conversation.
   */
  record Hit(
      String kind,
      long id,
      long conversationId,
      @Nullable String conversationRef,
      @Nullable String channel,
      @Nullable String author,
      @Nullable String agentId,
      Instant at,
      @Nullable String worstSeverity,
      List<String> highlights,
      String link) {

    static Hit of(SearchHit h) {
      return new Hit(
          h.kind().name(),
          h.id(),
          h.conversationId(),
          h.conversationRef(),
          h.channel() == null ? null : h.channel().name(),
          h.author() == null ? null : h.author().name(),
          h.agentId(),
          h.at(),
          h.worstSeverity() == null ? null : h.worstSeverity().name(),
          h.highlights().stream().map(Highlight::html).toList(),
          h.link());
    }
  }

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
  @RolesAllowed({Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Search messages: words in simple query syntax plus filters, highlighted hits",
      description =
          "q: words (AND between them), \"a phrase\", -excluded, a | b for either; English stemming"
              + " (refunded finds refund). At least q or one filter is needed. from/to are whole"
              + " days in UTC (YYYY-MM-DD), both included. Ordered by relevance; newest first when"
              + " only filters are given.",
      responses = {
        @ApiResponse(responseCode = "200", description = "A page of hits and the total"),
        @ApiResponse(
            responseCode = "400",
            description = "A parameter is wrong; errors[].field names it",
            content = @Content(mediaType = "application/problem+json"))
      })
  public Results search(
      @Parameter(description = "words, e.g. refund \"on hold\" -bot")
          @RequestParam(required = false)
          @Nullable String q,
      @Parameter(description = "EMAIL, MESSAGING, SOCIAL_PUBLIC, SOCIAL_PRIVATE, TICKET, ...")
          @RequestParam(required = false)
          @Nullable String channel,
      @Parameter(description = "CUSTOMER, AGENT or BOT") @RequestParam(required = false)
          @Nullable String author,
      @Parameter(description = "help-desk agent id, case ignored") @RequestParam(required = false)
          @Nullable String agentId,
      @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false)
          @Nullable String from,
      @Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false)
          @Nullable String to,
      @Parameter(description = "page number, 0 = first") @RequestParam(required = false)
          @Nullable String page,
      @Parameter(description = "hits per page, 1 to 100 (default 20)")
          @RequestParam(required = false)
          @Nullable String size) {
    SearchQuery query = SearchQuery.parse(q, channel, author, agentId, from, to);
    if (query.isEmpty()) {
      throw new InvalidSearchException("q", "give words to search for or at least one filter");
    }
    int pageNumber = number("page", page, 0);
    int pageSize = number("size", size, DEFAULT_SIZE);
    if (pageSize < 1 || pageSize > SearchService.MAX_PAGE_SIZE) {
      throw new InvalidSearchException(
          "size", "must be between 1 and " + SearchService.MAX_PAGE_SIZE);
    }
    if (pageNumber < 0 || (long) pageNumber * pageSize > Integer.MAX_VALUE - pageSize) {
      throw new InvalidSearchException("page", "must be 0 or more (and not absurdly large)");
    }
    SearchPage result = search.search(query, pageNumber * pageSize, pageSize);
    return new Results(
        result.total(), pageNumber, pageSize, result.hits().stream().map(Hit::of).toList());
  }

  @ExceptionHandler(InvalidSearchException.class)
  ProblemDetail invalid(InvalidSearchException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Invalid request: " + ex.field() + ": " + ex.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("field", ex.field());
    problem.setProperty(
        "errors", List.of(new ApiProblemHandler.FieldError(ex.field(), ex.getMessage())));
    return problem;
  }

  private static int number(String field, @Nullable String raw, int otherwise) {
    if (raw == null || raw.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidSearchException(field, "\"" + raw.strip() + "\" is not a whole number");
    }
  }
}
