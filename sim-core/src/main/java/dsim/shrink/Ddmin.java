package dsim.shrink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller and Hildebrandt's ddmin): the smallest subset it can find of a
 * failing list that still fails, 1-minimal: removing any one item makes it pass. Each test is
 * a whole run, and on a list of tens of thousands of items ddmin may need more runs than anyone
 * would wait for; so it asks before each test whether it may go on. Every list it moves to fails,
 * so when it may not, the list it holds is still a failing one, only perhaps not 1-minimal.
 */
final class Ddmin {

    private Ddmin() {
    }

    /**
     * What {@link #minimize} found.
     *
     * @param items      a failing subset of the items, in their order
     * @param oneMinimal whether removing any one of them makes it pass; false if it had to stop first
     */
    record Reduced<T>(List<T> items, boolean oneMinimal) {

        Reduced {
            items = List.copyOf(items);
        }
    }

    /**
     * A failing subset of {@code items}, in their order: 1-minimal, unless {@code mayTest} said no
     * before the search was done.
     *
     * @param fails   whether a subset still fails; it must hold for {@code items} itself
     * @param mayTest asked before each test: whether one more may be run
     */
    static <T> Reduced<T> minimize(List<T> items, Predicate<List<T>> fails, BooleanSupplier mayTest) {
        List<T> c = new ArrayList<>(items);
        if (!mayTest.getAsBoolean()) {
            return new Reduced<>(c, c.isEmpty()); // untested: only an empty list is 1-minimal as it stands
        }
        if (fails.test(List.of())) {
            return new Reduced<>(List.of(), true); // the failure needs none of them
        }
        int n = 2;
        while (c.size() >= 2) {
            List<List<T>> chunks = split(c, n);
            boolean reduced = false;
            for (List<T> chunk : chunks) {
                if (!mayTest.getAsBoolean()) {
                    return new Reduced<>(c, false);
                }
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
                    if (!mayTest.getAsBoolean()) {
                        return new Reduced<>(c, false);
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
        return new Reduced<>(c, true);
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
