package dsim.scenario.fuzz;

import java.util.List;
import java.util.Random;

/** The values, keys and units a careless or hostile author writes, for mutations to draw from. */
final class Nasty {

    /** Keys the loader knows, near misses of them, and keys YAML can barely express. */
    static final List<String> KEYS = List.of("name", "send-to", "messages", "arrival", "process", "rate",
            "interval", "deliver-to", "durable", "redelivery-timeout", "crash", "every", "down-for", "processing",
            "probability", "at", "dedup", "store", "window", "network", "default", "links", "from", "to", "delay",
            "loss", "duplicate", "outages", "start", "end", "model", "mean-good", "mean-bad", "retry", "timeout",
            "max-attempts", "backoff", "multiplier", "max", "jitter", "limits", "max-time", "max-events", "expect",
            "lost", "duplicated", "at-least-once", "exactly-once", "costs", "version", "seed", "semantics",
            "send_to", "Messages", "lose", "dedupe", "max_attempts", "semantic", "exactly-one", "<<", "\"a b\"",
            "'quoted'", "\"\"", "123", "true", "~", "? [x, y]", "? { a: 1 }", "\"\\u0000\"", "\"é\"", "\"k: v\"");

    /** Scalars of every type, in every shape the units parser might meet. */
    static final List<String> SCALARS = List.of("0", "1", "-1", "0.5", "1.5", "42", "2/s", "5/min", "1/d", "0/s",
            "10ms", "0s", "-5ms", "1.5s", "0.0000000001ns", "1e3", "1e-3", "0x1F", "0o17", "1_000", "+7", "-0",
            "50%", "150%", "\"2%\"", "-1%", "%", "yes", "no", "on", "off", "true", "~", "null", "\"\"", "''",
            "x", "poisson", "fixed", "uniform", "gilbert-elliott", "memory", "after-process", "at-most-once",
            "\"at-least-once\"", "2001-12-14", "12:30:00", "\"multi\\nline\"", "|\n  block", ">-\n  folded",
            "'it''s'", "\"\\t\"", "é", "\u00b5s", "5µs", "1 000", "1,5s", "NaN", "Infinity", "∞");

    /** Numbers beyond every range: 64 bits, doubles, durations, counts. */
    static final List<String> HUGE = List.of("9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999999", "1e308", "1e309", "-1e400", "4.9e-324", "1e-400", "2147483648",
            "100000001", "1000000000000000000000s", "292y", "106752d", "106753d", "9223372036854775807ns",
            "9223372036854775808ns", "99999999999999999999h", "0.000000000000000000000000001s", "1e999999",
            "0x7fffffffffffffff", "0xffffffffffffffffff", "1" + "0".repeat(400), "9".repeat(2000) + "ms",
            "0." + "0".repeat(100) + "1", "18446744073709551616");

    /** The YAML spellings of not-a-number and infinity, and strings that look like them. */
    static final List<String> NOT_FINITE = List.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", "-.inf", "+.inf",
            "-.Inf", "\"NaN\"", "\"Infinity\"", "NaN%", ".inf%", ".nanms", "-.infs", "1e400", "-1e400");

    /** Wrong, misspelt and missing units. */
    static final List<String> UNITS = List.of("", "sec", "secs", "msec", "mins", "hr", "S", "MS", "Ms", "µs",
            "μs", "us ", "/sec", "/fortnight", "/", "/0s", "per s", "%%", "‰", " %", "hz", "y", "w", "ns",
            "d", "min", "/h", "/us", "e3s", ".s", "s s");

    /** Tagged values YAML resolves to types the loader never expects. */
    static final List<String> TAGGED = List.of("!!binary aGVsbG8=", "!!timestamp 2001-12-14", "!!set { a, b }",
            "!!omap [ a: 1 ]", "!custom x", "!!int \"12\"", "!!float x", "!!str 5", "!!bool maybe",
            "!!null x", "!<tag:yaml.org,2002:str> y", "!!map [1]", "!!seq { a: 1 }", "!!python/object:x {}",
            "! plain", "!!merge <<");

    private Nasty() {
    }

    static <T> T pick(List<T> options, Random r) {
        return options.get(r.nextInt(options.size()));
    }

    /** A value of any type: a scalar, a list, a mapping, or nothing. */
    static String anyValue(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "[" + pick(SCALARS, r) + ", " + pick(SCALARS, r) + "]";
            case 1 -> "{ " + pick(KEYS, r) + ": " + pick(SCALARS, r) + " }";
            case 2 -> pick(List.of("[]", "{}", "", "[ ]", "{ }", "-", "[[]]", "[{}]", "{a: []}"), r);
            case 3 -> pick(HUGE, r);
            case 4 -> pick(NOT_FINITE, r);
            case 5 -> pick(TAGGED, r);
            default -> pick(SCALARS, r);
        };
    }
}
