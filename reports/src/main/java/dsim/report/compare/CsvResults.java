package dsim.report.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * {@code results.csv}: a header, then one row per run (seed, semantics and, in a study, the
 * varied value). Fields are quoted as RFC 4180 says (when they hold a comma, a quote or a
 * line break; quotes doubled); lines end with LF.
 */
final class CsvResults implements ReportRenderer {

    @Override
    public String render(ReportInput input) {
        StringWriter out = new StringWriter();
        try {
            write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        RunColumn[] columns = RunColumn.values();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            line.append(i > 0 ? "," : "").append(columns[i].csvName());
        }
        out.append(line).append('\n');
        RunRow.each(input, row -> {
            line.setLength(0);
            for (int i = 0; i < columns.length; i++) {
                Object v = columns[i].of(row);
                line.append(i > 0 ? "," : "").append(v == null ? "" : field(v.toString()));
            }
            out.append(line).append('\n');
        });
    }

    /** {@code s} as one CSV field. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
