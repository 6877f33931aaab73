package dsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing ambient in the core: scans {@code sim-core/src/main/java} for calls whose result
 * depends on the wall clock, unseeded randomness, hash order, threads or the default locale,
 * and fails with one line per hit, {@code path:line: rule: the line}. Comments and string
 * literals are not code and are skipped.
 *
 * <p>Floating-point functions whose result the Java specification lets differ by platform
 * ({@code Math.log}, {@code exp}, {@code pow}, {@code sin}, ...: JIT intrinsics) are banned
 * wherever a result can reach a run or a report, here and in the reports module: use
 * {@code StrictMath} or an exact table method ({@link dsim.random.ExponentialZiggurat}).
 * {@code Math.sqrt}, {@code floor}, {@code ceil}, {@code round}, {@code abs}, {@code min} and
 * {@code max} are exact by specification and allowed.
 *
 * <p>Allowed: {@code System.nanoTime} and platform floating point in {@code dsim/bench}
 * (benchmarks time themselves; their models never reach a run);
 * {@code HashMap}/{@code HashSet} outside the packages that make results when the line says
 * why order cannot matter ({@code // order-free: lookups only}); the {@code Set.of}/{@code Map.of}
 * uses listed in {@link #CONSTANT_COLLECTIONS}, each with its reason.
 */
class NoAmbientNondeterminismTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Path REPORTS_MAIN = Path.of("..", "reports", "src", "main", "java");
    private static final String PLATFORM_MATH = "platform floating point (use StrictMath)";
    /** Packages whose code makes results: no hash-ordered collection at all, comment or not. */
    private static final List<String> NO_HASH_PACKAGES = List.of("dsim/model/", "dsim/engine/", "dsim/run/",
            "dsim/journal/", "dsim/simulation/", "dsim/spec/", "dsim/sweep/", "dsim/compare/", "dsim/stats/");
    private static final String ORDER_FREE = "// order-free:";

    /** A forbidden pattern in code, with what to do instead. */
    private record Rule(String name, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule("wall clock", "System\\.currentTimeMillis\\s*\\(|\\b(Instant|LocalDateTime|LocalDate|LocalTime"
                    + "|ZonedDateTime|OffsetDateTime)\\.now\\s*\\(|\\bClock\\.system"),
            rule("nanoTime outside dsim/bench", "System\\.nanoTime\\s*\\("),
            rule("unseeded randomness", "Math\\.random\\s*\\(|\\bThreadLocalRandom\\b|\\bnew\\s+(java\\.util\\.)?Random\\s*\\("
                    + "|\\bnew\\s+SecureRandom\\b|UUID\\.randomUUID\\s*\\("),
            rule("identity hash", "System\\.identityHashCode\\s*\\("),
            rule("parallel stream", "\\.parallelStream\\s*\\(|\\.parallel\\s*\\(\\s*\\)"),
            rule("Set.of/Map.of (iteration order differs per JVM)",
                    "(?<![\\w$])(Set|Map)\\.(of|ofEntries|copyOf)\\s*\\("),
            rule("hash-ordered collection", "\\bnew\\s+(java\\.util\\.)?(HashMap|HashSet|ConcurrentHashMap|Hashtable)\\b"
                    + "|Collectors\\.(toSet|toMap|groupingBy|toUnmodifiableSet|toUnmodifiableMap)\\s*\\("),
            // commons-math3's distributions seed a generator from the clock unless given ours first.
            rule("distribution without our generator",
                    "\\bnew\\s+\\w+Distribution\\s*\\((?!\\s*(random|rng|generator|new\\s+SplitMixRandom)\\b)"),
            rule("String.format without Locale.ROOT", "String\\.format\\s*\\((?!\\s*(java\\.util\\.)?Locale\\.ROOT\\b)"
                    + "|\\.formatted\\s*\\(|\\.printf\\s*\\((?!\\s*(java\\.util\\.)?Locale\\.ROOT\\b)"),
            rule("case change without a Locale", "\\.to(Upper|Lower)Case\\s*\\(\\s*\\)"),
            rule(PLATFORM_MATH, "(?<![\\w.])Math\\.(log|log10|log1p|exp|expm1|pow|sin|cos|tan|asin|acos|atan|atan2"
                    + "|cbrt|hypot|sinh|cosh|tanh|IEEEremainder)\\s*\\("));

    /**
     * Constant collections allowed by file and code, with why their order cannot leak: the
     * line number would shift with every edit above it, the code does not.
     */
    private static final List<String[]> CONSTANT_COLLECTIONS = List.of(
            new String[] {"dsim/scenario/Overrides.java", "new YamlNode.Mapping(at, Map.of())",
                "empty: there is nothing to iterate"},
            new String[] {"dsim/bench/ModelBenchmark.java", "Map.of(), null",
                "empty expectations; Scenario copies them into an EnumMap"});

    private static Rule rule(String name, String regex) {
        return new Rule(name, Pattern.compile(regex));
    }

    @Test
    void mainSources_haveNoAmbientNondeterminism() throws IOException {
        List<String> hits = scanTree(MAIN, 50);
        assertEquals("", String.join("\n", hits), hits.size() + " ambient nondeterminism hits");
    }

    /** Reports draw charts from results: their axes must not move with the platform's Math.log10 either. */
    @Test
    void reportSources_useNoPlatformFloatingPoint() throws IOException {
        List<String> hits = scanTree(REPORTS_MAIN, 20).stream().filter(h -> h.contains(PLATFORM_MATH)).toList();
        assertEquals("", String.join("\n", hits), hits.size() + " platform floating-point hits");
    }

    /** Every hit in the Java files below {@code root}, which must hold more than {@code atLeast} of them. */
    private static List<String> scanTree(Path root, int atLeast) throws IOException {
        List<String> hits = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files++;
                hits.addAll(scan(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(files > atLeast, "sources not found at " + root.toAbsolutePath());
        return hits;
    }

    @Test
    void scan_findsEachRule_andSkipsCommentsStringsAndAllowedUses() {
        String code = """
                class X {
                    long t = System.currentTimeMillis(); // the clock
                    /* Math.random() in a comment */ String s = "new Random(1)";
                    Map<String, Integer> m = new HashMap<>(); // order-free: lookups only
                    Set<String> k = Set.of("a");
                    Object d = new NormalDistribution(0, 1);
                    Object e = new NormalDistribution(random, 0, 1);
                    String f = String.format("%d", 1) + String.format(Locale.ROOT, "%d", 1) + "A".toLowerCase();
                    double g = Math.log(2) + StrictMath.log(2) + Math.sqrt(2) + FastMath.exp(1);
                }
                """;

        List<String> hits = scan("dsim/scenario/X.java", code);

        assertEquals(List.of(
                "dsim/scenario/X.java:2: wall clock: long t = System.currentTimeMillis(); // the clock",
                "dsim/scenario/X.java:5: Set.of/Map.of (iteration order differs per JVM): Set<String> k = Set.of(\"a\");",
                "dsim/scenario/X.java:6: distribution without our generator: Object d = new NormalDistribution(0, 1);",
                "dsim/scenario/X.java:8: String.format without Locale.ROOT: String f = String.format(\"%d\", 1)"
                        + " + String.format(Locale.ROOT, \"%d\", 1) + \"A\".toLowerCase();",
                "dsim/scenario/X.java:8: case change without a Locale: String f = String.format(\"%d\", 1)"
                        + " + String.format(Locale.ROOT, \"%d\", 1) + \"A\".toLowerCase();",
                "dsim/scenario/X.java:9: platform floating point (use StrictMath): double g = Math.log(2)"
                        + " + StrictMath.log(2) + Math.sqrt(2) + FastMath.exp(1);"), hits);
        assertEquals(1, scan("dsim/model/X.java", code).stream().filter(h -> h.contains("hash-ordered")).count(),
                "no hash-ordered collection in dsim/model, comment or not");
        assertEquals(List.of(), scan("dsim/bench/B.java", "long t = System.nanoTime();"));
    }

    /** Every hit in one file, in line order. */
    static List<String> scan(String path, String source) {
        String code = codeOnly(source);
        String[] lines = source.split("\n", -1);
        List<String> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(code);
            int lastLine = -1;
            while (m.find()) {
                int line = lineOf(code, m.start());
                String text = lines[line - 1].strip();
                if (line != lastLine && !allowed(rule, path, text)) {
                    hits.add(path + ":" + line + ": " + rule.name() + ": " + text);
                }
                lastLine = line;
            }
        }
        hits.sort((a, b) -> Integer.compare(lineNumber(a, path), lineNumber(b, path)));
        return hits;
    }

    private static boolean allowed(Rule rule, String path, String line) {
        return switch (rule.name()) {
            case "nanoTime outside dsim/bench", PLATFORM_MATH -> path.startsWith("dsim/bench/");
            case "hash-ordered collection" -> line.contains(ORDER_FREE)
                    && NO_HASH_PACKAGES.stream().noneMatch(path::startsWith);
            case "Set.of/Map.of (iteration order differs per JVM)" -> CONSTANT_COLLECTIONS.stream()
                    .anyMatch(c -> c[0].equals(path) && line.contains(c[1]));
            default -> false;
        };
    }

    private static int lineNumber(String hit, String path) {
        String rest = hit.substring(path.length() + 1);
        return Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The source with comments and the insides of string and char literals blanked out
     * (line breaks kept, so offsets map to the same lines).
     */
    static String codeOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                i = blankUntil(s, i, out, "\n", false);
            } else if (s.startsWith("/*", i)) {
                i = blankUntil(s, i + 2, out.append("  "), "*/", true);
            } else if (s.startsWith("\"\"\"", i)) {
                out.append("\"\"\"");
                i = blankUntil(s, i + 3, out, "\"\"\"", true);
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i = blankLiteral(s, i + 1, out, c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Blanks from {@code i} to {@code end} (kept if {@code keepEnd}); returns the index after it. */
    private static int blankUntil(String s, int i, StringBuilder out, String end, boolean keepEnd) {
        int stop = s.indexOf(end, i);
        int to = stop < 0 ? s.length() : stop;
        for (int k = i; k < to; k++) {
            out.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
        if (stop >= 0 && keepEnd) {
            out.append(end);
            return stop + end.length();
        }
        return to;
    }

    private static int blankLiteral(String s, int i, StringBuilder out, char quote) {
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            boolean escape = s.charAt(i) == '\\' && i + 1 < s.length();
            out.append(escape ? "  " : " ");
            i += escape ? 2 : 1;
        }
        if (i < s.length()) {
            out.append(s.charAt(i));
            i++;
        }
        return i;
    }
}
