package dsim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void compact_belowAMinute_threeSignificantDigits() {
        assertEquals("0ns", Durations.compact(0));
        assertEquals("850ns", Durations.compact(850));
        assertEquals("12.3us", Durations.compact(12_345));
        assertEquals("12.3ms", Durations.compact(12_345_678));
        assertEquals("2s", Durations.compact(2_000_000_000));
        assertEquals("1.2s", Durations.compact(1_203_000_000));
    }

    @Test
    void compact_roundingUp_movesToTheNextUnit() {
        assertEquals("1ms", Durations.compact(999_600));
        assertEquals("1m00s", Durations.compact(59_999_000_000L));
    }

    @Test
    void compact_long_twoUnits() {
        assertEquals("1m05s", Durations.compact(65_000_000_000L));
        assertEquals("1h02m", Durations.compact(3_720_000_000_000L));
        assertEquals("1d00h", Durations.compact(86_400_000_000_000L));
    }

    @Test
    void seconds_exactInOneUnit() {
        assertEquals("0s", Durations.seconds(0));
        assertEquals("0.01s", Durations.seconds(10_000_000));
        assertEquals("1.203s", Durations.seconds(1_203_000_000));
        assertEquals("2531.936992482s", Durations.seconds(2_531_936_992_482L));
        assertEquals("120s", Durations.seconds(120_000_000_000L));
    }
}
