package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dsim.spec.Expectation;
import dsim.spec.Expectation.Check;
import dsim.spec.Expectation.Comparison;
import dsim.spec.Expectation.Metric;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Bounds with a confidence ({@code duplicated: "< 0.5% @95%"}): read apart from the per-run
 * checks, and every malformed one refused in one line at its value, naming its key path.
 */
class StatisticalExpectationsTest {

    @Test
    void parse_boundWithConfidence_isAStatisticalCheck_apartFromThePerRunOnes() throws Exception {
        Scenario s = ScenarioLoaderTest.parse("t.yaml", ScenarioLoaderTest.BASE + """
                expect:
                  at-least-once: { lost: 0, duplicated: "< 0.5% @95%", gave-up: ">= 1%  @ 99.9%" }
                """);

        Expectation e = s.expect().get(Semantics.AT_LEAST_ONCE);
        assertEquals(List.of(new Check(Metric.LOST, Comparison.EQ, 0, false, "0")), e.checks());
        assertEquals(List.of(
                new Expectation.Statistical(new Check(Metric.DUPLICATED, Comparison.LT, 0.5, true, "< 0.5% @95%"), 0.95),
                new Expectation.Statistical(new Check(Metric.GAVE_UP, Comparison.GE, 1, true, ">= 1%  @ 99.9%"),
                        0.999)),
                e.statistical());
        assertEquals(List.of(), e.sometimes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void parse_malformedConfidence_isOneLineAtTheValue(String label, String expect, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoaderTest.parse("t.yaml", ScenarioLoaderTest.BASE + "expect:\n" + expect + "\n"));

        assertEquals(expected, e.getMessage(), label);
        assertEquals(1, e.problems().size(), label);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("no percent sign", "  at-least-once: { duplicated: \"< 0.5% @95\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: expected a share of messages and a confidence"
                                + " like \"< 0.5% @95%\", got \"< 0.5% @95\""),
                Arguments.of("nothing after @", "  at-least-once: { duplicated: \"< 0.5% @\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: expected a share of messages and a confidence"
                                + " like \"< 0.5% @95%\", got \"< 0.5% @\""),
                Arguments.of("no bound before @", "  at-least-once: { duplicated: \"@95%\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: expected a share of messages and a confidence"
                                + " like \"< 0.5% @95%\", got \"@95%\""),
                Arguments.of("certainty", "  at-least-once: { duplicated: \"< 0.5% @100%\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: a confidence must be at least 50% and below"
                                + " 100%, got \"@100%\""),
                Arguments.of("a coin toss", "  at-least-once: { duplicated: \"< 0.5% @40%\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: a confidence must be at least 50% and below"
                                + " 100%, got \"@40%\""),
                Arguments.of("a count", "  at-least-once: { duplicated: \"< 5 @95%\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: a bound with a confidence is a share of produced"
                                + " messages, a percentage like \"< 0.5% @95%\", got \"< 5 @95%\""),
                Arguments.of("equality", "  at-least-once: { duplicated: \"1% @95%\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: a bound with a confidence needs <, <=, > or >="
                                + " (no interval lies wholly inside ==), got \"1% @95%\""),
                Arguments.of("events, not messages", "  at-least-once: { retries: \"< 5% @95%\" }",
                        "t.yaml:12:29: expect.at-least-once.retries: a confidence bounds a share of messages (lost,"
                                + " duplicated, processed-once, dead-lettered, unrecoverable, gave-up), not retries"),
                Arguments.of("a latency", "  at-least-once: { p99-latency: \"< 1m @95%\" }",
                        "t.yaml:12:33: expect.at-least-once.p99-latency: a confidence bounds a share of messages (lost,"
                                + " duplicated, processed-once, dead-lettered, unrecoverable, gave-up), not p99-latency"),
                Arguments.of("in sometimes", "  at-least-once: { sometimes: { duplicated: \"> 1% @95%\" } }",
                        "t.yaml:12:45: expect.at-least-once.sometimes.duplicated: a sometimes bound is met in one seed"
                                + " or not, so it takes no confidence; a bound with one goes beside sometimes, not in"
                                + " it: got \"> 1% @95%\""),
                Arguments.of("over 100%", "  at-least-once: { duplicated: \"< 150% @95%\" }",
                        "t.yaml:12:32: expect.at-least-once.duplicated: a percentage bound must be at most 100%, got"
                                + " \"< 150% @95%\""));
    }
}
