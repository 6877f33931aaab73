package dsim.report.compare;

import dsim.compare.Metric;
import dsim.stats.Estimate;

import dsim.text.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The number formats of compare reports, exact and locale-free (BigDecimal, half-even). The
 * one rule: a fixed number of decimals, except that a value which is not zero but would
 * print as zero gets three significant digits instead ({@code 0.00312}), so one lost
 * message in a million stays visible.
 */
final class Format {

    /** Decimals of percentages, ratios and milliseconds in tables. */
    static final int DECIMALS = 2;

    private static final long MS = 1_000_000L;

    private Format() {
    }

    /** {@code x} with {@code decimals} decimals, or three significant digits if it would print as zero. */
    static String num(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal fixed = exact.setScale(decimals, RoundingMode.HALF_EVEN);
        if (fixed.signum() == 0 && exact.signum() != 0) {
            return exact.round(new MathContext(3, RoundingMode.HALF_EVEN)).toPlainString();
        }
        return fixed.signum() == 0 ? fixed.abs().toPlainString() : fixed.toPlainString();
    }

    /** {@code x} with the default decimals. */
    static String num(double x) {
        return num(x, DECIMALS);
    }

    /** A percentage, e.g. {@code 2.44%}. */
    static String percent(double x) {
        return num(x) + "%";
    }

    /** An interval, e.g. {@code [2.30, 2.58]}. */
    static String interval(double lower, double upper) {
        return "[" + num(lower) + ", " + num(upper) + "]";
    }

    /** A cost's interval: a cost cannot be negative, so a Student-t interval reaching below zero is cut there. */
    static String costInterval(Estimate e) {
        return interval(Math.max(0, e.lower()), e.upper());
    }

    /**
     * A metric's interval as a reader should see it: a share cannot leave [0, 100], so a
     * Student-t interval that reaches past either end is cut there.
     */
    static String interval(Metric m, Estimate e) {
        if (m.isShare()) {
            return interval(Math.max(0, e.lower()), Math.min(100, e.upper()));
        }
        if (m.unit().equals("%") || m.isMechanism()) {
            return interval(Math.max(0, e.lower()), e.upper()); // a count: never below 0, maybe over 100
        }
        if (m.unit().equals("ms")) {
            return "[" + duration(Math.max(0, e.lower()) * MS) + ", " + duration(e.upper() * MS) + "]";
        }
        return interval(e.lower(), e.upper());
    }

    /** A metric's mean with its unit, e.g. {@code 2.44%}, {@code 12.3ms}, {@code 6d10h}, {@code 2.05}. */
    static String value(Metric m, double x) {
        return switch (m.unit()) {
            case "%" -> percent(x);
            case "" -> num(x);
            case "ms" -> duration(x * MS);
            default -> m.isMechanism() ? num(x) : num(x) + " " + m.unit();
        };
    }

    /** A share's mean and interval, or "none" when every seed had exactly zero, e.g. in chart notes. */
    static String shareOrNone(Metric m, Estimate e) {
        return e.value() == 0 && e.upper() == 0 ? "none" : estimate(m, e);
    }

    /** A metric's mean and interval, e.g. {@code 2.44% [2.30, 2.58]}. */
    static String estimate(Metric m, Estimate e) {
        return value(m, e.value()) + " " + interval(m, e);
    }

    /** A difference in a metric's unit: percentage points for shares, e.g. {@code -2.44 pp}. */
    static String difference(Metric m, double x) {
        return switch (m.unit()) {
            case "%" -> num(x) + " pp";
            case "" -> num(x);
            case "ms" -> duration(x * MS);
            default -> m.isMechanism() ? num(x) : num(x) + " " + m.unit();
        };
    }

    /** An exact share of seeds in percent, e.g. {@code 40.00% [11.76, 76.93]}. */
    static String share(Estimate e) {
        return percent(100 * e.value()) + " " + interval(100 * e.lower(), 100 * e.upper());
    }

    /** A probability as a percentage with up to six significant digits, e.g. {@code 0.2%}, {@code 10%}. */
    static String probability(double fraction) {
        BigDecimal p = new BigDecimal(fraction * 100).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /** A plain number with up to six significant digits, e.g. {@code 2}, {@code 0.01}, {@code 1.5}. */
    static String plain(double x) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        BigDecimal p = new BigDecimal(x).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
    }

    /** A count with thousands separators, e.g. {@code 1,000}. */
    static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + b;
    }

    /**
     * A duration as every dsim output prints one ({@link Durations#compact}): three significant
     * digits up to a minute, then two units, up to days, e.g. {@code 12.3ms}, {@code 1m05s},
     * {@code 6d10h}.
     */
    static String duration(double nanos) {
        if (!Double.isFinite(nanos)) {
            return "n/a";
        }
        return Durations.compact(Math.round(nanos));
    }

    /** The seeds of a comparison, e.g. {@code 1..100 (100)}; seeds print unsigned, as everywhere. */
    static String seeds(long first, int count) {
        long last = first + count - 1;
        return Long.toUnsignedString(first) + ".." + Long.toUnsignedString(last) + " (" + count + ")";
    }
}
