package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dsim.spec.LimitsSpec;
import dsim.text.Durations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Laws of the loader: any input ends in a Scenario or a ScenarioException, and durations round-trip. */
class ScenarioLoaderProperties {

    private static final String VALID = valid();
    private static final String YAML_BITS = ":-[]{},#&*!|>'\"%@` \n\t0123456789.smhdu/x";

    @Property(tries = 500)
    void parse_randomBytes_onlyEverThrowsScenarioException(@ForAll @Size(max = 600) byte[] bytes) {
        assertOnlyScenarioException(bytes);
    }

    @Property(tries = 1000)
    void parse_mutatedValidFile_onlyEverThrowsScenarioException(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(VALID);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            mutate(text, random);
        }
        assertOnlyScenarioException(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void formatDuration_parsesBackExactly(@ForAll @LongRange(min = 0, max = LimitsSpec.MAX_DURATION_NANOS) long nanos) {
        assertFalse(Durations.exact(nanos).isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(nanos, Units.parseDuration(Durations.exact(nanos)));
    }

    private static void mutate(StringBuilder text, Random random) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(5)) {
            case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
            case 1 -> text.insert(at, YAML_BITS.charAt(random.nextInt(YAML_BITS.length())));
            case 2 -> text.insert(at, text.substring(random.nextInt(text.length()), text.length()).lines()
                    .findFirst().orElse("") + "\n");
            case 3 -> {
                if (at < text.length()) {
                    text.setCharAt(at, (char) random.nextInt(0x3000));
                }
            }
            default -> text.insert(at, " ".repeat(1 + random.nextInt(4)));
        }
    }

    private static void assertOnlyScenarioException(byte[] bytes) {
        try {
            ScenarioLoader.parse("fuzz.yaml", bytes);
        } catch (ScenarioException e) {
            assertFalse(e.problems().isEmpty());
            assertFalse(e.getMessage().contains("internal error"), e.getMessage());
        }
    }

    private static String valid() {
        try {
            return new String(ScenarioLoaderTest.resource("full.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
