package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** {@code dsim generate-completion}: a bash and zsh completion script for every command and option. */
class CompletionTest {

    @TempDir
    Path dir;

    @Test
    void script_completesEveryCommandAndTheirOptions() {
        Cli.Result r = Cli.run(Completion.NAME);

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().substring(0, 40));
        for (Class<?> command : Main.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            assertTrue(r.out().contains("function _picocli_dsim_" + name.replace("-", "") + "() {"),
                    name + " has no completion function");
        }
        assertTrue(r.out().contains("--seeds") && r.out().contains("--semantics") && r.out().contains("--vary"));
        assertTrue(r.out().contains("(\"at-most-once\" \"at-least-once\" \"exactly-once\") # --semantics values"),
                "--semantics completes the semantics' names");
        assertTrue(r.out().contains("(\"text\" \"json\") # --format values"), "--format completes as typed");
        assertTrue(r.out().contains("$ZSH_VERSION"), "the same script serves zsh");
    }

    @Test
    void script_sourcedInBash_completesACommandName() throws IOException, InterruptedException {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "no bash on this system");
        Path script = Files.writeString(dir.resolve("dsim_completion"), Cli.run(Completion.NAME).out());
        String probe = "source " + script + " && complete -p dsim && COMP_WORDS=(dsim com) COMP_CWORD=1"
                + " && _complete_dsim dsim com dsim && echo \"${COMPREPLY[@]}\"";

        Process p = new ProcessBuilder(List.of(bash.toString(), "--norc", "-c", probe)).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");

        assertEquals(0, p.exitValue(), out);
        assertEquals("complete -o default -F _complete_dsim dsim\ncompare\n", out);
    }
}
