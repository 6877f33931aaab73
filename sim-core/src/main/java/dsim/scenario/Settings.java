package dsim.scenario;

import dsim.text.Durations;
import dsim.spec.CostsSpec;
import dsim.spec.LimitsSpec;
import dsim.spec.RetrySpec;
import java.util.List;

/** Reads {@code retry}, {@code limits} and {@code costs}: policies with defaults for every key. */
final class Settings {

    // Boxed on purpose: they meet nullable Longs in conditionals, where a primitive would unbox.
    static final Long DEFAULT_TIMEOUT = Units.parseDuration("1s");
    static final Long DEFAULT_MAX_BACKOFF = Units.parseDuration("1m");
    static final Long DEFAULT_MAX_ATTEMPTS = 10L;
    static final long MAX_ATTEMPTS_LIMIT = 1_000_000;
    /** The event queue's arrays are indexed by int: it cannot hold more than a billion events. */
    static final long MAX_PENDING_LIMIT = 1_000_000_000L;
    static final Double DEFAULT_MULTIPLIER = 2.0;
    static final Double NO_JITTER = 0.0;

    private Settings() {
    }

    /** The retry policy at {@code n} (null: all defaults), or null after problems. */
    static RetrySpec retry(Values v, YamlNode n) {
        Section sec = n == null ? null : Section.of(v, n, "retry", "a mapping like { timeout: 2s, max-attempts: 8 }");
        if (n != null && sec == null) {
            return null;
        }
        if (sec != null) {
            sec.allow(List.of("timeout", "max-attempts", "backoff"));
        }
        Long timeout = sec == null ? DEFAULT_TIMEOUT : sec.positiveDuration("timeout", DEFAULT_TIMEOUT);
        Long attempts = sec == null ? DEFAULT_MAX_ATTEMPTS
                : sec.integer("max-attempts", DEFAULT_MAX_ATTEMPTS, 0, MAX_ATTEMPTS_LIMIT);
        YamlNode b = sec == null ? null : sec.get("backoff");
        Section backoff = b == null ? null : Section.of(v, b, "retry.backoff", "a mapping like { multiplier: 2, max: 1m, jitter: 0.1 }");
        if (b != null && backoff == null) {
            return null;
        }
        if (backoff != null) {
            backoff.allow(List.of("multiplier", "max", "jitter"));
        }
        Double multiplier = backoff == null ? DEFAULT_MULTIPLIER : backoff.number("multiplier", DEFAULT_MULTIPLIER);
        if (multiplier != null && multiplier < 1) {
            multiplier = v.report(backoff.get("multiplier"), "retry.backoff.multiplier",
                    "must be at least 1, got " + Values.shownText(backoff.get("multiplier")));
        }
        // A longer timeout than the default cap raises the cap, so setting only the timeout is valid.
        Long defaultMax = Math.max(DEFAULT_MAX_BACKOFF, timeout == null ? 0 : timeout);
        Long max = backoff == null ? defaultMax : backoff.duration("max", defaultMax);
        if (max != null && timeout != null && max < timeout) {
            max = v.report(backoff.get("max"), "retry.backoff.max", "must be at least the timeout ("
                    + Durations.exact(timeout) + "), got " + Values.shownText(backoff.get("max")));
        }
        Double jitter = backoff == null ? NO_JITTER : backoff.probability("jitter", NO_JITTER);
        if (jitter != null && jitter >= 1) {
            jitter = v.report(backoff.get("jitter"), "retry.backoff.jitter",
                    "must be less than 1 (a fraction of each wait), got " + Values.shownText(backoff.get("jitter")));
        }
        if (timeout == null || attempts == null || multiplier == null || max == null || jitter == null) {
            return null;
        }
        return new RetrySpec(timeout, attempts.intValue(), multiplier, max, jitter);
    }

    /** The limits at {@code n} (null: the defaults), or null after problems. */
    static LimitsSpec limits(Values v, YamlNode n) {
        if (n == null) {
            return LimitsSpec.DEFAULT;
        }
        Section sec = Section.of(v, n, "limits", "a mapping like { max-time: 24h, max-events: 100000000 }");
        if (sec == null) {
            return null;
        }
        sec.allow(List.of("max-time", "max-events", "max-pending"));
        Long maxTime = sec.positiveDuration("max-time", LimitsSpec.DEFAULT.maxTimeNanos());
        Long maxEvents = sec.integer("max-events", LimitsSpec.DEFAULT.maxEvents(), 1, Long.MAX_VALUE);
        Long maxPending = sec.integer("max-pending", LimitsSpec.DEFAULT_MAX_PENDING, 1, MAX_PENDING_LIMIT);
        return maxTime == null || maxEvents == null || maxPending == null ? null
                : new LimitsSpec(maxTime, maxEvents, maxPending);
    }

    /** The costs at {@code n}, or null when absent (or after problems). Absent keys cost 0. */
    static CostsSpec costs(Values v, YamlNode n) {
        if (n == null) {
            return null;
        }
        Section sec = Section.of(v, n, "costs", "a mapping like { lost: 100, duplicate: 5, packet: 0.001 }");
        if (sec == null) {
            return null;
        }
        sec.allow(List.of("lost", "duplicate", "packet", "dead-lettered"));
        Double lost = nonNegative(sec, "lost");
        Double duplicate = nonNegative(sec, "duplicate");
        Double packet = nonNegative(sec, "packet");
        Double deadLettered = sec.get("dead-lettered") == null ? lost : nonNegative(sec, "dead-lettered");
        return lost == null || duplicate == null || packet == null || deadLettered == null ? null
                : new CostsSpec(lost, duplicate, packet, deadLettered);
    }

    /**
     * The largest cost accepted. Costs multiply counts of up to billions of messages and packets;
     * at 1e308 every total overflowed to infinity, yet a cheapest semantics was still named.
     */
    static final double MAX_COST = 1e12;

    private static Double nonNegative(Section sec, String key) {
        Double x = sec.number(key, 0.0);
        if (x != null && x < 0) {
            return sec.values.report(sec.get(key), sec.path(key), "must be 0 or more, got " + Values.shownText(sec.get(key)));
        }
        if (x != null && !(x <= MAX_COST)) {
            return sec.values.report(sec.get(key), sec.path(key), "must be at most 1e12 (costs are multiplied by "
                    + "counts of billions), got " + Values.text(sec.get(key)));
        }
        return x;
    }
}
