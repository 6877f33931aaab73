package dsim.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Where a command prints its results: a {@link PrintWriter} that also remembers why a write
 * failed. PrintWriter swallows the {@link IOException} and keeps only a flag, but "No space left
 * on device" and "Broken pipe" call for different fixes, so the user should see which it was.
 */
final class OutputWriter extends PrintWriter {

    /** A writer over {@code target} that flushes at every line, as a terminal expects. */
    OutputWriter(Writer target) {
        super(new FirstFailure(target), true);
    }

    /**
     * Why results could not be written, e.g. {@code No space left on device}, or null if every
     * write so far succeeded. Flushes first, so nothing still buffered escapes the check.
     */
    String failure() {
        if (!checkError()) {
            return null;
        }
        IOException e = ((FirstFailure) out).first;
        return e == null || e.getMessage() == null ? "write error" : e.getMessage();
    }

    /** Passes everything through and keeps the first exception a write or flush threw. */
    private static final class FirstFailure extends FilterWriter {

        private IOException first;

        FirstFailure(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                super.write(chars, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            try {
                super.write(s, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
