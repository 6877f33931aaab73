package dsim.scenario;

import dsim.spec.LimitsSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations, rates and probabilities as users write them ({@code 250us}, {@code 5/min},
 * {@code "2%"}), parsed exactly with {@link BigDecimal} so {@code 0.1s} is exactly 100 ms.
 * Parse errors are {@link UnitsException}s whose message says what was expected.
 */
public final class Units {

    /** What a duration looks like, for messages. */
    public static final String DURATION_EXPECTED = "a duration with a unit like 250us, 5ms, 2s, 1m";
    /** What a rate looks like, for messages. */
    public static final String RATE_EXPECTED = "a rate like 100/s or 5/min";
    /** What a probability looks like, for messages. */
    public static final String PROBABILITY_EXPECTED = "a probability: a number between 0 and 1 or a percentage like \"2%\"";

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long MIN = 60 * S;
    private static final long H = 60 * MIN;
    private static final long D = 24 * H;


    // Plain decimals only: no exponent, no sign (signs are handled separately), bounded length
    // so a hostile file cannot make BigDecimal work hard.
    private static final Pattern DECIMAL = Pattern.compile("(?:[0-9]{1,30}(?:\\.[0-9]{1,30})?|\\.[0-9]{1,30})");
    private static final Pattern QUANTITY = Pattern.compile("([+-]?)([0-9.]*)\\s*(.*)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile(
            "[+-]?(?:[0-9]{1,30}(?:\\.[0-9]{0,30})?|\\.[0-9]{1,30})(?:[eE][+-]?[0-9]{1,3})?");

    private Units() {
    }

    /**
     * Parses a non-negative duration with a unit ({@code ns, us, µs, ms, s, m, min, h, d}),
     * decimals allowed ({@code 1.5s}), into nanoseconds.
     *
     * @throws UnitsException if there is no unit, an unknown unit, a negative value, a value
     *                        finer than 1 ns or one beyond {@link LimitsSpec#MAX_DURATION_NANOS}
     */
    public static long parseDuration(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = QUANTITY.matcher(t);
        if (t.isEmpty() || !m.matches() || !DECIMAL.matcher(m.group(2)).matches()) {
            throw new UnitsException("expected " + DURATION_EXPECTED + ", got " + shown(t));
        }
        if (m.group(3).isEmpty()) {
            throw new UnitsException("expected " + DURATION_EXPECTED + ", got " + shown(t) + " (a bare number)");
        }
        Long unit = unitNanos(m.group(3));
        if (unit == null) {
            throw new UnitsException("expected " + DURATION_EXPECTED + ", got " + shown(t) + " (unknown unit \""
                    + shown(m.group(3)) + "\"; units are ns, us, ms, s, m, h, d)");
        }
        if (m.group(1).equals("-") && new BigDecimal(m.group(2)).signum() != 0) {
            throw new UnitsException("expected a duration of 0 or more, got " + shown(t));
        }
        BigDecimal nanos = new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(unit));
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new UnitsException("expected a whole number of nanoseconds, got " + shown(t));
        }
        if (nanos.compareTo(BigDecimal.valueOf(LimitsSpec.MAX_DURATION_NANOS)) > 0) {
            throw new UnitsException("expected a duration of at most " + LimitsSpec.MAX_DURATION_TEXT + " (about 27 years), got "
                    + shown(t));
        }
        return nanos.longValueExact();
    }

    /**
     * Parses a rate ({@code 100/s}, {@code 5/min}, {@code 2/ms}, {@code 10/h}) into events per
     * second.
     *
     * @throws UnitsException unless it is a number &gt; 0 over a known time unit, at most 1/ns
     */
    public static double parseRate(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        if (slash < 0) {
            boolean bare = PLAIN_NUMBER.matcher(t).matches();
            throw new UnitsException("expected " + RATE_EXPECTED + ", got " + shown(t) + (bare ? " (a bare number)" : ""));
        }
        String number = t.substring(0, slash).strip();
        String unitText = t.substring(slash + 1).strip();
        boolean negative = number.startsWith("-");
        String digits = negative || number.startsWith("+") ? number.substring(1) : number;
        Long unit = unitNanos(unitText);
        if (!DECIMAL.matcher(digits).matches() || unit == null) {
            throw new UnitsException("expected " + RATE_EXPECTED + ", got " + shown(t));
        }
        BigDecimal perSecond = new BigDecimal(digits).multiply(BigDecimal.valueOf(S))
                .divide(BigDecimal.valueOf(unit), MathContext.DECIMAL64);
        if (negative || perSecond.signum() == 0) {
            throw new UnitsException("expected a rate > 0, got " + shown(t));
        }
        if (perSecond.compareTo(BigDecimal.valueOf(S)) > 0) {
            throw new UnitsException("expected a rate of at most 1/ns, got " + shown(t));
        }
        return perSecond.doubleValue();
    }

    /**
     * Parses a probability: a number in [0, 1] ({@code 0.02}) or a percentage ({@code 2%}).
     *
     * @throws UnitsException if it is neither, or out of range; a number above 1 suggests the
     *                        percent form
     */
    public static double parseProbability(String text) {
        String t = text == null ? "" : text.strip();
        boolean percent = t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).strip() : t;
        if (!PLAIN_NUMBER.matcher(number).matches()) {
            throw new UnitsException("expected " + PROBABILITY_EXPECTED + ", got " + shown(t));
        }
        BigDecimal value = new BigDecimal(number);
        BigDecimal max = BigDecimal.valueOf(percent ? 100 : 1);
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            if (percent) {
                throw new UnitsException("must be between 0% and 100%, got " + shown(t));
            }
            boolean hint = value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            throw new UnitsException("must be between 0 and 1, got " + shown(t)
                    + (hint ? " (for a percentage write \"" + number + "%\")" : ""));
        }
        return percent ? value.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64).doubleValue() : value.doubleValue();
    }

    /** Nanoseconds in one {@code unit}, or null if it is not a time unit. */
    private static Long unitNanos(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> US;
            case "ms" -> MS;
            case "s" -> S;
            case "m", "min" -> MIN;
            case "h" -> H;
            case "d" -> D;
            default -> null;
        };
    }

    /** The text for a message: as written (escaped and shortened like any user text), or a note when empty. */
    private static String shown(String t) {
        return t.isEmpty() ? "\"\" (an empty string)" : Values.shown(t);
    }
}
