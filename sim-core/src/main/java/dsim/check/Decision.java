package dsim.check;

import dsim.spec.Expectation.Check;
import dsim.stats.Estimate;

/** What a confidence interval says of a bound: it holds, it fails, or the interval straddles it. */
public enum Decision {
    /** Every value in the interval meets the bound. */
    HOLDS("holds", "\u2713", "ok"),
    /** No value in the interval meets the bound. */
    FAILS("fails", "\u2717", "FAIL"),
    /** The interval holds values on both sides of the bound: more seeds may decide it. */
    UNDECIDED("undecided", "?", "?");

    private final String id;
    private final String symbol;
    private final String ascii;

    Decision(String id, String symbol, String ascii) {
        this.id = id;
        this.symbol = symbol;
        this.ascii = ascii;
    }

    /** The mark a line of output starts with, as the per-run checks' marks: a check mark, a cross, or ?. */
    public String symbol() {
        return symbol;
    }

    /** {@link #symbol()} where only ASCII can be printed: {@code ok}, {@code FAIL} or {@code ?}. */
    public String ascii() {
        return ascii;
    }

    /** The word output prints, e.g. {@code holds}. */
    public String id() {
        return id;
    }

    /**
     * The decision of {@code check} (a one-way comparison: {@code <}, {@code <=}, {@code >},
     * {@code >=}) on {@code interval}, in the check's units. A one-way comparison holds on all
     * of an interval exactly when it holds at both ends, and on none of it when at neither.
     */
    public static Decision of(Check check, Estimate interval) {
        boolean lower = check.comparison().holds(interval.lower(), check.bound());
        boolean upper = check.comparison().holds(interval.upper(), check.bound());
        return lower && upper ? HOLDS : !lower && !upper ? FAILS : UNDECIDED;
    }
}
