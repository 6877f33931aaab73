package dsim.cli;

/** The exit codes of every dsim command, as listed in {@code dsim --help}. */
public final class ExitCode {

    /** Everything ran and every expectation held. */
    public static final int OK = 0;
    /** An {@code expect} of the scenario was broken. */
    public static final int EXPECTATION_BROKEN = 1;
    /** Bad input (a scenario file, an output path) or bad usage (an unknown option). */
    public static final int USAGE = 2;
    /**
     * A run stopped at {@code limits.max-time}, {@code max-events} or {@code max-pending} with
     * work left, or the JVM's heap ran out: a legal scenario that needs more than this JVM may use.
     */
    public static final int LIMIT_HIT = 3;
    /** Two runs of one seed differed: determinism is broken. */
    public static final int NONDETERMINISTIC = 4;
    /**
     * A bound over seeds ({@code duplicated: "< 0.5% @95%"}) was still undecided when
     * {@code dsim check} reached its seed cap: its interval straddled the bound at every look.
     */
    public static final int UNDECIDED = 5;
    /** A bug in dsim (EX_SOFTWARE from sysexits.h). */
    public static final int INTERNAL_ERROR = 70;
    /**
     * The results could not be written to standard output, e.g. a full disk or a closed pipe
     * (EX_IOERR from sysexits.h): a script must not take missing output for success.
     */
    public static final int OUTPUT_NOT_WRITTEN = 74;

    private ExitCode() {
    }
}
