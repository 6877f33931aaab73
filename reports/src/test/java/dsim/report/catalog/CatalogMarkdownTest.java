package dsim.report.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.run.Drops;
import dsim.run.Latency;
import dsim.run.Queueing;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioLoader;
import dsim.scenario.ScenarioOverride;
import dsim.spec.Semantics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogMarkdownTest {

    private static final String BODY = """
            seed: 7
            semantics: [at-most-once, at-least-once]
            producers: [ { name: app, send-to: worker, messages: 100, arrival: { process: fixed, interval: 1s } } ]
            consumers: [ { name: worker } ]
            """;

    private static Scenario scenario(String head) throws Exception {
        return ScenarioLoader.parse("x.yaml", (head + BODY).getBytes(StandardCharsets.UTF_8));
    }

    private static RunResult run(Semantics s, long lost, long duplicated, Outcome outcome) {
        return new RunResult("x", s, 7, 100, lost, 100 - lost - duplicated, duplicated, duplicated, 250, 3, 0,
                new Drops(lost, 0, 0), 0, 0, 2, 0, 0, Latency.NONE, Queueing.NONE, 900, 1_000_000_000L, outcome, "0123456789abcdef");
    }

    private static final List<RunResult> RUNS = List.of(run(Semantics.AT_MOST_ONCE, 4, 0, Outcome.COMPLETED),
            run(Semantics.AT_LEAST_ONCE, 0, 3, Outcome.COMPLETED));

    @Test
    void render_lesson_isTheClaimAndLinksToItsSection() throws Exception {
        Scenario s = scenario("lesson: Retries | duplicate [sometimes].\ndescription: A story. More.\n");
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("my.scenario.yaml", s, RUNS, List.of(), null, List.of())));

        assertTrue(md.contains("| [Retries \\| duplicate \\[sometimes\\].](#myscenario) | [my.scenario.yaml](my.scenario.yaml)"
                + " | at-most-once 4 / 0; at-least-once 0 / 3 |\n"), md);
        assertTrue(md.contains("## my.scenario\n\n[my.scenario.yaml](my.scenario.yaml): **Retries | duplicate [sometimes].**\n\n"
                + "A story. More.\n\n"), md);
        assertTrue(md.contains("./dsim run scenarios/my.scenario.yaml\n./dsim compare scenarios/my.scenario.yaml\n```"), md);
        assertTrue(md.contains(CatalogMarkdown.REGENERATE), md);
    }

    @Test
    void render_noLesson_claimIsTheDescriptionsFirstSentence() throws Exception {
        Scenario s = scenario("description: |\n  A couple posts invitations;\n  the post loses some. Guests act twice.\n");
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("inv.yaml", s, RUNS, List.of(), null, List.of())));

        assertTrue(md.contains("| [A couple posts invitations; the post loses some.](#inv) |"), md);
        assertTrue(md.contains("## inv\n\n[inv.yaml](inv.yaml)\n\n"), md);
    }

    @Test
    void render_noLessonNoDescription_claimIsTheName() throws Exception {
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("bare.yaml", scenario("name: bare\n"), RUNS,
                List.of(), null, List.of())));

        assertTrue(md.contains("| [bare](#bare) |"), md);
    }

    @Test
    void render_figures_countsWithSharesAndPacketsPerMessage() throws Exception {
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("x.yaml", scenario(""), RUNS, List.of(), null, List.of())));

        assertTrue(md.contains("Figures on seed 7:\n\n| semantics | lost | dead-lettered | duplicated | processed once |"),
                md);
        assertTrue(md.contains("| at-most-once | 4 (4%) | 0 | 0 | 96 (96%) | 0 | 2.50 | 2 | 0 |\n"), md);
        assertTrue(md.contains("| at-least-once | 0 | 0 | 3 (3%) | 97 (97%) | 3 | 2.50 | 2 | 0 |\n"), md);
    }

    @Test
    void render_contrast_commandAndTheOtherSidesFigures() throws Exception {
        Contrast c = new Contrast("consumers[worker].dedup.store", "memory", "durable", List.of());
        List<RunResult> other = List.of(run(Semantics.AT_MOST_ONCE, 4, 0, Outcome.COMPLETED),
                run(Semantics.AT_LEAST_ONCE, 0, 0, Outcome.COMPLETED));
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("x.yaml", scenario(""), RUNS, List.of(), c, other)));

        assertTrue(md.contains("./dsim compare scenarios/x.yaml --vary 'consumers[worker].dedup.store=memory,durable'\n"), md);
        assertTrue(md.contains(". With `dedup.store: durable`: at-most-once 4 / 0; at-least-once 0 / 0 |"), md);
        assertTrue(md.contains("The other side, `dedup.store: durable` (seed 7):\n\n| semantics |"), md);
    }

    @Test
    void render_huntTarget_saysSoAndNamesTheHunt() throws Exception {
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("x.yaml", scenario(""), RUNS,
                List.of(Semantics.AT_LEAST_ONCE), null, List.of())));

        assertTrue(md.contains("A hunt target: its at-least-once expectation is meant to break"), md);
        assertTrue(md.contains("./dsim hunt scenarios/x.yaml\n"), md);
    }

    @Test
    void render_isAscii_soARedirectPrintsTheSameBytesInAnyLocale() throws Exception {
        Contrast c = new Contrast("brokers[q].ack", "before-persist", "after-persist", List.of());
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("x.yaml", scenario("lesson: L.\n"), RUNS,
                List.of(Semantics.AT_MOST_ONCE), c, RUNS)));

        assertTrue(md.chars().allMatch(ch -> ch < 128), md);
    }

    @Test
    void render_runStoppedAtALimit_isMarked() throws Exception {
        List<RunResult> runs = List.of(run(Semantics.AT_MOST_ONCE, 4, 0, Outcome.MAX_EVENTS));
        String md = CatalogMarkdown.render(List.of(new CatalogEntry("x.yaml", scenario(""), runs, List.of(), null, List.of())));

        assertTrue(md.contains("| at-most-once (stopped at max-events) | 4 (4%) |"), md);
        assertFalse(md.contains("The other side"), md);
    }

    @Test
    void setting_isTheKeyAfterTheLastSelector() {
        assertEquals("loss: 10%", CatalogMarkdown.setting(new Contrast("network.links[a->b].loss", null, "10%", List.of())));
        assertEquals("ack: after-persist", CatalogMarkdown.setting(new Contrast("brokers[q].ack", "before-persist",
                "after-persist", List.of())));
        assertEquals("retry.timeout: 2s", CatalogMarkdown.setting(new Contrast("retry.timeout", "1s", "2s", List.of())));
    }

    @Test
    void contrast_varyListsTheFileValueFirst_orOnlyTheOtherWhenTheFileHasNoSingleValue() {
        ScenarioOverride e = Contrast.expect("exactly-once", "duplicated", "0");
        Contrast c = new Contrast("brokers[q].ack", "before-persist", "after-persist", List.of(e));

        assertEquals("brokers[q].ack=before-persist,after-persist", c.vary());
        assertEquals("network.loss=10%", new Contrast("network.loss", null, "10%", List.of()).vary());
        assertEquals(List.of(new ScenarioOverride("brokers[q].ack", "after-persist", ScenarioOverride.Option.VARY), e),
                c.overrides());
        assertEquals("expect.exactly-once.duplicated", e.path());
        assertEquals("'0'", e.value());
    }
}
