package dsim.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Durations as people read them, in one place: the exact form scenario files use
 * ({@link #exact}), the compact form of tables ({@link #compact}), and seconds, exact for
 * traces ({@link #seconds}) or to the millisecond for stories ({@link #secondsRounded}).
 */
public final class Durations {

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long MIN = 60 * S;
    private static final long HOUR = 60 * MIN;
    private static final long DAY = 24 * HOUR;
    /** Units of the exact form, largest first, with their nanoseconds. */
    private static final String[] UNITS = {"d", "h", "m", "s", "ms", "us", "ns"};
    private static final long[] UNIT_NANOS = {DAY, HOUR, MIN, S, MS, US, 1};

    private Durations() {
    }

    /**
     * The shortest exact form of {@code nanos} with a unit, as a scenario file writes it, e.g.
     * {@code 0s}, {@code 250us}, {@code 1.5s}, {@code 2m}; on a tie the larger unit wins. Forms
     * below 1 (like {@code 0.5s}) are never chosen, so {@code 500ms}. The scenario loader
     * parses it back exactly, for non-negative values.
     */
    public static String exact(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        BigDecimal magnitude = BigDecimal.valueOf(nanos).abs();
        String best = null;
        for (int u = 0; u < UNITS.length; u++) {
            BigDecimal perUnit = BigDecimal.valueOf(UNIT_NANOS[u]);
            BigDecimal inUnit = magnitude.divide(perUnit, MathContext.DECIMAL128);
            if (inUnit.compareTo(BigDecimal.ONE) < 0 || inUnit.multiply(perUnit).compareTo(magnitude) != 0) {
                continue; // below 1 of this unit, or not exact in it (e.g. 1ns in days)
            }
            String candidate = inUnit.stripTrailingZeros().toPlainString() + UNITS[u];
            if (best == null || candidate.length() < best.length()) {
                best = candidate;
            }
        }
        return sign + best;
    }

    /** {@code nanos} in the largest unit that keeps it readable, e.g. {@code 850ns}, {@code 1.2s}, {@code 1h02m}. */
    public static String compact(long nanos) {
        if (nanos < 0) {
            return "-" + compact(-nanos);
        }
        if (nanos < US) {
            return nanos + "ns";
        }
        String small = decimal(nanos, US, "us");
        if (small == null) {
            small = decimal(nanos, MS, "ms");
        }
        if (small == null) {
            small = decimal(nanos, S, "s");
        }
        if (small != null) {
            return small;
        }
        // Past a minute, precision below the second stops mattering to a reader. Round first,
        // then pick the units, so 59.9999s reads 1m00s rather than 0m59s.
        long seconds = rounded(nanos, S);
        if (seconds < 3600) {
            return twoUnits(seconds, 60, "m", "s");
        }
        long minutes = rounded(nanos, MIN);
        if (minutes < 24 * 60) {
            return twoUnits(minutes, 60, "h", "m");
        }
        return twoUnits(rounded(nanos, HOUR), 24, "d", "h");
    }

    /**
     * {@code nanos} as exact seconds, e.g. {@code 0s}, {@code 0.01s}, {@code 1.203s},
     * {@code 2531.936992482s}: one unit throughout, so the lines of a trace scan and sort by eye.
     */
    public static String seconds(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString() + "s";
    }

    /**
     * {@code nanos} in seconds as stories print simulated times: {@code 0s}, {@code 0.01s},
     * {@code 1.203s}, {@code 2531.937s}; below a millisecond to the microsecond
     * ({@code 0.00042s}), so nothing non-zero prints as 0.
     */
    public static String secondsRounded(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        int scale = Math.abs(nanos) < MS ? 6 : 3;
        BigDecimal s = BigDecimal.valueOf(nanos, 9).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (s.signum() == 0) {
            s = BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
        }
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + "s";
    }

    /** {@code nanos / unit} to three significant digits if that stays below the next unit, else null. */
    private static String decimal(long nanos, long unit, String suffix) {
        BigDecimal v = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(unit), new MathContext(3, RoundingMode.HALF_EVEN));
        long limit = unit == S ? 60 : 1000;
        if (v.compareTo(BigDecimal.valueOf(limit)) >= 0) {
            return null;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + suffix;
    }

    /** {@code nanos / unit}, rounded half up, without overflow. */
    private static long rounded(long nanos, long unit) {
        return nanos / unit + (nanos % unit >= unit / 2 ? 1 : 0);
    }

    /** e.g. 65 seconds with 60 per minute: {@code 1m05s}. */
    private static String twoUnits(long count, long perBig, String bigName, String smallName) {
        long rest = count % perBig;
        return count / perBig + bigName + (rest < 10 ? "0" : "") + rest + smallName;
    }
}
