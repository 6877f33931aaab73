package dsim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's Java example is a test the build runs, {@code com.example.CheckoutTest}: the
 * snippet and the file must say the same, so the README never shows code that no longer compiles.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src", "test", "java", "com", "example", "CheckoutTest.java");
    private static final String SECTION = "\n## Use dsim from Java\n";

    @Test
    void readmeJavaExample_isTheExampleTestWordForWord() throws IOException {
        assertEquals(Files.readString(EXAMPLE, StandardCharsets.UTF_8), javaBlock(Files.readString(README,
                StandardCharsets.UTF_8)), "README's Java example differs from " + EXAMPLE + "; copy one into the other");
    }

    /** The first {@code ```java} block of the README's Java section, without its fences. */
    static String javaBlock(String readme) {
        int section = readme.indexOf(SECTION);
        assertTrue(section >= 0, "README has no section" + SECTION);
        String open = "\n```java\n";
        int start = readme.indexOf(open, section);
        assertTrue(start >= 0, "no ```java block after" + SECTION);
        start += open.length();
        int end = readme.indexOf("\n```\n", start);
        assertTrue(end >= 0, "the ```java block never closes");
        return readme.substring(start, end + 1);
    }
}
