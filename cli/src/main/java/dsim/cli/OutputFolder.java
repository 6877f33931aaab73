package dsim.cli;

import dsim.text.Echo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Guards a folder dsim is about to write into: a user who points {@code --out} at a folder
 * of their own files gets a refusal, not a folder quietly mixed with (or half-overwriting)
 * ours. Checked before any run starts, so a refusal costs nothing.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Why dsim must not write {@code ours} into {@code dir}, or null if it may: the folder is
     * missing, empty, holds only files dsim writes there, or {@code force} is set.
     */
    static String refusal(Path dir, Set<String> ours, boolean force) {
        return refusal(dir, ours::contains, force);
    }

    /** As {@link #refusal(Path, Set, boolean)}, with the file names dsim writes there told by {@code ours}. */
    static String refusal(Path dir, Predicate<String> ours, boolean force) {
        if (!Files.exists(dir)) {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            return Echo.of(dir) + " is a file, not a folder; choose another --out";
        }
        if (force) {
            return null;
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!ours.test(name)) {
                    foreign.add(name);
                }
            }
        } catch (IOException e) {
            return "cannot read " + Echo.of(dir) + ": " + FileErrors.reason(e);
        }
        if (foreign.isEmpty()) {
            return null;
        }
        Collections.sort(foreign); // directory order differs between file systems
        String shown = String.join(", ", foreign.subList(0, Math.min(3, foreign.size())).stream().map(Echo::of).toList())
                + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "");
        return Echo.of(dir) + " holds files dsim did not write (" + shown + "); choose another --out, or add --force to "
                + "write there anyway";
    }
}
