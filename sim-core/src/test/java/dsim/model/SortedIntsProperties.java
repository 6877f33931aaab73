package dsim.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link SortedInts} against a {@link TreeSet} under random adds and removes. */
class SortedIntsProperties {

    @Provide
    Arbitrary<List<Integer>> operations() {
        // Even: add v/2; odd: remove v/2. Few distinct values, so adds repeat and removes hit.
        return Arbitraries.integers().between(0, 79).list().ofMaxSize(300);
    }

    @Property
    void holdsWhatASortedSetHolds_andFindsTheFirstValueAtOrAfterAny(@ForAll("operations") List<Integer> ops) {
        SortedInts set = new SortedInts();
        TreeSet<Integer> model = new TreeSet<>();
        for (int op : ops) {
            int v = op / 2;
            if (op % 2 == 0) {
                set.add(v);
                model.add(v);
            } else {
                set.remove(v);
                model.remove(v);
            }
            assertEquals(model.size(), set.size());
            int i = 0;
            for (int expected : model) {
                assertEquals(expected, set.get(i++));
            }
            for (int probe = -1; probe <= 41; probe++) {
                Integer ceiling = model.ceiling(probe);
                int at = set.indexAtOrAfter(probe);
                assertEquals(ceiling == null ? set.size() : model.headSet(ceiling).size(), at, "at or after " + probe);
            }
        }
    }
}
