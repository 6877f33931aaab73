package dsim.journal;

/**
 * Watches the journal of a run, entry by entry, in order. Only used when a user asks for a
 * trace or a story: the run formats names for it, which the hot loop otherwise never does.
 */
@FunctionalInterface
public interface TraceSink {

    /** One journal entry. */
    void record(TraceEntry entry);

    /**
     * The ids of the messages whose entries this sink wants (with every entry about no message,
     * and every commit), or null for all: the run then never formats the others.
     */
    default java.util.Collection<String> onlyMessages() {
        return null;
    }
}
