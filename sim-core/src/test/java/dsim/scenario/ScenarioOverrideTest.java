package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dsim.spec.ConsumerCrashSpec;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.NetworkSpec;
import dsim.spec.Problem;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioOverrideTest {

    private static final String BASE = ScenarioLoaderTest.BASE;
    private static final long S = 1_000_000_000L;

    private static Scenario parse(String yaml, List<ScenarioOverride> overrides) throws ScenarioException {
        return ScenarioLoader.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), overrides);
    }

    private static Scenario full(ScenarioOverride... overrides) throws Exception {
        return ScenarioLoader.parse("full.yaml", ScenarioLoaderTest.resource("full.yaml"), List.of(overrides));
    }

    private static ScenarioOverride set(String arg) throws ScenarioException {
        return ScenarioOverride.parseSet(arg);
    }

    /** The rendered problems of parsing {@code yaml} with {@code overrides}. */
    private static String problems(String yaml, ScenarioOverride... overrides) {
        return assertThrows(ScenarioException.class, () -> parse(yaml, List.of(overrides))).getMessage();
    }

    @Test
    void parseVary_commaSeparatedValues_oneVaryOverridePerValueInOrder() throws Exception {
        List<ScenarioOverride> variants = ScenarioOverride.parseVary("network.default.loss=0, 1%,5%,10%");

        assertEquals(List.of(
                new ScenarioOverride("network.default.loss", "0", ScenarioOverride.Option.VARY),
                new ScenarioOverride("network.default.loss", "1%", ScenarioOverride.Option.VARY),
                new ScenarioOverride("network.default.loss", "5%", ScenarioOverride.Option.VARY),
                new ScenarioOverride("network.default.loss", "10%", ScenarioOverride.Option.VARY)), variants);
        assertEquals("--vary network.default.loss=5%", variants.get(2).shown());
    }

    @Test
    void parseSet_valueWithCommasAndEquals_isOneValue() throws Exception {
        assertEquals(new ScenarioOverride("description", "a, b = c"), set("description = a, b = c"));
        assertEquals("--set description=a, b = c", set("description=a, b = c").shown());
    }

    @Test
    void parse_overrideOfExistingValue_replacesIt() throws Exception {
        String yaml = BASE + "network:\n  default: { delay: 10ms, loss: 1% }\n";

        LinkSpec link = parse(yaml, List.of(set("network.default.loss=0.05"))).network().defaultLink();

        assertEquals(new LossSpec.Independent(0.05), link.loss());
        assertEquals(new DelaySpec.Constant(10_000_000L), link.delay(), "keys beside it stay");
    }

    @Test
    void parse_pathThroughAbsentMappings_createsThem() throws Exception {
        Scenario s = parse(BASE, List.of(set("network.default.loss=10%"), set("retry.backoff.jitter=0.5")));

        assertEquals(new LossSpec.Independent(0.1), s.network().defaultLink().loss());
        assertEquals(0.5, s.retry().jitter());
    }

    @Test
    void parse_twoOverridesOfOnePath_laterWins() throws Exception {
        Scenario s = parse(BASE, List.of(set("network.default.loss=1%"), set("network.default.loss=2%")));

        assertEquals(new LossSpec.Independent(0.02), s.network().defaultLink().loss());
    }

    @Test
    void parse_listItemByIndex_setsThatItem() throws Exception {
        Scenario s = full(set("producers[1].messages=7"));
        Scenario t = parse(BASE + "semantics: [at-most-once, at-least-once]\n", List.of(set("semantics[1]=exactly-once")));

        assertEquals(7, s.producers().get(1).messages());
        assertEquals(5000, s.producers().get(0).messages());
        assertEquals(List.of(Semantics.AT_MOST_ONCE, Semantics.EXACTLY_ONCE), t.semantics());
    }

    @Test
    void parse_listItemByName_setsThatItemAndCreatesItsMissingMappings() throws Exception {
        Scenario s = full(set("consumers[user-inbox].crash.probability=2%"),
                set("consumers[spare-inbox].crash.probability=0.5"));

        assertEquals(new ConsumerCrashSpec(0.02, CrashPoint.BEFORE_PROCESS, 10 * S), s.consumers().get(0).crash());
        assertEquals(new ConsumerCrashSpec(0.5, CrashPoint.AFTER_PROCESS, 10 * S), s.consumers().get(1).crash());
    }

    @Test
    void parse_linkByFromTo_setsThatEntryOnly() throws Exception {
        NetworkSpec n = full(set("network.links[email-service->user-inbox].loss=5%")).network();

        assertEquals(new LossSpec.Independent(0.05), n.link("email-service", "user-inbox").loss());
        assertEquals(new LossSpec.GilbertElliott(30 * S, 2 * S, 1.0, 0.0), n.link("auth-service", "email-service").loss());
    }

    @Test
    void parse_valueText_isReadAsYamlWouldReadIt() throws Exception {
        Scenario s = full(set("brokers[email-service].durable=true"), set("consumers[0].dedup.store=durable"),
                set("seed=7"), set("limits.max-time=90m"));

        assertEquals(true, s.brokers().get(0).durable());
        assertEquals(DedupSpec.Store.DURABLE, s.consumers().get(0).dedup().store());
        assertEquals(7, s.seed());
        assertEquals(5400 * S, s.limits().maxTimeNanos());
    }

    @Test
    void parse_unknownKey_didYouMeanAttributedToTheOverride() throws Exception {
        String yaml = BASE + "network:\n  default: { loss: 1% }\n";
        ScenarioOverride vary = ScenarioOverride.parseVary("network.default.lose=1%,2%").get(1);

        assertEquals("--set network.default.lose=1%: network.default.lose: unknown key \"lose\", did you mean \"loss\"?",
                problems(yaml, set("network.default.lose=1%")));
        assertEquals("--vary network.default.lose=2%: network.default.lose: unknown key \"lose\", did you mean \"loss\"?",
                problems(BASE, vary));
    }

    @Test
    void parse_valueTheValidatorRejects_itsMessageAttributedToTheOverride() throws Exception {
        ScenarioOverride vary = ScenarioOverride.parseVary("network.default.loss=0,50").get(1);

        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(BASE, List.of(vary)));

        assertEquals("--vary network.default.loss=50: network.default.loss: must be between 0 and 1, got 50"
                + " (for a percentage write \"50%\")", e.getMessage());
        assertEquals(new Problem("t.yaml", 0, 0, "network.default.loss", "must be between 0 and 1, got 50"
                + " (for a percentage write \"50%\")", "--vary network.default.loss=50"), e.problems().get(0));
    }

    @Test
    void parse_createdMappingMissingARequiredKey_attributedToTheOverride() throws Exception {
        assertEquals("--set consumers[0].crash.at=before-process: consumers[0].crash: needs probability (a crash per"
                + " delivery), every (crashes in time), or both",
                problems(BASE, set("consumers[0].crash.at=before-process")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathsLeadingNowhere")
    void parse_pathLeadingNowhere_oneProblemAttributedToTheOverride(String arg, String expected) throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("full.yaml", ScenarioLoaderTest.resource("full.yaml"), List.of(set(arg))));

        assertEquals(expected, e.getMessage());
    }

    static Stream<Arguments> pathsLeadingNowhere() {
        return Stream.of(
                Arguments.of("producers[2].messages=1",
                        "--set producers[2].messages=1: producers[2]: index out of range: producers has 2 items, [0] to [1]"),
                Arguments.of("consumers[user-inbx].crash.probability=1%",
                        "--set consumers[user-inbx].crash.probability=1%: consumers[user-inbx]:"
                                + " no item named \"user-inbx\", did you mean \"user-inbox\"?"),
                Arguments.of("network.links[auth-service->user-inbox].loss=1%",
                        "--set network.links[auth-service->user-inbox].loss=1%: network.links[auth-service->user-inbox]:"
                                + " no entry from \"auth-service\" to \"user-inbox\", expected one of:"
                                + " auth-service->email-service, email-service->user-inbox"),
                Arguments.of("producers[0].messages.max=1",
                        "--set producers[0].messages.max=1: producers[0].messages: is 5000 (a number), not a mapping,"
                                + " so it has no key \"max\""),
                Arguments.of("producers.name=x",
                        "--set producers.name=x: producers: is a list, not a mapping, so it has no key \"name\""),
                Arguments.of("retry[0].timeout=1s",
                        "--set retry[0].timeout=1s: retry: is a mapping, not a list, so it has no item [0]"),
                Arguments.of("costs[0].lost=1", "--set costs[0].lost=1: costs: is not set, so it has no item [0]"));
    }

    @Test
    void parse_ordinaryFileProblems_keepTheirFileLineColumnAfterTheOverridesOwn() {
        String yaml = BASE.replace("messages: 100", "messages: 0");

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> parse(yaml, List.of(set("retry.timeout=fast"))));

        assertEquals("""
                --set retry.timeout=fast: retry.timeout: expected a duration with a unit like 250us, 5ms, 2s, 1m, got fast
                t.yaml:4:15: producers[0].messages: must be at least 1, got 0""", e.getMessage());
        assertEquals(new Problem("t.yaml", 4, 15, "producers[0].messages", "must be at least 1, got 0"), e.problems().get(1));
    }

    @Test
    void parse_nameSetByOverrideDuplicated_namesTheOverrideAsFirstUse() throws Exception {
        assertEquals("""
                t.yaml:8:18: brokers[0].deliver-to[0]: "user-inbox" is a producer, expected a consumer
                t.yaml:10:11: consumers[0].name: duplicate node name "user-inbox" (first used by producers[0]\
                 at --set producers[0].name=user-inbox)""", problems(BASE, set("producers[0].name=user-inbox")));
    }

    @Test
    void parse_withOverrides_sha256IsStillTheFilesHash() throws Exception {
        byte[] bytes = BASE.getBytes(StandardCharsets.UTF_8);

        Scenario plain = ScenarioLoader.parse("t.yaml", bytes);
        Scenario varied = ScenarioLoader.parse("t.yaml", bytes, List.of(set("network.default.loss=5%")));

        assertEquals(ScenarioLoader.sha256(bytes), varied.source().sha256());
        assertEquals(plain.source(), varied.source());
    }

    @Test
    void load_withOverrides_appliesThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reset.yaml");
        Files.writeString(file, BASE);

        Scenario s = ScenarioLoader.load(file, ScenarioOverride.parseVary("producers[auth-service].messages=3,4"));

        assertEquals(4, s.producers().get(0).messages());
        assertEquals(100, ScenarioLoader.load(file).producers().get(0).messages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedVary")
    void parseVary_malformed_oneProblemNamingTheArgument(String arg, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioOverride.parseVary(arg));

        assertEquals(1, e.problems().size());
        assertEquals(expected, e.getMessage());
    }

    static Stream<Arguments> malformedVary() {
        String like = "like network.default.loss=0,1%,5%";
        return Stream.of(
                Arguments.of("network.default.loss",
                        "--vary network.default.loss: expected PATH=V1,V2,... " + like + ", got no \"=\""),
                Arguments.of(" =0,1%", "--vary  =0,1%: expected a key path before \"=\"; expected PATH=V1,V2,... " + like),
                Arguments.of("network.default.loss=",
                        "--vary network.default.loss=: network.default.loss: expected values after \"=\","
                                + " separated by commas, " + like),
                Arguments.of("network.default.loss=0,,5%",
                        "--vary network.default.loss=0,,5%: network.default.loss: value 2 of 3 is empty;"
                                + " separate values with single commas, " + like),
                Arguments.of("network.default.loss=0,1%,",
                        "--vary network.default.loss=0,1%,: network.default.loss: value 3 of 3 is empty;"
                                + " separate values with single commas, " + like),
                Arguments.of("network..loss=1%",
                        "--vary network..loss=1%: network..loss: expected keys separated by single dots,"
                                + " like consumers[user-inbox].crash.probability"),
                Arguments.of("producers[0.messages=1",
                        "--vary producers[0.messages=1: producers[0.messages: \"[\" without a closing \"]\""),
                Arguments.of("name=[a",
                        "--vary name=[a: name: expected a single value (a duration, probability, number or word),"
                                + " got text YAML cannot read: invalid YAML: expected ',' or ']', but got <stream end>"
                                + " (while parsing a flow sequence at line 1, column 1)"));
    }

    @Test
    void parseSet_malformed_oneProblemNamingTheArgument() {
        assertEquals("--set seed: expected PATH=VALUE like network.default.loss=1%, got no \"=\"",
                assertThrows(ScenarioException.class, () -> set("seed")).getMessage());
        assertEquals("--set seed=: seed: expected a value after \"=\", like network.default.loss=1%",
                assertThrows(ScenarioException.class, () -> set("seed=")).getMessage());
        assertEquals("--set name={ a: b }: name: expected a single value (a duration, probability, number or word),"
                + " got a mapping", assertThrows(ScenarioException.class, () -> set("name={ a: b }")).getMessage());
    }

    @Test
    void parse_hostileOverrides_onlyScenarioExceptionEscapes() {
        List<String> odd = List.of("a\u0000b=1", "x=\u0001", "[0]=1", "a[]=1", "a[->]=1", "a[99999999999]=1",
                "a" + ".b".repeat(60) + "=1", "name=*alias", "name=&a [1]", "name=\"unterminated", "name=---\n---",
                "producers[0]=1", "network=5ms", "network.links[0]=x", "expect.at-least-once.lost=null", "\n=\n");
        List<String> unexpected = new ArrayList<>();
        for (String arg : odd) {
            int eq = arg.indexOf('=');
            for (ThrowingRunnable r : List.<ThrowingRunnable>of(() -> ScenarioOverride.parseSet(arg),
                    () -> ScenarioOverride.parseVary(arg),
                    () -> parse(BASE, List.of(new ScenarioOverride(arg.substring(0, eq), arg.substring(eq + 1)))))) {
                try {
                    r.run();
                } catch (ScenarioException e) {
                    if (e.getMessage().contains("internal error")) {
                        unexpected.add(arg + " -> " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    unexpected.add(arg + " -> " + e);
                }
            }
        }
        assertEquals(List.of(), unexpected);
    }

    private interface ThrowingRunnable {
        void run() throws ScenarioException;
    }
}
