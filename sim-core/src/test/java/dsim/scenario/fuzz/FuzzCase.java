package dsim.scenario.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * One generated input: a bundled scenario with {@code mutations} applied, text edits first,
 * then byte edits, each drawing its places and values from {@code seed}.
 *
 * @param scenario  the bundled file's name, for the report
 * @param text      the bundled file's text
 * @param mutations the edits, in order
 * @param seed      the seed of every random choice the edits make
 */
public record FuzzCase(String scenario, String text, List<Mutation> mutations, long seed) {

    public FuzzCase {
        mutations = List.copyOf(mutations);
    }

    /** The damaged file's bytes; the same case always gives the same bytes. */
    public byte[] bytes() {
        Random r = new Random(seed);
        String t = text;
        for (Mutation m : mutations) {
            if (m.editsText()) {
                t = m.apply(t, r);
            }
        }
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            if (!m.editsText()) {
                b = m.apply(b, r);
            }
        }
        return b;
    }

    /** Short, for jqwik's report: the file's text would bury the recipe. */
    @Override
    public String toString() {
        return scenario + " " + mutations + " seed " + seed;
    }
}
