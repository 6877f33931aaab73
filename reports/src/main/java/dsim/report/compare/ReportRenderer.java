package dsim.report.compare;

/** Turns a compare report's input into the text of one file. */
public interface ReportRenderer {

    /** The file's whole content; equal inputs give equal strings. */
    String render(ReportInput input);
}
