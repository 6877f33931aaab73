package dsim.spec;

/** Where a consumer crash strikes while it handles one delivery. */
public enum CrashPoint {
    /** On receipt, before processing starts: nothing was processed. */
    BEFORE_PROCESS("before-process"),
    /** After the side effect, before the ack is sent: processed but never acked. */
    AFTER_PROCESS("after-process"),
    /**
     * After whichever of processing and committing comes first, before the other: a duplicate
     * for a consumer that commits after processing, a loss for one that commits before.
     */
    BETWEEN_PROCESS_AND_COMMIT("between-process-and-commit");

    private final String id;

    CrashPoint(String id) {
        this.id = id;
    }

    /** The kebab-case name used in scenario files. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
