package dsim.story;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Simulated times as stories print them: seconds to the millisecond, e.g. {@code 1.203s}. */
public final class StoryTime {

    private static final long MS = 1_000_000L;

    private StoryTime() {
    }

    /**
     * {@code nanos} in seconds: {@code 0s}, {@code 0.01s}, {@code 1.203s}, {@code 2531.937s};
     * below a millisecond to the microsecond ({@code 0.00042s}), so nothing non-zero prints as 0.
     */
    public static String seconds(long nanos) {
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
}
