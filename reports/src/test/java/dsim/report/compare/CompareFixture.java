package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Comparisons;
import dsim.compare.Grid;
import dsim.compare.Studies;
import dsim.compare.Study;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The small real comparison the report tests render: a producer sending 200 messages
 * straight to a consumer over a lossy link, 5 seeds, with costs, plus a study of two loss
 * values. Built once: the simulation is deterministic, so every test sees the same input.
 */
final class CompareFixture {

    static final String FILE = "golden.yaml";
    static final String COMMAND = "dsim compare golden.yaml --seeds 5 --seed 1";
    static final String STUDY_COMMAND = "dsim compare golden.yaml --seeds 5 --seed 1 --vary network.default.loss=1%,10%";
    static final String GRID_COMMAND = STUDY_COMMAND + " --vary retry.max-attempts=1,3";
    static final String VERSION = "0.1.0";
    static final int SEEDS = 5;

    private static ReportInput plain;
    private static ReportInput withStudy;
    private static ReportInput withGrid;

    private CompareFixture() {
    }

    /** The scenario text with the link's loss set to {@code loss}, as a user would write it. */
    static String yaml(String loss) {
        return yaml(loss, "3");
    }

    /** The scenario text with the link's loss and the producer's attempts set. */
    static String yaml(String loss, String attempts) {
        return """
                version: 1
                name: golden
                description: |
                  A producer sends 200 messages straight to a consumer over a link that
                  loses some packets; the semantics decide what a loss costs.

                  Small on purpose: the report tests render it byte for byte.
                producers:
                  - name: sender
                    send-to: receiver
                    messages: 200
                    arrival: { process: fixed, interval: 10ms }
                consumers:
                  - name: receiver
                    processing: 1ms
                network:
                  default: { delay: 5ms, loss: "%s" }
                retry: { timeout: 1s, max-attempts: %s }
                costs: { lost: 10, duplicate: 1, packet: 0.01 }
                """.formatted(loss, attempts);
    }

    static Scenario scenario(String loss) {
        return scenario(loss, "3");
    }

    static Scenario scenario(String loss, String attempts) {
        try {
            return ScenarioLoader.parse(FILE, yaml(loss, attempts).getBytes(StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
            throw new AssertionError("the fixture scenario must load", e);
        }
    }

    /** The comparison alone, as {@code dsim compare} without {@code --vary} reports it. */
    static synchronized ReportInput plain() {
        if (plain == null) {
            plain = new ReportInput(comparison(), null, COMMAND, VERSION);
        }
        return plain;
    }

    /** The comparison with a study of loss 1% and 10%. */
    static synchronized ReportInput withStudy() {
        if (withStudy == null) {
            Study study = Studies.run("network.default.loss", List.of("1%", "10%"),
                    List.of(scenario("1%"), scenario("10%")), 1, SEEDS, 1, null);
            withStudy = new ReportInput(comparison(), study, STUDY_COMMAND, VERSION);
        }
        return withStudy;
    }

    /** The comparison with a grid of loss 1% and 10% against one and three attempts. */
    static synchronized ReportInput withGrid() {
        if (withGrid == null) {
            Grid grid = Studies.grid(new Grid.Key("network.default.loss", List.of("1%", "10%")),
                    new Grid.Key("retry.max-attempts", List.of("1", "3")),
                    List.of(scenario("1%", "1"), scenario("1%", "3"), scenario("10%", "1"), scenario("10%", "3")),
                    1, SEEDS, 1, null);
            withGrid = new ReportInput(comparison(), null, grid, GRID_COMMAND, VERSION, List.of());
        }
        return withGrid;
    }

    private static Comparison comparison() {
        return Comparisons.compare(scenario("5%"), 1, SEEDS, 1, null);
    }
}
