package dsim.compare;

import java.util.List;
import java.util.Objects;

/**
 * A two-way parameter study: the same comparison repeated for every pair of values of two
 * scenario keys, e.g. {@code network.default.loss} at 1%, 5%, 10% against
 * {@code retry.max-attempts} at 1, 3, 5, to see where the semantics' numbers cross.
 *
 * @param first  the first key and its values (the columns of a heat map)
 * @param second the second key and its values (the rows)
 * @param points one comparison per pair, the first key's value varying slowest:
 *               {@code (f0,s0), (f0,s1), ..., (f1,s0), ...}
 */
public record Grid(Key first, Key second, List<Comparison> points) {

    /**
     * One varied key.
     *
     * @param path   the key path as the user wrote it
     * @param values its values as written, in order
     */
    public record Key(String path, List<String> values) {

        public Key {
            Objects.requireNonNull(path, "path");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a varied key needs a value");
            }
        }
    }

    public Grid {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        points = List.copyOf(points);
        if (points.size() != first.values().size() * second.values().size()) {
            throw new IllegalArgumentException("one comparison per pair of values");
        }
    }

    /** The comparison at the {@code i}-th value of the first key and the {@code j}-th of the second. */
    public Comparison at(int i, int j) {
        return points.get(i * second.values().size() + j);
    }
}
