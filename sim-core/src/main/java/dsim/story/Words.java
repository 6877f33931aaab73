package dsim.story;

import dsim.journal.TraceEntry;

/** Small phrases explanations are built from. */
final class Words {

    private Words() {
    }

    /** {@code a -> b} for a packet entry. */
    static String link(TraceEntry e) {
        return e.node() + " -> " + e.peer();
    }

    /**
     * Where and why a packet was dropped, from its drop entry: {@code on a -> b by loss},
     * {@code on a -> b in an outage}, {@code because b was down}.
     */
    static String drop(TraceEntry drop) {
        return switch (drop.reason()) {
            case NODE_DOWN -> "because " + drop.peer() + " was down";
            case STALE_FETCH -> "because " + drop.peer() + " had crashed since it was sent";
            case OUTAGE -> "on " + link(drop) + " in an outage";
            case LOSS -> "on " + link(drop) + " by loss";
            default -> throw new IllegalStateException("a packet is not dropped by " + drop.reason().id());
        };
    }

    /** Why the semantics did not catch a second processing. */
    static String noDedup(RunContext context) {
        return context.semantics().id() + " keeps no dedup store";
    }

    /** {@code 3 times}, {@code once}. */
    static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}
