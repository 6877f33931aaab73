package dsim.report.compare;

import java.util.function.Supplier;

/** The files a compare report consists of, each with its renderer, in the order they are written. */
public enum ReportFormat {
    MARKDOWN("report.md", MarkdownReport::new),
    HTML("report.html", HtmlReport::new),
    CSV("results.csv", CsvResults::new),
    JSON("results.json", JsonResults::new);

    private final String fileName;
    private final Supplier<ReportRenderer> factory;

    ReportFormat(String fileName, Supplier<ReportRenderer> factory) {
        this.fileName = fileName;
        this.factory = factory;
    }

    /** The file's name inside the output directory. */
    public String fileName() {
        return fileName;
    }

    /** A new renderer for this file. */
    public ReportRenderer renderer() {
        return factory.get();
    }
}
