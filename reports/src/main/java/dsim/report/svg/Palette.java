package dsim.report.svg;

import dsim.spec.Semantics;

/**
 * Colours from the Okabe-Ito palette, which stays distinguishable under the common forms of
 * colour blindness. Each semantics and each outcome keeps one colour in every chart.
 */
public final class Palette {

    /** Messages never processed: vermillion. */
    public static final String LOST = "#D55E00";
    /** Messages processed exactly once: bluish green. */
    public static final String ONCE = "#009E73";
    /** Messages processed more than once: sky blue. */
    public static final String DUPLICATED = "#56B4E9";
    /** Text, axes and whiskers. */
    public static final String INK = "#222222";
    /** Secondary text. */
    public static final String MUTED = "#555555";
    /** Grid lines. */
    public static final String GRID = "#E3E3E3";

    private Palette() {
    }

    /** The colour of {@code semantics}: reddish purple, orange, blue. */
    public static String of(Semantics semantics) {
        return switch (semantics) {
            case AT_MOST_ONCE -> "#CC79A7";
            case AT_LEAST_ONCE -> "#E69F00";
            case EXACTLY_ONCE -> "#0072B2";
        };
    }
}
