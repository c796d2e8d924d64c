package com.replycraft.app.insights;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One table of the Insights page, defined once and rendered twice: as a Grid beside its chart and
 * as the CSV a team lead downloads, so the two can never disagree.
 */
final class TableSpec<T> {

  private record Column<T>(
      String header, @Nullable String tooltip, boolean numeric, Function<T, String> value) {}

  private final List<Column<T>> columns = new ArrayList<>();

  TableSpec<T> text(String header, Function<T, String> value) {
    columns.add(new Column<>(header, null, false, value));
    return this;
  }

  TableSpec<T> number(String header, @Nullable String tooltip, Function<T, String> value) {
    columns.add(new Column<>(header, tooltip, true, value));
    return this;
  }

  Grid<T> grid(List<T> rows) {
    Grid<T> grid = new Grid<>();
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    for (Column<T> c : columns) {
      Grid.Column<T> column =
          grid.addColumn(row -> c.value().apply(row)).setAutoWidth(true).setResizable(true);
      Span header = new Span(c.header());
      if (c.tooltip() != null) {
        header.getElement().setAttribute("title", c.tooltip());
      }
      column.setHeader(header);
      if (c.numeric()) {
        column.setTextAlign(ColumnTextAlign.END);
      }
    }
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    return grid;
  }

  String csv(List<T> rows) {
    StringBuilder out = new StringBuilder();
    line(out, columns.stream().map(Column::header).toList());
    for (T row : rows) {
      line(out, columns.stream().map(c -> c.value().apply(row)).toList());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with a quote. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
