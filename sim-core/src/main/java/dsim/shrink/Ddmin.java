package dsim.shrink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller and Hildebrandt's ddmin): the smallest subset it can find of a
 * failing list that still fails, 1-minimal: removing any one item makes it pass.
 */
final class Ddmin {

    private Ddmin() {
    }

    /**
     * A 1-minimal failing subset of {@code items}, in their order.
     *
     * @param fails whether a subset still fails; it must hold for {@code items} itself
     */
    static <T> List<T> minimize(List<T> items, Predicate<List<T>> fails) {
        List<T> c = new ArrayList<>(items);
        if (fails.test(List.of())) {
            return List.of(); // the failure needs none of them
        }
        int n = 2;
        while (c.size() >= 2) {
            List<List<T>> chunks = split(c, n);
            boolean reduced = false;
            for (List<T> chunk : chunks) {
                if (fails.test(chunk)) {
                    c = chunk;
                    n = 2;
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                for (int i = 0; i < chunks.size() && !reduced; i++) {
                    List<T> complement = new ArrayList<>();
                    for (int j = 0; j < chunks.size(); j++) {
                        if (j != i) {
                            complement.addAll(chunks.get(j));
                        }
                    }
                    if (fails.test(complement)) {
                        c = complement;
                        n = Math.max(n - 1, 2);
                        reduced = true;
                    }
                }
            }
            if (!reduced) {
                if (n >= c.size()) {
                    break; // every single removal passes: 1-minimal
                }
                n = Math.min(2 * n, c.size());
            }
        }
        return List.copyOf(c);
    }

    /** {@code c} in {@code n} contiguous chunks of nearly equal size. */
    private static <T> List<List<T>> split(List<T> c, int n) {
        List<List<T>> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = start + (c.size() - start) / (n - i);
            out.add(new ArrayList<>(c.subList(start, end)));
            start = end;
        }
        return out;
    }
}
