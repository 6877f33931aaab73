package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.compare.Study;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.List;

/** A --vary study as compare prints it on stdout: per value, each semantics' lost and duplicated with intervals. */
public final class StudyText {

    private StudyText() {
    }

    /** The table, columns aligned, one line per value. */
    public static String render(Study study) {
        List<Semantics> semantics = study.points().get(0).scenario().semantics();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(study.path()));
        semantics.forEach(s -> {
            header.add(s.id() + " lost");
            header.add(s.id() + " duplicated");
        });
        rows.add(header);
        for (int i = 0; i < study.values().size(); i++) {
            Comparison point = study.points().get(i);
            List<String> row = new ArrayList<>(List.of(study.values().get(i)));
            for (Semantics s : semantics) {
                SemanticsSummary sum = point.summary(s);
                row.add(Format.estimate(Metric.LOST, sum.metric(Metric.LOST)));
                row.add(Format.estimate(Metric.DUPLICATED, sum.metric(Metric.DUPLICATED)));
            }
            rows.add(row);
        }
        int[] width = new int[header.size()];
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
                if (j == 0) {
                    line.append(cell).append(" ".repeat(width[j] - cell.length()));
                } else {
                    line.append("  ").append(" ".repeat(width[j] - cell.length())).append(cell);
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
