package dsim.cli;

import dsim.text.Durations;
import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A one-line progress counter on stderr, redrawn in place with the time elapsed and an
 * estimate of the time left; silent unless stderr is a terminal, so logs and pipes never see
 * it, whatever stdout is. A Ctrl-C ends the line rather than leaving the shell's prompt on it.
 * Thread-safe: sweeps report from workers. The clock it reads only paces this line; nothing
 * it shows reaches a result.
 */
final class Progress implements IntConsumer {

    /** The launcher's answer to "is stderr a terminal?", which Java cannot ask: 1 or 0. */
    static final String STDERR_IS_TERMINAL = "DSIM_STDERR_TTY";
    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final String what;
    private final int total;
    private final long started = System.nanoTime();
    private final Thread onInterrupt;
    private long shownSecond = -1;
    private int shownPercent = -1;
    private boolean showing;
    private String stage = "";
    /** Whether units take about equally long, so the time left follows from the time per unit. */
    private boolean evenUnits = true;

    private Progress(PrintWriter err, String what, int total) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.onInterrupt = new Thread(this::endLine, "dsim-progress");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /** A counter of {@code total} units, or null (no progress) when stderr is not a terminal. */
    static Progress onTerminal(PrintWriter err, String what, int total) {
        return stderrIsTerminal() ? new Progress(err, what, total) : null;
    }

    /**
     * Whether stderr is a terminal, as the launcher found ({@code [ -t 2 ]}); run without it,
     * whether Java sees a console (which asks about stdin and stdout instead).
     */
    static boolean stderrIsTerminal() {
        String said = System.getenv(STDERR_IS_TERMINAL);
        return said != null ? said.equals("1") : System.console() != null;
    }

    @Override
    public synchronized void accept(int done) {
        int percent = (int) (100L * done / total);
        long elapsed = System.nanoTime() - started;
        if (percent == shownPercent && elapsed / SECOND == shownSecond) {
            return;
        }
        shownPercent = percent;
        shownSecond = elapsed / SECOND;
        String left = done == 0 || done >= total || !evenUnits ? ""
                : ", about " + clock((long) ((double) elapsed / done * (total - done))) + " left";
        err.print("\r\033[K" + what + ": " + done + "/" + total + " (" + percent + "%" + ")" + stage + ", "
                + clock(elapsed) + " elapsed" + left);
        err.flush();
        showing = true;
    }

    /** Names the part under way, e.g. a benchmark's current measurement, and redraws; parts differ, so no estimate. */
    synchronized void stage(int done, String name) {
        evenUnits = false;
        stage = ": " + name;
        shownPercent = -1;
        accept(done);
    }

    /** Clears the progress line, for a line of output; the next update draws it again. */
    synchronized void clear() {
        if (showing) {
            err.print("\r\033[K");
            err.flush();
            showing = false;
        }
    }

    /** Clears the progress line for good; a Ctrl-C from now on has nothing to end. */
    synchronized void finish() {
        clear();
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // Already shutting down: the hook runs, or ran, and ends the line.
        }
    }

    /** On Ctrl-C: ends the line so what follows (or the prompt) starts on its own. */
    private synchronized void endLine() {
        if (showing) {
            err.println();
            err.flush();
            showing = false;
        }
    }

    /** Whole seconds as every dsim output prints a duration: {@code 42s}, {@code 3m05s}, {@code 1h02m}. */
    static String clock(long nanos) {
        long whole = Math.max(0, nanos) / SECOND * SECOND;
        return whole == 0 ? "0s" : Durations.compact(whole);
    }
}
