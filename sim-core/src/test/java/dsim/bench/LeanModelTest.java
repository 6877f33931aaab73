package dsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

/**
 * The lean model is a fair yardstick only if it does the whole model's work: on the same
 * messages it must run about as many events and end about as many messages duplicated.
 */
class LeanModelTest {

    private static final int MESSAGES = 100_000;

    @Test
    void leanModel_runsTheWholeModelsEventsAndDuplicates() {
        RunResult whole = Simulation.run(ModelBenchmark.scenario(MESSAGES), Semantics.AT_LEAST_ONCE, 1, null);
        LeanModel.Result lean = LeanModel.run(MESSAGES, 1);
        double wholePerMessage = (double) whole.events() / MESSAGES;
        double leanPerMessage = (double) lean.events() / MESSAGES;
        // About 6.3 events a message each; a different shape (a timer per send, no redelivery)
        // would be off by a whole event.
        assertEquals(wholePerMessage, leanPerMessage, 0.02 * wholePerMessage,
                "events per message: whole model " + wholePerMessage + ", lean " + leanPerMessage);
        assertEquals(0, lean.lost(), "at-least-once with 10 attempts loses nothing in either");
        assertEquals(whole.lost(), lean.lost());
        // About 3% duplicated (crashes after processing, duplicated and lost acks): about 3,000
        // of 100,000, so two independent runs differ by about 80 (one standard deviation).
        assertEquals(whole.duplicated(), lean.duplicated(), 400,
                "duplicated: whole model " + whole.duplicated() + ", lean " + lean.duplicated());
    }

    /** The node-count row's yardstick: the same events a message at many producers and consumers. */
    @Test
    void leanModelOfManyNodes_runsTheWholeModelsEvents() {
        int pairs = 500;
        int messages = 50_000;
        RunResult whole = Simulation.run(NodesBenchmark.scenario(pairs, messages), Semantics.AT_LEAST_ONCE, 1, null);
        LeanModel.Result lean = LeanModel.run(LeanModel.Shape.nodes(pairs), messages, 1);
        double wholePerMessage = (double) whole.events() / messages;
        double leanPerMessage = (double) lean.events() / messages;
        assertEquals(wholePerMessage, leanPerMessage, 0.02 * wholePerMessage,
                "events per message: whole model " + wholePerMessage + ", lean " + leanPerMessage);
        assertEquals(0, whole.lost());
        assertEquals(0, lean.lost());
    }

    @Test
    void leanModel_isDeterministic() {
        assertEquals(LeanModel.run(20_000, 3), LeanModel.run(20_000, 3));
    }
}
