package dsim.check;

import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SwarmTest {

    private static Scenario payments() throws ScenarioException {
        return ScenarioLoader.load(Path.of("..", "scenarios", "payments-memory-dedup.yaml"));
    }

    @Test
    void knobs_areTheFilesFaultKnobs_namedAsKeyPaths() throws ScenarioException {
        assertEquals(List.of("network.links[checkout->gateway].loss", "network.links[ledger->gateway].loss",
                "consumers[ledger].crash.probability"), Swarm.knobs(payments()));
    }

    @Test
    void draw_isTheSeedsAlone_andEachKnobIsOffOrBetweenZeroAndTheFilesValue() throws ScenarioException {
        Scenario s = payments();
        double fileLoss = ((LossSpec.Independent) s.network().link("checkout", "gateway").loss()).probability();
        double fileCrash = s.consumers().get(0).crash().probability();
        int on = 0;
        for (long seed = 0; seed < 200; seed++) {
            Swarm.Draw d = Swarm.draw(s, seed);
            assertEquals(d, Swarm.draw(s, seed), "the same seed draws the same");
            double loss = ((LossSpec.Independent) d.scenario().network().link("checkout", "gateway").loss())
                    .probability();
            double crash = d.scenario().consumers().get(0).crash().probability();
            assertEquals(d.knobs().get(0).on(), loss > 0, "off means none");
            assertTrue(loss <= fileLoss && crash <= fileCrash, "never above the file's value");
            on += d.knobs().get(2).on() ? 1 : 0;
        }
        assertTrue(on > 70 && on < 130, "each knob is on in about half the seeds: " + on);
    }
}
