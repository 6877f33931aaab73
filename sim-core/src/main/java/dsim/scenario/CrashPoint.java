package dsim.scenario;

/** Where a consumer crash strikes while it handles one delivery. */
public enum CrashPoint {
    /** On receipt, before processing starts: nothing was processed. */
    BEFORE_PROCESS("before-process"),
    /** After the side effect, before the ack is sent: processed but never acked. */
    AFTER_PROCESS("after-process");

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
