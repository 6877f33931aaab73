package dsim.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Fractions as short percentages: {@code 0.38%}, {@code 2.3%}, {@code 15%}, {@code 100%}. */
final class Percent {

    private Percent() {
    }

    /** {@code fraction} (0 to 1) as a percentage with two significant digits, never in exponent form. */
    static String of(double fraction) {
        double percent = fraction * 100;
        if (percent == 0) {
            return "0%";
        }
        BigDecimal d = new BigDecimal(percent).round(new MathContext(2, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString() + "%";
    }
}
