package dsim.model;

import static dsim.testing.ScenarioBuilder.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.CrashPoint;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Recorder;
import dsim.testing.ScenarioBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Processing that takes no time is done the instant it starts: nothing can abort it. */
class InstantProcessingTest {

    @Test
    void zeroLengthProcessing_crashAtTheSameNanosecond_doesNotAbortIt() {
        // Every publish arrives twice at the same nanosecond (a duplicating link with a constant
        // delay); the copy that crashes the consumer on receipt comes after the first copy started.
        Scenario s = ScenarioBuilder.scenario().messages(200).every(10 * MS)
                .network(new DelaySpec.Constant(MS), LossSpec.NONE, 1.0)
                .processing(new DelaySpec.Constant(0))
                .consumerCrash(0.5, CrashPoint.BEFORE_PROCESS, MS).build();
        for (Semantics semantics : Semantics.values()) {
            List<TraceEntry> journal = Recorder.run(s, semantics, 3).journal();
            long crashes = journal.stream().filter(e -> e.kind() == TraceKind.CRASHED).count();
            long aborted = journal.stream()
                    .filter(e -> e.kind() == TraceKind.LOST_IN_CRASH && e.reason() == Reason.ABORTED).count();
            assertTrue(crashes > 20, semantics + ": crashes " + crashes);
            assertEquals(0, aborted, semantics + ": processings of no length aborted");
        }
    }
}
