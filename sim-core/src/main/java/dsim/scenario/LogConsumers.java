package dsim.scenario;

import dsim.spec.BrokerSpec;
import dsim.spec.ConsumerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consumers of a log: each processes its records one at a time, in offset order (Kafka's
 * poll loop), and fetches {@value #DEFAULT_LOG_PREFETCH} records ahead unless it says otherwise.
 */
final class LogConsumers {

    /** Kafka's {@code max.poll.records}. */
    static final int DEFAULT_LOG_PREFETCH = 500;

    private LogConsumers() {
    }

    /**
     * Reports a consumer of a log with more than one worker, and returns the consumers with the
     * log's default prefetch where none was set; {@code list} is the consumers' YAML list.
     */
    static List<ConsumerSpec> check(Values v, YamlNode list, List<BrokerSpec> brokers, List<ConsumerSpec> consumers,
                                    Set<String> explicitPrefetch) {
        Set<String> readers = new TreeSet<>();
        for (BrokerSpec b : brokers) {
            if (b.isLog()) {
                readers.addAll(b.deliverTo());
            }
        }
        List<ConsumerSpec> out = new ArrayList<>();
        for (int i = 0; i < consumers.size(); i++) {
            ConsumerSpec c = consumers.get(i);
            if (!readers.contains(c.name())) {
                out.add(c);
                continue;
            }
            if (c.concurrency() > 1) {
                String path = KeyPath.index("consumers", i);
                YamlNode at = ((YamlNode.Sequence) list).items().get(i);
                Section sec = Section.of(v, at, path);
                v.report(sec.get("concurrency"), sec.path("concurrency"), "a consumer of a log processes its records"
                        + " one at a time, in offset order; to process in parallel, add consumers to the group (and"
                        + " partitions to the log)");
            }
            int prefetch = explicitPrefetch.contains(c.name()) ? c.prefetch() : DEFAULT_LOG_PREFETCH;
            out.add(new ConsumerSpec(c.name(), c.processing(), c.crash(), c.dedup(), c.commit(), c.concurrency(),
                    prefetch, c.poison()));
        }
        return out;
    }
}
