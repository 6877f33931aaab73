package dsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dsim.spec.PacketKind;
import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.Semantics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class TraceWriterTest {

    @Test
    void record_messageEntry_allFieldsInOrder() throws IOException {
        StringWriter out = new StringWriter();
        TraceWriter w = new TraceWriter(out);
        w.record(new TraceEntry(41, 38, 1_203_000_000L, TraceKind.SENT, "auth-service", "auth-service-17", 2,
                PacketKind.PUBLISH, "email-service", null, 0, "publish auth-service->email-service"));
        w.flush();
        assertEquals("{\"t\":1203000000,\"time\":\"1.203s\",\"seq\":41,\"causedBy\":38,\"node\":\"auth-service\","
                + "\"kind\":\"sent\",\"message\":\"auth-service-17\",\"attempt\":2,\"packet\":\"publish\","
                + "\"peer\":\"email-service\",\"detail\":\"publish auth-service->email-service\"}\n", out.toString());
    }

    @Test
    void record_nodeEntry_omitsMessageZeroAttemptAndNoCause() throws IOException {
        StringWriter out = new StringWriter();
        TraceWriter w = new TraceWriter(out);
        w.record(new TraceEntry(7, 0, 0, TraceKind.CRASHED, "email-service", null, 0, null, null, Reason.BROKER_CRASH, 0,
                ""));
        w.flush();
        assertEquals("{\"t\":0,\"time\":\"0s\",\"seq\":7,\"node\":\"email-service\",\"kind\":\"crashed\","
                + "\"cause\":\"broker crash\",\"detail\":\"\"}\n", out.toString(), "no causedBy: a scheduled crash has no cause");
    }

    @Test
    void record_withSemantics_tagsEveryLine() throws IOException {
        StringWriter out = new StringWriter();
        TraceWriter w = new TraceWriter(out, Semantics.EXACTLY_ONCE);
        w.record(new TraceEntry(1, 0, 5, TraceKind.DEDUPLICATED, "inbox", "p-1", 1, null, null, null, 0, "seen"));
        w.record(new TraceEntry(1, 0, 6, TraceKind.RESTARTED, "inbox", null, 0, null, null, null, 0, ""));
        w.flush();
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            assertEquals(true, line.contains(",\"semantics\":\"exactly-once\",\"node\":\"inbox\","), line);
        }
    }

    @Test
    void record_quotesAndControlCharacters_areEscaped() throws IOException {
        StringWriter out = new StringWriter();
        TraceWriter w = new TraceWriter(out);
        w.record(new TraceEntry(1, 0, 1, TraceKind.DROPPED, "a\"b", "m\\1", 0, null, null, null, 0, "line\nbreak\ttab"));
        w.flush();
        String line = out.toString();
        assertEquals(true, line.contains("\"node\":\"a\\\"b\""), line);
        assertEquals(true, line.contains("\"message\":\"m\\\\1\""), line);
        assertEquals(true, line.contains("\"detail\":\"line\\nbreak\\ttab\"}\n"), line);
    }

    @Test
    void record_buffersUntilFlush() throws IOException {
        StringWriter out = new StringWriter();
        TraceWriter w = new TraceWriter(out);
        w.record(new TraceEntry(1, 0, 1, TraceKind.CREATED, "p", "p-1", 0, null, null, null, 0, ""));
        assertEquals("", out.toString());
        w.flush();
        assertEquals(1, out.toString().lines().count());
    }

    @Test
    void record_failingWriter_surfacesUnchecked() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        TraceWriter w = new TraceWriter(broken);
        assertThrows(UncheckedIOException.class, () -> {
            for (int i = 0; i < 10_000; i++) {
                w.record(new TraceEntry(1, 0, i, TraceKind.CREATED, "p", "p-" + i, 0, null, null, null, 0, "a fairly long detail to fill the buffer"));
            }
        });
    }

    @Test
    void isTraceLine_aLineItWrote_isRecognised() throws IOException {
        StringWriter out = new StringWriter();
        TraceWriter w = new TraceWriter(out, Semantics.AT_LEAST_ONCE);
        w.record(new TraceEntry(1, 0, 1_203_000_000L, TraceKind.SENT, "auth-service", "auth-service-17", 2, null, null, null, 0, "x"));
        w.flush();
        assertEquals(true, TraceWriter.isTraceLine(out.toString().strip()));
        assertEquals(true, TraceWriter.isTraceLine("{\"seq\":3,\"node\":\"a\",\"causedBy\":[1],\"kind\":\"sent\",\"t\":5}"),
                "fields in another order, and fields added later");
    }

    @Test
    void isTraceLine_anythingElse_isNotATrace() {
        for (String line : new String[] {"# My project", "name: password-reset", "", "{}", "[1, 2]", "{\"t\":1}",
            "{\"t\":\"1\",\"node\":\"a\",\"kind\":\"sent\"}", "{\"t\":1,\"node\":\"a\",\"kind\":\"sent\"} trailing",
            "{\"t\":1,\"node\":\"a\",\"kind\":\"sent\"", "{\"t\":1.5,\"node\":\"a\",\"kind\":\"sent\"}"}) {
            assertEquals(false, TraceWriter.isTraceLine(line), line);
        }
    }
}
