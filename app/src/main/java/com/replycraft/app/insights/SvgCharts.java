package com.replycraft.app.insights;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Server-rendered SVG charts (no JavaScript): a line chart of values per period and a horizontal
 * bar chart of values per label, each with a title, axis units and labelled periods. The same rows
 * are shown in a table beside each chart, so the chart never is the only way to read a number.
 */
final class SvgCharts {

  /** Colour-blind-safe palette (Okabe–Ito). */
  static final List<String> PALETTE =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000");

  private static final int WIDTH = 640;
  private static final int HEIGHT = 280;
  private static final int LEFT = 60;
  private static final int RIGHT = 180;
  private static final int TOP = 34;
  private static final int BOTTOM = 48;

  /** One line: a value (or a gap) per x label. */
  record Series(String name, List<@Nullable Double> values) {}

  private SvgCharts() {}

  static String lines(
      String title, String xTitle, List<String> xLabels, List<Series> series, String yUnit) {
    StringBuilder svg = open(title, HEIGHT);
    double max = niceMax(series.stream().flatMap(s -> s.values().stream()).toList());
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    yAxis(svg, max, yUnit, plotH);
    int n = xLabels.size();
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    for (int i = 0; i < n; i++) {
      double x = LEFT + (n == 1 ? plotW / 2.0 : i * plotW / (double) (n - 1));
      if (i % every == 0 || i == n - 1) {
        text(svg, x, TOP + plotH + 16, "middle", 11, xLabels.get(i));
      }
    }
    text(svg, LEFT + plotW / 2.0, HEIGHT - 8, "middle", 12, xTitle);
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      String colour = PALETTE.get(s % PALETTE.size());
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < n && i < line.values().size(); i++) {
        Double v = line.values().get(i);
        if (v == null) {
          continue;
        }
        double x = LEFT + (n == 1 ? plotW / 2.0 : i * plotW / (double) (n - 1));
        double y = TOP + plotH - v / max * plotH;
        path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
        svg.append("<circle cx=\"")
            .append(fmt(x))
            .append("\" cy=\"")
            .append(fmt(y))
            .append("\" r=\"3\" fill=\"")
            .append(colour)
            .append("\"><title>")
            .append(escape(line.name() + ", " + xLabels.get(i) + ": " + number(v) + " " + yUnit))
            .append("</title></circle>");
      }
      if (!path.isEmpty()) {
        svg.append("<path d=\"")
            .append(path)
            .append("\" fill=\"none\" stroke-width=\"2\" stroke=\"")
            .append(colour)
            .append(s == 1 ? "\" stroke-dasharray=\"6 3\"/>" : "\"/>");
      }
      double ly = TOP + 8 + s * 18;
      svg.append("<rect x=\"")
          .append(WIDTH - RIGHT + 12)
          .append("\" y=\"")
          .append(fmt(ly - 8))
          .append("\" width=\"14\" height=\"4\" fill=\"")
          .append(colour)
          .append("\"/>");
      text(svg, WIDTH - RIGHT + 32, ly - 2, "start", 11, line.name());
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one per label; {@code max} fixes the scale (100 for percentages). */
  static String bars(
      String title,
      List<String> labels,
      List<@Nullable Double> values,
      String unit,
      @Nullable Double max) {
    int rowH = 24;
    int labelW = 190;
    int height = TOP + Math.max(1, labels.size()) * rowH + BOTTOM - 8;
    StringBuilder svg = open(title, height);
    double scale = max != null ? max : niceMax(values);
    int plotW = WIDTH - labelW - 70;
    int plotBottom = TOP + labels.size() * rowH;
    for (int t = 0; t <= 4; t++) {
      double x = labelW + plotW * t / 4.0;
      svg.append("<line x1=\"")
          .append(fmt(x))
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(TOP - 4)
          .append("\" y2=\"")
          .append(plotBottom)
          .append("\" stroke=\"#ddd\"/>");
      text(svg, x, plotBottom + 14, "middle", 11, number(scale * t / 4.0));
    }
    text(svg, labelW + plotW / 2.0, plotBottom + 32, "middle", 12, unit);
    for (int i = 0; i < labels.size(); i++) {
      double y = TOP + i * rowH;
      text(svg, labelW - 8, y + 16, "end", 11, labels.get(i));
      Double v = values.get(i);
      if (v == null) {
        text(svg, labelW + 4, y + 16, "start", 11, "no data");
        continue;
      }
      double w = Math.max(1, v / scale * plotW);
      svg.append("<rect x=\"")
          .append(labelW)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" width=\"")
          .append(fmt(w))
          .append("\" height=\"16\" fill=\"")
          .append(PALETTE.get(0))
          .append("\"><title>")
          .append(escape(labels.get(i) + ": " + number(v) + " " + unit))
          .append("</title></rect>");
      text(svg, labelW + w + 4, y + 16, "start", 11, number(v));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int height) {
    StringBuilder svg =
        new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(height)
            .append("\" width=\"")
            .append(WIDTH)
            .append("\" height=\"")
            .append(height)
            .append("\" font-family=\"sans-serif\" aria-label=\"")
            .append(escape(title))
            .append("\"><title>")
            .append(escape(title))
            .append("</title>");
    text(svg, 8, 18, "start", 14, title);
    return svg;
  }

  private static void yAxis(StringBuilder svg, double max, String unit, int plotH) {
    int plotW = WIDTH - LEFT - RIGHT;
    for (int t = 0; t <= 4; t++) {
      double y = TOP + plotH - plotH * t / 4.0;
      svg.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(LEFT + plotW)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\" stroke=\"#ddd\"/>");
      text(svg, LEFT - 6, y + 4, "end", 11, number(max * t / 4.0));
    }
    svg.append("<text x=\"14\" y=\"")
        .append(TOP + plotH / 2)
        .append("\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(TOP + plotH / 2)
        .append(")\">")
        .append(escape(unit))
        .append("</text>");
  }

  private static void text(
      StringBuilder svg, double x, double y, String anchor, int size, String s) {
    svg.append("<text x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" font-size=\"")
        .append(size)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(escape(s))
        .append("</text>");
  }

  /** 1, 2 or 5 times a power of ten, at least the largest value (1 when there is none). */
  static double niceMax(List<@Nullable Double> values) {
    double max = 0;
    for (Double v : values) {
      if (v != null && v > max) {
        max = v;
      }
    }
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= max) {
        return step * power;
      }
    }
    return 10 * power;
  }

  static String number(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9 || Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
