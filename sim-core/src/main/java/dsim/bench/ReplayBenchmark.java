package dsim.bench;

import dsim.journal.TraceEntry;
import dsim.journal.TraceSink;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What replaying one message of a big run costs next to the run itself: the built-in
 * scenario run plain, then again keeping the journal entries of one message's story, as
 * {@code dsim replay --message} does. Both are timed and their peak heap measured.
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    /** Keeps the entries of one message (and those about no message), as a story needs them. */
    private static final class OneStory implements TraceSink {
        private final List<String> wanted;
        private final List<TraceEntry> kept = new ArrayList<>();

        OneStory(String messageId) {
            this.wanted = List.of(messageId);
        }

        @Override
        public void record(TraceEntry entry) {
            kept.add(entry);
        }

        @Override
        public Collection<String> onlyMessages() {
            return wanted;
        }
    }

    /** The plain run and the replay of its middle message, on {@code messages} messages. */
    public static ReplayResult run(long messages) {
        measure(Math.max(1, messages / 10)); // the run's code is warm by now; a replay's paths are not
        return measure(messages);
    }

    private static ReplayResult measure(long messages) {
        Scenario s = ModelBenchmark.scenario(messages);
        String id = s.producers().get(0).name() + "-" + Math.max(1, messages / 2);
        HeapUse.Measured<RunResult> plain = HeapUse.measure(() -> Simulation.run(s, Semantics.AT_LEAST_ONCE, 1, null));
        OneStory story = new OneStory(id);
        HeapUse.Measured<RunResult> replay = HeapUse.measure(
                () -> Simulation.run(s, Semantics.AT_LEAST_ONCE, 1, story));
        if (!plain.value().traceDigest().equals(replay.value().traceDigest())) {
            throw new IllegalStateException("the replay's digest differs from the run's");
        }
        return new ReplayResult(messages, id, story.kept.size(), plain.seconds(), replay.seconds(),
                plain.peakHeapBytes(), replay.peakHeapBytes());
    }
}
