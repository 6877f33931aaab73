package dsim.model;

import dsim.engine.Engine;
import dsim.engine.EventHandler;
import dsim.engine.EventPool;
import dsim.run.FaultCoverage;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.run.Timeline;
import dsim.spec.ArrivalSpec;
import dsim.spec.ProducerSpec;
import dsim.journal.TraceSink;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

/**
 * One run's world: the engine, the journal and the nodes, wired together, and the single
 * dispatch of each event to the group of nodes it is for.
 */
public final class Model implements EventHandler {

    private final Scenario scenario;
    private final Semantics semantics;
    private final long seed;
    private final Topology topology;
    private final Messages messages;
    private final Engine engine;
    private final Tally tally;
    private final Journal journal;
    private final Producers producers;
    private final Brokers brokers;
    private final Consumers consumers;
    /** The first broker's node and the first consumer's: nodes are numbered producers first, then brokers, then consumers. */
    private final int firstBroker;
    private final int firstConsumer;
    /** Producers, brokers and consumers, by role: see {@link #handle} for why in an array. */
    private final NodeGroup[] groups;
    private final Script script;
    private final FaultLog faults;

    /** Builds the world for one run; nothing runs until {@link #run()}. */
    public Model(Scenario scenario, Semantics semantics, long seed, TraceSink sink) {
        this(scenario, semantics, seed, sink, null);
    }

    /**
     * Builds the world for one run, telling {@code faults} (may be null) what faults fire and
     * how often each of the scenario's scripted faults did.
     */
    public Model(Scenario scenario, Semantics semantics, long seed, TraceSink sink, FaultLog faults) {
        this.scenario = scenario;
        this.semantics = semantics;
        this.seed = seed;
        this.topology = new Topology(scenario);
        this.engine = new Engine(Math.min(1 << 16, Math.max(1024, topology.totalMessages)));
        this.tally = new Tally(topology.totalMessages);
        this.messages = new Messages(topology);
        this.journal = new Journal(topology, messages, tally, sink);
        this.faults = faults;
        this.script = new Script(scenario, topology, messages, faults);
        journal.cover(script.coverage);
        Network network = new Network(scenario, topology, seed, engine, journal, messages, script);
        this.producers = new Producers(scenario, semantics, topology, seed, engine, journal, network, messages, script);
        this.brokers = new Brokers(scenario, semantics, topology, seed, engine, journal, network, messages, script);
        this.consumers = new Consumers(scenario, semantics, topology, seed, engine, journal, network, messages, brokers,
                script);
        this.firstBroker = topology.producerCount;
        this.firstConsumer = topology.producerCount + topology.brokerCount;
        this.groups = new NodeGroup[] {producers, brokers, consumers};
    }

    /** Runs to quiescence or a limit, and tallies the journal. */
    public RunResult run() {
        // The script's crashes first, in file order: at the same instant they come before the random ones.
        for (Script.Timed t : script.timed()) {
            engine.scheduleBackground(t.atNanos(), Events.CRASH, t.node(), Events.NO_MESSAGE, t.index() + 1, 0, 0, 0, 0,
                    0);
        }
        producers.start();
        brokers.start();
        consumers.start();
        Engine.Stop stop = engine.run(this, scenario.limits().maxTimeNanos(), scenario.limits().maxEvents(),
                scenario.limits().maxPending());
        Outcome outcome = switch (stop) {
            case QUIESCENT -> Outcome.COMPLETED;
            case MAX_TIME -> Outcome.MAX_TIME;
            case MAX_EVENTS -> Outcome.MAX_EVENTS;
            case MAX_PENDING -> Outcome.MAX_PENDING;
        };
        script.finish();
        boolean watchesMessages = faults != null && (faults.watchesBadMessages() || faults.watched() != null);
        int[] byPlace = watchesMessages ? messages.byPlace() : null; // once, and only when a message is named
        if (faults != null && faults.watchesBadMessages()) {
            java.util.List<String> bad = new java.util.ArrayList<>();
            for (int place = 0; place < byPlace.length; place++) { // in the order of their ids, not of creation
                int m = byPlace[place];
                if (m >= 0 && tally.processings[m] != 1) {
                    bad.add(topology.messageId(place));
                }
            }
            faults.badMessages(bad);
        }
        if (faults != null && faults.watched() != null) {
            int place = topology.place(faults.watched());
            int m = place < 0 ? -1 : byPlace[place];
            faults.watchedProcessings(place < 0 ? -1 : m < 0 ? 0 : tally.processings[m]); // 0: never created
        }
        FaultCoverage coverage = script.coverage.finish(topology, tally.processings, tally.createdAt);
        Tally.Outcomes o = tally.outcomes(Math.max(1, arrivalSpanNanos(scenario) / Timeline.BUCKETS));
        return new RunResult(scenario.name(), semantics, seed, tally.produced, o.lost(), o.once(), o.duplicated(),
                o.extra(), tally.sent, tally.retries, tally.redeliveries, tally.drops(), tally.linkDuplicates,
                tally.dedupSuppressed, tally.crashes, tally.gaveUp, o.inDeadLetterQueue(), tally.latency(),
                tally.queueing(), engine.events(), engine.now(), outcome, journal.digestHex(), o.timeline(), coverage);
    }

    /**
     * How long the producers take to create their messages, on average: the longest of their
     * spans (messages over rate, or messages times interval). It fixes a timeline's buckets
     * for every run of the scenario, so runs' timelines add up.
     */
    static long arrivalSpanNanos(Scenario scenario) {
        double span = 0;
        for (ProducerSpec p : scenario.producers()) {
            double each = p.arrival() instanceof ArrivalSpec.Fixed f ? (double) f.intervalNanos() * p.messages()
                    : p.messages() / ((ArrivalSpec.Poisson) p.arrival()).ratePerSecond() * 1e9;
            span = Math.max(span, each);
        }
        return (long) Math.min(span, Long.MAX_VALUE / 2.0);
    }

    /** Hands the event to the group of its target node (see {@link NodeGroup} for why). */
    @Override
    public void handle(int slot, long now) {
        EventPool p = engine.pool();
        int node = p.node(slot);
        // The node's number says its role: no per-node table to read, at 20,000 nodes a cache miss.
        // The group comes out of an array, so this one call site sees the three groups, as NodeGroup
        // explains, rather than the compiler inlining the handling of each group known by its field.
        NodeGroup group = groups[node < firstBroker ? 0 : node < firstConsumer ? 1 : 2];
        group.handle(p, slot, p.kind(slot), node, p.message(slot), now);
    }
}
