package dsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into two lines that say it is a bug and how to reproduce
 * it, and exit code 70. The stack trace only with {@code DSIM_DEBUG=1}: users need the
 * replay line, developers the trace.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    private final Terminal terminal;

    InternalErrorHandler(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = terminal.err();
        String message = ex.getMessage() == null ? "" : ": " + ex.getMessage();
        err.println("dsim: internal error: " + ex.getClass().getName() + message);
        String replay = cl.getCommand() instanceof Reproducible r ? r.reproduceLine() : null;
        if (replay != null) {
            err.println("this is a bug; reproduce with: " + replay);
        } else {
            err.println("this is a bug; run again with DSIM_DEBUG=1 to see where it happened");
        }
        if (terminal.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
