package dsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.bench.BenchResult;
import dsim.bench.HoldResult;
import dsim.bench.ModelResult;
import dsim.bench.NodesResult;
import dsim.bench.PartitionsResult;
import dsim.bench.ReplayResult;
import dsim.bench.SweepResult;
import dsim.engine.EventPool;
import dsim.engine.EventQueue;

import java.util.List;
import java.util.Locale;

/** {@code dsim bench} output: a text table or JSON. Wall-clock figures, so never golden-tested. */
public final class BenchReport {

    private BenchReport() {
    }

    /** The results as aligned text. */
    public static String text(BenchResult r) {
        StringBuilder out = new StringBuilder();
        out.append("dsim bench: java ").append(r.java()).append(", ").append(r.threads()).append(" processors\n\n");
        out.append("hold model (N pending; pop the earliest, push one at now + Exp(1ms)), events/s:\n");
        TextTable hold = new TextTable(List.of(TextTable.Column.right("pending"), TextTable.Column.left("engine"),
                TextTable.Column.right("min"), TextTable.Column.right("median"), TextTable.Column.right("max"),
                TextTable.Column.right("vs binary heap")));
        for (HoldResult h : r.hold()) {
            hold.row(String.format(Locale.ROOT, "%,d", h.pending()), h.engine(), rate(h.minPerSecond()),
                    rate(h.medianPerSecond()), rate(h.maxPerSecond()),
                    String.format(Locale.ROOT, "%.2fx", h.ratioToBinaryHeap()));
        }
        hold.render(out);
        ModelResult m = r.model();
        out.append("\nwhole model (").append(String.format(Locale.ROOT, "%,d", m.messages()))
                .append(" messages through a broker, at-least-once, loss, duplication, crashes):\n");
        out.append(String.format(Locale.ROOT, "  %,d events in %.2fs: %s events/s, %s messages/s, peak heap %.0f MB%n",
                m.events(), m.seconds(), rate(m.eventsPerSecond()), rate(m.messagesPerSecond()),
                m.peakHeapBytes() / 1e6));
        out.append(String.format(Locale.ROOT, "  %.2fx the lean model's rate (%s events/s: the same scenario by hand, plain arrays,"
                + " no journal)%n", m.ratioToLeanModel(), rate(m.leanEventsPerSecond())));
        double binary = binaryHeapAt(r, 100_000);
        if (binary > 0) {
            out.append(String.format(Locale.ROOT, "  %.2fx the binary heap's hold rate at 100,000 pending%n",
                    m.eventsPerSecond() / binary));
        }
        out.append(String.format(Locale.ROOT, "  the event queue keeps %d bytes per pending event (a packed long key and an int slot);%n"
                + "  its payload takes %d bytes more in the event pool%n", EventQueue.BYTES_PER_EVENT,
                EventPool.BYTES_PER_EVENT));
        SweepResult w = r.sweep();
        out.append(String.format(Locale.ROOT, "%nseed sweep (%,d seeds x %d semantics of %,d messages, as compare and hunt"
                + " run them; median of %d rounds):%n", w.seeds(), w.runs() / w.seeds(), w.messagesPerRun(), w.rounds()));
        out.append(String.format(Locale.ROOT, "  1 thread %.2fs, 2 threads %.2fs: %.2fx faster, %s%n",
                w.secondsOneThread(), w.secondsTwoThreads(), w.speedup(),
                w.identical() ? "identical results" : "RESULTS DIFFER (a bug: please report it)"));
        NodesResult n = r.nodes();
        out.append(String.format(Locale.ROOT, "%nnode count (%,d messages through one broker, Poisson at 500/s in all,"
                + " at-least-once, 1%% loss; best of 3):%n  %,d producers and consumers %.0f ns/event, %,d: %.0f ns/event: %.2fx%n"
                + "  the lean model of it: %.0f ns/event, %.0f ns/event: %.2fx (what a model written by hand pays too)%n"
                + "  held after the run: %.1f MB at %,d, %.1f MB at %,d; the messages' own arrays %.1f MB: %.2fx%n",
                n.messages(), n.fewNodes(), n.fewNanos(), n.manyNodes(), n.manyNanos(), n.ratio(),
                n.leanFewNanos(), n.leanManyNanos(), n.leanRatio(),
                n.fewHeldBytes() / 1e6, n.fewNodes(), n.manyHeldBytes() / 1e6, n.manyNodes(),
                n.messageArrayBytes() / 1e6, n.memoryRatio()));
        PartitionsResult t = r.partitions();
        out.append(String.format(Locale.ROOT, "%npartition count (%,d messages into a log read by %d consumers, Poisson at"
                + " 1,000/s, at-least-once, 1%% loss; best of 3):%n  %,d partitions %.0f ns/event, %,d: %.0f ns/event: %.2fx%n",
                t.messages(), t.consumers(), t.fewPartitions(), t.fewNanos(), t.manyPartitions(), t.manyNanos(),
                t.ratio()));
        ReplayResult p = r.replay();
        out.append(String.format(Locale.ROOT, "%nreplay of one message (%s of the whole model's %,d, keeping %,d journal entries):%n"
                + "  run %.2fs, peak heap %.0f MB; replay %.2fs (%.2fx), peak heap %.0f MB (%.2fx)%n",
                p.messageId(), p.messages(), p.entriesKept(), p.runSeconds(), p.runPeakHeapBytes() / 1e6,
                p.replaySeconds(), p.timeRatio(), p.replayPeakHeapBytes() / 1e6, p.memoryRatio()));
        return out.toString();
    }

    /** The results as JSON: {@code hold, model, sweep, nodes, partitions, replay, java, threads}. */
    public static String json(BenchResult r) {
        ObjectNode root = Json.object();
        ArrayNode hold = root.putArray("hold");
        for (HoldResult h : r.hold()) {
            hold.addObject().put("pending", h.pending()).put("engine", h.engine())
                    .put("eventsPerSecond", Math.round(h.medianPerSecond()))
                    .put("minEventsPerSecond", Math.round(h.minPerSecond()))
                    .put("maxEventsPerSecond", Math.round(h.maxPerSecond()))
                    .put("ratioToBinaryHeap", Math.round(h.ratioToBinaryHeap() * 1000) / 1000.0);
        }
        ModelResult m = r.model();
        root.putObject("model").put("messages", m.messages()).put("events", m.events())
                .put("seconds", Math.round(m.seconds() * 1000) / 1000.0)
                .put("eventsPerSecond", Math.round(m.eventsPerSecond()))
                .put("messagesPerSecond", Math.round(m.messagesPerSecond()))
                .put("peakHeapBytes", m.peakHeapBytes())
                .put("leanEvents", m.leanEvents())
                .put("leanEventsPerSecond", Math.round(m.leanEventsPerSecond()))
                .put("ratioToLeanModel", Math.round(m.ratioToLeanModel() * 1000) / 1000.0)
                .put("queueBytesPerPendingEvent", EventQueue.BYTES_PER_EVENT)
                .put("payloadBytesPerPendingEvent", EventPool.BYTES_PER_EVENT);
        SweepResult w = r.sweep();
        root.putObject("sweep").put("seeds", w.seeds()).put("runs", w.runs())
                .put("messagesPerRun", w.messagesPerRun())
                .put("secondsOneThread", Math.round(w.secondsOneThread() * 1000) / 1000.0)
                .put("secondsTwoThreads", Math.round(w.secondsTwoThreads() * 1000) / 1000.0)
                .put("speedup", Math.round(w.speedup() * 100) / 100.0)
                .put("identical", w.identical());
        NodesResult n = r.nodes();
        root.putObject("nodes").put("messages", n.messages()).put("fewNodes", n.fewNodes())
                .put("fewNanosPerEvent", Math.round(n.fewNanos() * 10) / 10.0).put("manyNodes", n.manyNodes())
                .put("manyNanosPerEvent", Math.round(n.manyNanos() * 10) / 10.0)
                .put("ratio", Math.round(n.ratio() * 100) / 100.0)
                .put("leanFewNanosPerEvent", Math.round(n.leanFewNanos() * 10) / 10.0)
                .put("leanManyNanosPerEvent", Math.round(n.leanManyNanos() * 10) / 10.0)
                .put("leanRatio", Math.round(n.leanRatio() * 100) / 100.0)
                .put("fewHeldBytes", n.fewHeldBytes()).put("manyHeldBytes", n.manyHeldBytes())
                .put("messageArrayBytes", n.messageArrayBytes())
                .put("memoryRatio", Math.round(n.memoryRatio() * 100) / 100.0);
        PartitionsResult t = r.partitions();
        root.putObject("partitions").put("messages", t.messages()).put("consumers", t.consumers())
                .put("fewPartitions", t.fewPartitions())
                .put("fewNanosPerEvent", Math.round(t.fewNanos() * 10) / 10.0)
                .put("manyPartitions", t.manyPartitions())
                .put("manyNanosPerEvent", Math.round(t.manyNanos() * 10) / 10.0)
                .put("ratio", Math.round(t.ratio() * 100) / 100.0);
        ReplayResult p = r.replay();
        root.putObject("replay").put("messages", p.messages()).put("message", p.messageId())
                .put("entriesKept", p.entriesKept())
                .put("runSeconds", Math.round(p.runSeconds() * 1000) / 1000.0)
                .put("replaySeconds", Math.round(p.replaySeconds() * 1000) / 1000.0)
                .put("timeRatio", Math.round(p.timeRatio() * 100) / 100.0)
                .put("runPeakHeapBytes", p.runPeakHeapBytes()).put("replayPeakHeapBytes", p.replayPeakHeapBytes())
                .put("memoryRatio", Math.round(p.memoryRatio() * 100) / 100.0);
        root.put("java", r.java());
        root.put("threads", r.threads());
        return Json.pretty(root);
    }

    private static double binaryHeapAt(BenchResult r, int pending) {
        return r.hold().stream().filter(h -> h.pending() == pending && h.engine().equals("binary-heap"))
                .mapToDouble(HoldResult::medianPerSecond).findFirst().orElse(0);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.2fM", perSecond / 1e6);
    }
}
