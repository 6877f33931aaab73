package dsim.testing;

import dsim.spec.AckPoint;
import dsim.spec.ArrivalSpec;
import dsim.spec.TimedCrashSpec;
import dsim.spec.BrokerSpec;
import dsim.spec.BrokerKind;
import dsim.spec.CommitPoint;
import dsim.spec.CommitPolicy;
import dsim.spec.ConsumerCrashSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.CrashPoint;
import dsim.spec.CostsSpec;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.Expectation;
import dsim.spec.LimitsSpec;
import dsim.spec.LinkOverride;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.NetworkSpec;
import dsim.spec.OutageSpec;
import dsim.spec.PoisonSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.ScenarioSource;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A fluent builder of scenarios for tests, without YAML: a producer "p" that sends to a
 * consumer "c" directly, or through a broker "b" after {@link #viaBroker}.
 */
public final class ScenarioBuilder {

    public static final long MS = 1_000_000L;
    public static final long S = 1_000_000_000L;

    private List<Semantics> semantics = List.of(Semantics.values());
    private long messages = 1000;
    private ArrivalSpec arrival = new ArrivalSpec.Fixed(10 * MS);
    private boolean broker;
    private boolean brokerDurable = true;
    private long redeliveryTimeout = 5 * S;
    private TimedCrashSpec brokerCrash;
    private TimedCrashSpec producerCrash;
    private boolean outbox;
    private int consumers = 1;
    private DelaySpec processing = new DelaySpec.Constant(MS);
    private ConsumerCrashSpec consumerCrash;
    private DedupSpec dedup = DedupSpec.DEFAULT;
    private CommitPolicy commit = CommitPolicy.AFTER_PROCESS;
    private int concurrency = 1;
    private int prefetch = 1;
    private AckPoint brokerAck = AckPoint.AFTER_PERSIST;
    private long persistTime;
    private long brokerDedupWindow;
    private BrokerKind brokerKind = BrokerKind.QUEUE;
    private int partitions;
    private long sessionTimeout = BrokerSpec.DEFAULT_SESSION_TIMEOUT_NANOS;
    private int maxDeliveries;
    private PoisonSpec poison;
    private LinkSpec defaultLink = new LinkSpec(new DelaySpec.Constant(10 * MS), LossSpec.NONE, 0, List.of());
    private final List<LinkOverride> links = new ArrayList<>();
    private RetrySpec retry = new RetrySpec(S, 10, 2, 60 * S, 0);
    private LimitsSpec limits = LimitsSpec.DEFAULT;
    private final Map<Semantics, Expectation> expect = new EnumMap<>(Semantics.class);
    private CostsSpec costs;

    public static ScenarioBuilder scenario() {
        return new ScenarioBuilder();
    }

    public ScenarioBuilder messages(long n) {
        this.messages = n;
        return this;
    }

    public ScenarioBuilder semantics(Semantics... run) {
        this.semantics = List.of(run);
        return this;
    }

    public ScenarioBuilder poisson(double perSecond) {
        this.arrival = new ArrivalSpec.Poisson(perSecond);
        return this;
    }

    /** The producer crashes in time, {@code everyNanos} apart on average, each time for {@code downForNanos}. */
    public ScenarioBuilder producerCrash(long everyNanos, long downForNanos) {
        this.producerCrash = new TimedCrashSpec(everyNanos, downForNanos);
        return this;
    }

    /** The producer publishes from an outbox written with each message. */
    public ScenarioBuilder outbox(boolean on) {
        this.outbox = on;
        return this;
    }

    public ScenarioBuilder every(long intervalNanos) {
        this.arrival = new ArrivalSpec.Fixed(intervalNanos);
        return this;
    }

    public ScenarioBuilder viaBroker() {
        this.broker = true;
        return this;
    }

    public ScenarioBuilder brokerDurable(boolean durable) {
        this.brokerDurable = durable;
        return this;
    }

    public ScenarioBuilder redeliveryTimeout(long nanos) {
        this.redeliveryTimeout = nanos;
        return this;
    }

    public ScenarioBuilder brokerCrash(long everyNanos, long downForNanos) {
        this.brokerCrash = new TimedCrashSpec(everyNanos, downForNanos);
        return this;
    }

    public ScenarioBuilder consumers(int n) {
        this.consumers = n;
        return this;
    }

    public ScenarioBuilder processing(DelaySpec spec) {
        this.processing = spec;
        return this;
    }

    public ScenarioBuilder consumerCrash(double probability, CrashPoint at, long downForNanos) {
        this.consumerCrash = new ConsumerCrashSpec(probability, at, downForNanos);
        return this;
    }

    /** Crashes per delivery, as {@link #consumerCrash(double, CrashPoint, long)}, and in time, {@code everyNanos} apart on average. */
    public ScenarioBuilder consumerCrash(double probability, CrashPoint at, long downForNanos, long everyNanos) {
        this.consumerCrash = new ConsumerCrashSpec(probability, at, downForNanos, everyNanos);
        return this;
    }

    /** Each consumer's workers; a broker then hands it as many deliveries at a time (its prefetch). */
    public ScenarioBuilder concurrency(int workers) {
        this.concurrency = workers;
        this.prefetch = workers;
        return this;
    }

    public ScenarioBuilder prefetch(int deliveries) {
        this.prefetch = deliveries;
        return this;
    }

    /**
     * A log broker in front of the consumers, with {@code partitions} partitions (0: one per
     * consumer) and the given session timeout; each consumer fetches 500 records ahead.
     */
    public ScenarioBuilder viaLog(int partitions, long sessionTimeoutNanos) {
        this.broker = true;
        this.brokerKind = BrokerKind.LOG;
        this.partitions = partitions;
        this.sessionTimeout = sessionTimeoutNanos;
        this.prefetch = 500;
        return this;
    }

    /** The queue moves a message to its dead-letter queue after {@code n} deliveries without an ack. */
    public ScenarioBuilder maxDeliveries(int n) {
        this.maxDeliveries = n;
        return this;
    }

    /** A share of messages is poison to every consumer, with this effect. */
    public ScenarioBuilder poison(double share, PoisonSpec.Effect effect) {
        this.poison = new PoisonSpec(share, effect);
        return this;
    }

    /** One worker per consumer, as a log's consumer has, keeping a log's prefetch. */
    public ScenarioBuilder workersOfALog() {
        this.concurrency = 1;
        return this;
    }

    public ScenarioBuilder commit(CommitPolicy policy) {
        this.commit = policy;
        return this;
    }

    public ScenarioBuilder commit(CommitPoint point) {
        this.commit = CommitPolicy.at(point);
        return this;
    }

    /** The broker acks at {@code ack} and takes {@code persistNanos} to write each message to disk. */
    public ScenarioBuilder persist(AckPoint ack, long persistNanos) {
        this.brokerAck = ack;
        this.persistTime = persistNanos;
        return this;
    }

    public ScenarioBuilder brokerDedupWindow(long nanos) {
        this.brokerDedupWindow = nanos;
        return this;
    }

    public ScenarioBuilder dedup(DedupSpec spec) {
        this.dedup = spec;
        return this;
    }

    /** Sets the default link's delay, loss and duplication. */
    public ScenarioBuilder network(DelaySpec delay, LossSpec loss, double duplicate) {
        this.defaultLink = new LinkSpec(delay, loss, duplicate, List.of());
        return this;
    }

    public ScenarioBuilder loss(double p) {
        return network(defaultLink.delay(), new LossSpec.Independent(p), defaultLink.duplicate());
    }

    public ScenarioBuilder duplicate(double d) {
        return network(defaultLink.delay(), defaultLink.loss(), d);
    }

    /** Gives the direction from -> to its own faults. */
    public ScenarioBuilder link(String from, String to, DelaySpec delay, LossSpec loss, double duplicate,
                                List<OutageSpec> outages) {
        links.add(new LinkOverride(from, to, new LinkSpec(delay, loss, duplicate, outages)));
        return this;
    }

    public ScenarioBuilder retry(long timeoutNanos, int maxAttempts) {
        this.retry = new RetrySpec(timeoutNanos, maxAttempts, 1, Math.max(timeoutNanos, 60 * S), 0);
        return this;
    }

    public ScenarioBuilder retry(RetrySpec spec) {
        this.retry = spec;
        return this;
    }

    public ScenarioBuilder limits(long maxTimeNanos, long maxEvents) {
        this.limits = new LimitsSpec(maxTimeNanos, maxEvents);
        return this;
    }

    public ScenarioBuilder limits(long maxTimeNanos, long maxEvents, long maxPending) {
        this.limits = new LimitsSpec(maxTimeNanos, maxEvents, maxPending);
        return this;
    }

    public ScenarioBuilder expect(Semantics semantics, Expectation expectation) {
        expect.put(semantics, expectation);
        return this;
    }

    public ScenarioBuilder costs(double lost, double duplicate, double packet) {
        this.costs = new CostsSpec(lost, duplicate, packet);
        return this;
    }

    public Scenario build() {
        List<String> consumerNames = new ArrayList<>();
        List<ConsumerSpec> consumerSpecs = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            String name = consumers == 1 ? "c" : "c" + (i + 1);
            consumerNames.add(name);
            consumerSpecs.add(new ConsumerSpec(name, processing, consumerCrash, dedup, commit, concurrency, prefetch,
                    poison));
        }
        List<BrokerSpec> brokers = broker
                ? List.of(new BrokerSpec("b", consumerNames, brokerDurable, redeliveryTimeout, brokerCrash, brokerAck,
                        persistTime, brokerDedupWindow, brokerKind, partitions, sessionTimeout, maxDeliveries))
                : List.of();
        String target = broker ? "b" : consumerNames.get(0);
        return new Scenario("test", "", "", 1, semantics,
                List.of(new ProducerSpec("p", target, messages, arrival, producerCrash, outbox)), brokers, consumerSpecs,
                new NetworkSpec(defaultLink, links), retry, limits, expect, costs, new ScenarioSource("test.yaml", ""));
    }
}
