package dsim.bench;

/**
 * One queue under the hold model. Each implementation carries its own copy of the hold
 * loop: a loop shared through an interface would see three receiver types at one call
 * site, stop inlining, and measure virtual calls instead of queues.
 */
interface HoldQueue {

    /**
     * Fills the queue with {@code pending} events, then runs {@code steps} hold steps, each
     * popping the earliest event and pushing one at its time plus the next of {@code gaps}
     * (cycled). Returns the last time popped, so the work cannot be optimised away.
     */
    long hold(int pending, long steps, long[] gaps);

    /** The engine's name in output: "dsim", "binary-heap" or "priority-queue". */
    String name();
}
