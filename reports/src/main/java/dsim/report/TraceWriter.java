package dsim.report;

import dsim.text.Durations;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dsim.journal.TraceEntry;
import dsim.journal.TraceSink;
import dsim.spec.Semantics;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a run's journal as JSON Lines, one object per entry, e.g.
 * {@code {"t":1203000000,"time":"1.203s","seq":41,"causedBy":38,"node":"auth-service","kind":"sent",
 * "message":"auth-service-17","attempt":2,"packet":"publish","peer":"email-service","detail":"..."}}.
 * {@code t} is the simulated time in nanoseconds, {@code time} the same in seconds for people;
 * {@code seq} numbers the entries of a run from 1 and {@code causedBy} names the entry that
 * caused this one (a receipt its send, a processing end its start...);
 * {@code causedBy}, {@code message}, {@code packet}, {@code peer} and {@code cause} are omitted
 * when they do not apply, {@code attempt} when 0. Buffered:
 * call {@link #flush()} when the run is over. Does not close the writer it was given.
 */
public final class TraceWriter implements TraceSink, Flushable {

    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;
    private final String semantics;
    private final StringBuilder line = new StringBuilder(160);

    /** A writer of lines without a semantics field: the trace of a single run. */
    public TraceWriter(Writer out) {
        this(out, null);
    }

    /**
     * A writer whose lines also carry {@code "semantics":"..."}, so the traces of several runs
     * can share one file and still be told apart.
     *
     * @param semantics the run's semantics, or null to omit the field
     */
    public TraceWriter(Writer out, Semantics semantics) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        this.semantics = semantics == null ? null : semantics.id();
    }

    /** Writes one line; an I/O failure surfaces as an {@link UncheckedIOException}, since the sink cannot throw. */
    @Override
    public void record(TraceEntry entry) {
        line.setLength(0);
        line.append("{\"t\":").append(entry.timeNanos());
        field("time", Durations.seconds(entry.timeNanos()));
        line.append(",\"seq\":").append(entry.seq());
        if (entry.causedBy() != 0) {
            line.append(",\"causedBy\":").append(entry.causedBy());
        }
        if (semantics != null) {
            field("semantics", semantics);
        }
        field("node", entry.node());
        field("kind", entry.kind().id());
        optional("message", entry.messageId());
        if (entry.attempt() != 0) {
            line.append(",\"attempt\":").append(entry.attempt());
        }
        optional("packet", entry.packet() == null ? null : entry.packet().id());
        optional("peer", entry.peer());
        optional("cause", entry.reason() == null ? null : entry.reason().id());
        field("detail", entry.detail() == null ? "" : entry.detail());
        line.append("}\n");
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trace", e);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * True if {@code line} could be a line of a trace this class wrote: one JSON object with a
     * whole number {@code t} and the strings {@code node} and {@code kind}, whatever else it
     * holds. This is how dsim knows a file for a trace of its own, which {@code --trace} may
     * replace, from a file of the user's, which it must not.
     */
    public static boolean isTraceLine(String line) {
        boolean time = false;
        boolean node = false;
        boolean kind = false;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                time |= name.equals("t") && value == JsonToken.VALUE_NUMBER_INT;
                node |= name.equals("node") && value == JsonToken.VALUE_STRING;
                kind |= name.equals("kind") && value == JsonToken.VALUE_STRING;
                p.skipChildren();
            }
            return p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null && time && node && kind;
        } catch (IOException e) {
            return false; // not JSON at all
        }
    }

    private void optional(String name, String value) {
        if (value != null) {
            field(name, value);
        }
    }

    private void field(String name, String value) {
        line.append(",\"").append(name).append("\":\"");
        JsonStringEncoder.getInstance().quoteAsString(value, line);
        line.append('"');
    }
}
