package dsim.report.part;

/**
 * Parts that cannot be merged: a file that is no part (or not a whole one), or parts that are
 * not one whole sweep. Its message is one line for the user, naming the file at fault. Unchecked,
 * because it comes up through the summaries that read the parts seed by seed.
 */
public final class PartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PartException(String line) {
        super(line);
    }
}
