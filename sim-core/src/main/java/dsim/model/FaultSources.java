package dsim.model;

import dsim.run.FaultCoverage;
import dsim.spec.BrokerSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RandomFaults;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * The fault sources a scenario sets up for a semantics, named as {@link dsim.run.FaultCoverage}
 * names them: what a run could meet. A source on this list that never fires over many seeds is
 * a claim the scenario never exercised (an outage no packet crossed, a dedup window no retry
 * outlived).
 */
public final class FaultSources {

    private FaultSources() {
    }

    /** The names of the sources of {@code scenario} under {@code semantics}, in report order. */
    public static List<String> expected(Scenario scenario, Semantics semantics) {
        return sources(scenario, semantics).stream().map(FaultCoverage.Source::name).toList();
    }

    /** The sources of {@code scenario} under {@code semantics}, in report order, none fired yet. */
    public static List<FaultCoverage.Source> sources(Scenario scenario, Semantics semantics) {
        Topology topology = new Topology(scenario);
        RandomFaults random = scenario.faults().random();
        boolean resends = semantics.producer().resends();
        List<Long> keys = new ArrayList<>();
        for (int p = 0; p < topology.producerCount; p++) {
            ProducerSpec spec = scenario.producers().get(p);
            int target = topology.node(spec.sendTo());
            link(scenario, topology, random, p, target, keys);
            if (resends) {
                link(scenario, topology, random, target, p, keys);
                keys.add(Coverage.key(Coverage.RETRY, p, 0));
                if (scenario.retry().maxAttempts() > 0) {
                    keys.add(Coverage.key(Coverage.GAVE_UP, p, 0));
                }
            }
            if (spec.crash() != null && random.crashes()) {
                keys.add(Coverage.key(Coverage.TIMED_CRASH, p, 0));
            }
        }
        for (int b = 0; b < topology.brokerCount; b++) {
            BrokerSpec spec = scenario.brokers().get(b);
            int node = topology.producerCount + b;
            for (String to : spec.deliverTo()) {
                int c = topology.node(to);
                link(scenario, topology, random, node, c, keys);
                if (semantics.consumer().acks()) {
                    link(scenario, topology, random, c, node, keys);
                }
            }
            if (spec.isLog() || semantics.broker().keepsUntilAcked()) {
                keys.add(Coverage.key(Coverage.REDELIVERY, node, 0));
            }
            boolean idempotent = semantics.broker().dropsStoredRetries() || spec.idempotent() && resends;
            if (idempotent && spec.dedupWindowNanos() > 0) {
                keys.add(Coverage.key(Coverage.DEDUP_EXPIRED, node, 0));
            }
            if (spec.crash() != null && random.crashes()) {
                keys.add(Coverage.key(Coverage.TIMED_CRASH, node, 0));
            }
        }
        for (int c = 0; c < topology.consumerCount; c++) {
            ConsumerSpec spec = scenario.consumers().get(c);
            int node = topology.producerCount + topology.brokerCount + c;
            if (spec.crash() != null && random.crashes()) {
                if (spec.crash().probability() > 0) {
                    keys.add(Coverage.key(Coverage.POINT_CRASH, node, spec.crash().at().ordinal()));
                }
                if (spec.crash().everyNanos() > 0) {
                    keys.add(Coverage.key(Coverage.TIMED_CRASH, node, 0));
                }
            }
            if (semantics.consumer().deduplicates() && spec.dedup().windowNanos() > 0) {
                keys.add(Coverage.key(Coverage.DEDUP_EXPIRED, node, 0));
            }
        }
        for (int i = 0; i < scenario.faults().script().size(); i++) {
            keys.add(Coverage.key(Coverage.SCRIPTED, i, 0));
        }
        return keys.stream().distinct().sorted()
                .map(k -> new FaultCoverage.Source(k, Coverage.name(topology, k), 0, -1)).toList();
    }

    /** The random faults the link from {@code a} to {@code b} has. */
    private static void link(Scenario scenario, Topology topology, RandomFaults random, int a, int b, List<Long> keys) {
        LinkSpec link = scenario.network().link(topology.names[a], topology.names[b]);
        boolean lossy = link.loss() instanceof LossSpec.Independent i ? i.probability() > 0 : true;
        if (lossy && random.loss()) {
            keys.add(Coverage.key(Coverage.LOSS, a, b));
        }
        if (!link.outages().isEmpty() && random.outages()) {
            keys.add(Coverage.key(Coverage.OUTAGE, a, b));
        }
        if (link.duplicate() > 0 && random.duplicate()) {
            keys.add(Coverage.key(Coverage.DUPLICATE, a, b));
        }
    }
}
