package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dsim.spec.AckPoint;
import dsim.spec.ArrivalSpec;
import dsim.spec.TimedCrashSpec;
import dsim.spec.BrokerSpec;
import dsim.spec.BrokerKind;
import dsim.spec.CommitPoint;
import dsim.spec.CommitPolicy;
import dsim.spec.ConsumerCrashSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.CostsSpec;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.Expectation;
import dsim.spec.LimitsSpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.NetworkSpec;
import dsim.spec.OutageSpec;
import dsim.spec.PoisonSpec;
import dsim.spec.Problem;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.ScenarioSource;
import dsim.spec.Semantics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {

    /** A small valid scenario; broken cases below edit it, so their line numbers start at 11. */
    static final String BASE = """
            producers:
              - name: auth-service
                send-to: email-service
                messages: 100
                arrival: { process: fixed, interval: 1s }
            brokers:
              - name: email-service
                deliver-to: [user-inbox]
            consumers:
              - name: user-inbox
            """;

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    static Scenario parse(String name, String yaml) throws ScenarioException {
        return ScenarioLoader.parse(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ScenarioLoaderTest.class.getResourceAsStream("/scenarios/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void parse_fullFile_buildsEveryRecord() throws Exception {
        Scenario s = ScenarioLoader.parse("full.yaml", resource("full.yaml"));

        assertEquals("password-reset", s.name());
        assertEquals("Reset emails through an email service that drops 10% of mail for ten minutes.", s.description());
        assertEquals("Retrying until acked turns a hiccup's lost resets into none.", s.lesson());
        assertEquals(42, s.seed());
        assertEquals(List.of(Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE), s.semantics());
        assertEquals(List.of(
                new ProducerSpec("auth-service", "email-service", 5000, new ArrivalSpec.Poisson(2.0)),
                new ProducerSpec("batch-job", "user-inbox", 10, new ArrivalSpec.Fixed(500 * MS))), s.producers());
        assertEquals(List.of(new BrokerSpec("email-service", List.of("user-inbox", "spare-inbox"), false, 45 * S,
                new TimedCrashSpec(1800 * S, 60 * S))), s.brokers());
        assertEquals(new ConsumerSpec("user-inbox", new DelaySpec.Uniform(MS, 5 * MS),
                new ConsumerCrashSpec(0.001, CrashPoint.BEFORE_PROCESS, 10 * S),
                new DedupSpec(DedupSpec.Store.MEMORY, 300 * S)), s.consumers().get(0));
        assertEquals(new ConsumerSpec("spare-inbox", new DelaySpec.Constant(2 * MS), null, DedupSpec.DEFAULT),
                s.consumers().get(1));
        assertEquals(new RetrySpec(2 * S, 8, 1.5, 60 * S, 0.1), s.retry());
        assertEquals(new LimitsSpec(24 * 3600 * S, 1_000_000), s.limits());
        assertEquals("full.yaml", s.source().fileName());
    }

    @Test
    void parse_deliveryDetails_readCommitAckPersistAndWindows() throws Exception {
        Scenario s = parse("t.yaml", BASE.replace("deliver-to: [user-inbox]", """
                deliver-to: [user-inbox]
                    ack: before-persist
                    persist-time: 5ms
                    dedup-window: 5m""").replace("  - name: user-inbox", """
                  - name: user-inbox
                    commit: before-process
                    crash: { probability: 1%, at: between-process-and-commit }"""));
        BrokerSpec b = s.brokers().get(0);
        assertEquals(AckPoint.BEFORE_PERSIST, b.ack());
        assertEquals(5 * MS, b.persistTimeNanos());
        assertEquals(300 * S, b.dedupWindowNanos());
        assertEquals(CommitPolicy.BEFORE_PROCESS, s.consumers().get(0).commit());
        assertEquals(CrashPoint.BETWEEN_PROCESS_AND_COMMIT, s.consumers().get(0).crash().at());
        assertEquals(CommitPolicy.AFTER_PROCESS, parse("t.yaml", BASE).consumers().get(0).commit());
    }

    @Test
    void parse_misspeltAckPoint_suggestsTheKnownOne() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("t.yaml",
                BASE.replace("deliver-to: [user-inbox]", "deliver-to: [user-inbox]\n    ack: before-persit")));
        assertEquals("t.yaml:9:10: brokers[0].ack: unknown ack point \"before-persit\", did you mean \"before-persist\"?",
                e.problems().get(0).toString());
    }

    @Test
    void parse_costs_absentKeysCostNothing() throws Exception {
        assertEquals(new CostsSpec(100, 0, 0.001), parse("t.yaml", BASE + "costs: { lost: 100, packet: 0.001 }\n").costs());
        assertEquals(new CostsSpec(100, 0, 0.001, 100), new CostsSpec(100, 0, 0.001), "dead-lettered costs as lost");
        assertEquals(new CostsSpec(100, 0, 0, 3), parse("t.yaml", BASE + "costs: { lost: 100, dead-lettered: 3 }\n").costs());
        assertEquals(null, parse("t.yaml", BASE).costs());
    }

    @Test
    void parse_fullFile_mergesLinkEntriesOverTheDefault() throws Exception {
        NetworkSpec n = ScenarioLoader.parse("full.yaml", resource("full.yaml")).network();

        List<OutageSpec> outages = List.of(new OutageSpec(600 * S, 1200 * S, 0.1), new OutageSpec(3600 * S, 7200 * S, 1.0));
        LinkSpec defaults = new LinkSpec(new DelaySpec.Constant(10 * MS), LossSpec.NONE, 0.01, outages);
        assertEquals(defaults, n.defaultLink());
        // Sets only loss: delay, duplicate and the (sorted) outages come from the default.
        assertEquals(new LinkSpec(new DelaySpec.Constant(10 * MS), new LossSpec.GilbertElliott(30 * S, 2 * S, 1.0, 0.0),
                0.01, outages), n.link("auth-service", "email-service"));
        assertEquals(new LinkSpec(new DelaySpec.LogNormal(20 * MS, 0.5), new LossSpec.Independent(0.02), 0.01, outages),
                n.link("email-service", "user-inbox"));
        assertEquals(defaults, n.link("email-service", "auth-service"), "the reverse direction has no entry");
    }

    @Test
    void parse_fullFile_readsExpectationsInFileOrder() throws Exception {
        Scenario s = ScenarioLoader.parse("full.yaml", resource("full.yaml"));

        assertEquals(List.of(
                new Expectation.Check(Expectation.Metric.LOST, Expectation.Comparison.EQ, 0, false, "0"),
                new Expectation.Check(Expectation.Metric.DUPLICATED, Expectation.Comparison.GT, 0, false, "> 0")),
                s.expect().get(Semantics.AT_LEAST_ONCE).checks());
        assertEquals(List.of(new Expectation.Statistical(new Expectation.Check(Expectation.Metric.PROCESSED_ONCE,
                Expectation.Comparison.GT, 50, true, "> 50% @95%"), 0.95)),
                s.expect().get(Semantics.AT_LEAST_ONCE).statistical());
        assertEquals(List.of(
                new Expectation.Check(Expectation.Metric.LOST, Expectation.Comparison.LT, 1, true, "< 1%"),
                new Expectation.Check(Expectation.Metric.DUPLICATED, Expectation.Comparison.EQ, 0, false, "0")),
                s.expect().get(Semantics.EXACTLY_ONCE).checks());
        assertNull(s.expect().get(Semantics.AT_MOST_ONCE));
    }

    @Test
    void parse_minimalFile_appliesEveryDefault() throws Exception {
        Scenario s = parse("dir/my-scenario.yaml", BASE);

        assertEquals("my-scenario", s.name());
        assertEquals("", s.description());
        assertEquals("", s.lesson());
        assertEquals(1, s.seed());
        assertEquals(List.of(Semantics.values()), s.semantics());
        assertEquals(new BrokerSpec("email-service", List.of("user-inbox"), true, 30 * S, null), s.brokers().get(0));
        assertEquals(new ConsumerSpec("user-inbox", new DelaySpec.Constant(0), null, DedupSpec.DEFAULT), s.consumers().get(0));
        assertEquals(new NetworkSpec(LinkSpec.PERFECT, List.of()), s.network());
        assertEquals(new RetrySpec(S, 10, 2.0, 60 * S, 0.0), s.retry());
        assertEquals(LimitsSpec.DEFAULT, s.limits());
        assertEquals(0, s.expect().size());
    }

    @Test
    void parse_defaults_fillCrashAndLossModelGaps() throws Exception {
        Scenario s = parse("t.yaml", BASE.replace("- name: user-inbox", """
                - name: user-inbox
                    crash: { probability: 2% }""") + """
                network:
                  default: { loss: { model: gilbert-elliott, mean-good: 1m, mean-bad: 500ms } }
                retry: { timeout: 5m }
                """);

        assertEquals(new ConsumerCrashSpec(0.02, CrashPoint.AFTER_PROCESS, 10 * S), s.consumers().get(0).crash());
        assertEquals(new LossSpec.GilbertElliott(60 * S, 500 * MS, 1.0, 0.0), s.network().defaultLink().loss());
        assertEquals(300 * S, s.retry().maxBackoffNanos(), "a timeout above 1m raises the default backoff cap");
    }

    @Test
    void parse_logBroker_withPartitionsSessionTimeoutAndCommitForms() throws Exception {
        Scenario s = parse("t.yaml", BASE.replace("deliver-to: [user-inbox]", """
                kind: log
                    deliver-to: [user-inbox, archive]
                    partitions: 6
                    session-timeout: 10s""").replace("- name: user-inbox", """
                - name: user-inbox
                    commit: { every: 5s }
                  - name: archive
                    commit: { batch: 100 }
                    prefetch: 20"""));

        BrokerSpec log = s.brokers().get(0);
        assertEquals(BrokerKind.LOG, log.kind());
        assertEquals(6, log.partitionCount());
        assertEquals(10 * S, log.sessionTimeoutNanos());
        assertEquals(CommitPolicy.every(5 * S), s.consumers().get(0).commit());
        assertEquals(500, s.consumers().get(0).prefetch(), "a log's consumer fetches ahead as Kafka's max.poll.records");
        assertEquals(CommitPolicy.batch(100), s.consumers().get(1).commit());
        assertEquals(20, s.consumers().get(1).prefetch());
    }

    @Test
    void parse_queue_hasOnePartitionPerConsumerAndTheKafkaSessionTimeout() throws Exception {
        Scenario s = parse("t.yaml", BASE.replace("deliver-to: [user-inbox]", "kind: log\n    deliver-to: [user-inbox]"));

        assertEquals(1, s.brokers().get(0).partitionCount());
        assertEquals(45 * S, s.brokers().get(0).sessionTimeoutNanos());
        assertEquals(BrokerKind.QUEUE, parse("t.yaml", BASE).brokers().get(0).kind());
        assertEquals(1, parse("t.yaml", BASE).consumers().get(0).prefetch());
    }

    @Test
    void parse_poisonAndMaxDeliveries() throws Exception {
        Scenario s = parse("t.yaml", BASE.replace("deliver-to: [user-inbox]", "deliver-to: [user-inbox]\n    max-deliveries: 5")
                .replace("- name: user-inbox", "- name: user-inbox\n    poison: 0.1%"));
        Scenario crash = parse("t.yaml", BASE.replace("- name: user-inbox",
                "- name: user-inbox\n    poison: { share: 2%, effect: crash }"));

        assertEquals(5, s.brokers().get(0).maxDeliveries());
        assertEquals(new PoisonSpec(0.001, PoisonSpec.Effect.FAIL), s.consumers().get(0).poison());
        assertEquals(new PoisonSpec(0.02, PoisonSpec.Effect.CRASH), crash.consumers().get(0).poison());
        assertEquals(0, crash.brokers().get(0).maxDeliveries());
    }

    @Test
    void parse_consumerCrashInTime_needsNoProbability() throws Exception {
        Scenario s = parse("t.yaml", BASE.replace("- name: user-inbox", """
                - name: user-inbox
                    crash: { every: 1h, down-for: 30s }"""));

        assertEquals(new ConsumerCrashSpec(0, CrashPoint.AFTER_PROCESS, 30 * S, 3600 * S), s.consumers().get(0).crash());
    }

    @Test
    void parse_anchorsAndAliases_shareAValue() throws Exception {
        Scenario s = parse("t.yaml", BASE + """
                network:
                  default: { delay: &slow { distribution: exponential, mean: 20ms } }
                  links:
                    - { from: auth-service, to: email-service, delay: *slow, loss: 1% }
                """);

        assertEquals(new DelaySpec.Exponential(20 * MS), s.network().link("auth-service", "email-service").delay());
        assertEquals(new DelaySpec.Exponential(20 * MS), s.network().defaultLink().delay());
    }

    @Test
    void parse_deepNesting_stopsWithOneProblem() {
        String yaml = "network: " + "[".repeat(60) + "]".repeat(60) + "\n";

        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("t.yaml", yaml));

        assertEquals(1, e.problems().size());
        assertEquals("nested more than 50 levels deep", e.problems().get(0).message());
    }

    @Test
    void parse_aliasBomb_stopsWithOneProblem() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 25; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }

        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("t.yaml", yaml.toString()));

        assertEquals(1, e.problems().size());
        assertEquals("the document expands to more than 1000000 values", e.problems().get(0).message());
    }

    @Test
    void parse_manyAliases_stopsWithOneProblem() {
        String yaml = "a: &a [x]\nb: [" + "*a, ".repeat(60) + "*a]\n";

        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("t.yaml", yaml));

        assertEquals("t.yaml:2:205: b[50]: more than 50 aliases; write the values out", e.getMessage());
    }

    @Test
    void parse_aliasOfASingleValue_saysAnchorsNeedAListOrMapping() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("t.yaml", "a: &a x\nb: *a\n"));

        assertEquals("t.yaml:2:4: b: alias *a does not name a list or mapping anchored before it (anchors on single"
                + " values are not supported)", e.getMessage());
    }

    @Test
    void parse_source_hasFileNameAndSha256OfTheBytes() throws Exception {
        byte[] bytes = BASE.getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertEquals(new ScenarioSource("a/b.yaml", expected), ScenarioLoader.parse("a/b.yaml", bytes).source());
    }

    @Test
    void load_file_usesThePathAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reset.yaml");
        Files.writeString(file, BASE);

        Scenario s = ScenarioLoader.load(file);

        assertEquals(file.toString(), s.source().fileName());
        assertEquals("reset", s.name());
    }

    @Test
    void load_missingFile_isOneProblem(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));

        assertEquals(file + ":1:1: (root): cannot read the file: it does not exist", e.getMessage());
    }

    @Test
    void load_directory_isOneProblem(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));

        assertEquals(dir + ":1:1: (root): cannot read the file: it is a directory", e.getMessage());
    }

    @Test
    void parse_twoProblems_reportsBothInFileOrder() {
        String yaml = BASE.replace("messages: 100", "messages: 0") + """
                network:
                  default: { delay: 20 }
                """;

        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("t.yaml", yaml));

        assertEquals("""
                t.yaml:4:15: producers[0].messages: must be at least 1, got 0
                t.yaml:12:21: network.default.delay: expected a duration with a unit like 250us, 5ms, 2s, 1m, got 20 (a bare number)""",
                e.getMessage());
        assertEquals(2, e.problems().size());
        assertEquals(new Problem("t.yaml", 4, 15, "producers[0].messages", "must be at least 1, got 0"), e.problems().get(0));
    }

    @Test
    void parse_hugeInput_isRefusedUnread() {
        byte[] bytes = new byte[TextInput.MAX_BYTES + 1];

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("big.yaml", bytes));

        assertEquals("big.yaml:1:1: (root): the file is too large (4194305 bytes); a scenario file may have at most"
                + " 4194304 bytes (4 MiB)", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void parse_brokenFile_reportsOneExactProblem(String label, String yaml, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("t.yaml", yaml));

        assertEquals(expected, e.getMessage(), label);
        assertEquals(1, e.problems().size(), label);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("bad unit", BASE + "network:\n  default: { delay: 20sec }\n",
                        "t.yaml:12:21: network.default.delay: expected a duration with a unit like 250us, 5ms, 2s, 1m,"
                                + " got 20sec (unknown unit \"sec\"; units are ns, us, ms, s, m, h, d)"),
                Arguments.of("bare number duration", BASE.replace("interval: 1s", "interval: 20"),
                        "t.yaml:5:42: producers[0].arrival.interval: expected a duration with a unit like 250us, 5ms,"
                                + " 2s, 1m, got 20 (a bare number)"),
                Arguments.of("probability above 1",
                        BASE.replace("- name: user-inbox", "- name: user-inbox\n    crash: { probability: 1.5 }"),
                        "t.yaml:11:27: consumers[0].crash.probability: must be between 0 and 1, got 1.5"
                                + " (for a percentage write \"1.5%\")"),
                Arguments.of("consumer crash with neither probability nor every",
                        BASE.replace("- name: user-inbox", "- name: user-inbox\n    crash: { down-for: 1s }"),
                        "t.yaml:11:12: consumers[0].crash: needs probability (a crash per delivery), every (crashes"
                                + " in time), or both"),
                Arguments.of("partitions on a queue", BASE.replace("deliver-to: [user-inbox]",
                                "deliver-to: [user-inbox]\n    partitions: 3"),
                        "t.yaml:9:17: brokers[0].partitions: applies to a log only: add kind: log, or leave it out"),
                Arguments.of("unknown broker kind", BASE.replace("deliver-to: [user-inbox]",
                                "kind: stream\n    deliver-to: [user-inbox]"),
                        "t.yaml:8:11: brokers[0].kind: unknown broker kind \"stream\", expected one of: queue, log"),
                Arguments.of("workers on a log's consumer", BASE.replace("deliver-to: [user-inbox]",
                                "kind: log\n    deliver-to: [user-inbox]")
                                .replace("- name: user-inbox", "- name: user-inbox\n    concurrency: 4"),
                        "t.yaml:12:18: consumers[0].concurrency: a consumer of a log processes its records one at a"
                                + " time, in offset order; to process in parallel, add consumers to the group (and"
                                + " partitions to the log)"),
                Arguments.of("commit with every and batch", BASE.replace("- name: user-inbox",
                                "- name: user-inbox\n    commit: { every: 5s, batch: 10 }"),
                        "t.yaml:11:13: consumers[0].commit: needs one of every (commit so often) or batch (commit so"
                                + " many at a time)"),
                Arguments.of("commit point misspelt", BASE.replace("- name: user-inbox",
                                "- name: user-inbox\n    commit: auto"),
                        "t.yaml:11:13: consumers[0].commit: unknown commit \"auto\", expected after-process,"
                                + " before-process, { every: 5s } or { batch: 100 }"),
                Arguments.of("max-deliveries on a log", BASE.replace("deliver-to: [user-inbox]",
                                "kind: log\n    deliver-to: [user-inbox]\n    max-deliveries: 3"),
                        "t.yaml:10:21: brokers[0].max-deliveries: applies to a queue only: a log keeps its records"
                                + " in order and has no dead-letter queue of its own"),
                Arguments.of("poison effect misspelt", BASE.replace("- name: user-inbox",
                                "- name: user-inbox\n    poison: { share: 1%, effect: explode }"),
                        "t.yaml:11:34: consumers[0].poison.effect: unknown poison effect \"explode\", expected one of:"
                                + " fail, crash"),
                Arguments.of("unknown key with did-you-mean", BASE + "network:\n  default: { lose: 1% }\n",
                        "t.yaml:12:14: network.default.lose: unknown key \"lose\", did you mean \"loss\"?"),
                Arguments.of("unknown key without a near match", BASE + "colour: blue\n",
                        "t.yaml:11:1: colour: unknown key \"colour\", expected one of: version, name, description,"
                                + " lesson, seed, semantics, producers, brokers, consumers, network, retry, limits, expect, costs, random-faults, faults"),
                Arguments.of("lesson on two lines", BASE + "lesson: |\n  Retries duplicate.\n  Dedup fixes it.\n",
                        "t.yaml:11:9: lesson: must be one line (the claim the scenario proves); tell the story in"
                                + " description"),
                Arguments.of("negative cost", BASE + "costs: { lost: 100, duplicate: -5 }\n",
                        "t.yaml:11:32: costs.duplicate: must be 0 or more, got -5"),
                Arguments.of("unknown node in send-to", BASE.replace("send-to: email-service", "send-to: email-svc"),
                        "t.yaml:3:14: producers[0].send-to: unknown node \"email-svc\" (known: auth-service,"
                                + " email-service, user-inbox), did you mean \"email-service\"?"),
                Arguments.of("producer sends to a producer", BASE.replace("send-to: email-service", "send-to: auth-service"),
                        "t.yaml:3:14: producers[0].send-to: \"auth-service\" is a producer, expected a broker or a consumer"),
                Arguments.of("unknown node in deliver-to", BASE.replace("[user-inbox]", "[user-inbx]"),
                        "t.yaml:8:18: brokers[0].deliver-to[0]: unknown consumer \"user-inbx\" (known: user-inbox),"
                                + " did you mean \"user-inbox\"?"),
                Arguments.of("duplicate key", BASE.replace("messages: 100", "messages: 100\n    messages: 200"),
                        "t.yaml:5:5: producers[0].messages: duplicate key \"messages\" (first at line 4, column 5)"),
                Arguments.of("duplicate node name", BASE + "  - name: auth-service\n",
                        "t.yaml:11:11: consumers[1].name: duplicate node name \"auth-service\" (first used by"
                                + " producers[0] at line 2, column 11)"),
                Arguments.of("empty file", "",
                        "t.yaml:1:1: (root): the file is empty: expected a scenario with producers and consumers"),
                Arguments.of("only comments", "# a scenario, some day\n\n   # maybe\n",
                        "t.yaml:1:1: (root): the file is empty: expected a scenario with producers and consumers"),
                Arguments.of("YAML syntax error", BASE.replace("messages: 100", "messages: 100: 3"),
                        "t.yaml:4:18: producers[0].messages: invalid YAML: mapping values are not allowed here"),
                Arguments.of("YAML syntax error with context", BASE.replace("[user-inbox]", "[user-inbox"),
                        "t.yaml:9:10: brokers[0].deliver-to: invalid YAML: expected ',' or ']', but got :"
                                + " (while parsing a flow sequence at line 8, column 17)"),
                Arguments.of("missing required key", BASE.replace("    send-to: email-service\n", ""),
                        "t.yaml:2:5: producers[0]: missing required key \"send-to\""),
                Arguments.of("link to itself",
                        BASE + "network:\n  links:\n    - { from: user-inbox, to: user-inbox, loss: 1% }\n",
                        "t.yaml:13:31: network.links[0].to: from and to are both \"user-inbox\"; a link joins two"
                                + " different nodes"),
                Arguments.of("misspelt semantics", BASE + "semantics: [at-most-once, exactly-onse]\n",
                        "t.yaml:11:27: semantics[1]: unknown semantics \"exactly-onse\", did you mean \"exactly-once\"?"),
                Arguments.of("expect for an unknown metric", BASE + "expect:\n  at-most-once: { lsot: 0 }\n",
                        "t.yaml:12:19: expect.at-most-once.lsot: unknown key \"lsot\", did you mean \"lost\"?"),
                Arguments.of("expect for a semantics not run",
                        BASE + "semantics: [at-most-once]\nexpect:\n  exactly-once: { lost: 0 }\n",
                        "t.yaml:13:3: expect.exactly-once: exactly-once is not run by this scenario (semantics:"
                                + " at-most-once)"),
                Arguments.of("unreachable consumer", BASE + "  - name: spare\n",
                        "t.yaml:11:5: consumers[1]: unreachable: no producer or broker sends to it"),
                Arguments.of("outage ending before it starts",
                        BASE + "network:\n  default: { outages: [ { start: 10m, end: 5m } ] }\n",
                        "t.yaml:12:44: network.default.outages[0].end: must be after start (10m), got 5m"),
                Arguments.of("bad expect bound", BASE + "expect:\n  exactly-once: { duplicated: \"about 0\" }\n",
                        "t.yaml:12:31: expect.exactly-once.duplicated: expected a bound like 0, \"> 0\", \"<= 10\" or"
                                + " \"< 5%\", got \"about 0\""),
                Arguments.of("boolean where a number belongs", BASE.replace("messages: 100", "messages: yes"),
                        "t.yaml:4:15: producers[0].messages: expected an integer, got yes (a boolean)"),
                Arguments.of("integer beyond 64 bits", BASE + "limits: { max-events: 99999999999999999999 }\n",
                        "t.yaml:11:23: limits.max-events: must be at most 9223372036854775807, got 99999999999999999999"),
                Arguments.of("not finite", BASE + "retry: { backoff: { multiplier: .inf } }\n",
                        "t.yaml:11:33: retry.backoff.multiplier: expected a finite number, got .inf"),
                Arguments.of("list where a mapping belongs", BASE + "retry: [1s]\n",
                        "t.yaml:11:8: retry: expected a mapping like { timeout: 2s, max-attempts: 8 }, got a list"),
                Arguments.of("root is a list", "- producers\n",
                        "t.yaml:1:1: (root): expected a mapping with producers and consumers, got a list"),
                Arguments.of("second document", BASE + "---\nname: again\n",
                        "t.yaml:12:1: (root): a second YAML document starts here; a scenario file holds one document"),
                Arguments.of("unknown distribution",
                        BASE.replace("- name: user-inbox", "- name: user-inbox\n    processing: { distribution: gaussian }"),
                        "t.yaml:11:33: consumers[0].processing.distribution: unknown distribution \"gaussian\","
                                + " expected one of: constant, uniform, exponential, normal, lognormal, pareto"),
                Arguments.of("control character", "name: \"a\u0007\"\n",
                        "t.yaml:1:9: (root): unexpected character U+0007; YAML text may not contain control characters"));
    }

    @Test
    void parse_notUtf8_isOneProblemAtTheByte() {
        byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, '(', '\n'};

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("t.yaml", bytes));

        assertEquals("t.yaml:2:4: (root): not UTF-8 text: invalid byte 0xC3 at offset 8; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void parse_binary_saysItLooksBinary() {
        byte[] bytes = {'#', ' ', 'x', '\n', 'P', 'K', 0, 0, 1};

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("t.yaml", bytes));

        assertEquals("t.yaml:2:3: (root): unexpected character U+0000; the file looks binary, expected YAML text",
                e.getMessage());
    }
}
