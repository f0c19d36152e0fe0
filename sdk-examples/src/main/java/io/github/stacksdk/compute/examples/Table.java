package io.github.stacksdk.compute.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with aligned columns, the way a person wants to read a listing. */
final class Table {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "-" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  int size() {
    return rows.size();
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(line(headers, widths));
    String[] rules = new String[widths.length];
    for (int i = 0; i < widths.length; i++) {
      char[] dashes = new char[widths[i]];
      Arrays.fill(dashes, '-');
      rules[i] = new String(dashes);
    }
    out.println(line(List.of(rules), widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      String cell = cells.get(i);
      line.append(cell);
      if (i < cells.size() - 1) {
        for (int pad = cell.length(); pad < widths[i]; pad++) {
          line.append(' ');
        }
      }
    }
    return line.toString();
  }
}
