package dsim.scenario;

import dsim.preset.Preset;
import dsim.preset.Presets;
import dsim.spec.AckPoint;
import dsim.spec.BrokerSpec;
import dsim.spec.CommitPoint;
import dsim.spec.ConsumerSpec;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LimitsSpec;
import dsim.spec.PoisonSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.text.Durations;
import java.util.function.Predicate;

/**
 * Warns of settings that are legal but silently manufacture duplicates or losses: a resend or
 * a redelivery that goes out while the first attempt is still on its way, retries or a log's
 * replays that outlast the dedup window meant to catch them, a dedup store, a broker or a
 * producer that a crash empties, a broker that acks before its writes reach the disk, commits slower than the timeouts waiting for them or made
 * before processing by a consumer that crashes, and poison messages with no way out.
 * Each warning sits at the value of the key that sets the hazard, says what will happen and
 * what to change, and only where a semantics the scenario runs can meet it.
 */
final class Hazards {

    /** The standard normal's 99th percentile: a normal or lognormal delay's p99 is this many sigmas up. */
    private static final double Z_99 = 2.3263478740408408;

    private final Scenario scenario;
    private java.util.Map<String, ConsumerSpec> consumersByName;
    private final YamlNode root;
    private final Values values;

    private Hazards(Scenario scenario, YamlNode root, Values values) {
        this.scenario = scenario;
        this.root = root;
        this.values = values;
    }

    /** Warns of each hazard of {@code scenario} once, at its key in {@code root}, the tree it was read from. */
    static void warn(Scenario scenario, YamlNode root, Values values) {
        Hazards hazards = new Hazards(scenario, root, values);
        hazards.resendBeforeTheAck();
        hazards.redeliveryBeforeTheAck();
        hazards.retriesOutlastDedupWindows();
        hazards.dedupStoresInMemory();
        hazards.brokersThatForget();
        hazards.acksBeforeTheDisk();
        hazards.commitsSlowerThanTimeouts();
        hazards.logReplaysOutlastDedupWindows();
        hazards.commitsBeforeProcessingThatCrash();
        hazards.poisonWithoutAWayOut();
        hazards.producersThatForget();
    }

    /**
     * A wait for an ack, and what it waits for, as a message names it.
     *
     * @param p99Nanos the sum of each part's p99 (delays there and back, processing, a write): simpler
     *                 than the p99 of the sum, and above it for the tails delays have (equal for
     *                 constants), so a timeout above it is safe and one a little below may be too
     * @param what     e.g. {@code the round trip from shop to worker and its processing}
     */
    private record Wait(double p99Nanos, String what) {

        Wait longer(Wait other) {
            return this.p99Nanos >= other.p99Nanos ? this : other;
        }

        /** As a message says it; a tail past the longest delay a run samples is shown as that longest. */
        String shown() {
            return "p99 of " + what + " is about "
                    + Durations.compact(Math.round(Math.min(p99Nanos, LimitsSpec.MAX_DURATION_NANOS)));
        }
    }

    /** A retry.timeout within the p99 of the ack's round trip: a slow ack is overtaken by a needless resend. */
    private void resendBeforeTheAck() {
        if (!runs(s -> s.producer().resends())) {
            return;
        }
        Wait longest = scenario.producers().stream().map(this::ackOfPublish).reduce(Wait::longer).orElseThrow();
        if (scenario.retry().timeoutNanos() <= longest.p99Nanos()) {
            warnDuration("retry.timeout", scenario.retry().timeoutNanos(), "a resend goes out before the first "
                    + "attempt's ack can come back (" + longest.shown() + "): duplicates with nothing lost; use a "
                    + "timeout above it");
        }
    }

    /** A broker's redelivery-timeout within its consumers' round trip: it redelivers what is still being processed. */
    private void redeliveryBeforeTheAck() {
        if (!runs(s -> s.broker().keepsUntilAcked())) {
            return;
        }
        for (int b = 0; b < scenario.brokers().size(); b++) {
            BrokerSpec broker = scenario.brokers().get(b);
            if (broker.isLog()) {
                continue; // a log sends again only what its link lost, never what is being processed
            }
            Wait longest = broker.deliverTo().stream().map(c -> ackFromConsumer(broker.name(), consumer(c)))
                    .reduce(Wait::longer).orElseThrow();
            if (broker.redeliveryTimeoutNanos() <= longest.p99Nanos()) {
                warnDuration(brokerKey(b, "redelivery-timeout"), broker.redeliveryTimeoutNanos(), "the broker "
                        + "delivers again what a consumer is still processing (" + longest.shown() + "): the message "
                        + "is processed twice unless a dedup store catches it; use a redelivery-timeout above it");
            }
        }
    }

    /** Retries that go on after the dedup window meant to catch them has forgotten the id. */
    private void retriesOutlastDedupWindows() {
        double horizon = retryHorizonNanos(scenario.retry());
        String retries = Double.isInfinite(horizon) ? "retries never stop (retry.max-attempts: 0)"
                : "a message's last retry can go out " + Durations.compact(Math.round(horizon))
                + " after its first attempt (retry.timeout, max-attempts and backoff)";
        for (int b = 0; b < scenario.brokers().size(); b++) {
            BrokerSpec broker = scenario.brokers().get(b);
            if (!runs(s -> s.broker().dropsStoredRetries() || broker.idempotent() && s.producer().resends())) {
                continue;
            }
            long window = broker.dedupWindowNanos();
            if (forgetsBefore(window, horizon) && someProducerSendsTo(broker.name())) {
                Preset preset = Presets.find(String.valueOf(broker.preset()));
                // The preset's own interval ("forever" never is: a window that forgets is above 0).
                String keeps = preset != null && Durations.exact(window).equals(preset.brokerValue("dedup-window"))
                        ? preset.name() + "'s deduplication interval (" + Durations.compact(window) + ")"
                        : "this broker keeps ids (" + Durations.compact(window) + ")";
                warn(brokerKey(b, "dedup-window"), retries + ", later than " + keeps + ": a late retry is stored "
                        + "and delivered again, and only a consumer's dedup store stops a second processing; keep ids "
                        + "longer, or retry for less");
            }
        }
        if (runs(s -> s.consumer().deduplicates())) {
            for (int c = 0; c < scenario.consumers().size(); c++) {
                ConsumerSpec consumer = scenario.consumers().get(c);
                long window = consumer.dedup().windowNanos();
                if (forgetsBefore(window, horizon) && lateRetriesReach(consumer.name(), horizon)) {
                    warn(consumerKey(c, "dedup.window"), retries + ", later than this consumer keeps ids ("
                            + Durations.compact(window) + "): a late retry arrives after its id was forgotten and is "
                            + "processed again, even under exactly-once; keep ids longer, or retry for less");
                }
            }
        }
    }

    /**
     * A broker that crashes and acks writes before they reach the disk: what it acked since its
     * last sync is gone, and no producer resends a message it had an ack for.
     */
    private void acksBeforeTheDisk() {
        if (!runs(s -> s.broker().keepsUntilAcked())) {
            return;
        }
        for (int b = 0; b < scenario.brokers().size(); b++) {
            BrokerSpec broker = scenario.brokers().get(b);
            if (broker.crash() == null || broker.ack() != AckPoint.BEFORE_PERSIST || !broker.writesTakeTime()) {
                continue;
            }
            boolean periodic = broker.syncIntervalNanos() > 0;
            String lost = (periodic ? "a crash loses every message acked since the last sync (every "
                    + Durations.compact(broker.syncIntervalNanos()) + ") and not yet delivered"
                    : "a crash loses every message acked in the " + Durations.compact(broker.persistTimeNanos())
                    + " its write takes") + ", and no producer resends what was acked: losses even under"
                    + " at-least-once and exactly-once; ";
            if ("nats-jetstream".equals(broker.preset()) && periodic) {
                warn(brokerKey(b, "sync-interval"), "JetStream acknowledges before fsync: " + lost
                        + "set sync-interval: always (the server's sync_interval: always) to stop losing acked"
                        + " messages on a crash");
            } else {
                warn(brokerKey(b, periodic ? "sync-interval" : "ack"), "acks before the write reaches the disk: "
                        + lost + (periodic ? "set sync-interval: always, or ack: after-persist"
                        : "use ack: after-persist"));
            }
        }
    }

    /** A dedup store in memory on a consumer that crashes: the crash forgets every id. */
    private void dedupStoresInMemory() {
        if (!runs(s -> s.consumer().deduplicates())) {
            return;
        }
        for (int c = 0; c < scenario.consumers().size(); c++) {
            ConsumerSpec consumer = scenario.consumers().get(c);
            if (consumer.dedup().store() == DedupSpec.Store.MEMORY && crashes(consumer)) {
                warn(consumerKey(c, "dedup.store"), "a crash empties a dedup store kept in memory, so a message "
                        + "processed before the crash and delivered again after it is processed twice, even under "
                        + "exactly-once; use store: durable");
            }
        }
    }

    /** A broker that is not durable and crashes, under a semantics that counts on it to keep what it acked. */
    private void brokersThatForget() {
        if (!runs(s -> s.broker().keepsUntilAcked())) {
            return;
        }
        for (int b = 0; b < scenario.brokers().size(); b++) {
            BrokerSpec broker = scenario.brokers().get(b);
            if (!broker.durable() && broker.crash() != null) {
                warn(brokerKey(b, "durable"), "a crash loses every message this broker holds, acked or not, and no "
                        + "producer resends what was acked: losses even under at-least-once and exactly-once; "
                        + "use durable: true");
            }
        }
    }

    /**
     * A consumer that commits every so long, longer than its sender waits for the ack: a queue
     * redelivers, a producer resends, what is processed but not yet committed.
     */
    private void commitsSlowerThanTimeouts() {
        if (!runs(s -> s.consumer().acks())) {
            return;
        }
        for (int c = 0; c < scenario.consumers().size(); c++) {
            ConsumerSpec consumer = scenario.consumers().get(c);
            long every = consumer.commit().everyNanos();
            if (every == 0) {
                continue;
            }
            for (BrokerSpec broker : scenario.brokers()) {
                if (!broker.isLog() && broker.deliverTo().contains(consumer.name())
                        && every >= broker.redeliveryTimeoutNanos()) {
                    warn(consumerKey(c, "commit.every"), "commits every " + Durations.compact(every) + ", no sooner than "
                            + broker.name() + " delivers again what is not acked (redelivery-timeout "
                            + Durations.compact(broker.redeliveryTimeoutNanos()) + "): what waits for the next commit is"
                            + " processed twice; commit more often than the timeout");
                }
            }
            if (someProducerSendsTo(consumer.name()) && every >= scenario.retry().timeoutNanos()
                    && runs(s -> s.producer().resends())) {
                warn(consumerKey(c, "commit.every"), "commits every " + Durations.compact(every) + ", no sooner than"
                        + " its producers resend what is not acked (retry.timeout "
                        + Durations.compact(scenario.retry().timeoutNanos()) + "): what waits for the next commit is"
                        + " processed twice; commit more often than the timeout");
            }
        }
    }

    /**
     * A log's consumer that commits every T, under exactly-once with a dedup window no longer than
     * T plus the session timeout: after a crash the partition is read again from a commit up to T
     * old, a session timeout later, by when the window may have forgotten the ids.
     */
    private void logReplaysOutlastDedupWindows() {
        if (!runs(s -> s.consumer().deduplicates())) {
            return;
        }
        for (int c = 0; c < scenario.consumers().size(); c++) {
            ConsumerSpec consumer = scenario.consumers().get(c);
            long window = consumer.dedup().windowNanos();
            long every = consumer.commit().everyNanos();
            if (window == 0 || every == 0) {
                continue;
            }
            for (BrokerSpec broker : scenario.brokers()) {
                long reach = every + broker.sessionTimeoutNanos();
                if (broker.isLog() && broker.deliverTo().contains(consumer.name()) && crashes(consumer)
                        && window <= reach) {
                    warn(consumerKey(c, "dedup.window"), "after a crash " + broker.name() + " hands out again records"
                            + " processed up to " + Durations.compact(every) + " before it (commit.every), a session"
                            + " timeout (" + Durations.compact(broker.sessionTimeoutNanos()) + ") later, when this"
                            + " window (" + Durations.compact(window) + ") may have forgotten them: processed twice even"
                            + " under exactly-once; keep ids longer than " + Durations.compact(reach));
                }
            }
        }
    }

    /** A consumer that commits before processing and crashes, under a semantics that counts on redelivery. */
    private void commitsBeforeProcessingThatCrash() {
        if (!runs(s -> s.consumer().acks())) {
            return;
        }
        for (int c = 0; c < scenario.consumers().size(); c++) {
            ConsumerSpec consumer = scenario.consumers().get(c);
            if (consumer.commit().point() == CommitPoint.BEFORE_PROCESS && crashes(consumer)) {
                warn(consumerKey(c, "commit"), "commits each message before processing it, and it crashes: what it"
                        + " committed but had not processed is lost, even under at-least-once and exactly-once;"
                        + " commit after-process");
            }
        }
    }

    /** Poison messages a queue delivers again for ever, or that crash a log's consumer each time it reads them. */
    private void poisonWithoutAWayOut() {
        if (!runs(s -> s.broker().keepsUntilAcked())) {
            return;
        }
        for (int c = 0; c < scenario.consumers().size(); c++) {
            ConsumerSpec consumer = scenario.consumers().get(c);
            if (consumer.poison() == null || consumer.poison().share() == 0) {
                continue;
            }
            for (BrokerSpec broker : scenario.brokers()) {
                if (!broker.deliverTo().contains(consumer.name())) {
                    continue;
                }
                if (!broker.isLog() && broker.maxDeliveries() == 0) {
                    warn(consumerKey(c, "poison"), broker.name() + " delivers a poison message again for ever: the run"
                            + " ends only at a limit; set max-deliveries on " + broker.name()
                            + " to move it to a dead-letter queue");
                } else if (broker.isLog() && consumer.poison().effect() == PoisonSpec.Effect.CRASH) {
                    warn(consumerKey(c, "poison"), "a poison message crashes this consumer, and " + broker.name()
                            + " hands it out again from the last commit each time: its partition never gets past it;"
                            + " the run ends only at a limit");
                }
            }
        }
    }

    /** A producer without an outbox that crashes, under a semantics that counts on its resends. */
    private void producersThatForget() {
        if (!runs(s -> s.producer().resends())) {
            return;
        }
        for (int p = 0; p < scenario.producers().size(); p++) {
            ProducerSpec producer = scenario.producers().get(p);
            if (producer.crash() != null && !producer.outbox()) {
                warn(KeyPath.index("producers", p) + ".crash", "a crash forgets every message not yet acked, and one"
                        + " whose publish was lost is never sent again: losses even under at-least-once and"
                        + " exactly-once; outbox: true keeps them");
            }
        }
    }

    /** How long producer {@code p} waits for a publish's ack: to its broker and back, or through its consumer. */
    private Wait ackOfPublish(ProducerSpec p) {
        int b = brokerIndex(p.sendTo());
        if (b < 0) {
            return ackFromConsumer(p.name(), consumer(p.sendTo()));
        }
        BrokerSpec broker = scenario.brokers().get(b);
        boolean writesFirst = broker.durable() && broker.ack() == AckPoint.AFTER_PERSIST;
        double p99 = p99Nanos(delay(p.name(), broker.name())) + (writesFirst ? broker.persistTimeNanos() : 0)
                + p99Nanos(delay(broker.name(), p.name()));
        return new Wait(p99, "the round trip from " + p.name() + " to " + broker.name()
                + (writesFirst && broker.persistTimeNanos() > 0 ? " and its write to disk" : ""));
    }

    /** How long {@code from} waits for consumer {@code c}'s ack: there, its processing (unless it acks first), back. */
    private Wait ackFromConsumer(String from, ConsumerSpec c) {
        boolean processesFirst = c.commit().point() == CommitPoint.AFTER_PROCESS;
        double p99 = p99Nanos(delay(from, c.name())) + (processesFirst ? p99Nanos(c.processing()) : 0)
                + p99Nanos(delay(c.name(), from));
        return new Wait(p99, "the round trip from " + from + " to " + c.name()
                + (processesFirst ? " and its processing" : ""));
    }

    /** The 99th percentile of {@code d} in nanoseconds, from its closed form; huge for the heaviest tails. */
    static double p99Nanos(DelaySpec d) {
        if (d instanceof DelaySpec.Constant c) {
            return c.nanos();
        } else if (d instanceof DelaySpec.Uniform u) {
            return u.minNanos() + 0.99 * (u.maxNanos() - u.minNanos());
        } else if (d instanceof DelaySpec.Exponential e) {
            return e.meanNanos() * StrictMath.log(100);
        } else if (d instanceof DelaySpec.Normal n) {
            return Math.max(0, n.meanNanos() + Z_99 * n.stddevNanos()); // negative draws count as 0
        } else if (d instanceof DelaySpec.LogNormal l) {
            return l.medianNanos() * StrictMath.exp(Z_99 * l.sigma());
        }
        DelaySpec.Pareto p = (DelaySpec.Pareto) d;
        return p.scaleNanos() * StrictMath.pow(100, 1 / p.shape());
    }

    /**
     * How long after a message's first attempt its last resend can go out: the waits between its
     * attempts, each at its longest jitter; infinite if attempts are unbounded.
     */
    static double retryHorizonNanos(RetrySpec retry) {
        if (retry.maxAttempts() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double horizon = 0;
        for (int attempt = 1; attempt < retry.maxAttempts(); attempt++) {
            long wait = retry.baseWaitNanos(attempt);
            if (wait == retry.maxBackoffNanos()) {
                // Capped: every later wait is the cap too (up to a million attempts need no loop).
                horizon += (double) wait * (retry.maxAttempts() - attempt);
                break;
            }
            horizon += wait;
        }
        return horizon * (1 + retry.jitter());
    }

    private static boolean forgetsBefore(long windowNanos, double horizonNanos) {
        return windowNanos > 0 && horizonNanos > windowNanos; // a window of 0 keeps ids forever
    }

    /**
     * Whether some producer's late retry can reach consumer {@code name}: straight, or through a
     * broker that has itself forgotten the id (one that remembers drops the retry).
     */
    private boolean lateRetriesReach(String name, double horizon) {
        for (ProducerSpec p : scenario.producers()) {
            int b = brokerIndex(p.sendTo());
            if (b < 0 && p.sendTo().equals(name)) {
                return true;
            }
            BrokerSpec broker = b < 0 ? null : scenario.brokers().get(b);
            if (broker != null && broker.deliverTo().contains(name)
                    && forgetsBefore(broker.dedupWindowNanos(), horizon)) {
                return true;
            }
        }
        return false;
    }

    private boolean someProducerSendsTo(String name) {
        return scenario.producers().stream().anyMatch(p -> p.sendTo().equals(name));
    }

    /** Whether consumer {@code c} crashes: per delivery, in time, or on a poison message. */
    private static boolean crashes(ConsumerSpec c) {
        boolean crashSection = c.crash() != null && (c.crash().probability() > 0 || c.crash().everyNanos() > 0);
        boolean poison = c.poison() != null && c.poison().share() > 0 && c.poison().effect() == PoisonSpec.Effect.CRASH;
        return crashSection || poison;
    }

    private boolean runs(Predicate<Semantics> what) {
        return scenario.semantics().stream().anyMatch(what);
    }

    private DelaySpec delay(String from, String to) {
        return scenario.network().link(from, to).delay();
    }

    private int brokerIndex(String name) {
        for (int b = 0; b < scenario.brokers().size(); b++) {
            if (scenario.brokers().get(b).name().equals(name)) {
                return b;
            }
        }
        return -1;
    }

    private ConsumerSpec consumer(String name) {
        if (consumersByName == null) { // a broker may deliver to 10,000 consumers: no scan per name
            consumersByName = new java.util.HashMap<>(); // order-free: lookups only
            scenario.consumers().forEach(c -> consumersByName.put(c.name(), c));
        }
        ConsumerSpec c = consumersByName.get(name);
        if (c == null) {
            throw new java.util.NoSuchElementException("no consumer " + name);
        }
        return c;
    }

    private static String brokerKey(int b, String key) {
        return KeyPath.index("brokers", b) + "." + key;
    }

    private static String consumerKey(int c, String key) {
        return KeyPath.index("consumers", c) + "." + key;
    }

    /** Warns at the value of {@code path}. */
    private void warn(String path, String message) {
        values.warn(place(path).node(), path, message);
    }

    /** As {@link #warn}, for a duration with a default: if the file leaves it out, the default is what is too short. */
    private void warnDuration(String path, long nanos, String message) {
        Place at = place(path);
        String unset = "not set, so " + Durations.compact(nanos) + ": ";
        values.warn(at.node(), path, at.written() ? message : unset + message);
    }

    /** Where a warning about a key goes: its value, or the mapping that would hold it if the file leaves it out. */
    private record Place(YamlNode node, boolean written) {
    }

    /** The place of {@code path}, a key path of keys and indexes such as {@code brokers[0].redelivery-timeout}. */
    private Place place(String path) {
        YamlNode n = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String key = bracket < 0 ? step : step.substring(0, bracket);
            YamlNode child = n instanceof YamlNode.Mapping m ? m.get(key) : null;
            if (child == null || child instanceof YamlNode.Scalar s && s.isNull()) {
                return new Place(n, false); // an empty value counts as absent, as in Section
            }
            if (bracket >= 0) {
                int i = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                child = ((YamlNode.Sequence) child).items().get(i);
            }
            n = child;
        }
        return new Place(n, true);
    }
}
