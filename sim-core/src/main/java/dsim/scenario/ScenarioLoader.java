package dsim.scenario;

import dsim.spec.Problem;
import dsim.spec.Scenario;
import dsim.spec.ScenarioSource;
import dsim.text.Echo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads a scenario file: reads the YAML, checks every key and value, and returns a fully
 * resolved {@link Scenario}, or throws a {@link ScenarioException} listing every problem with
 * its line, column and key path. Command-line {@link ScenarioOverride}s may replace values
 * before validation. No other exception escapes, whatever the input.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /** Loads {@code file}; its name in messages and in the {@link ScenarioSource} is {@code file.toString()}. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /**
     * Loads {@code file} with {@code overrides} applied, in order, before validation; see
     * {@link #parse(String, byte[], List)}.
     */
    public static Scenario load(Path file, List<ScenarioOverride> overrides) throws ScenarioException {
        return parse(String.valueOf(file), read(file), overrides);
    }

    /**
     * The bytes of {@code file}, unparsed: what {@link #load(Path)} reads, with the same problem
     * when it cannot (missing, a directory, too large, unreadable).
     */
    public static byte[] read(Path file) throws ScenarioException {
        String name = String.valueOf(file);
        try {
            if (Files.isDirectory(file)) {
                throw fileProblem(name, "cannot read the file: it is a directory");
            }
            if (Files.size(file) > TextInput.MAX_BYTES) {
                throw tooLarge(name, Files.size(file) + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(name, "cannot read the file: it does not exist");
        } catch (AccessDeniedException e) {
            throw fileProblem(name, "cannot read the file: permission denied");
        } catch (FileSystemException e) {
            // Its message repeats the file name the problem line starts with; the reason says why.
            String reason = e.getReason() != null ? e.getReason() : String.valueOf(e.getMessage());
            throw fileProblem(name, "cannot read the file: " + Echo.of(SyntaxErrors.clean(reason)));
        } catch (IOException | RuntimeException e) {
            throw fileProblem(name, "cannot read the file: " + Echo.of(SyntaxErrors.clean(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * The bytes of a scenario read from {@code in} (standard input, say) to its end, unparsed;
     * {@code name} stands for the file in problems. It reads one byte past the largest file
     * allowed, never more: an endless stream is refused, not buffered.
     */
    public static byte[] read(String name, InputStream in) throws ScenarioException {
        try {
            byte[] bytes = in.readNBytes(TextInput.MAX_BYTES + 1);
            if (bytes.length > TextInput.MAX_BYTES) {
                throw tooLarge(name, "more than " + TextInput.MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw fileProblem(name, "cannot read the file: " + Echo.of(SyntaxErrors.clean(String.valueOf(e.getMessage()))));
        }
    }

    /** Parses {@code bytes} as the scenario file called {@code fileName} (used in messages and the source). */
    public static Scenario parse(String fileName, byte[] bytes) throws ScenarioException {
        return parse(fileName, bytes, List.of());
    }

    /**
     * Parses {@code bytes} with {@code overrides} put into the YAML tree, in order (a later one
     * wins on the same path), so each value is validated exactly as if the file had said it.
     * A problem with an overridden value names the override instead of a line of the file. The
     * {@link ScenarioSource}'s sha256 stays the hash of the file's bytes: whoever reports a
     * variant must name its overrides beside it.
     */
    public static Scenario parse(String fileName, byte[] bytes, List<ScenarioOverride> overrides)
            throws ScenarioException {
        String name = fileName == null ? "<scenario>" : fileName;
        Problems problems = new Problems(name);
        Scenario scenario;
        try {
            scenario = read(name, bytes == null ? new byte[0] : bytes, overrides == null ? List.of() : overrides, problems);
        } catch (YamlReader.Stopped e) {
            scenario = null; // the problem that stopped reading is already in the list
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours, not of the file; still reported as a problem so callers see one failure type.
            problems.add(YamlNode.Position.START, "", "internal error while loading (a bug in dsim, please report it): "
                    + e.getClass().getSimpleName() + ": " + SyntaxErrors.clean(String.valueOf(e.getMessage())));
            scenario = null;
        }
        problems.throwIfAny();
        return scenario;
    }

    private static Scenario read(String name, byte[] bytes, List<ScenarioOverride> overrides, Problems problems) {
        String text = TextInput.decode(bytes, problems);
        if (text == null) {
            return null;
        }
        YamlNode root = YamlReader.read(text, problems);
        if (root == null) {
            problems.add(YamlNode.Position.START, "", "the file is empty: expected a scenario with producers and consumers");
            return null;
        }
        YamlNode overridden = Overrides.apply(root, overrides, problems);
        return ScenarioValidator.validate(overridden, new ScenarioSource(name, sha256(bytes)), problems);
    }

    /** Hex SHA-256, so a report names exactly the bytes that ran. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static ScenarioException tooLarge(String name, String size) {
        return fileProblem(name, "the file is too large (" + size + "); a scenario file may have at most "
                + TextInput.MAX_BYTES + " bytes (4 MiB)");
    }

    private static ScenarioException fileProblem(String file, String message) {
        return new ScenarioException(List.of(new Problem(file, 1, 1, KeyPath.ROOT, message)));
    }
}
