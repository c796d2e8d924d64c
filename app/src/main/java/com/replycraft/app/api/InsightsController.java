package com.replycraft.app.api;

import com.replycraft.app.insights.GroupBy;
import com.replycraft.app.insights.InsightsScope;
import com.replycraft.app.insights.InsightsService;
import com.replycraft.app.insights.Kpis;
import com.replycraft.app.security.ApiPrincipal;
import com.replycraft.app.security.ApiTokenService;
import com.replycraft.app.security.ApiTokenSummary;
import com.replycraft.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Async KPIs per channel, team or agent over a period, in calendar time. An AGENT token sees only
 * the work of the agent ids linked to the user who created it.
 */
@RestController
@RequestMapping("/api/v1/insights")
class InsightsController {

  static final int MAX_DAYS = 366;

  /**
   * One group's KPIs. Minutes and hours rounded to 0.1, rates (0..1) to 0.001; null where nothing
   * could be measured.
   */
  record KpiRow(
      String group,
      long conversations,
      @Nullable Double firstResponseMedianMinutes,
      @Nullable Double firstResponseP90Minutes,
      @Nullable Double cycleTimeMedianHours,
      @Nullable Double resolutionRate,
      @Nullable Double targetAdherence,
      @Nullable Double silentDropRate) {

    static KpiRow of(Kpis k) {
      return new KpiRow(
          k.group(),
          k.conversations(),
          round(k.firstResponseMedianMinutes(), 10),
          round(k.firstResponseP90Minutes(), 10),
          round(k.cycleTimeMedianHours(), 10),
          round(k.resolutionRate(), 1000),
          round(k.targetAdherence(), 1000),
          round(k.silentDropRate(), 1000));
    }

    private static @Nullable Double round(@Nullable Double v, int scale) {
      return v == null ? null : Math.round(v * scale) / (double) scale;
    }
  }

  private final InsightsService insights;
  private final ApiTokenService tokens;

  InsightsController(InsightsService insights, ApiTokenService tokens) {
    this.insights = insights;
    this.tokens = tokens;
  }

  @GetMapping("/kpis")
  @RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Async KPIs per channel, team or agent over a period (calendar time)",
      description =
          "First-response median and 90th percentile (minutes), case cycle time median (hours),"
              + " resolution rate, response-target adherence and silent-drop rate (0..1) of the"
              + " conversations whose first customer message falls in from..to (local days in"
              + " the insights zone). An AGENT token gets only its own work.")
  public List<KpiRow> kpis(
      @Parameter(description = "channel, team or agent") @RequestParam(defaultValue = "channel")
          String groupBy,
      @Parameter(description = "first day, YYYY-MM-DD (default: 28 days before to)")
          @RequestParam(required = false)
          @Nullable String from,
      @Parameter(description = "last day, YYYY-MM-DD (default: today)")
          @RequestParam(required = false)
          @Nullable String to,
      @AuthenticationPrincipal ApiPrincipal principal) {
    GroupBy grouping =
        GroupBy.parse(groupBy)
            .orElseThrow(
                () ->
                    badParameter(
                        "groupBy",
                        "groupBy must be channel, team or agent, not \"" + groupBy + "\""));
    LocalDate last = to == null ? insights.today() : date("to", to);
    LocalDate first = from == null ? last.minusDays(27) : date("from", from);
    if (first.isAfter(last)) {
      throw badParameter("from", "from (" + first + ") must not be after to (" + last + ")");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw badParameter("from", "the period from..to may span at most " + MAX_DAYS + " days");
    }
    return insights.kpis(scopeOf(principal), grouping, first, last).stream()
        .map(KpiRow::of)
        .toList();
  }

  private InsightsScope scopeOf(ApiPrincipal principal) {
    if (principal.role() != Role.AGENT) {
      return insights.scopeOf(principal.name(), List.of(principal.role().name()));
    }
    String owner =
        tokens.list().stream()
            .filter(t -> t.id() == principal.tokenId())
            .map(ApiTokenSummary::createdBy)
            .findFirst()
            .orElse("");
    return insights.scopeOf(owner, List.of(Role.AGENT_NAME));
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw badParameter(name, name + " must be a date YYYY-MM-DD, not \"" + value + "\"");
    }
  }

  private static ErrorResponseException badParameter(String name, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Bad request parameter");
    problem.setProperties(Map.of("parameter", name));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }
}
