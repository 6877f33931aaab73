package dsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code dsim schema}: prints the JSON Schema of scenario files, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the JSON Schema (draft-07) of scenario files. Editors with a YAML plugin check a "
                + "scenario as you type when its first line is: "
                + "# yaml-language-server: $schema=PATH/dsim-scenario.schema.json",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "74:the schema could not be written to standard output"})
final class SchemaCommand implements Callable<Integer> {

    /** Where the cli jar carries the schema (copied from scenarios/schema by the build). */
    static final String RESOURCE = "dsim-scenario.schema.json";

    @ParentCommand
    private Main main;

    @Override
    public Integer call() {
        main.terminal().out().print(schema());
        main.terminal().out().flush();
        return ExitCode.OK;
    }

    /** The schema's text, exactly as the repository holds it. */
    static String schema() {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE + "; rebuild it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
