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
 * The journal is read through its types, never through the text the model writes for
 * people: no source of any module (tests included) compares a journal entry's packet or
 * reason with a string, or looks inside its {@code detail}. A packet compared with a string
 * compiles and is silently never equal; text parsed back out of {@code detail} breaks the
 * day its wording changes.
 */
class JournalReadersScanTest {

    private static final List<Path> SOURCES = List.of(Path.of("src"), Path.of("..", "reports", "src"),
            Path.of("..", "cli", "src"));

    /** A string literal compared with, or a string method applied to, an entry's packet, reason or detail. */
    private static final Pattern TEXT_READ = Pattern.compile(
            "\"[^\"\\n]*\"\\s*\\.equals\\(\\s*[\\w.()]*\\.(packet|reason|detail)\\(\\)\\s*\\)"
            + "|\\.(packet|reason|detail)\\(\\)\\s*\\.(equals|equalsIgnoreCase|startsWith|endsWith|contains|replace"
            + "|indexOf|matches|split|substring)\\(");

    @Test
    void noSource_readsJournalEntriesAsText() throws IOException {
        List<String> hits = new ArrayList<>();
        int files = 0;
        for (Path root : SOURCES) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path file : all.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    hits.addAll(scan(file.toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        assertTrue(files > 200, "sources not found from " + Path.of("").toAbsolutePath());
        assertEquals("", String.join("\n", hits), hits.size() + " places read the journal as text");
    }

    @Test
    void scan_findsStringComparisonsAndDetailParsing_notTypedReads() {
        String code = """
                class X {
                    boolean a = "publish".equals(e.packet());
                    boolean b = e.detail().startsWith("crashed");
                    boolean c = e.packet() == PacketKind.PUBLISH && e.reason() == Reason.LOSS;
                    String d = "takes " + e.detail();
                }
                """;
        assertEquals(List.of("X.java:2", "X.java:3"), scan("X.java", code).stream()
                .map(h -> h.substring(0, h.indexOf(": "))).toList());
    }

    private static List<String> scan(String path, String source) {
        String code = NoAmbientNondeterminismTest.codeOnly(source);
        String[] lines = source.split("\n", -1);
        List<String> hits = new ArrayList<>();
        Matcher m = TEXT_READ.matcher(code);
        while (m.find()) {
            int line = code.substring(0, m.start()).split("\n", -1).length;
            hits.add(path + ":" + line + ": " + lines[line - 1].strip());
        }
        return hits;
    }
}
