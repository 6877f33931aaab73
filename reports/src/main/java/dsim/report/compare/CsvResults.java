package dsim.report.compare;

/**
 * {@code results.csv}: a header, then one row per run (seed, semantics and, in a study, the
 * varied value). Fields are quoted as RFC 4180 says (when they hold a comma, a quote or a
 * line break; quotes doubled); lines end with LF.
 */
final class CsvResults implements ReportRenderer {

    @Override
    public String render(ReportInput input) {
        StringBuilder b = new StringBuilder();
        RunColumn[] columns = RunColumn.values();
        for (int i = 0; i < columns.length; i++) {
            b.append(i > 0 ? "," : "").append(columns[i].csvName());
        }
        b.append('\n');
        for (RunRow row : RunRow.of(input)) {
            for (int i = 0; i < columns.length; i++) {
                Object v = columns[i].of(row);
                b.append(i > 0 ? "," : "").append(v == null ? "" : field(v.toString()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** {@code s} as one CSV field. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
