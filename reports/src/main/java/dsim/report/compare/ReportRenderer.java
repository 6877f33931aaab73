package dsim.report.compare;

import java.io.IOException;
import java.io.Writer;

/** Turns a compare report's input into the text of one file. */
public interface ReportRenderer {

    /** The file's whole content; equal inputs give equal strings. */
    String render(ReportInput input);

    /**
     * Writes the file's whole content to {@code out}, the same text {@link #render} returns. A
     * file with a row per run writes them as it goes, so a report of millions of seeds never
     * holds its text in memory.
     */
    default void write(ReportInput input, Writer out) throws IOException {
        out.write(render(input));
    }
}
