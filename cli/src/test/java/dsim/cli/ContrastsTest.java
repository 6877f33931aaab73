package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.check.ExpectationChecker;
import dsim.check.Violation;
import dsim.report.catalog.Shelf;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioLoader;
import dsim.scenario.ScenarioOverride;
import dsim.spec.Semantics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The other side of every claim that compares two settings keeps its promise as the file's
 * side does (see {@code BundledScenariosTest}): on the default seed and 20 more. Without this,
 * half of such a claim would rest on the one seed the catalog prints.
 */
class ContrastsTest {

    private static final int EXTRA_SEEDS = 20;

    static Stream<Shelf.Place> places() {
        return Shelf.places().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void shelfPlace_isABundledScenario_andItsOtherSideKeepsItsExpectations(Shelf.Place place) throws Exception {
        Path file = Path.of("..", "scenarios", place.file());
        assertTrue(Files.exists(file), "the shelf names a scenario that is not in scenarios/: " + place.file());
        if (place.contrast() == null) {
            return;
        }
        String text = Files.readString(file);
        assertTrue(text.contains(place.contrast().vary()), place.file() + " should show its other side with --vary '"
                + place.contrast().vary() + "' in a comment");
        List<ScenarioOverride> overrides = place.contrast().overrides();
        Scenario other = ScenarioLoader.load(file, overrides);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i <= EXTRA_SEEDS; i++) {
            long seed = other.seed() + i;
            for (Semantics s : other.semantics()) {
                RunResult r = Simulation.run(other, s, seed, null);
                assertEquals(Outcome.COMPLETED, r.outcome(), place.file() + " " + s + " seed " + seed);
                Expectation e = other.expect().get(s);
                for (Violation v : e == null ? List.<Violation>of() : ExpectationChecker.check(e, r)) {
                    broken.add("seed " + seed + " " + s + ": " + v.message());
                }
            }
        }
        assertEquals(List.of(), broken, place.file() + " with " + place.contrast().path() + "="
                + place.contrast().value());
    }
}
