package com.replycraft.app.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsAndTablesTest {

  record Row(String name, double value) {}

  @Test
  void a_table_downloads_as_csv_with_quoting_and_no_spreadsheet_formulas() {
    TableSpec<Row> spec =
        new TableSpec<Row>().text("Agent", Row::name).number("Score", null, r -> r.value() + "");

    String csv = spec.csv(List.of(new Row("Lee, Ana", 81.5), new Row("=cmd()", -2.0)));

    assertThat(csv).isEqualTo("Agent,Score\r\n\"Lee, Ana\",81.5\r\n'=cmd(),-2.0\r\n");
  }

  @Test
  void axes_end_on_a_round_number_above_the_largest_value() {
    assertThat(SvgCharts.niceMax(Arrays.asList(3.2, null, 7.9))).isEqualTo(10.0);
    assertThat(SvgCharts.niceMax(List.of(130.0))).isEqualTo(200.0);
    assertThat(SvgCharts.niceMax(List.of())).isEqualTo(1.0);
  }

  @Test
  void a_line_chart_names_its_periods_units_and_series_and_escapes_text() {
    String svg =
        SvgCharts.lines(
            "Waits <per week>",
            "Week of",
            List.of("2 Nov", "9 Nov"),
            List.of(new SvgCharts.Series("Median", Arrays.asList(12.0, null))),
            "minutes");

    assertThat(svg)
        .startsWith("<svg")
        .contains("Waits &lt;per week&gt;", "2 Nov", "9 Nov", "minutes", "Week of", "Median")
        .contains("<circle")
        .endsWith("</svg>");
  }

  @Test
  void an_unknown_channel_in_the_business_hours_settings_is_named() {
    InsightsProperties settings =
        new InsightsProperties(ZoneId.of("UTC"), Map.of("FAX", "Mon-Fri 09:00-17:00"));

    assertThatThrownBy(() -> InsightsCalendar.of(settings))
        .hasMessageContaining("replycraft.insights.business-hours.FAX");
  }
}
