package dsim.report.svg;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScaleTest {

    @Test
    void linear_invertedRange_mapsLikeAYAxis() {
        LinearScale y = new LinearScale(0, 10, 200, 0, 5);
        assertEquals(200, y.apply(0));
        assertEquals(100, y.apply(5));
        assertEquals(0, y.clamped(50));
    }

    @Test
    void fromZero_max_endsOnANiceTick() {
        LinearScale s = LinearScale.fromZero(8.16, 0, 100, 5);
        assertEquals(10.0, s.domainMax());
        assertEquals(10.0, s.ticks().get(s.ticks().size() - 1));
    }

    @Test
    void log_decades_areEvenlySpaced() {
        LogScale x = new LogScale(1, 1000, 0, 300);
        assertEquals(0, x.apply(1), 1e-9);
        assertEquals(100, x.apply(10), 1e-9);
        assertEquals(300, x.apply(1000), 1e-9);
        assertEquals(0, x.apply(0), 1e-9);
    }

    @Test
    void covering_range_widensToWholeDecades() {
        LogScale x = LogScale.covering(6e6, 3e9, 0, 1);
        assertEquals(1e6, x.domainMin());
        assertEquals(1e10, x.domainMax());
        assertEquals(1e6, LogScale.covering(1e6, 1e6, 0, 1).domainMin());
        assertEquals(1e7, LogScale.covering(1e6, 1e6, 0, 1).domainMax());
    }

    @Test
    void constructors_emptyOrBadDomain_throw() {
        assertThrows(IllegalArgumentException.class, () -> new LinearScale(1, 1, 0, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new LogScale(0, 10, 0, 1));
    }
}
