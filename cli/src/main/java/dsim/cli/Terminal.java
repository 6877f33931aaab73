package dsim.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Where commands print and what the output can show: results to {@code out}, errors and
 * warnings to {@code err}; a scenario named {@code -} is read from {@code in}.
 *
 * @param out     results
 * @param err     errors, warnings and progress
 * @param unicode true if {@code out} can encode symbols such as check marks
 * @param debug   true to print stack traces of internal errors ({@code DSIM_DEBUG=1})
 * @param in      standard input
 */
public record Terminal(PrintWriter out, PrintWriter err, boolean unicode, boolean debug, InputStream in) {

    private static final String SYMBOLS = "\u2713\u2717";

    /** A terminal whose standard input is empty. */
    public Terminal(PrintWriter out, PrintWriter err, boolean unicode, boolean debug) {
        this(out, err, unicode, debug, InputStream.nullInputStream());
    }

    /** The process's stdout and stderr, in the charset the platform uses for them. */
    public static Terminal system() {
        Charset outCharset = charset("stdout.encoding");
        Charset errCharset = charset("stderr.encoding");
        // stdout's file descriptor, not System.out: a PrintStream would swallow the write errors
        // OutputWriter reports. Bytes pass through unchanged either way, so our charsets decide.
        return new Terminal(new OutputWriter(writer(new FileOutputStream(FileDescriptor.out), outCharset)),
                new PrintWriter(writer(System.err, errCharset), true),
                outCharset.newEncoder().canEncode(SYMBOLS), "1".equals(System.getenv("DSIM_DEBUG")), System.in);
    }

    /** A terminal over two writers and an empty standard input, for tests and embedding. */
    public static Terminal of(Writer out, Writer err, boolean unicode) {
        return new Terminal(new OutputWriter(out), new PrintWriter(err, true), unicode, false);
    }

    /** This terminal reading its standard input from {@code input}. */
    public Terminal withInput(InputStream input) {
        return new Terminal(out, err, unicode, debug, input);
    }

    /**
     * Why results could not be written to {@code out} (e.g. {@code No space left on device}), or
     * null if everything printed so far was written. Flushes {@code out} first.
     */
    public String outFailure() {
        if (out instanceof OutputWriter w) {
            return w.failure();
        }
        return out.checkError() ? "write error" : null;
    }

    /** {@code unicode} when it can be printed, else the {@code ascii} fallback. */
    public String symbol(String unicodeText, String ascii) {
        return unicode ? unicodeText : ascii;
    }

    /**
     * The charset of a standard stream. Java 19+ names it in {@code stdout.encoding}; Java 17
     * has only the platform's ({@code native.encoding}), which is what a terminal decodes.
     */
    private static Charset charset(String property) {
        for (String key : List.of(property, "sun." + property, "native.encoding")) {
            String name = System.getProperty(key);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }

    private static Writer writer(OutputStream stream, Charset charset) {
        return new OutputStreamWriter(stream, charset);
    }
}
