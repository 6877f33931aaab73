package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code dsim schema} prints the repository's JSON Schema, which the build bundles into the jar. */
class SchemaCommandTest {

    private static final Path REPO_COPY = Path.of("..", "scenarios", "schema", "dsim-scenario.schema.json");

    @Test
    void schema_printsTheRepositorysSchemaExactly_exit0() throws Exception {
        Cli.Result r = Cli.run("schema");

        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(REPO_COPY, StandardCharsets.UTF_8), r.out());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\""), r.out());
    }

    @Test
    void help_listsTheSchemaCommand() {
        assertTrue(Cli.run("--help").out().contains("schema"));
    }
}
