package dsim.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A one-line progress counter on stderr, redrawn in place; silent unless stderr is a
 * terminal, so logs and pipes never see it. Thread-safe: sweeps report from workers.
 */
final class Progress implements IntConsumer {

    private final PrintWriter err;
    private final String what;
    private final int total;
    private int shownPercent = -1;

    private Progress(PrintWriter err, String what, int total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    /** A counter of {@code total} units, or null (no progress) when stderr is not a terminal. */
    static Progress onTerminal(PrintWriter err, String what, int total) {
        return System.console() == null ? null : new Progress(err, what, total);
    }

    @Override
    public synchronized void accept(int done) {
        int percent = (int) (100L * done / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            err.print("\r" + what + ": " + done + "/" + total + " (" + percent + "%)");
            err.flush();
        }
    }

    /** Clears the progress line. */
    synchronized void finish() {
        err.print("\r\033[K");
        err.flush();
    }
}
