package dsim.story;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.journal.TraceSink;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps the journal entries of a run, in order: every one, or only those one message's story
 * needs. Memory grows with what it keeps, so it is meant for replaying single runs, not sweeps.
 */
public final class Recorder implements TraceSink {

    private final List<TraceEntry> entries = new ArrayList<>();
    /** The messages whose stories are all that is wanted, or null to keep everything. */
    private final java.util.Set<String> only;

    private Recorder(java.util.Collection<String> only) {
        this.only = only == null ? null : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(only));
    }

    /** A recorder of every entry. */
    public Recorder() {
        this(null);
    }

    @Override
    public java.util.Collection<String> onlyMessages() {
        return only;
    }

    @Override
    public void record(TraceEntry entry) {
        if (only == null || keeps(entry)) {
            entries.add(entry);
        }
    }

    /**
     * Whether {@link JournalIndex#story} of the one message can use {@code entry}: the message's
     * own entries, those about no message (crashes, restarts, a log's assignments), and a log's
     * commits, of which a story may show the last one before an assignment.
     */
    private boolean keeps(TraceEntry entry) {
        // A check the journal already made; kept so a recorder is right whoever feeds it.
        return entry.messageId() == null || entry.kind() == TraceKind.COMMITTED || only.contains(entry.messageId());
    }

    /** The entries so far, in journal order; a read-only view. */
    public List<TraceEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Runs {@code scenario} once with a recorder attached. Same digest as a run without one. */
    public static Recording run(Scenario scenario, Semantics semantics, long seed) {
        return run(scenario, semantics, seed, (java.util.Collection<String>) null);
    }

    /**
     * Runs {@code scenario} once, keeping only what the story of {@code messageId} needs (every
     * entry if it is null): a million-message replay of one message holds about what a run
     * does, not its whole journal. The same digest, and the same story of that message.
     */
    public static Recording run(Scenario scenario, Semantics semantics, long seed, String messageId) {
        return run(scenario, semantics, seed, messageId == null ? null : List.of(messageId));
    }

    /** As {@link #run(Scenario, Semantics, long, String)}, keeping the stories of {@code messageIds} (all if null). */
    public static Recording run(Scenario scenario, Semantics semantics, long seed, java.util.Collection<String> messageIds) {
        Recorder recorder = new Recorder(messageIds);
        RunResult result = Simulation.run(scenario, semantics, seed, recorder);
        return new Recording(result, recorder.entries());
    }
}
