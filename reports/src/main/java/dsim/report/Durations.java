package dsim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Compact human durations for tables: three significant digits, e.g. {@code 12.3ms}, {@code 2m05s}. */
public final class Durations {

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long MIN = 60 * S;
    private static final long HOUR = 60 * MIN;

    private Durations() {
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
    static String seconds(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString() + "s";
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
