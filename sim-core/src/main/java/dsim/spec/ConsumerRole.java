package dsim.spec;

/** What a consumer does under a semantics: its column of the semantics table. */
public enum ConsumerRole {
    /** Acks on receipt, implicitly (nothing is ever resent), then processes. */
    ACKS_ON_RECEIPT(false, false),
    /** Processes, then acks (or commits first, if the scenario says so). */
    ACKS_AFTER_PROCESSING(true, false),
    /** As {@link #ACKS_AFTER_PROCESSING}, and skips ids in its dedup store, committed atomically with the effect. */
    DEDUPLICATES_THEN_ACKS(true, true);

    private final boolean acks;
    private final boolean deduplicates;

    ConsumerRole(boolean acks, boolean deduplicates) {
        this.acks = acks;
        this.deduplicates = deduplicates;
    }

    /** Whether it sends acks at all (after processing, or before if it commits first); else it acks on receipt, implicitly. */
    public boolean acks() {
        return acks;
    }

    /** Whether it keeps a dedup store of processed ids and skips what it finds there. */
    public boolean deduplicates() {
        return deduplicates;
    }
}
