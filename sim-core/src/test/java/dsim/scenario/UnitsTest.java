package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dsim.spec.LimitsSpec;
import dsim.text.Durations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource(delimiter = '=', value = {
            "0s = 0", "10ns = 10", "250us = 250000", "3µs = 3000", "5ms = 5000000", "2s = 2000000000",
            "1.5s = 1500000000", ".5s = 500000000", "1m = 60000000000", "1min = 60000000000",
            "1h = 3600000000000", "1d = 86400000000000", "' 5 ms ' = 5000000", "1.000000001s = 1000000001",
            "10000d = 864000000000000000"})
    void parseDuration_withUnit_isExactNanos(String text, long nanos) {
        assertEquals(nanos, Units.parseDuration(text));
    }

    @Test
    void parseDuration_bareNumber_saysTheUnitIsMissing() {
        assertMessage("expected a duration with a unit like 250us, 5ms, 2s, 1m, got 20 (a bare number)",
                () -> Units.parseDuration("20"));
    }

    @Test
    void parseDuration_unknownUnit_listsTheUnits() {
        assertMessage("expected a duration with a unit like 250us, 5ms, 2s, 1m, got 5 secs (unknown unit \"secs\";"
                + " units are ns, us, ms, s, m, h, d)", () -> Units.parseDuration("5 secs"));
    }

    @Test
    void parseDuration_negative_isRejected() {
        assertMessage("expected a duration of 0 or more, got -5ms", () -> Units.parseDuration("-5ms"));
    }

    @Test
    void parseDuration_finerThanANanosecond_isRejected() {
        assertMessage("expected a whole number of nanoseconds, got 1.5ns", () -> Units.parseDuration("1.5ns"));
    }

    @Test
    void parseDuration_beyondTenThousandDays_isRejected() {
        assertMessage("expected a duration of at most 10000d (about 27 years), got 10000.000000001d",
                () -> Units.parseDuration("10000.000000001d"));
        assertMessage("expected a duration of at most 10000d (about 27 years), got 106751d",
                () -> Units.parseDuration("106751d"));
    }

    @Test
    void parseDuration_garbageOrEmpty_isRejected() {
        assertMessage("expected a duration with a unit like 250us, 5ms, 2s, 1m, got soon", () -> Units.parseDuration("soon"));
        assertMessage("expected a duration with a unit like 250us, 5ms, 2s, 1m, got \"\" (an empty string)",
                () -> Units.parseDuration("  "));
        assertMessage("expected a duration with a unit like 250us, 5ms, 2s, 1m, got 1.2.3s", () -> Units.parseDuration("1.2.3s"));
        assertMessage("expected a duration with a unit like 250us, 5ms, 2s, 1m, got 1e3s (unknown unit \"e3s\";"
                + " units are ns, us, ms, s, m, h, d)", () -> Units.parseDuration("1e3s"));
    }

    @ParameterizedTest(name = "{0} = {1}/s")
    @CsvSource(delimiter = '=', value = {"100/s = 100", "5/min = 0.08333333333333333", "2/ms = 2000", "10/h = 0.002777777777777778",
            "0.5/s = 0.5", "' 3 / m ' = 0.05", "1/ns = 1000000000"})
    void parseRate_withUnit_isPerSecond(String text, double perSecond) {
        assertEquals(perSecond, Units.parseRate(text), 1e-15);
    }

    @Test
    void parseRate_badInput_saysWhatWasExpected() {
        assertMessage("expected a rate like 100/s or 5/min, got 100 (a bare number)", () -> Units.parseRate("100"));
        assertMessage("expected a rate > 0, got 0/s", () -> Units.parseRate("0/s"));
        assertMessage("expected a rate > 0, got -1/s", () -> Units.parseRate("-1/s"));
        assertMessage("expected a rate like 100/s or 5/min, got 5/week", () -> Units.parseRate("5/week"));
        assertMessage("expected a rate of at most 1/ns, got 2/ns", () -> Units.parseRate("2/ns"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', value = {"0 = 0", "1 = 1", "0.02 = 0.02", "2% = 0.02", "0% = 0", "100% = 1",
            "0.5 % = 0.005", "1e-3 = 0.001", "' 0.25 ' = 0.25"})
    void parseProbability_fractionOrPercent_isAFraction(String text, double p) {
        assertEquals(p, Units.parseProbability(text));
    }

    @Test
    void parseProbability_aboveOne_suggestsThePercentForm() {
        assertMessage("must be between 0 and 1, got 1.5 (for a percentage write \"1.5%\")", () -> Units.parseProbability("1.5"));
    }

    @Test
    void parseProbability_outOfRange_isRejectedWithoutAWrongHint() {
        assertMessage("must be between 0 and 1, got 150", () -> Units.parseProbability("150"));
        assertMessage("must be between 0 and 1, got -0.1", () -> Units.parseProbability("-0.1"));
        assertMessage("must be between 0% and 100%, got 150%", () -> Units.parseProbability("150%"));
    }

    @Test
    void parseProbability_notANumber_saysWhatWasExpected() {
        assertMessage("expected a probability: a number between 0 and 1 or a percentage like \"2%\", got often",
                () -> Units.parseProbability("often"));
        assertMessage("expected a probability: a number between 0 and 1 or a percentage like \"2%\", got .nan",
                () -> Units.parseProbability(".nan"));
    }

    @ParameterizedTest(name = "{0} ns = {1}")
    @CsvSource({"0, 0s", "1, 1ns", "250000, 250us", "5000000, 5ms", "100000000, 100ms", "2000000000, 2s",
            "1500000000, 1.5s", "60000000000, 1m", "90000000000, 90s", "3600000000000, 1h", "86400000000000, 1d",
            "129600000000000, 36h", "1000000001, 1.000000001s", "999999999, 999999999ns", "2503400000000, 2503.4s", "-2000000, -2ms"})
    void formatDuration_nanos_isShortestExactForm(long nanos, String text) {
        assertEquals(text, Durations.exact(nanos));
    }

    @Test
    void formatDuration_extremes_stayExact() {
        assertEquals(LimitsSpec.MAX_DURATION_NANOS, Units.parseDuration(Durations.exact(LimitsSpec.MAX_DURATION_NANOS)));
        assertEquals("9223372036.854775807s", Durations.exact(Long.MAX_VALUE));
        assertEquals("-9223372036.854775808s", Durations.exact(Long.MIN_VALUE));
    }

    private static void assertMessage(String expected, Runnable parse) {
        assertEquals(expected, assertThrows(UnitsException.class, parse::run).getMessage());
    }
}
