package dsim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Deterministic number formats for reports: exact decimal rounding, never the platform's. */
public final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** {@code value} rounded half-even to {@code decimals} places, e.g. {@code 2.47}. */
    public static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * {@code value} rounded half-even to at most {@code decimals} places, as an exact decimal for
     * JSON; at least one decimal ({@code 1.0}), so the field always reads as a fraction.
     */
    public static BigDecimal decimal(double value, int decimals) {
        BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1) : d;
    }

    /**
     * {@code part} as a share of {@code whole}, e.g. {@code 9.6%}, {@code 0.02%}, {@code 100%}.
     * A share that is not exactly 0 or 100 never prints as 0% or 100%: a single lost message
     * in a million must stay visible.
     */
    public static String percent(long part, long whole) {
        if (whole == 0 || part == 0) {
            return "0%";
        }
        if (part == whole) {
            return "100%";
        }
        double p = 100.0 * part / whole;
        BigDecimal exact = new BigDecimal(p);
        BigDecimal shown;
        if (p < 1) {
            shown = exact.round(new MathContext(2, RoundingMode.HALF_EVEN));
        } else {
            int scale = 1;
            do {
                shown = exact.setScale(scale++, RoundingMode.HALF_EVEN);
            } while (shown.compareTo(HUNDRED) >= 0 && p < 100);
        }
        BigDecimal stripped = shown.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
    }
}
