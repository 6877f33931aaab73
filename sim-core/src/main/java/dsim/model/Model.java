package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventHandler;
import dsim.engine.EventPool;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.run.TraceSink;
import dsim.scenario.Scenario;
import dsim.scenario.Semantics;

/**
 * One run's world: the engine, the journal and the nodes, wired together, and the single
 * dispatch of each event to the group of nodes it is for.
 */
public final class Model implements EventHandler {

    private final Scenario scenario;
    private final Semantics semantics;
    private final long seed;
    private final Topology topology;
    private final Engine engine;
    private final Tally tally;
    private final Journal journal;
    private final Producers producers;
    private final Brokers brokers;
    private final Consumers consumers;
    private final NodeGroup[] groupByKind;

    /** Builds the world for one run; nothing runs until {@link #run()}. */
    public Model(Scenario scenario, Semantics semantics, long seed, TraceSink sink) {
        this.scenario = scenario;
        this.semantics = semantics;
        this.seed = seed;
        this.topology = new Topology(scenario);
        this.engine = new Engine(Math.min(1 << 16, Math.max(1024, topology.totalMessages)));
        this.tally = new Tally(topology.totalMessages);
        this.journal = new Journal(topology, tally, sink);
        Messages messages = new Messages(topology);
        Network network = new Network(scenario, topology, seed, engine, journal, messages);
        this.producers = new Producers(scenario, semantics, topology, seed, engine, journal, network, messages);
        this.brokers = new Brokers(scenario, semantics, topology, seed, engine, journal, network);
        this.consumers = new Consumers(scenario, semantics, topology, seed, engine, journal, network, messages);
        this.groupByKind = groupsByKind();
    }

    /** Runs to quiescence or a limit, and tallies the journal. */
    public RunResult run() {
        producers.start();
        brokers.start();
        Engine.Stop stop = engine.run(this, scenario.limits().maxTimeNanos(), scenario.limits().maxEvents());
        Outcome outcome = switch (stop) {
            case QUIESCENT -> Outcome.COMPLETED;
            case MAX_TIME -> Outcome.MAX_TIME;
            case MAX_EVENTS -> Outcome.MAX_EVENTS;
        };
        long[] o = tally.outcomes();
        return new RunResult(scenario.name(), semantics, seed, tally.produced, o[0], o[1], o[2], o[3],
                tally.sent, tally.retries, tally.redeliveries, tally.drops(), tally.linkDuplicates,
                tally.dedupSuppressed, tally.crashes, tally.gaveUp, tally.latency(),
                engine.events(), engine.now(), outcome, journal.digestHex());
    }

    /** Which group handles each event kind; null where the target node's role decides. */
    private NodeGroup[] groupsByKind() {
        NodeGroup[] byKind = new NodeGroup[Events.LAST + 1];
        byKind[Packet.PUBLISH_ACK] = producers;
        byKind[Events.ARRIVAL] = producers;
        byKind[Events.RETRY_TIMEOUT] = producers;
        byKind[Events.RETRY_CHECK] = producers;
        byKind[Packet.CONSUMER_ACK] = brokers;
        byKind[Events.REDELIVERY_TIMEOUT] = brokers;
        byKind[Events.PERSISTED] = brokers;
        byKind[Events.CRASH] = brokers;
        byKind[Packet.DELIVER] = consumers;
        byKind[Events.PROCESS_DONE] = consumers;
        return byKind; // PUBLISH and RESTART go to a broker or a consumer: see handle
    }

    /** Hands the event to the group of its target node (see {@link NodeGroup} for why). */
    @Override
    public void handle(int slot, long now) {
        EventPool p = engine.pool();
        int kind = p.kind(slot);
        int node = p.node(slot);
        NodeGroup group = kind < groupByKind.length ? groupByKind[kind] : null;
        if (group == null) {
            if (kind != Packet.PUBLISH && kind != Events.RESTART) {
                throw new IllegalStateException("unknown event kind " + kind);
            }
            group = topology.isBroker(node) ? brokers : consumers;
        }
        group.handle(p, slot, kind, node, p.message(slot), now);
    }
}
