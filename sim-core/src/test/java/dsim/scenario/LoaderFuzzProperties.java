package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dsim.spec.Problem;
import dsim.spec.Scenario;
import dsim.scenario.fuzz.DistinctMessages;
import dsim.scenario.fuzz.FuzzCase;
import dsim.scenario.fuzz.Mutation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A fuzz campaign against {@link ScenarioLoader#parse(String, byte[])}: every bundled scenario
 * (and the test file that uses every key) damaged by one to four {@link Mutation}s. Whatever
 * the bytes, the loader returns a scenario or throws a {@link ScenarioException} whose every
 * problem renders as one line {@code file:line:col: path: message}: no other exception, no
 * internal error, no hang (each case has a deadline), no stack trace.
 *
 * <p>CI runs {@value #DEFAULT_TRIES} cases. A larger campaign is one command away:
 * <pre>mvn -B -q -pl sim-core test -Dtest=LoaderFuzzProperties -Ddsim.fuzz.tries=100000</pre>
 * At the end it prints how many distinct kinds of message it met (user text, numbers and
 * positions normalised), and lists them in {@code target/loader-fuzz-messages.txt}.
 */
class LoaderFuzzProperties {

    static final int DEFAULT_TRIES = 2000;
    /** Far above the few milliseconds a case takes: only a hang or a blow-up reaches it. */
    private static final long DEADLINE_SECONDS = 20;
    private static final String FILE = "fuzz.yaml";
    private static final Pattern FORBIDDEN = Pattern.compile(
            "internal error|Exception|Error:|\tat |java\\.|javax\\.|org\\.yaml|com\\.fasterxml|snakeyaml|\\$\\{");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

    private static final List<String> NAMES = new ArrayList<>();
    private static final List<String> TEXTS = new ArrayList<>();
    private static final DistinctMessages MESSAGES = new DistinctMessages();
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger VALID = new AtomicInteger();
    private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "loader-fuzz");
        t.setDaemon(true); // a hung parse must not keep the test JVM alive
        return t;
    });

    static {
        readSources();
    }

    @Property(tries = DEFAULT_TRIES)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void parse_damagedScenario_returnsAScenarioOrExplainsEveryProblemInOneLine(@ForAll("cases") FuzzCase c) {
        byte[] bytes = c.bytes();
        CASES.incrementAndGet();
        ScenarioException problems;
        try {
            Scenario s = withDeadline(bytes, c);
            assertNotNull(s, "parse returned null without a problem");
            VALID.incrementAndGet();
            return;
        } catch (ScenarioException e) {
            problems = e;
        }
        assertFalse(problems.problems().isEmpty(), "a ScenarioException without problems");
        assertTrue(problems.problems().size() <= Problems.MAX_SHOWN + 1, "too many problems shown");
        for (Problem p : problems.problems()) {
            assertRendersAsOneLine(p);
            MESSAGES.add(p.message());
        }
    }

    @Example
    void limit_fileSize_4MiBIsReadAndOneByteMoreIsRefusedUnread() throws ScenarioException {
        byte[] valid = TEXTS.get(NAMES.indexOf("full.yaml")).getBytes(StandardCharsets.UTF_8);
        byte[] line = ("# " + "x".repeat(76) + "\n").getBytes(StandardCharsets.US_ASCII); // short lines: size is the point
        byte[] atLimit = new byte[TextInput.MAX_BYTES];
        Arrays.fill(atLimit, (byte) '\n');
        System.arraycopy(valid, 0, atLimit, 0, valid.length);
        for (int at = valid.length; at + line.length <= atLimit.length; at += line.length) {
            System.arraycopy(line, 0, atLimit, at, line.length);
        }
        assertNotNull(ScenarioLoader.parse(FILE, atLimit));

        byte[] over = Arrays.copyOf(atLimit, atLimit.length + 1);
        over[over.length - 1] = '\n';
        assertProblems(over, "fuzz.yaml:1:1: (root): the file is too large (4194305 bytes); a scenario file may"
                + " have at most 4194304 bytes (4 MiB)");
    }

    @Example
    void limit_nesting_50LevelsAreReadAnd51AreRefused() {
        // The root mapping is level 1, so 49 brackets make 50 levels; validation then goes on.
        assertProblems(nested(49), MISSING_NODES, "fuzz.yaml:1:10: network: expected a mapping with default and links,"
                + " got a list");
        assertProblems(nested(50), "fuzz.yaml:1:59: network" + "[0]".repeat(49) + ": nested more than 50 levels deep");
    }

    @Example
    void limit_aliases_50AreReadAnd51AreRefused() {
        assertProblems(aliases(50), UNKNOWN_A, MISSING_NODES, UNKNOWN_B);
        assertProblems(aliases(51), "fuzz.yaml:2:205: b[50]: more than 50 aliases; write the values out");
    }

    @Example
    void limit_values_aMillionAreReadAndOneMoreIsRefused() {
        // 1 root + (1 + 19,998) in a + 1 list + 49 aliases of a's 19,999 + 48 more in b = 1,000,000 values.
        assertProblems(manyValues(48), UNKNOWN_A, MISSING_NODES, UNKNOWN_B);
        assertProblems(manyValues(49), "fuzz.yaml:2:345: b[97]: the document expands to more than 1000000 values");
    }

    private static final String TOP_KEYS = String.join(", ", ScenarioValidator.TOP_KEYS);
    private static final String MISSING_NODES = "fuzz.yaml:1:1: (root): missing required key \"producers\"\n"
            + "fuzz.yaml:1:1: (root): missing required key \"consumers\"";
    private static final String UNKNOWN_A = "fuzz.yaml:1:1: a: unknown key \"a\", expected one of: " + TOP_KEYS;
    private static final String UNKNOWN_B = "fuzz.yaml:2:1: b: unknown key \"b\", expected one of: " + TOP_KEYS;

    private static byte[] nested(int brackets) {
        return ("network: " + "[".repeat(brackets) + "]".repeat(brackets) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] aliases(int count) {
        return ("a: &a [x]\nb: [" + "*a, ".repeat(count - 1) + "*a]\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manyValues(int extra) {
        return ("a: &a [" + "x, ".repeat(19_997) + "x]\nb: [" + "*a, ".repeat(49) + "x, ".repeat(extra - 1) + "x]\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The problems, in the loader's order (file order; equal positions in the order found). */
    private static void assertProblems(byte[] bytes, String... expected) {
        try {
            ScenarioLoader.parse(FILE, bytes);
            fail("expected problems: " + String.join("\n", expected));
        } catch (ScenarioException e) {
            assertEquals(String.join("\n", expected), e.getMessage());
        }
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        // Whole-file wipes make the rest of a case moot, so they come up less often.
        List<Tuple.Tuple2<Integer, Mutation>> weighted = new ArrayList<>();
        for (Mutation m : Mutation.values()) {
            int weight = switch (m) {
                case EMPTY, BINARY -> 1;
                case TRUNCATE -> 3;
                default -> 6;
            };
            weighted.add(Tuple.of(weight, m));
        }
        Arbitrary<List<Mutation>> mutations = Arbitraries.frequency(weighted.toArray(Tuple.Tuple2[]::new))
                .map(m -> (Mutation) m).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Integer> source = Arbitraries.integers().between(0, NAMES.size() - 1);
        return Combinators.combine(source, mutations, Arbitraries.longs())
                .as((i, m, seed) -> new FuzzCase(NAMES.get(i), TEXTS.get(i), m, seed));
    }

    @AfterContainer
    static void report() throws IOException {
        LOADER.shutdownNow();
        if (CASES.get() == 0) {
            return;
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "loader-fuzz-messages.txt"), MESSAGES.table());
        System.out.printf(Locale.ROOT, "loader fuzz: %d cases (%d valid scenarios), %d distinct problem messages"
                + " (listed in target/loader-fuzz-messages.txt)%n", CASES.get(), VALID.get(), MESSAGES.size());
    }

    /** The one-line form an editor links to; nothing a stack trace or a terminal would betray. */
    static void assertRendersAsOneLine(Problem p) {
        String line = p.toString();
        assertEquals(FILE + ":" + p.line() + ":" + p.column() + ": " + p.path() + ": " + p.message(), line);
        assertEquals(FILE, p.file());
        assertTrue(p.line() >= 1 && p.column() >= 1, line);
        assertTrue(p.override() == null, line);
        assertFalse(p.path().isBlank(), line);
        assertFalse(p.message().isBlank(), line);
        assertFalse(CONTROL.matcher(line).find(), () -> "a control character or line break in: " + escaped(line));
        assertFalse(FORBIDDEN.matcher(p.message()).find(), line);
        assertTrue(line.length() < 1000, () -> "a " + line.length() + "-character line"); // echoes are cut (Echo)
    }

    private static Scenario withDeadline(byte[] bytes, FuzzCase c) throws ScenarioException {
        Future<Scenario> f = LOADER.submit(() -> ScenarioLoader.parse(FILE, bytes));
        try {
            return f.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("no answer within " + DEADLINE_SECONDS + " s for " + c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ScenarioException se) {
                throw se;
            }
            throw new AssertionError("the loader threw " + e.getCause() + " for " + c, e.getCause());
        }
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp < 0x20 || cp == 0x85 || cp == 0x2028 || cp == 0x2029
                ? String.format(Locale.ROOT, "\\u%04x", cp) : Character.toString(cp)));
        return b.toString();
    }

    private static void readSources() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> bundled = Files.list(Path.of("..", "scenarios"))) {
            bundled.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            files.add(Path.of("src", "test", "resources", "scenarios", "full.yaml")); // every key once
            for (Path f : files) {
                NAMES.add(f.getFileName().toString());
                TEXTS.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled scenarios not found from " + Path.of("").toAbsolutePath(), e);
        }
        if (NAMES.size() < 4) {
            throw new IllegalStateException("expected the bundled scenarios in ../scenarios");
        }
    }

    /** Sets the property's tries from {@code -Ddsim.fuzz.tries=N}, for a larger campaign. */
    static final class TriesFromSystemProperty implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            String tries = System.getProperty("dsim.fuzz.tries");
            if (tries != null && !tries.isBlank()) {
                context.attributes().setTries(Integer.parseInt(tries.strip()));
            }
            return property.execute();
        }
    }
}
