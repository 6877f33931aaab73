package dsim.spec;

/**
 * When a consumer acks (commits) a delivery under at-least-once and exactly-once, relative
 * to processing it. At-most-once always commits on receipt.
 */
public enum CommitPoint {
    /** Process, then commit: a crash in between means a redelivery (a duplicate). The default. */
    AFTER_PROCESS("after-process"),
    /**
     * Commit on receipt, then process: processing handed off to run after the commit (a poll
     * loop that passes records to another thread). A crash in between loses the message.
     */
    BEFORE_PROCESS("before-process");

    private final String id;

    CommitPoint(String id) {
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
