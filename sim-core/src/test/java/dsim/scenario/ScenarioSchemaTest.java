package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.Expectation;
import dsim.preset.Presets;
import dsim.spec.Semantics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of scenario files ({@code scenarios/schema/dsim-scenario.schema.json}) and
 * the loader agree: the schema is valid draft-07, every bundled scenario satisfies it and
 * names it on its first line, the keys it allows at each level are exactly those the loader
 * allows (read from the loader's {@code allow(...)} calls), its enums are the loader's, every
 * key is described, and the bad files whose mistake a schema can see are rejected by it.
 */
class ScenarioSchemaTest {

    static final Path SCHEMA = Path.of("..", "scenarios", "schema", "dsim-scenario.schema.json");
    /** The first line of every bundled scenario: editors with a YAML plugin then check it as users type. */
    static final String HEADER = "# yaml-language-server: $schema=schema/dsim-scenario.schema.json";
    private static final Path LOADER = Path.of("src", "main", "java", "dsim", "scenario");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Bad files (by number) whose mistake is structural, so the schema alone must reject them. */
    private static final Set<String> SCHEMA_REJECTS = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "11",
            "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "26", "33", "34", "35", "36", "37", "38", "39",
            "41", "44", "45", "46", "47", "48", "50", "51", "53", "54", "55", "57", "58", "59", "61", "65", "70", "71", "73");

    static Stream<Path> bundled() throws IOException {
        List<Path> yaml = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "scenarios"), Path.of("..", "scenarios", "presets"))) {
            try (Stream<Path> files = Files.list(dir)) {
                yaml.addAll(files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
            }
        }
        return yaml.stream();
    }

    private static JsonNode schemaJson() throws IOException {
        return JSON.readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson());
    }

    private static Set<ValidationMessage> validate(Path yaml) throws IOException {
        return schema().validate(YAML.readTree(Files.readAllBytes(yaml)));
    }

    @Test
    void schema_isValidDraft07() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));

        assertEquals(Set.of(), meta.validate(schemaJson()));
        assertEquals("http://json-schema.org/draft-07/schema#", schemaJson().get("$schema").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void bundledScenario_startsWithTheSchemaLine(Path file) throws IOException {
        String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        // A scenario in a folder of scenarios/ reaches the schema one level up.
        String header = file.getParent().getFileName().toString().equals("scenarios") ? HEADER
                : HEADER.replace("$schema=", "$schema=../");

        assertEquals(header, first, file + " must start with this line, so editors check it against the schema");
        assertTrue(Files.exists(file.resolveSibling(header.substring(header.indexOf('=') + 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void bundledScenario_satisfiesTheSchemaAndTheLoader(Path file) throws Exception {
        assertEquals(Set.of(), validate(file));
        ScenarioLoader.load(file);
    }

    @Test
    void everyKeyOfTheFormat_satisfiesTheSchema() throws IOException {
        assertEquals(Set.of(), validate(Path.of("src", "test", "resources", "scenarios", "full.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dsim.scenario.BadFilesTest#badFiles")
    void badFile_withAStructuralMistake_isRejectedByTheSchema(Path file) throws IOException {
        String number = file.getFileName().toString().substring(0, 2);
        if (SCHEMA_REJECTS.contains(number)) {
            assertFalse(validate(file).isEmpty(), file + " passes the schema");
        }
    }

    /** The loader's keys, level by level, as sorted sets; compared as a sorted list of them. */
    @Test
    void keysAtEachLevel_areExactlyTheLoaders() throws IOException {
        List<String> loader = loaderKeySets().stream().map(Object::toString).sorted().toList();
        List<String> schema = new ArrayList<>();
        collectObjects(schemaJson(), "", schema, new ArrayList<>());

        assertEquals(String.join("\n", loader), String.join("\n", schema.stream().sorted().toList()));
    }

    @Test
    void everyObjectInTheSchema_rejectsUnknownKeys_likeTheLoader() throws IOException {
        List<String> open = new ArrayList<>();
        collectObjects(schemaJson(), "", new ArrayList<>(), open);

        assertEquals(List.of(), open);
    }

    @Test
    void enums_areTheLoaders() throws IOException {
        JsonNode s = schemaJson();
        assertEquals(ids(Semantics.values(), Semantics::id), strings(s.at("/definitions/semanticsName/enum")));
        JsonNode consumer = s.at("/properties/consumers/items/properties");
        assertEquals(ids(CrashPoint.values(), CrashPoint::id), strings(consumer.at("/crash/properties/at/enum")));
        assertEquals(ids(DedupSpec.Store.values(), DedupSpec.Store::id), strings(consumer.at("/dedup/properties/store/enum")));

        Set<String> consts = new TreeSet<>();
        collectConsts(s, consts);
        Set<String> expected = new TreeSet<>(ids(Delays.Distribution.values(), d -> d.id));
        expected.addAll(literalList("Nodes.java", "\"arrival process\", List\\.of\\(([^)]*)\\)"));
        expected.addAll(literalList("Losses.java", "MODELS = List\\.of\\(([^)]*)\\)"));
        expected.addAll(List.of("always", "forever")); // sync-interval: always; dedup-window, dedup.window: forever
        assertEquals(expected, consts);
        assertEquals(Presets.names(), strings(s.at("/properties/brokers/items/properties/preset/enum")));
    }

    @Test
    void everyKey_isDescribed() throws IOException {
        List<String> missing = new ArrayList<>();
        collectUndescribed(schemaJson(), "", missing);

        assertEquals(List.of(), missing);
    }

    /**
     * The key lists the loader checks: the literal {@code allow(List.of(...))} lists in its
     * sources, the named lists it passes to {@code allow}, and the semantics that key
     * {@code expect}. A new {@code allow} with some other argument fails here until it is added.
     */
    static List<Set<String>> loaderKeySets() throws IOException {
        List<Set<String>> sets = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(LOADER)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = Pattern.compile("\\ballow\\((List\\.of\\(([^)]*)\\)|[\\w.]+)\\)")
                        .matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (m.group(2) != null) {
                        sets.add(keys(m.group(2)));
                    } else {
                        named.add(m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of("TOP_KEYS", "LinkFaults.KEYS", "keys", "dist.keys", "METRIC_IDS", "EXPECT_KEYS"), named,
                "an allow(...) whose keys this test cannot see; add them here");
        sets.add(new TreeSet<>(ScenarioValidator.TOP_KEYS));
        sets.add(new TreeSet<>(LinkFaults.KEYS));
        Set<String> link = new TreeSet<>(LinkFaults.KEYS);
        link.addAll(List.of("from", "to"));
        sets.add(link);
        for (Delays.Distribution d : Delays.Distribution.values()) {
            sets.add(new TreeSet<>(d.keys));
        }
        sets.add(new TreeSet<>(ids(Expectation.Metric.values(), Expectation.Metric::id)));
        sets.add(new TreeSet<>(Expectations.EXPECT_KEYS));
        sets.add(new TreeSet<>(ids(Semantics.values(), Semantics::id))); // the keys of expect
        return sets;
    }

    private static Set<String> keys(String quotedList) {
        return Arrays.stream(quotedList.split(",")).map(String::strip).map(k -> k.replace("\"", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> literalList(String file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(LOADER.resolve(file), StandardCharsets.UTF_8));
        assertTrue(m.find(), regex + " not found in " + file);
        return keys(m.group(1));
    }

    /** Adds each object schema's key set to {@code keySets}, and the path of each that allows other keys to {@code open}. */
    private static void collectObjects(JsonNode n, String path, List<String> keySets, List<String> open) {
        if (n.isObject() && n.has("properties")) {
            Set<String> keys = new TreeSet<>();
            n.get("properties").fieldNames().forEachRemaining(keys::add);
            keySets.add(keys.toString());
            if (!n.has("additionalProperties") || n.get("additionalProperties").asBoolean(true)) {
                open.add(path);
            }
        }
        if (n.isContainerNode()) {
            Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
            int i = 0;
            for (JsonNode child : n) {
                String step = n.isArray() ? "[" + i++ + "]" : "/" + fields.next().getKey();
                collectObjects(child, path + step, keySets, open);
            }
        }
    }

    private static void collectConsts(JsonNode n, Set<String> out) {
        if (n.isObject() && n.has("const") && n.get("const").isTextual()) {
            out.add(n.get("const").asText());
        }
        n.forEach(child -> collectConsts(child, out));
    }

    private static void collectUndescribed(JsonNode n, String path, List<String> missing) {
        if (n.isObject() && n.has("properties")) {
            n.get("properties").fields().forEachRemaining(e -> {
                if (!e.getValue().hasNonNull("description") || e.getValue().get("description").asText().isBlank()) {
                    missing.add(path + "/" + e.getKey());
                }
            });
        }
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collectUndescribed(e.getValue(), path + "/" + e.getKey(), missing));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collectUndescribed(n.get(i), path + "[" + i + "]", missing);
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static <T> List<String> ids(T[] values, java.util.function.Function<T, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
