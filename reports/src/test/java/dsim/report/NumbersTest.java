package dsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void percent_zeroAndWhole_areExact() {
        assertEquals("0%", Numbers.percent(0, 5000));
        assertEquals("0%", Numbers.percent(0, 0));
        assertEquals("100%", Numbers.percent(5000, 5000));
    }

    @Test
    void percent_ordinary_oneDecimal() {
        assertEquals("9.6%", Numbers.percent(480, 5000));
        assertEquals("97.4%", Numbers.percent(4870, 5000));
        assertEquals("50%", Numbers.percent(1, 2));
    }

    @Test
    void percent_tinyOrNearlyAll_staysVisible() {
        assertEquals("0.0001%", Numbers.percent(1, 1_000_000));
        assertEquals("99.9999%", Numbers.percent(999_999, 1_000_000));
        assertEquals("0.02%", Numbers.percent(1, 5000));
    }

    @Test
    void fixed_roundsHalfEven() {
        assertEquals("2.00", Numbers.fixed(2, 2));
        assertEquals("4.15", Numbers.fixed(20_733 / 5000.0, 2));
    }

    @Test
    void decimal_isPlain() {
        assertEquals(new BigDecimal("100.0"), Numbers.decimal(100, 4));
        assertEquals("1.0", Numbers.decimal(1, 4).toPlainString());
        assertEquals("4.1466", Numbers.decimal(20_733 / 5000.0, 4).toPlainString());
    }
}
