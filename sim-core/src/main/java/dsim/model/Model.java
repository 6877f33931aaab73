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
 * dispatch from event kind to handler.
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

    @Override
    public void handle(int slot, long now) {
        EventPool p = engine.pool();
        int node = p.node(slot);
        int m = p.message(slot);
        switch (p.kind(slot)) {
            case Packet.PUBLISH -> {
                if (topology.isBroker(node)) {
                    brokers.onPublish(node, m, p.a(slot), Packet.sender(p.e(slot)), now);
                } else {
                    consumers.onReceive(node, Packet.PUBLISH, m, p.a(slot), -1, 0, 0, p.e(slot), now);
                }
            }
            case Packet.PUBLISH_ACK -> producers.onPublishAck(node, m, p.a(slot), now);
            case Packet.DELIVER -> consumers.onReceive(node, Packet.DELIVER, m, p.a(slot), p.b(slot), p.c(slot),
                    p.d(slot), p.e(slot), now);
            case Packet.CONSUMER_ACK -> brokers.onConsumerAck(node, m, p.a(slot), p.b(slot), p.c(slot),
                    Packet.sender(p.e(slot)), now);
            case Events.ARRIVAL -> producers.onArrival(node, m, now);
            case Events.RETRY_TIMEOUT -> producers.onRetryTimeout(node, m, p.a(slot), now);
            case Events.RETRY_CHECK -> producers.onRetryCheck(now);
            case Events.REDELIVERY_TIMEOUT -> brokers.onRedeliveryTimeout(node, now);
            case Events.PROCESS_DONE -> consumers.onProcessDone(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot),
                    p.e(slot), p.f(slot), now);
            case Events.CRASH -> brokers.onCrash(node, now);
            case Events.PERSISTED -> brokers.onPersisted(node, m, p.a(slot), p.b(slot), p.c(slot), p.d(slot), now);
            case Events.RESTART -> {
                if (topology.isBroker(node)) {
                    brokers.onRestart(node, now);
                } else {
                    consumers.onRestart(node, now);
                }
            }
            default -> throw new IllegalStateException("unknown event kind " + p.kind(slot));
        }
    }
}
