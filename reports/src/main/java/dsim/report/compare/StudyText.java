package dsim.report.compare;

import dsim.compare.Grid;
import dsim.compare.Study;
import java.util.ArrayList;
import java.util.List;

/**
 * A --vary study or grid as compare prints it on stdout: per value (or pair of values), each
 * semantics' lost and duplicated with intervals.
 */
public final class StudyText {

    private StudyText() {
    }

    /** The study's table, columns aligned, one line per value. */
    public static String render(Study study) {
        return render(Varied.of(study));
    }

    /** The grid's table, columns aligned, one line per pair of values. */
    public static String render(Grid grid) {
        return render(Varied.of(grid));
    }

    private static String render(Varied varied) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(varied.header());
        rows.addAll(varied.rows(Format::estimate));
        int leading = varied.paths().size();
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int j = 0; j < row.size(); j++) {
                width[j] = Math.max(width[j], row.get(j).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < row.size(); j++) {
                String cell = row.get(j);
                if (j < leading) { // the varied values, left-aligned like words
                    line.append(j > 0 ? "  " : "").append(cell).append(" ".repeat(width[j] - cell.length()));
                } else {
                    line.append("  ").append(" ".repeat(width[j] - cell.length())).append(cell);
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
