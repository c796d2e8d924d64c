package com.replycraft.app.training;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A small line chart as inline SVG, built on the server (no chart library in the browser): values
 * 0–100 over labelled periods, one polyline with dots per series, a legend and gridlines.
 */
final class SvgChart {

  /** One line: its name, CSS colour, and a value per period (null where there is none). */
  record Series(String name, String colour, List<@Nullable Double> values) {}

  private static final int WIDTH = 560;
  private static final int HEIGHT = 220;
  private static final int LEFT = 36;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 48;

  private SvgChart() {}

  static String lines(String title, List<String> periods, List<Series> series) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " class=\"rc-chart\" width=\"%d\" height=\"%d\"><title>%s</title>",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            escape(title)));
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    for (int v = 0; v <= 100; v += 25) {
      double y = TOP + plotHeight * (1 - v / 100.0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\""
                  + " stroke-width=\"0.5\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\""
                  + " text-anchor=\"end\" fill=\"#666\">%d</text>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 4,
              y + 3,
              v));
    }
    int n = periods.size();
    for (int i = 0; i < n; i++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#666\">%s</text>",
              x(i, n, plotWidth),
              HEIGHT - BOTTOM + 14,
              escape(periods.get(i))));
    }
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < Math.min(n, s.values().size()); i++) {
        Double value = s.values().get(i);
        if (value == null) {
          continue;
        }
        double x = x(i, n, plotWidth);
        double y = TOP + plotHeight * (1 - Math.max(0, Math.min(100, value)) / 100.0);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %.0f</title></circle>",
                x,
                y,
                s.colour(),
                escape(s.name()),
                value));
      }
      if (!points.isEmpty()) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                points.toString().strip(),
                s.colour()));
      }
    }
    double legendX = LEFT;
    for (Series s : series) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#333\">%s</text>",
              legendX,
              HEIGHT - 18,
              s.colour(),
              legendX + 14,
              HEIGHT - 9,
              escape(s.name())));
      legendX += 24 + s.name().length() * 6.5;
    }
    return svg.append("</svg>").toString();
  }

  private static double x(int i, int n, double plotWidth) {
    return n <= 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (n - 1);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
