package dsim.report.compare;

import dsim.run.RunResult;

import java.util.function.Function;

/**
 * The columns of the per-run listing, in order: the CSV header and the JSON field names of
 * {@code runs}. Names are a contract (users' scripts read them): add columns at the end,
 * never rename. Every value is a String or a Long; null means empty (no study, or no
 * grid for the second varied key).
 */
enum RunColumn {
    SCENARIO("scenario", "scenario", r -> r.run().scenario()),
    VARIED_PATH("varied_path", "variedPath", RunRow::variedPath),
    VARIED_VALUE("varied_value", "variedValue", RunRow::variedValue),
    SEED("seed", "seed", r -> Long.toUnsignedString(r.run().seed())),
    SEMANTICS("semantics", "semantics", r -> r.run().semantics().id()),
    PRODUCED("produced", "produced", run(RunResult::produced)),
    LOST("lost", "lost", run(RunResult::lost)),
    PROCESSED_ONCE("processed_once", "processedOnce", run(RunResult::processedOnce)),
    DUPLICATED("duplicated", "duplicated", run(RunResult::duplicated)),
    EXTRA_PROCESSINGS("extra_processings", "extraProcessings", run(RunResult::extraProcessings)),
    SENT("sent", "sent", run(RunResult::sent)),
    RETRIES("retries", "retries", run(RunResult::retries)),
    REDELIVERIES("redeliveries", "redeliveries", run(RunResult::redeliveries)),
    DROPPED_LOSS("dropped_loss", "droppedLoss", run(r -> r.drops().linkLoss())),
    DROPPED_OUTAGE("dropped_outage", "droppedOutage", run(r -> r.drops().outage())),
    DROPPED_NODE_DOWN("dropped_node_down", "droppedNodeDown", run(r -> r.drops().nodeDown())),
    LINK_DUPLICATES("link_duplicates", "linkDuplicates", run(RunResult::linkDuplicates)),
    DEDUP_SUPPRESSED("dedup_suppressed", "dedupSuppressed", run(RunResult::dedupSuppressed)),
    CRASHES("crashes", "crashes", run(RunResult::crashes)),
    GAVE_UP("gave_up", "gaveUp", run(RunResult::gaveUp)),
    LATENCY_P50_NS("latency_p50_ns", "latencyP50Nanos", run(r -> r.latency().p50Nanos())),
    LATENCY_P90_NS("latency_p90_ns", "latencyP90Nanos", run(r -> r.latency().p90Nanos())),
    LATENCY_P99_NS("latency_p99_ns", "latencyP99Nanos", run(r -> r.latency().p99Nanos())),
    LATENCY_MAX_NS("latency_max_ns", "latencyMaxNanos", run(r -> r.latency().maxNanos())),
    EVENTS("events", "events", run(RunResult::events)),
    SIMULATED_TIME_NS("simulated_time_ns", "simulatedTimeNanos", run(RunResult::simulatedTimeNanos)),
    OUTCOME("outcome", "outcome", r -> r.run().outcome().id()),
    TRACE_DIGEST("trace_digest", "traceDigest", r -> r.run().traceDigest()),
    DEAD_LETTERED("dead_lettered", "deadLettered", run(RunResult::deadLettered)),
    VARIED_PATH_2("varied_path_2", "variedPath2", RunRow::variedPath2),
    VARIED_VALUE_2("varied_value_2", "variedValue2", RunRow::variedValue2);

    private final String csvName;
    private final String jsonKey;
    private final Function<RunRow, Object> value;

    RunColumn(String csvName, String jsonKey, Function<RunRow, Object> value) {
        this.csvName = csvName;
        this.jsonKey = jsonKey;
        this.value = value;
    }

    /** The CSV header, snake_case. */
    String csvName() {
        return csvName;
    }

    /** The JSON field name, camelCase like {@code dsim run --format json}. */
    String jsonKey() {
        return jsonKey;
    }

    /** The value in {@code row}: a String, a Long, or null. */
    Object of(RunRow row) {
        return value.apply(row);
    }

    private static Function<RunRow, Object> run(java.util.function.ToLongFunction<RunResult> f) {
        return r -> f.applyAsLong(r.run());
    }
}
