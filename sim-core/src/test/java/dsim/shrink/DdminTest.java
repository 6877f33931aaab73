package dsim.shrink;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DdminTest {

    private static final List<Integer> HUNDRED = IntStream.rangeClosed(1, 100).boxed().toList();

    /** Fails when 3, 40 and 77 are all there, as a failure that needs three faults. */
    private static final Predicate<List<Integer>> NEEDS_THREE = l -> l.containsAll(List.of(3, 40, 77));

    @Test
    void minimize_withRunsToSpare_findsExactlyTheItemsTheFailureNeeds() {
        Ddmin.Reduced<Integer> r = Ddmin.minimize(HUNDRED, NEEDS_THREE, () -> true);
        assertEquals(List.of(3, 40, 77), r.items());
        assertTrue(r.oneMinimal());
    }

    @Test
    void minimize_whenTheFailureNeedsNothing_returnsTheEmptyList() {
        Ddmin.Reduced<Integer> r = Ddmin.minimize(HUNDRED, l -> true, () -> true);
        assertEquals(List.of(), r.items());
        assertTrue(r.oneMinimal());
    }

    @Test
    void minimize_stoppedByItsBudget_returnsAFailingListThatItDoesNotCallMinimal() {
        int[] tests = {0};
        Predicate<List<Integer>> counted = l -> {
            tests[0]++;
            return NEEDS_THREE.test(l);
        };
        Ddmin.Reduced<Integer> r = Ddmin.minimize(HUNDRED, counted, () -> tests[0] < 12);
        assertEquals(12, tests[0], "it stops when told, and not before");
        assertFalse(r.oneMinimal());
        assertTrue(NEEDS_THREE.test(r.items()), "what it returns still fails: " + r.items());
        assertTrue(r.items().size() < HUNDRED.size(), "twelve tests already cut the list: " + r.items().size());
    }

    @Test
    void minimize_withNoTestAllowed_returnsTheListAsItIs() {
        Ddmin.Reduced<Integer> r = Ddmin.minimize(HUNDRED, NEEDS_THREE, () -> false);
        assertEquals(HUNDRED, r.items());
        assertFalse(r.oneMinimal());
    }
}
