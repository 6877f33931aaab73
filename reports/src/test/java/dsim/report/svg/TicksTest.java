package dsim.report.svg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TicksTest {

    @Test
    void step_variousRanges_isOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(10, Ticks.step(100, 10));
        assertEquals(0.2, Ticks.step(1, 5));
        assertEquals(1, Ticks.step(7.3, 5));
        assertEquals(0.01, Ticks.step(0.037, 5), 1e-15);
        assertEquals(5000, Ticks.step(23_000, 5));
    }

    @Test
    void linear_unitRange_givesCleanDecimals() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), Ticks.linear(0, 1, 5));
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3), Ticks.linear(0, 0.3, 3));
    }

    @Test
    void linear_offsetRange_startsAtTheFirstMultipleInside() {
        assertEquals(List.of(20.0, 40.0, 60.0, 80.0), Ticks.linear(13, 97, 4));
        assertEquals(List.of(-2.0, -1.0, 0.0, 1.0, 2.0), Ticks.linear(-2.5, 2.5, 5));
    }

    @Test
    void niceCeiling_value_isTheNextMultipleOfTheStep() {
        assertEquals(3.0, Ticks.niceCeiling(2.58, 5));
        assertEquals(10.0, Ticks.niceCeiling(10, 5));
        assertEquals(1.0, Ticks.niceCeiling(0, 5));
    }

    @Test
    void log_manyDecades_givesPowersOfTen() {
        assertEquals(List.of(1e6, 1e7, 1e8, 1e9), Ticks.log(1e6, 1e9));
    }

    @Test
    void log_shortRange_addsTwoAndFiveTimesEachPower() {
        assertEquals(List.of(2.0, 5.0, 10.0, 20.0), Ticks.log(2, 30));
    }

    @Test
    void labelled_mixedDecimals_shareOneFormat() {
        List<Tick> ticks = Ticks.labelled(List.of(0.0, 2.5, 5.0), "%");
        assertEquals(List.of("0.0%", "2.5%", "5.0%"), ticks.stream().map(Tick::label).toList());
    }
}
