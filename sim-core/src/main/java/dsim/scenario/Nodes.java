package dsim.scenario;

import dsim.spec.AckPoint;
import dsim.spec.ArrivalSpec;
import dsim.spec.TimedCrashSpec;
import dsim.spec.BrokerKind;
import dsim.spec.BrokerSpec;
import dsim.spec.CommitPoint;
import dsim.spec.CommitPolicy;
import dsim.spec.ConsumerCrashSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.PoisonSpec;
import dsim.spec.ProducerSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** Reads the producers, brokers and consumers lists, and remembers which consumers anything sends to. */
final class Nodes {

    static final long MAX_MESSAGES = 100_000_000L;
    /** Workers or prefetched deliveries of one consumer: far beyond any real pool, small enough to count in an int. */
    static final long MAX_WORKERS = 1_000_000L;
    static final long DEFAULT_REDELIVERY_TIMEOUT = Units.parseDuration("30s");
    /** A log's partitions: far beyond any real topic's, small enough to keep per-partition arrays. */
    static final long MAX_PARTITIONS = 100_000L;
    /** Records in one commit batch: as many as a consumer can hold. */
    static final long MAX_BATCH = MAX_WORKERS;

    private final Values v;
    private final NodeIndex index;
    /** Consumers some producer or broker names; checked for reachability once all lists are read. */
    final Set<String> reached = new TreeSet<>();
    /** False if a send-to or deliver-to was unusable: reachability would then report follow-on noise. */
    boolean referencesComplete = true;
    /** Consumers that set their prefetch: the others get the default of the brokers they read. */
    final Set<String> explicitPrefetch = new TreeSet<>();

    Nodes(Values v, NodeIndex index) {
        this.v = v;
        this.index = index;
    }

    /** The items of the list at {@code n}, each read by {@code item}; null after problems. */
    <T> List<T> list(YamlNode n, String path, boolean required, BiFunction<Section, String, T> item) {
        if (!(n instanceof YamlNode.Sequence list)) {
            return v.wrongType(n, path, "a list");
        }
        if (required && list.items().isEmpty()) {
            return v.report(n, path, "must list at least one");
        }
        List<T> out = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.items().size(); i++) {
            String itemPath = KeyPath.index(path, i);
            Section sec = Section.of(v, list.items().get(i), itemPath, "a mapping with a name");
            T t = sec == null ? null : item.apply(sec, itemPath);
            valid &= t != null;
            if (t != null) {
                out.add(t);
            }
        }
        return valid ? out : null;
    }

    ProducerSpec producer(Section sec, String itemPath) {
        sec.allow(List.of("name", "send-to", "messages", "arrival", "crash", "outbox"));
        String name = name(sec, itemPath);
        YamlNode target = sec.required("send-to");
        String sendTo = target == null ? null : index.reference(v, target, sec.path("send-to"),
                EnumSet.of(NodeIndex.Kind.BROKER, NodeIndex.Kind.CONSUMER), "node");
        track(sendTo);
        Long messages = sec.integer("messages", Section.REQUIRED, 1, MAX_MESSAGES);
        YamlNode a = sec.required("arrival");
        ArrivalSpec arrival = a == null ? null : arrival(a, sec.path("arrival"));
        TimedCrashSpec crash = null;
        boolean crashValid = true;
        if (sec.get("crash") != null) {
            Section c = Section.of(v, sec.get("crash"), sec.path("crash"), "a mapping like { every: 1h, down-for: 30s }");
            crash = c == null ? null : timedCrash(c.allow(List.of("every", "down-for")));
            crashValid = crash != null;
        }
        Boolean outbox = sec.bool("outbox", false);
        return name == null || sendTo == null || messages == null || arrival == null || !crashValid || outbox == null
                ? null : new ProducerSpec(name, sendTo, messages, arrival, crash, outbox);
    }

    private ArrivalSpec arrival(YamlNode n, String path) {
        Section sec = Section.of(v, n, path, "a mapping like { process: poisson, rate: 2/s } or { process: fixed, interval: 500ms }");
        if (sec == null) {
            return null;
        }
        YamlNode p = sec.required("process");
        String process = p == null ? null
                : v.choice(p, sec.path("process"), "arrival process", List.of("poisson", "fixed"), x -> x);
        if (process == null) {
            return null;
        }
        if (process.equals("poisson")) {
            sec.allow(List.of("process", "rate"));
            Double rate = sec.rate("rate");
            return rate == null ? null : new ArrivalSpec.Poisson(rate);
        }
        sec.allow(List.of("process", "interval"));
        Long interval = sec.positiveDuration("interval", Section.REQUIRED);
        return interval == null ? null : new ArrivalSpec.Fixed(interval);
    }

    BrokerSpec broker(Section sec, String itemPath) {
        sec.allow(List.of("name", "kind", "deliver-to", "durable", "redelivery-timeout", "crash", "ack",
                "persist-time", "dedup-window", "partitions", "session-timeout", "max-deliveries", "idempotent",
                "sync-interval", "requeue-on-crash", "dead-letter-queue", "preset"));
        String name = name(sec, itemPath);
        BrokerKind kind = BrokerKind.QUEUE;
        if (sec.get("kind") != null) {
            kind = v.choice(sec.get("kind"), sec.path("kind"), "broker kind", List.of(BrokerKind.values()),
                    BrokerKind::id);
        }
        if (kind == BrokerKind.QUEUE) {
            onlyForLogs(sec, "partitions");
            onlyForLogs(sec, "session-timeout");
        }
        if (kind == BrokerKind.LOG) {
            onlyForQueues(sec, "max-deliveries", "a log keeps its records in order and has no dead-letter queue of its own");
            onlyForQueues(sec, "dead-letter-queue", "a log keeps its records in order and has no dead-letter queue of its own");
            onlyForQueues(sec, "sync-interval", "a log's durability is its replication: write durable and ack");
            onlyForQueues(sec, "requeue-on-crash", "a log's records stay where they are; a crashed consumer's partitions"
                    + " move to another member after session-timeout");
            onlyForQueues(sec, "redelivery-timeout", "a log's connection sends again a record its link loses after 200ms,"
                    + " doubling up to 2m, as TCP does");
        }
        Long maxDeliveries = sec.integer("max-deliveries", 0L, 1, Integer.MAX_VALUE);
        Long partitions = sec.integer("partitions", 0L, 1, MAX_PARTITIONS);
        Long session = sec.positiveDuration("session-timeout", BrokerSpec.DEFAULT_SESSION_TIMEOUT_NANOS);
        YamlNode d = sec.required("deliver-to");
        List<String> deliverTo = d == null ? null : deliverTo(d, sec.path("deliver-to"));
        if (deliverTo == null) {
            referencesComplete = false;
        }
        Boolean durable = sec.bool("durable", true);
        Long redelivery = sec.positiveDuration("redelivery-timeout", DEFAULT_REDELIVERY_TIMEOUT);
        TimedCrashSpec crash = null;
        boolean crashValid = true;
        if (sec.get("crash") != null) {
            Section c = Section.of(v, sec.get("crash"), sec.path("crash"), "a mapping like { every: 30m, down-for: 1m }");
            crash = c == null ? null : timedCrash(c.allow(List.of("every", "down-for")));
            crashValid = crash != null;
        }
        AckPoint ack = AckPoint.AFTER_PERSIST;
        if (sec.get("ack") != null) {
            ack = v.choice(sec.get("ack"), sec.path("ack"), "ack point", List.of(AckPoint.values()), AckPoint::id);
        }
        Long persistTime = sec.duration("persist-time", 0L);
        Long dedupWindow = positiveWindow(sec, "dedup-window", "remember ids forever");
        Boolean idempotent = sec.bool("idempotent", false);
        Long syncInterval = syncInterval(sec, durable);
        Boolean requeue = sec.bool("requeue-on-crash", false);
        Boolean deadLetterQueue = sec.bool("dead-letter-queue", true);
        String preset = Values.isText(sec.get("preset")) ? Values.text(sec.get("preset")) : null;
        return name == null || kind == null || deliverTo == null || durable == null || redelivery == null
                || !crashValid || ack == null || persistTime == null || dedupWindow == null || partitions == null
                || session == null || maxDeliveries == null || idempotent == null || syncInterval == null
                || requeue == null || deadLetterQueue == null ? null
                : new BrokerSpec(name, deliverTo, durable, redelivery, crash, ack, persistTime, dedupWindow, kind,
                        partitions.intValue(), session, maxDeliveries.intValue(), idempotent, syncInterval, requeue,
                        deadLetterQueue, preset);
    }

    /**
     * {@code sync-interval}: {@code always} (0, the default: each write syncs, taking
     * persist-time) or how often a durable broker syncs its writes to disk.
     */
    private Long syncInterval(Section sec, Boolean durable) {
        YamlNode n = sec.get("sync-interval");
        if (n == null || Values.isText(n) && Values.text(n).equals("always")) {
            return 0L;
        }
        if (Boolean.FALSE.equals(durable)) {
            return v.report(n, sec.path("sync-interval"), "applies to a durable broker only: a broker that is not"
                    + " durable keeps nothing on disk");
        }
        if (sec.get("persist-time") != null) {
            return v.report(n, sec.path("sync-interval"), "set one of persist-time (each write syncs, taking so long)"
                    + " or sync-interval (writes sync together, so often), not both");
        }
        Long every = v.duration(n, sec.path("sync-interval"));
        if (every != null && every == 0) {
            return v.report(n, sec.path("sync-interval"), "must be more than 0, got " + Values.shownText(n)
                    + " (write always to sync each write)");
        }
        return every;
    }

    /** Reports {@code key} on a log, where it means nothing, and {@code why}. */
    private void onlyForQueues(Section sec, String key, String why) {
        if (sec.get(key) != null) {
            v.report(sec.get(key), sec.path(key), "applies to a queue only: " + why);
        }
    }

    /** Reports {@code key} on a queue, where it means nothing. */
    private void onlyForLogs(Section sec, String key) {
        if (sec.get(key) != null) {
            v.report(sec.get(key), sec.path(key), "applies to a log only: add kind: log, or leave it out");
        }
    }

    private List<String> deliverTo(YamlNode n, String path) {
        List<YamlNode> items = n instanceof YamlNode.Sequence s ? s.items() : List.of(n);
        if (!(n instanceof YamlNode.Sequence) && !Values.isText(n)) {
            return v.wrongType(n, path, "a consumer name or a list of them");
        }
        if (items.isEmpty()) {
            return v.report(n, path, "must name at least one consumer");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(); // order-free: lookups only; out keeps the order
        boolean valid = true;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = n instanceof YamlNode.Sequence ? KeyPath.index(path, i) : path;
            String name = index.reference(v, items.get(i), itemPath, EnumSet.of(NodeIndex.Kind.CONSUMER), "consumer");
            track(name);
            if (name != null && !seen.add(name)) {
                v.report(items.get(i), itemPath, "\"" + name + "\" is listed twice");
                name = null;
            }
            valid &= name != null;
            if (name != null) {
                out.add(name);
            }
        }
        return valid ? out : null;
    }

    private TimedCrashSpec timedCrash(Section sec) {
        Long every = sec.positiveDuration("every", Section.REQUIRED);
        Long downFor = sec.positiveDuration("down-for", Section.REQUIRED);
        return every == null || downFor == null ? null : new TimedCrashSpec(every, downFor);
    }

    ConsumerSpec consumer(Section sec, String itemPath) {
        sec.allow(List.of("name", "processing", "concurrency", "prefetch", "crash", "dedup", "commit", "poison"));
        String name = name(sec, itemPath);
        DelaySpec processing = sec.get("processing") == null ? new DelaySpec.Constant(0)
                : Delays.read(v, sec.get("processing"), sec.path("processing"));
        ConsumerCrashSpec crash = null;
        boolean crashValid = true;
        if (sec.get("crash") != null) {
            Section c = Section.of(v, sec.get("crash"), sec.path("crash"),
                    "a mapping like { probability: 0.001, at: after-process, down-for: 10s } or { every: 1h, down-for: 30s }");
            crash = c == null ? null : consumerCrash(c.allow(List.of("probability", "at", "every", "down-for")));
            crashValid = crash != null;
        }
        DedupSpec dedup = DedupSpec.DEFAULT;
        if (sec.get("dedup") != null) {
            Section c = Section.of(v, sec.get("dedup"), sec.path("dedup"), "a mapping like { store: durable, window: 5m }");
            dedup = c == null ? null : dedup(c.allow(List.of("store", "window")));
        }
        CommitPolicy commit = sec.get("commit") == null ? CommitPolicy.AFTER_PROCESS
                : commit(sec.get("commit"), sec.path("commit"));
        Long concurrency = sec.integer("concurrency", 1L, 1, MAX_WORKERS);
        Long prefetch = sec.integer("prefetch", concurrency == null ? 1L : concurrency, 1, MAX_WORKERS);
        if (sec.get("prefetch") != null && name != null) {
            explicitPrefetch.add(name);
        }
        PoisonSpec poison = null;
        boolean poisonValid = true;
        if (sec.get("poison") != null) {
            poison = poison(sec.get("poison"), sec.path("poison"));
            poisonValid = poison != null;
        }
        return name == null || processing == null || !crashValid || dedup == null || commit == null
                || concurrency == null || prefetch == null || !poisonValid ? null
                : new ConsumerSpec(name, processing, crash, dedup, commit, concurrency.intValue(), prefetch.intValue(),
                        poison);
    }

    /** {@code 0.1%} (poison messages whose processing fails) or {@code { share: 0.1%, effect: fail | crash }}. */
    private PoisonSpec poison(YamlNode n, String path) {
        if (!(n instanceof YamlNode.Mapping)) {
            Double share = v.probability(n, path);
            return share == null ? null : new PoisonSpec(share, PoisonSpec.Effect.FAIL);
        }
        Section sec = Section.of(v, n, path, "a share like 0.1% or a mapping like { share: 0.1%, effect: crash }");
        sec.allow(List.of("share", "effect"));
        Double share = sec.probability("share", null);
        PoisonSpec.Effect effect = PoisonSpec.Effect.FAIL;
        if (sec.get("effect") != null) {
            effect = v.choice(sec.get("effect"), sec.path("effect"), "poison effect",
                    List.of(PoisonSpec.Effect.values()), PoisonSpec.Effect::id);
        }
        return share == null || effect == null ? null : new PoisonSpec(share, effect);
    }

    /** {@code after-process}, {@code before-process}, {@code { every: 5s }} or {@code { batch: 100 }}. */
    private CommitPolicy commit(YamlNode n, String path) {
        String expected = "after-process, before-process, { every: 5s } or { batch: 100 }";
        if (Values.isText(n)) {
            for (CommitPoint point : CommitPoint.values()) {
                if (point.id().equals(Values.text(n))) {
                    return CommitPolicy.at(point);
                }
            }
            return v.report(n, path, "unknown commit \"" + Values.shown(Values.text(n)) + "\", expected " + expected);
        }
        Section sec = Section.of(v, n, path, expected);
        if (sec == null) {
            return null;
        }
        sec.allow(List.of("every", "batch"));
        if ((sec.get("every") == null) == (sec.get("batch") == null)) {
            return v.report(n, path, "needs one of every (commit so often) or batch (commit so many at a time)");
        }
        if (sec.get("every") != null) {
            Long every = sec.positiveDuration("every", Section.REQUIRED);
            return every == null ? null : CommitPolicy.every(every);
        }
        Long batch = sec.integer("batch", Section.REQUIRED, 1, MAX_BATCH);
        return batch == null ? null : CommitPolicy.batch(batch.intValue());
    }

    /** Crashes per delivery ({@code probability}, {@code at}), in time ({@code every}), or both. */
    private ConsumerCrashSpec consumerCrash(Section sec) {
        if (sec.get("probability") == null && sec.get("every") == null) {
            return v.report(sec.map, sec.path, "needs probability (a crash per delivery), every (crashes in time),"
                    + " or both");
        }
        Double probability = sec.probability("probability", 0.0);
        CrashPoint at = CrashPoint.AFTER_PROCESS;
        if (sec.get("at") != null) {
            at = v.choice(sec.get("at"), sec.path("at"), "crash point", List.of(CrashPoint.values()), CrashPoint::id);
        }
        Long every = sec.get("every") == null ? Long.valueOf(0) : sec.positiveDuration("every", Section.REQUIRED);
        Long downFor = sec.positiveDuration("down-for", ConsumerCrashSpec.DEFAULT_DOWN_FOR_NANOS);
        return probability == null || at == null || downFor == null || every == null ? null
                : new ConsumerCrashSpec(probability, at, downFor, every);
    }

    private DedupSpec dedup(Section sec) {
        DedupSpec.Store store = DedupSpec.Store.DURABLE;
        if (sec.get("store") != null) {
            store = v.choice(sec.get("store"), sec.path("store"), "dedup store",
                    List.of(DedupSpec.Store.values()), DedupSpec.Store::id);
        }
        Long window = positiveWindow(sec, "window", "remember ids forever");
        return store == null || window == null ? null : new DedupSpec(store, window);
    }

    /** An optional duration that must be more than 0 when given; absent or {@code forever} is 0 (meaning forever). */
    private Long positiveWindow(Section sec, String key, String absentMeans) {
        if (sec.get(key) == null || Values.isText(sec.get(key)) && Values.text(sec.get(key)).equals("forever")) {
            return 0L;
        }
        Long window = v.duration(sec.get(key), sec.path(key));
        if (window != null && window == 0) {
            return v.report(sec.get(key), sec.path(key),
                    "must be more than 0, got " + Values.shownText(sec.get(key)) + " (leave it out to " + absentMeans + ")");
        }
        return window;
    }

    /** The item's name, checked by {@link NodeIndex}; here only its absence is reported. */
    private String name(Section sec, String itemPath) {
        return sec.required("name") == null ? null : index.nameAt(itemPath);
    }

    private void track(String name) {
        if (name == null) {
            referencesComplete = false;
        } else if (index.kindOf(name) == NodeIndex.Kind.CONSUMER) {
            reached.add(name);
        }
    }
}
