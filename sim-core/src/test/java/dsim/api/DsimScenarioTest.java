package dsim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.check.SeedsHeld;
import dsim.model.FaultLog;
import dsim.run.Outcome;
import dsim.simulation.Simulation;
import dsim.spec.Semantics;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DsimScenarioTest {

    private static final Path PASSWORD_RESET = Path.of("..", "scenarios", "password-reset.yaml");

    /** One producer straight to one consumer over a lossy link, with a promise at-most-once cannot keep. */
    static final String DIRECT = """
            name: direct
            seed: 3
            semantics: [at-most-once, at-least-once]
            producers:
              - name: app
                send-to: worker
                messages: 200
                arrival: { process: fixed, interval: 10ms }
            consumers:
              - name: worker
                processing: { distribution: constant, value: 1ms }
            network:
              default: { delay: 5ms, loss: 5% }
            expect:
              at-most-once: { lost: 0 }
              at-least-once: { lost: 0, duplicated: "> 0" }
            """;

    @Test
    void load_bundledScenario_givesTheFiguresTheReadmeShows() {
        DsimScenario s = DsimScenario.load(PASSWORD_RESET);

        List<Run> runs = s.runAll(42);

        assertEquals(List.of(Semantics.AT_MOST_ONCE, Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE),
                runs.stream().map(Run::semantics).toList());
        assertEquals(124, runs.get(0).lost());
        assertEquals(9, runs.get(1).duplicated());
        assertEquals(5000, runs.get(2).processedOnce());
        assertTrue(runs.stream().allMatch(Run::expectationsHeld), runs.toString());
        assertEquals("password-reset", s.name());
        assertEquals(PASSWORD_RESET.toString(), s.fileName());
        assertEquals(List.of("auth-service"), s.producers());
        assertEquals(List.of("email-service"), s.brokers());
        assertEquals(List.of("user-inbox"), s.consumers());
        assertEquals(5000, s.messages());
    }

    @Test
    void run_isTheEnginesRun_digestAndFiguresAlike() {
        DsimScenario s = DsimScenario.fromYaml("direct.yaml", DIRECT);

        Run run = s.run(Semantics.AT_LEAST_ONCE, 9);
        var engine = Simulation.run(s.spec(), Semantics.AT_LEAST_ONCE, 9, null, FaultLog.counting());

        assertEquals(engine.traceDigest(), run.traceDigest());
        assertEquals(engine.sent(), run.sent());
        assertEquals(engine.latency().p99Nanos(), run.latencyP99Nanos());
        assertEquals(run.produced(), run.lost() + run.processedOnce() + run.duplicated());
        assertEquals(Outcome.COMPLETED, run.outcome());
        assertTrue(run.completed());
        assertEquals(run, s.run(Semantics.AT_LEAST_ONCE, 9), "same seed, same run");
        assertNotEquals(run.traceDigest(), s.run(Semantics.AT_LEAST_ONCE, 10).traceDigest());
    }

    @Test
    void run_judgesTheExpectationOfItsSemantics() {
        DsimScenario s = DsimScenario.fromYaml("direct.yaml", DIRECT);

        Run atMostOnce = s.run(Semantics.AT_MOST_ONCE);

        assertEquals(3, atMostOnce.seed(), "the scenario's seed");
        assertFalse(atMostOnce.expectationsHeld());
        ExpectationVerdict broken = atMostOnce.broken().get(0);
        assertEquals("lost == 0", broken.check());
        assertEquals(atMostOnce.lost(), (long) broken.actual());
        assertEquals("lost " + atMostOnce.lost() + ", expected == 0", broken.message());
        assertEquals("at-most-once: lost " + atMostOnce.lost() + ", expected == 0", broken.toString());
        List<ExpectationVerdict> all = s.check(3);
        assertEquals(3, all.size(), "one check for at-most-once, two for at-least-once");
        assertEquals("at-least-once: lost == 0 held", all.get(1).toString());
    }

    @Test
    void run_aSemanticsTheScenarioDoesNotList_isRefused() {
        DsimScenario s = DsimScenario.fromYaml("direct.yaml", DIRECT);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.run(Semantics.EXACTLY_ONCE, 1));

        assertTrue(e.getMessage().contains("direct does not run exactly-once"), e.getMessage());
    }

    @Test
    void fromYaml_badInput_listsEveryProblemUnderTheNameGiven() {
        String bad = DIRECT.replace("messages: 200", "messages: many").replace("loss: 5%", "loss: 5");

        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> DsimScenario.fromYaml("checkout.yaml", bad));

        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).toString().startsWith("checkout.yaml:7:15: producers[0].messages: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("\ncheckout.yaml:13:"), e.getMessage());
    }

    @Test
    void load_missingFile_oneProblemNamingIt() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> DsimScenario.load(Path.of("no-such.yaml")));

        assertEquals("no-such.yaml:1:1: (root): cannot read the file: it does not exist", e.getMessage());
    }

    @Test
    void read_aStream_isNamedAsAsked() {
        DsimScenario s = DsimScenario.read(DsimScenario.STANDARD_INPUT,
                new ByteArrayInputStream(DIRECT.getBytes(StandardCharsets.UTF_8)));

        assertEquals("<stdin>", s.fileName());
        assertEquals(DIRECT, s.yaml());
        assertEquals(DsimScenario.fromYaml("x", DIRECT).sha256(), s.sha256(), "the hash is of the bytes");
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> DsimScenario.read("<stdin>", new ByteArrayInputStream(new byte[0])));
        assertTrue(e.getMessage().startsWith("<stdin>:1:1: (root): the file is empty"), e.getMessage());
    }

    @Test
    void read_anEndlessStream_stopsPastFourMebibytes() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> DsimScenario.read("<stdin>", endless));

        assertEquals("<stdin>:1:1: (root): the file is too large (more than 4194304 bytes); a scenario file may "
                + "have at most 4194304 bytes (4 MiB)", e.getMessage());
    }

    @Test
    void with_replacesOneValue_andChecksItAsTheFileWould() {
        DsimScenario s = DsimScenario.fromYaml("direct.yaml", DIRECT);

        DsimScenario lossless = s.with("network.default.loss", "0");

        assertEquals(0, lossless.run(Semantics.AT_MOST_ONCE).lost());
        assertTrue(s.run(Semantics.AT_MOST_ONCE).lost() > 0, "the original is unchanged");
        assertEquals(1000, lossless.with("producers[app].messages", "1000").messages(), "overrides add up");
        assertEquals(0, lossless.with("producers[app].messages", "1000").run(Semantics.AT_MOST_ONCE).lost());
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> s.with("network.default.loss", "150%"));
        assertTrue(e.getMessage().startsWith("--set network.default.loss=150%: network.default.loss: "), e.getMessage());
    }

    @Test
    void compare_summarisesEverySemanticsWithIntervals_andCountsTheExpectationOverSeeds() {
        DsimScenario s = DsimScenario.fromYaml("direct.yaml", DIRECT);

        ComparisonResult c = s.compare(100, 12, 2);

        assertEquals("direct", c.scenario());
        assertEquals(100, c.firstSeed());
        assertEquals(12, c.seeds());
        assertEquals(0.95, c.confidence());
        SemanticsEstimates atMostOnce = c.of(Semantics.AT_MOST_ONCE);
        assertTrue(atMostOnce.lost().value() > 0 && atMostOnce.lost().lower() <= atMostOnce.lost().value()
                && atMostOnce.lost().value() <= atMostOnce.lost().upper(), atMostOnce.lost().toString());
        assertEquals(0, c.of(Semantics.AT_LEAST_ONCE).lost().value());
        assertTrue(c.of(Semantics.AT_LEAST_ONCE).lost().upper() > 0, "never a bare [0, 0]");
        assertNull(atMostOnce.costPer1000(), "the scenario has no costs");
        assertNull(c.cheapest());
        List<String> lines = new ArrayList<>();
        c.expectations().forEach(h -> lines.add(h.line()));
        assertEquals(3, c.expectations().size(), lines.toString());
        SeedsHeld lost = c.expectations().get(0);
        assertEquals(Semantics.AT_MOST_ONCE, lost.semantics());
        assertEquals(0, lost.held(), lines.toString());
        assertFalse(c.expectationsHeld());
        assertThrows(IllegalArgumentException.class, () -> c.of(Semantics.EXACTLY_ONCE));
        assertEquals(c, s.compare(100, 12, 1), "the same for any thread count");
    }

    @Test
    void results_areImmutable() {
        Run run = DsimScenario.fromYaml("direct.yaml", DIRECT).run(Semantics.AT_MOST_ONCE);

        assertThrows(UnsupportedOperationException.class, () -> run.verdicts().clear());
    }
}
