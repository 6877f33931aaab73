package dsim.run;

/** How a run ended. Anything but {@link #COMPLETED} means the tally is of an unfinished run. */
public enum Outcome {
    /** Nothing was left to do: every message resolved. */
    COMPLETED("completed"),
    /** Simulated time reached {@code limits.max-time} with work still scheduled. */
    MAX_TIME("max-time"),
    /** The run executed {@code limits.max-events} events with work still scheduled. */
    MAX_EVENTS("max-events"),
    /** More than {@code limits.max-pending} events were in flight at once: the run's memory bound. */
    MAX_PENDING("max-pending");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    /** The kebab-case name used in output. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
