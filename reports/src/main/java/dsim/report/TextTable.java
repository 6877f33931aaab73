package dsim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, optional group labels over runs of columns, and
 * no trailing spaces. Widths fit the widest cell, so the table is as narrow as its data.
 */
final class TextTable {

    /** One column: its header, whether cells are right-aligned (numbers), and the spaces before it. */
    record Column(String header, boolean right, int gap) {
        static Column left(String header) {
            return new Column(header, false, 2);
        }

        static Column right(String header) {
            return new Column(header, true, 2);
        }

        /** A right-aligned column set close to the one before it, e.g. a percentage after its count. */
        static Column tight(String header) {
            return new Column(header, true, 1);
        }
    }

    private record Group(int first, int last, String label) {
    }

    private final List<Column> columns;
    private final List<Group> groups = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Labels columns {@code first..last} (inclusive) with a line above their headers. */
    TextTable group(int first, int last, String label) {
        groups.add(new Group(first, last, label));
        return this;
    }

    TextTable row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** Appends the table, one line per header or row, each ending in a newline. */
    void render(StringBuilder out) {
        int[] width = widths();
        int[] start = starts(width);
        if (!groups.isEmpty()) {
            line(out, groupLine(width, start));
        }
        String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
        line(out, cells(headers, width));
        for (String[] row : rows) {
            line(out, cells(row, width));
        }
    }

    private int[] widths() {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).header().length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        return width;
    }

    private int[] starts(int[] width) {
        int[] start = new int[width.length];
        int at = 0;
        for (int i = 0; i < width.length; i++) {
            at += i == 0 ? 0 : columns.get(i).gap();
            start[i] = at;
            at += width[i];
        }
        return start;
    }

    private String cells(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(" ".repeat(columns.get(i).gap()));
            }
            String pad = " ".repeat(width[i] - cells[i].length());
            b.append(columns.get(i).right() ? pad + cells[i] : cells[i] + pad);
        }
        return b.toString();
    }

    /** Each group's label centred in dashes across its columns: {@code --- packets ---}. */
    private String groupLine(int[] width, int[] start) {
        StringBuilder b = new StringBuilder();
        for (Group g : groups) {
            int from = start[g.first()];
            int span = start[g.last()] + width[g.last()] - from;
            String label = " " + g.label() + " ";
            int dashes = Math.max(0, span - label.length());
            String text = "-".repeat(dashes / 2) + label + "-".repeat(dashes - dashes / 2);
            b.append(" ".repeat(Math.max(0, from - b.length()))).append(text.strip().isEmpty() ? "" : text);
        }
        return b.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text.stripTrailing()).append('\n');
    }
}
