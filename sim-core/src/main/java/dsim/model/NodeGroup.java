package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventPool;

/**
 * The nodes of one role (producers, brokers or consumers), the engine, journal and network
 * they act through, and the events addressed to them.
 *
 * <p>The model dispatches each event to its group through this class, at a call site that
 * sees all three groups, so the JIT compiles each group's handling on its own instead of
 * inlining all of it into one method. That one method was large enough to take the
 * optimising compiler a fifth of a second, and it was compiled again, whole, whenever a
 * rare path first ran (the first crash, the first aborted processing): on a short sweep
 * with few cores the workers spent much of their time waiting for those compilations.
 */
abstract class NodeGroup {

    final Engine engine;
    final Journal journal;
    final Network network;
    final Topology topology;

    NodeGroup(Engine engine, Journal journal, Network network, Topology topology) {
        this.engine = engine;
        this.journal = journal;
        this.network = network;
        this.topology = topology;
    }

    /**
     * Handles one event: its {@code kind}, target {@code node} and message {@code m} as read
     * from the pool; the kind's other arguments are still in {@code slot}.
     */
    abstract void handle(EventPool p, int slot, int kind, int node, int m, long now);

    /** Schedules a timer of {@code kind} for {@code node} that concerns no message; returns its pool slot. */
    final int timer(long delayNanos, int kind, int node) {
        return engine.schedule(delayNanos, kind, node, Events.NO_MESSAGE, 0, 0, 0, 0, 0, 0);
    }

    /** As {@link #timer(long, int, int)}, in the background: it alone does not keep the run going. */
    final int backgroundTimer(long delayNanos, int kind, int node) {
        return engine.scheduleBackground(delayNanos, kind, node, Events.NO_MESSAGE, 0, 0, 0, 0, 0, 0);
    }

    /** Schedules a timer of {@code kind} for {@code node} about message {@code m}, with argument {@code a}. */
    final int timer(long delayNanos, int kind, int node, int m, int a) {
        return engine.schedule(delayNanos, kind, node, m, a, 0, 0, 0, 0, 0);
    }

    /** The error for an event kind this group does not handle: a bug in the model. */
    static IllegalStateException unexpected(int kind, int node) {
        return new IllegalStateException("event kind " + kind + " sent to node " + node + ", which cannot handle it");
    }
}
