package dsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the version and the git commit Maven stamped into
 * {@code version.properties} at build time, and the JVM running dsim, for a bug report to name
 * exactly what ran.
 */
final class Version implements IVersionProvider {

    private static final String UNKNOWN = "unknown";

    /** The version, e.g. {@code 0.1.0}. */
    static String number() {
        return stamped("version");
    }

    /**
     * The commit the jar was built from, e.g. {@code 1a2b3c4d5e6f}, with {@code -dirty} if its
     * sources differed from it; {@code unknown} for a build outside a git repository.
     */
    static String commit() {
        return stamped("commit");
    }

    /** The JVM, e.g. {@code 17.0.15+6 (Eclipse Adoptium, OpenJDK 64-Bit Server VM)}. */
    static String jvm() {
        return System.getProperty("java.runtime.version", System.getProperty("java.version", UNKNOWN)) + " ("
                + System.getProperty("java.vendor", UNKNOWN) + ", " + System.getProperty("java.vm.name", UNKNOWN) + ")";
    }

    /** A stamped value; {@code unknown} where the build left it unset or unfiltered. */
    private static String stamped(String key) {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dsim " + number(), "commit: " + commit(), "JVM: " + jvm()};
    }
}
