package dsim.compare;

import java.util.List;

/**
 * A parameter study: the same comparison repeated with one scenario value changed, e.g.
 * {@code network.default.loss} at 0, 1%, 5%, 10%.
 *
 * @param path   the key path that varies, as the user wrote it
 * @param values the values, as the user wrote them, in order
 * @param points one comparison per value, same order
 */
public record Study(String path, List<String> values, List<Comparison> points) {

    public Study {
        values = List.copyOf(values);
        points = List.copyOf(points);
        if (values.size() != points.size()) {
            throw new IllegalArgumentException("one comparison per value");
        }
    }
}
